/**
 * The business case's input tables, each defined once as a codec (./../../workbook/table-codec):
 * the Inputs sheet is written from these definitions (`./workbook.ts`) and read back through
 * them, so reopening a workbook restores the pane from what the workbook holds (the workbook
 * is the source of truth) and edits made in the sheet carry into the next build. The tests
 * round-trip every example through both.
 */
import { autonomyKept, FORMS, formLabel } from "./continuum";
import { CASE_RANGE_CORRELATIONS, CASE_RANGES } from "./ranges";
import type {
  BusinessCase,
  BusinessOption,
  CaseLoan,
  CaseSwap,
  Forum,
  OneOffCost,
  PartnershipForm,
  SavingsLine,
} from "./types";
import type { JourneyReader, TableValues } from "../../workbook/read-tables";
import { discountBandsCodec, discountFromBands } from "../../workbook/discounting";
import { MONEY, MONEY_PENCE, RATE, SHARE, WHOLE } from "../../workbook/refs";
import {
  FLAG,
  NUMBER,
  TEXT,
  settingsCodec,
  tableCodec,
  titleCodec,
} from "../../workbook/table-codec";
import { shippedDeflators, type PriceYear } from "../../model/price-base";
import { OPTIONAL_YEAR, YEAR, yearCell } from "../../values/year-cell";
import { deflatorsCodec, deflatorsFromTable, seriesColumns } from "../../values/user-deflators";
import { caseSeries } from "./prices";

/** The Inputs sheet's title: "Inputs: <the case's title>". */
export const INPUTS_TITLE = titleCodec("Inputs: ");

/** Appraisal settings: one row each, with the defined names the formulas use. */
export const SETTINGS = settingsCodec<BusinessCase>()(
  "Settings",
  [
    { header: "Input", part: "label" },
    { header: "Value", part: "value", role: "input" },
    { header: "Unit", part: "unit", role: "unit" },
    { header: "Source or note", part: "note" },
    { header: "Assumption to review", part: "assumption" },
  ],
  {
    horizon: {
      label: "Horizon",
      unit: "years",
      note: "The timeline is built to this horizon: change it in the pane and build again.",
      name: "Horizon",
      kind: NUMBER,
      write: (c) => c.appraisal.horizon,
    },
    priceBaseYear: {
      label: "Price base year",
      unit: "year",
      note: "Amounts are in this year's prices (real terms). A financial year is text: '2024/25.",
      name: "PriceBaseYear",
      kind: YEAR,
      write: (c) => yearCell(c.appraisal.priceBaseYear),
    },
    optimismBias: {
      label: "Optimism bias on one-off costs",
      unit: "%",
      note: "HM Treasury Green Book, Annex A5: set for the project and reduce as risks are mitigated.",
      assumption: true,
      name: "OptimismBias",
      kind: NUMBER,
      write: (c) => c.appraisal.optimismBias,
    },
    vatRate: {
      label: "VAT rate",
      unit: "%",
      note: "HMRC standard rate (20% from 4 Jan 2011).",
      name: "VatRate",
      kind: NUMBER,
      write: (c) => c.vat.rate,
    },
    vatRecovery: {
      label: "Members' VAT recovery rate",
      unit: "%",
      note: "No published typical value: your organisations' own partial exemption recovery.",
      assumption: true,
      name: "VatRecovery",
      kind: NUMBER,
      write: (c) => c.vat.recoveryRate,
    },
    checkTolerance: {
      label: "Check tolerance",
      unit: "£",
      note: "Differences up to half a penny pass the checks.",
      name: "CheckTolerance",
      kind: NUMBER,
      write: () => 0.005,
    },
    purpose: {
      label: "Purpose",
      unit: "",
      note: "What the partnership is for: buying, selling, sharing_services, growing or diversifying.",
      kind: TEXT,
      write: (c) => c.purpose,
    },
  }
);

/** The discount schedule's bands (STPR or a flat rate). */
export const DISCOUNT_BANDS = discountBandsCodec("DiscountBands");

export const PARTNERS = tableCodec<BusinessCase["partners"][number]>()("Partners", {
  name: { header: "Partner", role: "input", kind: TEXT, write: (p) => p.name },
  type: { header: "Type", role: "input", kind: TEXT, write: (p) => p.type },
  turnover: {
    header: "Turnover (£ a year)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (p) => p.turnover,
  },
  homes: {
    header: "Homes or beneficiaries",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (p) => p.homes,
  },
});

/** The options; Form and Autonomy kept follow from the form (written, read as the form). */
export const OPTIONS = tableCodec<BusinessOption>()("Options", {
  id: { header: "Option", role: "input", kind: TEXT, write: (o) => o.id },
  name: { header: "Name", role: "input", kind: TEXT, write: (o) => o.name },
  form: { header: "Form", kind: TEXT, write: (o) => formLabel(o.form) },
  autonomy: { header: "Autonomy kept", kind: TEXT, write: (o) => autonomyKept(o.form) },
  coordinationCost: {
    header: "Coordination cost (£ a year)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (o) => o.coordinationCost,
  },
  vatRoute: {
    header: "VAT route",
    role: "input",
    kind: TEXT,
    write: (o) => (o.vat ? o.vat.route : ""),
  },
  vatCostBase: {
    header: "Shared service cost base (£ a year)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (o) => (o.vat ? o.vat.costBase : 0),
  },
  boughtInShare: {
    header: "Bought-in share",
    numFmt: SHARE,
    role: "input",
    kind: NUMBER,
    write: (o) => (o.vat ? o.vat.boughtInShare : 0),
  },
  lendersMayReprice: {
    header: "Lenders may reprice",
    role: "input",
    kind: FLAG,
    write: (o) => o.loanRepricing.applies,
  },
  keepLoansInSubsidiaries: {
    header: "Keep loans in subsidiaries",
    role: "input",
    kind: FLAG,
    write: (o) => o.loanRepricing.keepLoansInSubsidiaries,
  },
});

/** A row of an option's table: the option's id, then the line. */
type OfOption<T> = { option: string; line: T };
const optionColumn = <T>() => ({
  option: {
    header: "Option",
    role: "input" as const,
    kind: TEXT,
    write: (r: OfOption<T>) => r.option,
  },
});

export const SAVINGS = tableCodec<OfOption<SavingsLine>>()("Savings", {
  ...optionColumn<SavingsLine>(),
  source: { header: "Source", role: "input", kind: TEXT, write: (r) => r.line.source },
  description: {
    header: "Description",
    role: "input",
    kind: TEXT,
    write: (r) => r.line.description,
  },
  fullAnnual: {
    header: "Full annual saving (£)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.fullAnnual,
  },
  yearsToFull: {
    header: "Years to full",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.yearsToFull,
  },
  difficulty: { header: "Difficulty", role: "input", kind: TEXT, write: (r) => r.line.difficulty },
  confidence: {
    header: "Confidence",
    numFmt: SHARE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.confidence,
  },
  assumption: {
    header: "Assumption to review",
    role: "input",
    kind: FLAG,
    write: (r) => r.line.assumption,
  },
});

export const ONE_OFF_COSTS = tableCodec<OfOption<OneOffCost>>()("OneOffCosts", {
  ...optionColumn<OneOffCost>(),
  category: { header: "Category", role: "input", kind: TEXT, write: (r) => r.line.category },
  year: { header: "Year", numFmt: WHOLE, role: "input", kind: NUMBER, write: (r) => r.line.year },
  amount: {
    header: "Amount (£)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.amount,
  },
});

/** A line's price year: blank when the line is in the case's price base. */
const priceYearColumn = <T extends { priceYear?: PriceYear }>() => ({
  priceYear: {
    header: "Price year",
    numFmt: "0",
    role: "input" as const,
    kind: OPTIONAL_YEAR,
    write: (r: OfOption<T>) => yearCell(r.line.priceYear),
  },
});

/**
 * The savings and one-off cost tables of a case with a line in another year's prices: a
 * Price year column at the end (blank: the case's price base). A case without one keeps
 * the tables above, so files saved before it build as they did.
 */
export const SAVINGS_PRICED = tableCodec<OfOption<SavingsLine>>()("Savings", {
  ...SAVINGS.columns,
  ...priceYearColumn<SavingsLine>(),
});
export const ONE_OFF_COSTS_PRICED = tableCodec<OfOption<OneOffCost>>()("OneOffCosts", {
  ...ONE_OFF_COSTS.columns,
  ...priceYearColumn<OneOffCost>(),
});

/**
 * The Deflators table: the case's deflators by year (its own series, else HM Treasury's GDP
 * deflators), the lookups' table, written after the input tables when a line has a price
 * year or the case has its own series, and read back (an index edited in the sheet is kept
 * as the case's own series).
 */
export const CASE_DEFLATORS = deflatorsCodec("Deflators");

/** Which series the Deflators table holds: its name (with its vintage), source and licence. */
export const DEFLATOR_SERIES = tableCodec<BusinessCase>()("DeflatorSeries", {
  ...seriesColumns<BusinessCase>(caseSeries),
});

/**
 * The case's own deflators from the Deflators and DeflatorSeries tables, or none when they
 * hold the shipped series unchanged (a workbook built before DeflatorSeries was written
 * held only the shipped series).
 */
function deflatorsOf(tables: Record<string, TableValues>): Pick<BusinessCase, "deflators"> {
  if (!tables[CASE_DEFLATORS.name]) return {};
  const rows = CASE_DEFLATORS.read(tables[CASE_DEFLATORS.name]).map(
    (r) => [r.year, r.index] as [PriceYear, number]
  );
  const shipped = shippedDeflators();
  const about = tables[DEFLATOR_SERIES.name]
    ? DEFLATOR_SERIES.read(tables[DEFLATOR_SERIES.name])
    : [{ series: shipped.name, source: shipped.source ?? "", licence: shipped.licence ?? "" }];
  if (about.length !== 1)
    throw new Error(
      `The ${DEFLATOR_SERIES.name} table should have one row; it has ${about.length}.`
    );
  const deflators = deflatorsFromTable(about[0], rows);
  return deflators ? { deflators } : {};
}

/** Whether a table read back has the Price year column. */
const hasPriceYear = (values: TableValues | undefined) =>
  (values?.[0] ?? []).some((h) => String(h ?? "").trim() === "Price year");

/** A price year read back: none for a blank. */
const withPriceYear = (y: PriceYear | null | undefined) =>
  y === null || y === undefined ? {} : { priceYear: y };

export const FORUMS = tableCodec<OfOption<Forum>>()("Forums", {
  ...optionColumn<Forum>(),
  name: { header: "Forum", role: "input", kind: TEXT, write: (r) => r.line.name },
  meetingsPerYear: {
    header: "Meetings a year",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.meetingsPerYear,
  },
  attendees: {
    header: "Attendees",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.attendees,
  },
  hours: { header: "Hours", role: "input", kind: NUMBER, write: (r) => r.line.hours },
  hourlyRate: {
    header: "Hourly rate (£)",
    numFmt: MONEY_PENCE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.hourlyRate,
  },
  preparation: {
    header: "Preparation",
    numFmt: SHARE,
    role: "input",
    kind: NUMBER,
    write: (r) => r.line.preparation,
  },
});

export const LOANS = tableCodec<CaseLoan>()("Loans", {
  name: { header: "Loan", role: "input", kind: TEXT, write: (l) => l.name },
  balance: {
    header: "Balance (£)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (l) => l.balance,
  },
  oldMargin: {
    header: "Old margin",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.oldMargin,
  },
  newMargin: {
    header: "New margin",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.newMargin,
  },
  years: {
    header: "Years left",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.years,
  },
  repayment: { header: "Repayment", role: "input", kind: TEXT, write: (l) => l.repayment },
  interestRate: {
    header: "Interest rate",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.interestRate,
  },
  repricingInYears: {
    header: "Repricing in years",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.repricingInYears,
  },
  consentFee: {
    header: "Consent fee",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (l) => l.consentFee,
  },
});

export const SWAPS = tableCodec<CaseSwap>()("Swaps", {
  name: { header: "Swap", role: "input", kind: TEXT, write: (w) => w.name },
  notional: {
    header: "Notional (£)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (w) => w.notional,
  },
  fixedRate: {
    header: "Fixed rate",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (w) => w.fixedRate,
  },
  marketRate: {
    header: "Market rate",
    numFmt: RATE,
    role: "input",
    kind: NUMBER,
    write: (w) => w.marketRate,
  },
  years: {
    header: "Years left",
    numFmt: WHOLE,
    role: "input",
    kind: NUMBER,
    write: (w) => w.years,
  },
  repayment: { header: "Repayment", role: "input", kind: TEXT, write: (w) => w.repayment },
});

/** Each option's lines of one kind, as rows keyed by the option's id. */
export const linesOf = <T>(c: BusinessCase, lines: (o: BusinessOption) => readonly T[]) =>
  c.options.flatMap((o) => lines(o).map((line) => ({ option: o.id, line })));

/** The case the Inputs tables describe. `title` comes from the sheet's title cell. */
export function caseFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): BusinessCase {
  const setting = SETTINGS.read(tables.Settings);
  const discount = discountFromBands(tables.DiscountBands, "DiscountBands", ["STPR"]);
  const savings: (ReturnType<typeof SAVINGS.read>[number] & { priceYear?: PriceYear | null })[] =
    hasPriceYear(tables.Savings)
      ? SAVINGS_PRICED.read(tables.Savings)
      : SAVINGS.read(tables.Savings);
  const oneOff: (ReturnType<typeof ONE_OFF_COSTS.read>[number] & {
    priceYear?: PriceYear | null;
  })[] = hasPriceYear(tables.OneOffCosts)
    ? ONE_OFF_COSTS_PRICED.read(tables.OneOffCosts)
    : ONE_OFF_COSTS.read(tables.OneOffCosts);
  const forums = FORUMS.read(tables.Forums);
  const of = <R extends { option: string }>(rows: R[], id: string) =>
    rows.filter((r) => r.option === id);
  const formOf = (label: string): PartnershipForm => {
    const f = FORMS.find((x) => x.label === label || x.id === label);
    if (!f) throw new Error(`Unknown form "${label}" in the Options table.`);
    return f.id;
  };
  const options: BusinessOption[] = OPTIONS.read(tables.Options).map((r) => ({
    id: r.id,
    name: r.name,
    form: formOf(r.form),
    savings: of(savings, r.id).map((s) => ({
      source: s.source as SavingsLine["source"],
      description: s.description,
      fullAnnual: s.fullAnnual,
      yearsToFull: s.yearsToFull,
      difficulty: s.difficulty as SavingsLine["difficulty"],
      confidence: s.confidence,
      assumption: s.assumption,
      ...withPriceYear(s.priceYear),
    })),
    oneOffCosts: of(oneOff, r.id).map((k) => ({
      category: k.category as OneOffCost["category"],
      year: k.year,
      amount: k.amount,
      ...withPriceYear(k.priceYear),
    })),
    forums: of(forums, r.id).map((f) => ({
      name: f.name,
      meetingsPerYear: f.meetingsPerYear,
      attendees: f.attendees,
      hours: f.hours,
      hourlyRate: f.hourlyRate,
      preparation: f.preparation,
    })),
    coordinationCost: r.coordinationCost,
    vat: r.vatRoute
      ? {
          route: r.vatRoute as "taxable" | "exempt" | "vat_group",
          costBase: r.vatCostBase,
          boughtInShare: r.boughtInShare,
        }
      : null,
    loanRepricing: {
      applies: r.lendersMayReprice,
      keepLoansInSubsidiaries: r.keepLoansInSubsidiaries,
    },
  }));
  return {
    schemaVersion: 1,
    title: INPUTS_TITLE.read(title),
    purpose: setting.purpose as BusinessCase["purpose"],
    partners: PARTNERS.read(tables.Partners),
    appraisal: {
      horizon: setting.horizon,
      discount: discount as BusinessCase["appraisal"]["discount"],
      optimismBias: setting.optimismBias,
      priceBaseYear: setting.priceBaseYear,
    },
    vat: { rate: setting.vatRate, recoveryRate: setting.vatRecovery },
    loans: LOANS.read(tables.Loans).map((l) => ({
      ...l,
      repayment: l.repayment as CaseLoan["repayment"],
    })),
    swaps: SWAPS.read(tables.Swaps).map((w) => ({
      ...w,
      repayment: w.repayment as CaseSwap["repayment"],
    })),
    options,
    ...deflatorsOf(tables),
    ...(tables.CaseRanges ? { ranges: CASE_RANGES.read(tables.CaseRanges) } : {}),
    ...(tables.CaseRangeCorrelations
      ? { correlations: CASE_RANGE_CORRELATIONS.read(tables.CaseRangeCorrelations) }
      : {}),
  };
}

/** The names of the tables the Inputs sheet holds, in its order. */
export const INPUT_TABLES = [
  SETTINGS.name,
  DISCOUNT_BANDS.name,
  PARTNERS.name,
  OPTIONS.name,
  SAVINGS.name,
  ONE_OFF_COSTS.name,
  FORUMS.name,
  LOANS.name,
  SWAPS.name,
] as const;

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const CASE_READER: JourneyReader<BusinessCase> = {
  // CaseRanges (and CaseRangeCorrelations) are written only when the case has ranges (and
  // correlations), and Deflators and DeflatorSeries only when a line has a price year or the
  // case its own deflators; absent tables are skipped.
  tables: [
    ...INPUT_TABLES,
    CASE_RANGES.name,
    CASE_RANGE_CORRELATIONS.name,
    CASE_DEFLATORS.name,
    DEFLATOR_SERIES.name,
  ],
  from: caseFromInputTables,
};
