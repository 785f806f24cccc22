/**
 * Reads a business case back from the Inputs sheet's tables, so reopening a workbook
 * restores the pane from what is in the workbook (the workbook is the source of truth) and
 * edits made in the sheet carry into the next build. The inverse of the Inputs part of
 * `src/plan/business-case.ts`; the tests round-trip every example through both.
 */
import { FORMS } from "./continuum";
import type { BusinessCase, BusinessOption, CaseLoan, CaseSwap, PartnershipForm } from "./types";
import {
  discountFromBands,
  flag,
  number,
  records,
  settingsOf,
  text,
  type TableRecord,
  type JourneyReader,
  type TableValues,
} from "../../workbook/read-tables";

/** The case the Inputs tables describe. `title` comes from the sheet's title cell. */
export function caseFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): BusinessCase {
  const setting = settingsOf(tables.Settings, "Settings");
  const discount = discountFromBands(tables.DiscountBands, "DiscountBands", ["STPR"]);
  const byOption = <T>(rows: TableRecord[], id: string, f: (r: TableRecord) => T) =>
    rows.filter((r) => text(r["Option"]) === id).map(f);
  const savings = records(tables.Savings, "Savings");
  const oneOff = records(tables.OneOffCosts, "OneOffCosts");
  const forums = records(tables.Forums, "Forums");
  const formOf = (label: string): PartnershipForm => {
    const f = FORMS.find((x) => x.label === label || x.id === label);
    if (!f) throw new Error(`Unknown form "${label}" in the Options table.`);
    return f.id;
  };
  const options: BusinessOption[] = records(tables.Options, "Options").map((r) => {
    const id = text(r["Option"]);
    const route = text(r["VAT route"]);
    return {
      id,
      name: text(r["Name"]),
      form: formOf(text(r["Form"])),
      savings: byOption(savings, id, (s) => ({
        source: text(s["Source"]) as BusinessOption["savings"][number]["source"],
        description: text(s["Description"]),
        fullAnnual: number(s["Full annual saving (£)"]),
        yearsToFull: number(s["Years to full"]),
        difficulty: text(s["Difficulty"]) as BusinessOption["savings"][number]["difficulty"],
        confidence: number(s["Confidence"]),
        assumption: flag(s["Assumption to review"]),
      })),
      oneOffCosts: byOption(oneOff, id, (k) => ({
        category: text(k["Category"]) as BusinessOption["oneOffCosts"][number]["category"],
        year: number(k["Year"]),
        amount: number(k["Amount (£)"]),
      })),
      forums: byOption(forums, id, (f) => ({
        name: text(f["Forum"]),
        meetingsPerYear: number(f["Meetings a year"]),
        attendees: number(f["Attendees"]),
        hours: number(f["Hours"]),
        hourlyRate: number(f["Hourly rate (£)"]),
        preparation: number(f["Preparation"]),
      })),
      coordinationCost: number(r["Coordination cost (£ a year)"]),
      vat: route
        ? {
            route: route as "taxable" | "exempt" | "vat_group",
            costBase: number(r["Shared service cost base (£ a year)"]),
            boughtInShare: number(r["Bought-in share"]),
          }
        : null,
      loanRepricing: {
        applies: flag(r["Lenders may reprice"]),
        keepLoansInSubsidiaries: flag(r["Keep loans in subsidiaries"]),
      },
    };
  });
  const loans: CaseLoan[] = records(tables.Loans, "Loans").map((l) => ({
    name: text(l["Loan"]),
    balance: number(l["Balance (£)"]),
    oldMargin: number(l["Old margin"]),
    newMargin: number(l["New margin"]),
    years: number(l["Years left"]),
    repayment: text(l["Repayment"]) as CaseLoan["repayment"],
    interestRate: number(l["Interest rate"]),
    repricingInYears: number(l["Repricing in years"]),
    consentFee: number(l["Consent fee"]),
  }));
  const swaps: CaseSwap[] = records(tables.Swaps, "Swaps").map((w) => ({
    name: text(w["Swap"]),
    notional: number(w["Notional (£)"]),
    fixedRate: number(w["Fixed rate"]),
    marketRate: number(w["Market rate"]),
    years: number(w["Years left"]),
    repayment: text(w["Repayment"]) as CaseSwap["repayment"],
  }));
  return {
    schemaVersion: 1,
    title: title.replace(/^Inputs: /, ""),
    purpose: text(setting("Purpose")) as BusinessCase["purpose"],
    partners: records(tables.Partners, "Partners").map((p) => ({
      name: text(p["Partner"]),
      type: text(p["Type"]),
      turnover: number(p["Turnover (£ a year)"]),
      homes: number(p["Homes or beneficiaries"]),
    })),
    appraisal: {
      horizon: number(setting("Horizon")),
      discount: discount as BusinessCase["appraisal"]["discount"],
      optimismBias: number(setting("Optimism bias on one-off costs")),
      priceBaseYear: number(setting("Price base year")),
    },
    vat: {
      rate: number(setting("VAT rate")),
      recoveryRate: number(setting("Members' VAT recovery rate")),
    },
    loans,
    swaps,
    options,
  };
}

/** The names of the tables the Inputs sheet holds. */
export const INPUT_TABLES = [
  "Settings",
  "DiscountBands",
  "Partners",
  "Options",
  "Savings",
  "OneOffCosts",
  "Forums",
  "Loans",
  "Swaps",
] as const;

/** Reading this journey back from a workbook (`readFromWorkbook` in src/plan/office.ts). */
export const CASE_READER: JourneyReader<BusinessCase> = {
  tables: INPUT_TABLES,
  from: caseFromInputTables,
};
