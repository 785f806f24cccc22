/**
 * The business case's Summary sheet: per option the columns of `SUMMARY` (NPV, benefit–cost
 * ratio, discounted payback, savings at maturity, VAT and repricing costs, autonomy kept,
 * PV savings and costs) under a do-nothing baseline row; checks that show green or red; and
 * a chart of cumulative discounted net value by year.
 */
import { evaluateCase, type OptionResult } from "./evaluate";
import { formLabel } from "./continuum";
import type { BusinessCase } from "./types";
import { columnName, sheetRef as on, MONEY, RATIO } from "../../workbook/refs";
import { checksBlock, type Check } from "../../workbook/checks";
import { literalCriterion } from "../../workbook/criteria";
import type { Placed } from "../../workbook/table-layout";
import type { CellValue, PlanCell, PlanChart, PlanSheet } from "../../workbook/types";
import type { CaseBuild } from "./build-context";
import type { InputTables } from "./inputs-sheet";
import type { CalculationRows, OptionRows } from "./calculations-sheet";

/** What a Summary column's formula can refer to for one option's row. */
interface SummaryRow {
  /** The row on the Summary sheet. */
  readonly r: number;
  /** The option's cell in a column of the Options table. */
  readonly option: (column: string) => string;
  /** The present value of a Calculations row (SUMPRODUCT with the discount factors). */
  readonly pv: (row: number) => string;
  /** A Calculations row across the timeline. */
  readonly span: (row: number) => string;
  readonly o: OptionRows;
  readonly savingsKey: string;
  readonly savingsExpected: string;
}

/** One Summary column: the result it shows, its header and format, the baseline and the formula. */
interface SummaryColumn {
  readonly field: keyof OptionResult | "form";
  readonly header: string;
  readonly numFmt?: string;
  readonly baseline: CellValue;
  readonly formula: (at: SummaryRow) => string;
}

/** The Summary's header row; the baseline row follows, then one row per option. */
const top = 4;

/** The Summary's columns A, B, … in order. */
export const SUMMARY: readonly SummaryColumn[] = [
  {
    field: "name",
    header: "Option",
    baseline: "Do nothing (baseline)",
    formula: (at) => at.option("Name"),
  },
  { field: "form", header: "Form", baseline: "Stand-alone", formula: (at) => at.option("Form") },
  { field: "npv", header: "NPV (£)", numFmt: MONEY, baseline: 0, formula: (at) => at.pv(at.o.net) },
  {
    field: "bcr",
    header: "Benefit–cost ratio",
    numFmt: RATIO,
    baseline: null,
    formula: (at) =>
      `IF(${L("pvCosts")}${at.r}=0,"no cost",${L("pvSavings")}${at.r}/${L("pvCosts")}${at.r})`,
  },
  {
    field: "payback",
    header: "Discounted payback (years)",
    numFmt: RATIO,
    baseline: 0,
    formula: ({ span, o }) =>
      `IF(MIN(${span(o.cumulative)})>=0,0,IF(COUNT(${span(o.payback)})=0,"not within the horizon",MIN(${span(o.payback)})))`,
  },
  {
    field: "savingsAtMaturity",
    header: "Savings at maturity (£ a year)",
    numFmt: MONEY,
    baseline: 0,
    formula: (at) =>
      `SUMIF(${at.savingsKey},${literalCriterion(at.option("Option"))},${at.savingsExpected})`,
  },
  {
    field: "pvVat",
    header: "VAT cost (PV £)",
    numFmt: MONEY,
    baseline: 0,
    formula: (at) => at.pv(at.o.vat),
  },
  {
    field: "pvRepricing",
    header: "Loan repricing cost (PV £)",
    numFmt: MONEY,
    baseline: 0,
    formula: (at) => at.pv(at.o.repricing),
  },
  {
    field: "autonomy",
    header: "Autonomy kept",
    baseline: "Full",
    formula: (at) => at.option("Autonomy kept"),
  },
  {
    field: "pvSavings",
    header: "PV savings (£)",
    numFmt: MONEY,
    baseline: 0,
    formula: (at) => at.pv(at.o.savings),
  },
  {
    field: "pvCosts",
    header: "PV costs (£)",
    numFmt: MONEY,
    baseline: 0,
    formula: (at) => at.pv(at.o.costs),
  },
];

/** The letter of the Summary column showing `field`. */
function L(field: SummaryColumn["field"]): string {
  return columnName(SUMMARY.findIndex((c) => c.field === field) + 1);
}

const headers = (cells: PlanCell[], row: number) =>
  SUMMARY.forEach((col, j) =>
    cells.push({ ref: `${columnName(j + 1)}${row}`, value: col.header, role: "heading" })
  );

/** The Summary sheet's option rows start here (after the header and the baseline row). */
export const SUMMARY_FIRST_OPTION_ROW = top + 2;
/** The Summary's columns A, B, … in order, named as `OptionResult`'s fields. */
export const SUMMARY_COLUMNS = SUMMARY.map((col) => col.field);

/** The model's results, for the cached values; none when the model cannot evaluate the case. */
function modelResults(c: BusinessCase): OptionResult[] | null {
  try {
    return evaluateCase(c);
  } catch {
    return null;
  }
}

export function summarySheet(b: CaseBuild, t: InputTables, calc: CalculationRows): PlanSheet {
  const { c, sheets, h, I, N } = b;
  const { options, savings, oneOff, forums } = t;
  const { savingsRows, optionRows, yearCol, lastCol } = calc;
  const C = sheets.calculations;
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
  headers(summaryCells, top);
  const baselineRow = top + 1;
  SUMMARY.forEach((col, j) =>
    summaryCells.push({
      ref: `${columnName(j + 1)}${baselineRow}`,
      value: col.baseline,
      numFmt: col.numFmt,
      role: "output",
    })
  );
  const savingsKey = on(C, `$B$${savingsRows.first}:$B$${savingsRows.last}`);
  const savingsExpected = on(C, `$D$${savingsRows.first}:$D$${savingsRows.last}`);
  const results = modelResults(c);
  optionRows.forEach((o, k) => {
    const r = baselineRow + 1 + k;
    const optRow = options.first + k;
    const result = results?.[k];
    /** The model's value of a column, written as the formula's cached result. */
    const cachedOf = (field: SummaryColumn["field"]): CellValue | undefined => {
      if (!result) return undefined;
      if (field === "form") return formLabel(c.options[k].form);
      const v = result[field];
      if (v === null) return field === "payback" ? "not within the horizon" : "no cost";
      return typeof v === "number" || typeof v === "string" ? v : undefined;
    };
    const at: SummaryRow = {
      r,
      option: (column) => I(`$${options.col(column)}$${optRow}`),
      pv: (row) => `SUMPRODUCT(${span(row)},${df})`,
      span,
      o,
      savingsKey,
      savingsExpected,
    };
    SUMMARY.forEach((col, j) =>
      summaryCells.push({
        ref: `${columnName(j + 1)}${r}`,
        formula: col.formula(at),
        numFmt: col.numFmt,
        role: "output",
        cached: cachedOf(col.field),
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
      `SUMPRODUCT(ABS(${L("npv")}${baselineRow}:${L("npv")}${lastOption}-(${L("pvSavings")}${baselineRow}:${L("pvSavings")}${lastOption}-${L("pvCosts")}${baselineRow}:${L("pvCosts")}${lastOption})))<=${N("CheckTolerance")}`,
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
  return {
    name: sheets.summary,
    widths: { A: 44, B: 30, C: 16, D: 14, E: 14, F: 18, G: 16, H: 18, I: 14, J: 16, K: 16 },
    cells: summaryCells,
    tables: [],
    checks: [checked.range],
    charts: optionRows.length ? [chart] : [],
    freeze: { row: top, column: 1 },
  };
}
