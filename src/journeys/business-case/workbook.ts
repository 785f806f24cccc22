/**
 * The business-case workbook plan: a case in, the Inputs, Calculations and Summary sheets
 * out, laid out after the FAST standard and the ICAEW Financial Modelling Code
 * (`domain.md`, "Generated workbooks"):
 * - Inputs: Excel tables and named ranges, with units, sources and assumption flags;
 * - Calculations: one timeline across the columns (years 0 … horizon), one formula per row
 *   and the same across the row, Excel's built-in functions only, no numbers typed inside
 *   formulas (0 and 1 as structural constants aside);
 * - Summary: per option NPV, BCR, discounted payback, savings at maturity, VAT and repricing
 *   costs and autonomy kept; checks that show green or red; a chart of cumulative net value.
 *
 * The formulas mirror `src/case/evaluate.ts` operation for operation, so LibreOffice's
 * recalculation agrees with the model to the penny (tested end to end).
 */
import { discountSchedule } from "../../model/discounting";
import { autonomyKept, formLabel } from "./continuum";
import type { BusinessCase, OneOffCategory, SavingsSource } from "./types";
import { evaluateCase, type OptionResult } from "./evaluate";
import { words, wordsFormula } from "../../workbook/words";
import { discountBandsTable, factorFormula, rateFormula } from "../../workbook/discounting";
import {
  columnName,
  sheetRef as on,
  MONEY,
  MONEY_PENCE,
  SHARE,
  RATE,
  WHOLE,
  FACTOR,
  RATIO,
} from "../../workbook/refs";
import { checksBlock, type Check } from "../../workbook/checks";
import type { SheetNames } from "../../workbook/sheet-names";
import { TableLayout, type Placed } from "../../workbook/table-layout";
import { literalCriterion } from "../../workbook/criteria";
import type {
  CellValue,
  PlanCell,
  PlanChart,
  PlanName,
  PlanSheet,
  WorkbookPlan,
} from "../../workbook/types";

export const BUSINESS_CASE_SHEETS: SheetNames = {
  inputs: "Inputs",
  calculations: "Calculations",
  summary: "Summary",
  suffix: "",
};

const SAVINGS_SOURCES: readonly SavingsSource[] = [
  "procurement",
  "executive",
  "borrowing",
  "operational_staff",
  "board",
  "other",
];
const ONE_OFF_CATEGORIES: readonly OneOffCategory[] = [
  "due_diligence",
  "legal",
  "it_integration",
  "redundancy",
  "rebranding",
  "advisers",
  "other",
];

/** The model's results, for the summary's cached values; none when the model cannot evaluate. */
function modelResults(c: BusinessCase): OptionResult[] | null {
  try {
    return evaluateCase(c);
  } catch {
    return null;
  }
}

/** Builds the business-case workbook plan. */
export function businessCasePlan(
  c: BusinessCase,
  sheets: SheetNames = BUSINESS_CASE_SHEETS
): WorkbookPlan {
  const h = c.appraisal.horizon;
  const I = (ref: string) => on(sheets.inputs, ref);
  const names: PlanName[] = [];
  /** A defined name as formulas use it, with this build's suffix. */
  const N = (n: string) => n + sheets.suffix;
  const name = (n: string, ref: string, comment?: string) =>
    names.push({ name: N(n), ref: I(ref), comment });

  // ---------------------------------------------------------------- Inputs
  const inputs = new TableLayout(4, sheets.suffix);
  const inputCells: PlanCell[] = [
    { ref: "A1", value: `Inputs: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Yellow cells are inputs: edit them here and the model recalculates. Amounts in £ at the price base year's prices; rates and shares as percentages. Rows flagged as assumptions are defaults or estimates to review.",
      role: "note",
    },
  ];
  const settings = inputs.add("Appraisal settings", "", {
    name: "Settings",
    ref: "A1",
    columns: [
      { name: "Input" },
      { name: "Value", role: "input" },
      { name: "Unit", role: "unit" },
      { name: "Source or note" },
      { name: "Assumption to review" },
    ],
    rows: [
      [
        "Horizon",
        h,
        "years",
        "The timeline is built to this horizon: change it in the pane and build again.",
        false,
      ],
      [
        "Price base year",
        c.appraisal.priceBaseYear,
        "year",
        "Amounts are in this year's prices (real terms).",
        false,
      ],
      [
        "Optimism bias on one-off costs",
        c.appraisal.optimismBias,
        "%",
        "HM Treasury Green Book, Annex A5: set for the project and reduce as risks are mitigated.",
        true,
      ],
      ["VAT rate", c.vat.rate, "%", "HMRC standard rate (20% from 4 Jan 2011).", false],
      [
        "Members' VAT recovery rate",
        c.vat.recoveryRate,
        "%",
        "No published typical value: your organisations' own partial exemption recovery.",
        true,
      ],
      ["Check tolerance", 0.005, "£", "Differences up to half a penny pass the checks.", false],
      [
        "Purpose",
        c.purpose,
        "",
        "What the partnership is for: buying, selling, sharing_services, growing or diversifying.",
        false,
      ],
    ],
    // The Value column mixes years, shares and money: each row its own format.
    cellFormats: [[WHOLE], ["0"], [SHARE], [SHARE], [SHARE], [MONEY_PENCE], []].map((f) => [
      undefined,
      ...f,
    ]),
  });
  const settingRef = (i: number) => `$B$${settings.first + i}`;
  name("Horizon", settingRef(0));
  name("PriceBaseYear", settingRef(1));
  name("OptimismBias", settingRef(2));
  name("VatRate", settingRef(3));
  name("VatRecovery", settingRef(4));
  name("CheckTolerance", settingRef(5));

  const schedule = discountSchedule(c.appraisal.discount);
  const bands = inputs.add(
    "Discount rate by band",
    typeof c.appraisal.discount === "string"
      ? "HM Treasury Green Book STPR: 3.5% real for years 1–30, declining after."
      : "A flat real discount rate chosen for this case.",
    discountBandsTable("DiscountBands", "A1", schedule)
  );
  name("BandFrom", `$A$${bands.first}:$A$${bands.last}`);
  name("BandRate", `$B$${bands.first}:$B$${bands.last}`);

  inputs.add("Partners", "", {
    name: "Partners",
    ref: "A1",
    columns: [
      { name: "Partner", role: "input" },
      { name: "Type", role: "input" },
      { name: "Turnover (£ a year)", numFmt: MONEY, role: "input" },
      { name: "Homes or beneficiaries", numFmt: WHOLE, role: "input" },
    ],
    rows: c.partners.map((p) => [p.name, p.type, p.turnover, p.homes]),
  });

  const options = inputs.add(
    "Options compared with doing nothing",
    "Autonomy kept follows the form's place on the partnership continuum.",
    {
      name: "Options",
      ref: "A1",
      columns: [
        { name: "Option", role: "input" },
        { name: "Name", role: "input" },
        { name: "Form" },
        { name: "Autonomy kept" },
        { name: "Coordination cost (£ a year)", numFmt: MONEY, role: "input" },
        { name: "VAT route", role: "input" },
        { name: "Shared service cost base (£ a year)", numFmt: MONEY, role: "input" },
        { name: "Bought-in share", numFmt: SHARE, role: "input" },
        { name: "Lenders may reprice", role: "input" },
        { name: "Keep loans in subsidiaries", role: "input" },
      ],
      rows: c.options.map((o) => [
        o.id,
        o.name,
        formLabel(o.form),
        autonomyKept(o.form),
        o.coordinationCost,
        o.vat ? o.vat.route : "",
        o.vat ? o.vat.costBase : 0,
        o.vat ? o.vat.boughtInShare : 0,
        o.loanRepricing.applies,
        o.loanRepricing.keepLoansInSubsidiaries,
      ]),
    }
  );
  name("OptionIds", `$A$${options.first}:$A$${options.last}`);

  const savings = inputs.add(
    "Savings by source",
    "Full annual value once reached, years to reach it (linear ramp), and the share you expect to realise. No published odds exist for any source.",
    {
      name: "Savings",
      ref: "A1",
      columns: [
        { name: "Option", role: "input" },
        { name: "Source", role: "input" },
        { name: "Description", role: "input" },
        { name: "Full annual saving (£)", numFmt: MONEY, role: "input" },
        { name: "Years to full", numFmt: WHOLE, role: "input" },
        { name: "Difficulty", role: "input" },
        { name: "Confidence", numFmt: SHARE, role: "input" },
        { name: "Assumption to review", role: "input" },
      ],
      rows: c.options.flatMap((o) =>
        o.savings.map((s) => [
          o.id,
          s.source,
          s.description,
          s.fullAnnual,
          s.yearsToFull,
          s.difficulty,
          s.confidence,
          s.assumption,
        ])
      ),
    }
  );
  const oneOff = inputs.add(
    "One-off costs",
    "Year 0 is now. Optimism bias is added in the calculations.",
    {
      name: "OneOffCosts",
      ref: "A1",
      columns: [
        { name: "Option", role: "input" },
        { name: "Category", role: "input" },
        { name: "Year", numFmt: WHOLE, role: "input" },
        { name: "Amount (£)", numFmt: MONEY, role: "input" },
      ],
      rows: c.options.flatMap((o) =>
        o.oneOffCosts.map((k) => [o.id, k.category, k.year, k.amount])
      ),
    }
  );
  const forums = inputs.add(
    "Hidden costs: forums",
    "Meetings a year × attendees × hours × (1 + preparation) × loaded hourly rate.",
    {
      name: "Forums",
      ref: "A1",
      columns: [
        { name: "Option", role: "input" },
        { name: "Forum", role: "input" },
        { name: "Meetings a year", numFmt: WHOLE, role: "input" },
        { name: "Attendees", numFmt: WHOLE, role: "input" },
        { name: "Hours", role: "input" },
        { name: "Hourly rate (£)", numFmt: MONEY_PENCE, role: "input" },
        { name: "Preparation", numFmt: SHARE, role: "input" },
      ],
      rows: c.options.flatMap((o) =>
        o.forums.map((f) => [
          o.id,
          f.name,
          f.meetingsPerYear,
          f.attendees,
          f.hours,
          f.hourlyRate,
          f.preparation,
        ])
      ),
    }
  );
  const loans = inputs.add(
    "Loan book",
    "Margins lenders would ask on a material event; consent fees have no published typical value.",
    {
      name: "Loans",
      ref: "A1",
      columns: [
        { name: "Loan", role: "input" },
        { name: "Balance (£)", numFmt: MONEY, role: "input" },
        { name: "Old margin", numFmt: RATE, role: "input" },
        { name: "New margin", numFmt: RATE, role: "input" },
        { name: "Years left", numFmt: WHOLE, role: "input" },
        { name: "Repayment", role: "input" },
        { name: "Interest rate", numFmt: RATE, role: "input" },
        { name: "Repricing in years", numFmt: WHOLE, role: "input" },
        { name: "Consent fee", numFmt: RATE, role: "input" },
      ],
      rows: c.loans.map((l) => [
        l.name,
        l.balance,
        l.oldMargin,
        l.newMargin,
        l.years,
        l.repayment,
        l.interestRate,
        l.repricingInYears,
        l.consentFee,
      ]),
    }
  );

  const swaps = inputs.add(
    "Swaps to break",
    "Broken when lenders reprice: the break cost is the present value, at the market rate, of the fixed rate's excess on each year's opening notional.",
    {
      name: "Swaps",
      ref: "A1",
      columns: [
        { name: "Swap", role: "input" },
        { name: "Notional (£)", numFmt: MONEY, role: "input" },
        { name: "Fixed rate", numFmt: RATE, role: "input" },
        { name: "Market rate", numFmt: RATE, role: "input" },
        { name: "Years left", numFmt: WHOLE, role: "input" },
        { name: "Repayment", role: "input" },
      ],
      rows: c.swaps.map((w) => [
        w.name,
        w.notional,
        w.fixedRate,
        w.marketRate,
        w.years,
        w.repayment,
      ]),
    }
  );

  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: { A: 34, B: 22, C: 24, D: 24, E: 18, F: 16, G: 20, H: 18, I: 18, J: 18 },
    cells: [...inputCells, ...inputs.cells],
    tables: inputs.tables,
    checks: [],
    charts: [],
  };

  // ---------------------------------------------------------------- Calculations
  const C = sheets.calculations;
  const first = 5; // column E holds year 0
  const lastCol = columnName(first + h);
  const yearCol = (t: number) => columnName(first + t);
  const cells: PlanCell[] = [
    { ref: "A1", value: `Calculations: ${c.title}`, role: "title" },
    { ref: "A2", value: "Year", role: "label" },
    { ref: "C2", value: "year", role: "unit" },
    { ref: "A3", value: "Price year", role: "label" },
    { ref: "A4", value: "Discount rate", role: "label" },
    { ref: "C4", value: "%", role: "unit" },
    { ref: "A5", value: "Discount factor", role: "label" },
    { ref: "C5", value: "factor", role: "unit" },
  ];
  /** A row with the same formula across the timeline; `f(col, prev)` gives it for one column. */
  const timelineRow = (row: number, f: (col: string, prev: string) => string, numFmt = MONEY) => {
    for (let t = 0; t <= h; t++) {
      const col = yearCol(t);
      cells.push({
        ref: `${col}${row}`,
        formula: f(col, columnName(first + t - 1)),
        numFmt,
        role: "calc",
      });
    }
  };
  timelineRow(2, () => `COLUMN()-COLUMN($${yearCol(0)}$2)`, WHOLE);
  timelineRow(3, (col) => `${N("PriceBaseYear")}+${col}$2`, WHOLE);
  timelineRow(4, (col) => rateFormula(`${col}$2`, N("BandFrom"), N("BandRate")), RATE);
  timelineRow(5, (col, prev) => factorFormula(`${col}$2`, `${prev}5`, `${col}4`), FACTOR);

  let row = 7;
  /** A row's label (text, or a formula linking to the inputs), key (option), unit and constant. */
  const label = (
    r: number,
    text: string | { formula: string; cached?: string },
    key: string | null,
    unit: string,
    constant?: PlanCell
  ) => {
    cells.push(
      typeof text === "string"
        ? { ref: `A${r}`, value: text, role: "label" }
        : { ref: `A${r}`, formula: text.formula, cached: text.cached, role: "label" }
    );
    if (key !== null) cells.push({ ref: `B${r}`, formula: key, role: "calc" });
    cells.push({ ref: `C${r}`, value: unit, role: "unit" });
    if (constant) cells.push(constant);
  };
  const heading = (text: string) => {
    cells.push({ ref: `A${row}`, value: text, role: "heading" });
    row++;
  };

  // Savings lines: expected annual saving at maturity in D, ramped across the timeline.
  heading("Savings by line (expected: full annual saving × confidence, ramping up linearly)");
  const savingsRows = { first: row, last: row + (savings.last - savings.first) };
  const savingLines = c.options.flatMap((o) => o.savings);
  for (let i = savings.first; i <= savings.last; i++, row++) {
    const r = row;
    const ytf = I(`$${savings.col("Years to full")}$${i}`);
    const source = savingLines[i - savings.first]?.source;
    label(
      r,
      {
        formula: wordsFormula(I(`$${savings.col("Source")}$${i}`), SAVINGS_SOURCES),
        cached: source === undefined ? undefined : words(source),
      },
      I(`$${savings.col("Option")}$${i}`),
      "£",
      {
        ref: `D${r}`,
        formula: `${I(`$${savings.col("Full annual saving (£)")}$${i}`)}*${I(`$${savings.col("Confidence")}$${i}`)}`,
        numFmt: MONEY,
        role: "calc",
      }
    );
    timelineRow(r, (col) => `IF(${col}$2=0,0,$D${r}*IF(${ytf}=0,1,MIN(1,${col}$2/${ytf})))`);
  }
  row++;
  heading("One-off costs by line, with the optimism-bias uplift");
  const oneOffRows = { first: row, last: row + (oneOff.last - oneOff.first) };
  const oneOffLines = c.options.flatMap((o) => o.oneOffCosts);
  for (let i = oneOff.first; i <= oneOff.last; i++, row++) {
    const r = row;
    const category = oneOffLines[i - oneOff.first]?.category;
    label(
      r,
      {
        formula: wordsFormula(I(`$${oneOff.col("Category")}$${i}`), ONE_OFF_CATEGORIES),
        cached: category === undefined ? undefined : words(category),
      },
      I(`$${oneOff.col("Option")}$${i}`),
      "£",
      {
        ref: `D${r}`,
        formula: `${I(`$${oneOff.col("Amount (£)")}$${i}`)}*(1+${N("OptimismBias")})`,
        numFmt: MONEY,
        role: "calc",
      }
    );
    timelineRow(r, (col) => `IF(${col}$2=${I(`$${oneOff.col("Year")}$${i}`)},$D${r},0)`);
  }
  row++;
  heading("Forums: annual cost of meeting time");
  const forumRows = { first: row, last: row + (forums.last - forums.first) };
  for (let i = forums.first; i <= forums.last; i++, row++) {
    const r = row;
    const f = (n: string) => I(`$${forums.col(n)}$${i}`);
    label(r, { formula: `${f("Forum")}&""` }, f("Option"), "£", {
      ref: `D${r}`,
      formula: `${f("Meetings a year")}*${f("Attendees")}*${f("Hours")}*(1+${f("Preparation")})*${f("Hourly rate (£)")}`,
      numFmt: MONEY,
      role: "calc",
    });
    timelineRow(r, (col) => `IF(${col}$2=0,0,$D${r})`);
  }
  row++;
  heading(
    "Loan repricing by loan: consent fee in year 0, then extra interest on the opening balance"
  );
  const loanRows = { first: row, last: row + (loans.last - loans.first) };
  for (let i = loans.first; i <= loans.last; i++, row++) {
    const r = row;
    const l = (n: string) => I(`$${loans.col(n)}$${i}`);
    label(r, { formula: `${l("Loan")}&""` }, null, "£", {
      ref: `D${r}`,
      formula: `${l("Consent fee")}*${l("Balance (£)")}`,
      numFmt: MONEY,
      role: "calc",
    });
    const bal = l("Balance (£)");
    const n = l("Years left");
    const rate = l("Interest rate");
    timelineRow(r, (col) => {
      const t = `${col}$2`;
      const opening = `IF(${l("Repayment")}="bullet",${bal},IF(OR(${l("Repayment")}="straight",${rate}=0),${bal}-${bal}/${n}*(${t}-1),IPMT(${rate},${t},${n},-${bal})/${rate}))`;
      return `IF(${t}=0,$D${r},IF(${t}<=MIN(${n},${l("Repricing in years")}),${opening}*(${l("New margin")}-${l("Old margin")}),0))`;
    });
  }
  row++;
  heading("Swap break costs (present value at the market rate, paid in year 0)");
  const swapRows = { first: row, last: row + (swaps.last - swaps.first) };
  for (let i = swaps.first; i <= swaps.last; i++, row++) {
    const r = row;
    const w = (n: string) => I(`$${swaps.col(n)}$${i}`);
    const [N, f, m, n, rp] = [
      "Notional (£)",
      "Fixed rate",
      "Market rate",
      "Years left",
      "Repayment",
    ].map(w);
    // Closed forms of Σ_t (f − m)·N(t)/(1 + m)^t, with a_n = (1 − (1 + m)^−n)/m: a bullet is
    // (f − m)·N·a_n; straight-line repayment is n tranches of N/n repaid at years 1 … n,
    // (f − m)·(N/n)·(n − a_n)/m; an annuity at f repays principal P(1 + f)^−(n−k+1) in year k
    // (P its level payment), (f − m)/m·(N − Σ_k principal_k/(1 + m)^k), a geometric sum in
    // q = (1 + f)/(1 + m).
    const an = `(1-(1+${m})^-${n})/${m}`;
    const q = `((1+${f})/(1+${m}))`;
    const geometric = `IF(${q}=1,${n},${q}*(${q}^${n}-1)/(${q}-1))`;
    const annuity = `(${f}-${m})/${m}*(${N}-${N}*${f}/(1-(1+${f})^-${n})*(1+${f})^-(${n}+1)*${geometric})`;
    const straight = `(${f}-${m})*${N}/${n}*(${n}-${an})/${m}`;
    label(r, { formula: `${w("Swap")}&""` }, null, "£", {
      ref: `D${r}`,
      formula: `IF(OR(${N}=0,${n}=0),0,IF(${rp}="bullet",(${f}-${m})*${N}*${an},IF(OR(${rp}="straight",${f}=0),${straight},${annuity})))`,
      numFmt: MONEY,
      role: "calc",
    });
  }
  const swapTotal = `SUM($D$${swapRows.first}:$D$${swapRows.last})`;
  const loanTotal = row;
  label(loanTotal, "Loan book repricing cost, with swap breaks", null, "£");
  timelineRow(
    loanTotal,
    (col) => `SUM(${col}${loanRows.first}:${col}${loanRows.last})+IF(${col}$2=0,${swapTotal},0)`
  );
  row += 2;

  // One block per option.
  interface OptionRows {
    id: string;
    savings: number;
    vat: number;
    repricing: number;
    costs: number;
    net: number;
    cumulative: number;
    payback: number;
  }
  const optionRows: OptionRows[] = [];
  const sumIf = (block: { first: number; last: number }, r: number) => (col: string) =>
    `SUMIF($B$${block.first}:$B$${block.last},${literalCriterion(`$B$${r}`)},${col}$${block.first}:${col}$${block.last})`;
  c.options.forEach((o, k) => {
    const optRow = options.first + k;
    const opt = (n: string) => I(`$${options.col(n)}$${optRow}`);
    heading(`Option: ${o.name}`);
    const r0 = row;
    const rows = {
      savings: r0,
      oneOff: r0 + 1,
      forums: r0 + 2,
      coordination: r0 + 3,
      vat: r0 + 4,
      repricing: r0 + 5,
      costs: r0 + 6,
      net: r0 + 7,
      discounted: r0 + 8,
      cumulative: r0 + 9,
      payback: r0 + 10,
    };
    const key = opt("Option");
    label(rows.savings, "Savings", key, "£");
    timelineRow(rows.savings, sumIf(savingsRows, rows.savings));
    label(rows.oneOff, "One-off costs", key, "£");
    timelineRow(rows.oneOff, sumIf(oneOffRows, rows.oneOff));
    label(rows.forums, "Forums", key, "£");
    timelineRow(rows.forums, sumIf(forumRows, rows.forums));
    label(rows.coordination, "Coordination", key, "£", {
      ref: `D${rows.coordination}`,
      formula: opt("Coordination cost (£ a year)"),
      numFmt: MONEY,
      role: "calc",
    });
    timelineRow(rows.coordination, (col) => `IF(${col}$2=0,0,$D${rows.coordination})`);
    const route = opt("VAT route");
    const base = opt("Shared service cost base (£ a year)");
    const bought = opt("Bought-in share");
    const vat = N("VatRate");
    const recovery = N("VatRecovery");
    label(rows.vat, "Irrecoverable VAT on the shared service", key, "£", {
      ref: `D${rows.vat}`,
      formula: `IF(${route}="taxable",${base}*${vat}*(1-${recovery}),IF(${route}="exempt",${base}*${bought}*${vat},IF(${route}="vat_group",${base}*${bought}*${vat}*(1-${recovery}),0)))`,
      numFmt: MONEY,
      role: "calc",
    });
    timelineRow(rows.vat, (col) => `IF(${col}$2=0,0,$D${rows.vat})`);
    label(rows.repricing, "Loan repricing", key, "£", {
      ref: `D${rows.repricing}`,
      formula: `AND(${opt("Lenders may reprice")},NOT(${opt("Keep loans in subsidiaries")}))`,
      role: "calc",
    });
    timelineRow(rows.repricing, (col) => `IF($D${rows.repricing},${col}$${loanTotal},0)`);
    label(rows.costs, "Total costs", key, "£");
    timelineRow(
      rows.costs,
      (col) =>
        `${col}${rows.oneOff}+${col}${rows.forums}+${col}${rows.coordination}+${col}${rows.vat}+${col}${rows.repricing}`
    );
    label(rows.net, "Net value", key, "£");
    timelineRow(rows.net, (col) => `${col}${rows.savings}-${col}${rows.costs}`);
    label(rows.discounted, "Discounted net value", key, "£");
    timelineRow(rows.discounted, (col) => `${col}${rows.net}*${col}$5`);
    label(rows.cumulative, "Cumulative discounted net value", key, "£");
    timelineRow(
      rows.cumulative,
      (col, prev) =>
        `IF(${col}$2=0,${col}${rows.discounted},${prev}${rows.cumulative}+${col}${rows.discounted})`
    );
    label(rows.payback, "Payback point (year, where the cumulative value turns)", key, "years");
    timelineRow(
      rows.payback,
      (col, prev) =>
        `IF(${col}$2=0,"",IF(AND(${prev}${rows.cumulative}<0,${col}${rows.cumulative}>=0),${prev}$2+(-${prev}${rows.cumulative}/${col}${rows.discounted}),""))`,
      RATIO
    );
    optionRows.push({
      id: o.id,
      savings: rows.savings,
      vat: rows.vat,
      repricing: rows.repricing,
      costs: rows.costs,
      net: rows.net,
      cumulative: rows.cumulative,
      payback: rows.payback,
    });
    row = rows.payback + 2;
  });

  const calcSheet: PlanSheet = {
    name: C,
    widths: {
      A: 46,
      B: 14,
      C: 8,
      D: 16,
      ...Object.fromEntries(Array.from({ length: h + 1 }, (_, t) => [yearCol(t), 14])),
    },
    cells,
    tables: [],
    checks: [],
    charts: [],
    freeze: { row: 6, column: first },
  };

  // ---------------------------------------------------------------- Summary
  const S = sheets.summary;
  const span = (r: number) => on(C, `$${yearCol(0)}$${r}:$${lastCol}$${r}`);
  const df = span(5);
  const summaryCells: PlanCell[] = [
    { ref: "A1", value: `Summary: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value: `Present values at ${typeof c.appraisal.discount === "string" ? "the Green Book STPR" : "the case's discount rate"}, ${c.appraisal.priceBaseYear} prices, over ${h} years; against doing nothing. Payback is discounted, in years.`,
      role: "note",
    },
  ];
  const headers = [
    "Option",
    "Form",
    "NPV (£)",
    "Benefit–cost ratio",
    "Discounted payback (years)",
    "Savings at maturity (£ a year)",
    "VAT cost (PV £)",
    "Loan repricing cost (PV £)",
    "Autonomy kept",
    "PV savings (£)",
    "PV costs (£)",
  ];
  const fmts = [
    undefined,
    undefined,
    MONEY,
    RATIO,
    RATIO,
    MONEY,
    MONEY,
    MONEY,
    undefined,
    MONEY,
    MONEY,
  ];
  const top = 4;
  headers.forEach((text, j) =>
    summaryCells.push({ ref: `${columnName(j + 1)}${top}`, value: text, role: "heading" })
  );
  const baselineRow = top + 1;
  const baseline: CellValue[] = [
    "Do nothing (baseline)",
    "Stand-alone",
    0,
    null,
    0,
    0,
    0,
    0,
    "Full",
    0,
    0,
  ];
  baseline.forEach((v, j) =>
    summaryCells.push({
      ref: `${columnName(j + 1)}${baselineRow}`,
      value: v,
      numFmt: fmts[j],
      role: "output",
    })
  );
  const results = modelResults(c);
  const savingsKey = on(C, `$B$${savingsRows.first}:$B$${savingsRows.last}`);
  const savingsExpected = on(C, `$D$${savingsRows.first}:$D$${savingsRows.last}`);
  optionRows.forEach((o, k) => {
    const r = baselineRow + 1 + k;
    const optRow = options.first + k;
    const formulas: (string | null)[] = [
      I(`$${options.col("Name")}$${optRow}`),
      I(`$${options.col("Form")}$${optRow}`),
      `SUMPRODUCT(${span(o.net)},${df})`,
      `IF(K${r}=0,"no cost",J${r}/K${r})`,
      `IF(MIN(${span(o.cumulative)})>=0,0,IF(COUNT(${span(o.payback)})=0,"not within the horizon",MIN(${span(o.payback)})))`,
      `SUMIF(${savingsKey},${literalCriterion(I(`$${options.col("Option")}$${optRow}`))},${savingsExpected})`,
      `SUMPRODUCT(${span(o.vat)},${df})`,
      `SUMPRODUCT(${span(o.repricing)},${df})`,
      I(`$${options.col("Autonomy kept")}$${optRow}`),
      `SUMPRODUCT(${span(o.savings)},${df})`,
      `SUMPRODUCT(${span(o.costs)},${df})`,
    ];
    const result = results?.[k];
    const cachedOf = (j: number): CellValue | undefined => {
      if (!result) return undefined;
      const field = SUMMARY_COLUMNS[j];
      if (field === "form") return formLabel(c.options[k].form);
      const v = result[field];
      if (v === null) return field === "payback" ? "not within the horizon" : "no cost";
      return v;
    };
    formulas.forEach((f, j) =>
      summaryCells.push({
        ref: `${columnName(j + 1)}${r}`,
        formula: f!,
        numFmt: fmts[j],
        role: "output",
        cached: cachedOf(j),
      })
    );
  });
  const lastOption = baselineRow + optionRows.length;

  // Checks: TRUE shows green, FALSE red.
  const checksTop = lastOption + 3;
  summaryCells.push({ ref: `A${checksTop}`, value: "Checks", role: "heading" });
  const conf = I(
    `$${savings.col("Confidence")}$${savings.first}:$${savings.col("Confidence")}$${savings.last}`
  );
  const belongs = (p: Placed) => {
    const ids = I(`$A$${p.first}:$A$${p.last}`);
    return `SUMPRODUCT((${ids}<>"")*(COUNTIF(${N("OptionIds")},${literalCriterion(ids)})=0))=0`;
  };
  const checks: Check[] = [
    [
      "NPV equals PV savings less PV costs for every option",
      `SUMPRODUCT(ABS(C${baselineRow}:C${lastOption}-(J${baselineRow}:J${lastOption}-K${baselineRow}:K${lastOption})))<=${N("CheckTolerance")}`,
    ],
    ["Discount factors lie between 0 and 1", `AND(MIN(${df})>0,MAX(${df})<=1)`],
    ["Confidence shares lie between 0% and 100%", `COUNTIF(${conf},"<0")+COUNTIF(${conf},">1")=0`],
    ["Every savings line names an option in the Options table", belongs(savings)],
    ["Every one-off cost names an option", belongs(oneOff)],
    ["Every forum names an option", belongs(forums)],
    ["Optimism bias is not negative", `${N("OptimismBias")}>=0`],
  ];
  const checked = checksBlock(checksTop + 1, checks);
  summaryCells.push(...checked.cells);

  const chart: PlanChart = {
    title: "Cumulative discounted net value by year",
    categories: on(C, `$${yearCol(0)}$2:$${lastCol}$2`),
    series: optionRows.map((o, k) => ({ name: c.options[k].name, values: span(o.cumulative) })),
    anchor: `D${checksTop}:K${checksTop + 18}`,
    yAxisTitle: "£",
    valueFormat: MONEY,
  };
  const summarySheet: PlanSheet = {
    name: S,
    widths: { A: 44, B: 30, C: 16, D: 14, E: 14, F: 18, G: 16, H: 18, I: 14, J: 16, K: 16 },
    cells: summaryCells,
    tables: [],
    checks: [checked.range],
    charts: optionRows.length ? [chart] : [],
    freeze: { row: top, column: 1 },
  };
  return { sheets: [summarySheet, inputsSheet, calcSheet], names };
}

/** The Summary sheet's option rows start here (after the header and the baseline row). */
export const SUMMARY_FIRST_OPTION_ROW = 6;
/** The Summary's columns A, B, … in order, named as `OptionResult`'s fields. */
export const SUMMARY_COLUMNS = [
  "name",
  "form",
  "npv",
  "bcr",
  "payback",
  "savingsAtMaturity",
  "pvVat",
  "pvRepricing",
  "autonomy",
  "pvSavings",
  "pvCosts",
] as const;
