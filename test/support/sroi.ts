/**
 * SROI test set-up shared by the journey's tests and its LibreOffice references: the shipped
 * examples, parsed; a user's own financial-year deflators (invented test data); and the
 * summary of an analysis's workbook as LibreOffice recalculates it, with the headline
 * figures compared to the model at the stated tolerances.
 */
import * as fs from "fs";
import * as path from "path";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { sroiPlan, SROI_SUMMARY_LABELS as L } from "../../src/journeys/sroi/workbook";
import type { SroiResult } from "../../src/journeys/sroi/evaluate";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { planToXlsx } from "../../src/workbook/xlsx";
import { EXAMPLES } from "./examples";
import { recalculateXlsx } from "./libreoffice";

/** An SROI example of examples/ ("sroi-community-navigators.json"), parsed. */
export const loadSroiExample = (file: string): SroiAnalysisCase =>
  parseSroi(JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8")));

/** Invented financial-year indices (test data), as a user's own series would give them. */
export const FINANCIAL_YEAR_INDICES: [string, number][] = [
  ["2014/15", 74.9],
  ["2019/20", 81.6],
  ["2021/22", 88.1],
  ["2024/25", 100.7],
];

/** The price years given to the price-base example's four outcomes with those indices. */
export const FINANCIAL_PRICE_YEARS = ["2019/20", "2014/15", "2021/22", "2024/25"];

/**
 * The summary sheet of `c`'s workbook as LibreOffice recalculates it, built once before the
 * describe block's tests (beforeAll): its rows, and the value beside a label.
 */
export function recalculatedSroiSummary(c: SroiAnalysisCase): {
  rows: () => string[][];
  value: (label: string) => string;
} {
  let summary: string[][];
  beforeAll(async () => {
    summary = recalculateXlsx(await planToXlsx(sroiPlan(c)), 1);
  });
  return {
    rows: () => summary,
    value: (label) => summary.find((row) => row[0] === label)![1],
  };
}

/** PV, inputs and NPV to the penny; the ratio and payback months to 1e-9 relative. */
export function expectSroiHeadlines(value: (label: string) => string, r: SroiResult): void {
  expect(Math.abs(Number(value(L.pv)) - r.pv)).toBeLessThanOrEqual(0.005);
  expect(Math.abs(Number(value(L.inputs)) - r.inputs)).toBeLessThanOrEqual(0.005);
  expect(Math.abs(Number(value(L.npv)) - r.npv)).toBeLessThanOrEqual(0.005);
  expect(Math.abs(Number(value(L.ratio)) - r.ratio!)).toBeLessThanOrEqual(1e-9 * r.ratio!);
  expect(Math.abs(Number(value(L.payback)) - r.paybackMonths!)).toBeLessThanOrEqual(
    1e-9 * r.paybackMonths!
  );
}

/** One column of the value map as a custom function takes it: a range one cell wide. */
export const valueMapColumn = (
  c: SroiAnalysisCase,
  f: (o: SroiAnalysisCase["outcomes"][number]) => number
): number[][] => c.outcomes.map((o) => [f(o)]);

/**
 * The value map's columns in the order =PCBA.SROI_SIMULATE and =PCBA.SROI_SIMULATE_RANGES
 * take them: quantity, proxy, duration, deadweight, displacement, attribution, drop-off.
 */
export const valueMapColumns = (c: SroiAnalysisCase): number[][][] =>
  [
    (o: SroiAnalysisCase["outcomes"][number]) => o.quantity,
    (o: SroiAnalysisCase["outcomes"][number]) => o.proxy,
    (o: SroiAnalysisCase["outcomes"][number]) => o.duration,
    (o: SroiAnalysisCase["outcomes"][number]) => o.deadweight,
    (o: SroiAnalysisCase["outcomes"][number]) => o.displacement,
    (o: SroiAnalysisCase["outcomes"][number]) => o.attribution,
    (o: SroiAnalysisCase["outcomes"][number]) => o.dropOff,
  ].map((f) => valueMapColumn(c, f));
