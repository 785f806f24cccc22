/**
 * The business case's Calculations sheet: one timeline of years 0 … horizon across the
 * columns, one formula per row and the same across it: each savings line ramped, each
 * one-off cost with the optimism-bias uplift, forums, loan repricing loan by loan and swap
 * breaks, then a block per option (savings, costs by kind, net, discounted and cumulative net
 * value, and the payback point).
 */
import { columnName, MONEY, RATE, WHOLE, FACTOR, RATIO } from "../../workbook/refs";
import { factorFormula, rateFormula } from "../../workbook/discounting";
import { words, wordsFormula } from "../../workbook/words";
import { SAVINGS_SOURCES } from "./continuum";
import type { OneOffCategory } from "./types";
import { literalCriterion } from "../../workbook/criteria";
import type { PlanCell, PlanSheet } from "../../workbook/types";
import type { CaseBuild } from "./build-context";
import { priceBaseFormula } from "../../values/deflator-table";
import type { InputTables } from "./inputs-sheet";

/** One option's rows on the Calculations sheet. */
export interface OptionRows {
  id: string;
  savings: number;
  vat: number;
  repricing: number;
  costs: number;
  net: number;
  cumulative: number;
  payback: number;
}

/** Where the Summary finds things on the Calculations sheet. */
export interface CalculationRows {
  /** The savings lines' rows (their option key in B, expected saving at maturity in D). */
  readonly savingsRows: { first: number; last: number };
  readonly optionRows: OptionRows[];
  /** The column of year t, and of the last year. */
  readonly yearCol: (t: number) => string;
  readonly lastCol: string;
}

const SOURCE_CODES = SAVINGS_SOURCES.map((s) => s.id);
const ONE_OFF_CATEGORIES: readonly OneOffCategory[] = [
  "due_diligence",
  "legal",
  "it_integration",
  "redundancy",
  "rebranding",
  "advisers",
  "other",
];

export function calculationsSheet(
  b: CaseBuild,
  t: InputTables
): { sheet: PlanSheet; rows: CalculationRows } {
  const { c, sheets, h, I, N } = b;
  const { options, savings, oneOff, forums, loans, swaps } = t;
  /**
   * A line's amount in the price base: as it stands without a price year, else
   * amount × index(price base year) / index(price year) from the Deflators table (./prices.ts).
   */
  const inBase = (amount: string, table: typeof savings, i: number) => {
    if (!t.priced) return amount;
    const py = I(`$${table.col("Price year")}$${i}`);
    const converted = priceBaseFormula({
      amount,
      priceYear: py,
      baseYear: N("PriceBaseYear"),
      years: N("DeflatorYears"),
      index: N("DeflatorIndex"),
    });
    return `IF(${py}="",${amount},${converted})`;
  };
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
        // The source in words ("Operational staff"), from the code the input table keeps.
        formula: wordsFormula(I(`$${savings.col("Source")}$${i}`), SOURCE_CODES),
        cached: source === undefined ? undefined : words(source),
      },
      I(`$${savings.col("Option")}$${i}`),
      "£",
      {
        ref: `D${r}`,
        formula: `${inBase(I(`$${savings.col("Full annual saving (£)")}$${i}`), savings, i)}*${I(`$${savings.col("Confidence")}$${i}`)}`,
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
        formula: `${inBase(I(`$${oneOff.col("Amount (£)")}$${i}`), oneOff, i)}*(1+${N("OptimismBias")})`,
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

  const sheet: PlanSheet = {
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

  return { sheet, rows: { savingsRows, optionRows, yearCol, lastCol } };
}
