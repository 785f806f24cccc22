/**
 * The SROI value map with mixed price years, built to .xlsx and recalculated by LibreOffice
 * Calc headless: the Deflators table's INDEX/MATCH conversion and everything after it (PV,
 * ratio, NPV, payback) equal the model to the penny (ratio and payback to 1e-9 relative),
 * on the shipped series and on a user's series of financial years; every check reads TRUE.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { sroiPlan, SROI_SUMMARY_LABELS as L } from "../../src/journeys/sroi/workbook";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateXlsx } from "../support/libreoffice";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

jest.setTimeout(180000);

const EXAMPLES = path.resolve(__dirname, "../../examples");
const priced = parseSroi(
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, "sroi-wellbeing-price-base.json"), "utf8"))
);
// Invented financial-year indices (test data), as a user's own series would give them.
const financial: SroiAnalysisCase = parseSroi({
  ...priced,
  priceBaseYear: "2024/25",
  discount: "STPR",
  deflators: {
    name: "Invented financial-year deflators",
    source: "test data",
    licence: "",
    rows: [
      ["2014/15", 74.9],
      ["2019/20", 81.6],
      ["2021/22", 88.1],
      ["2024/25", 100.7],
    ],
  },
  outcomes: priced.outcomes.map((o, i) => ({
    ...o,
    priceYear: ["2019/20", "2014/15", "2021/22", "2024/25"][i],
    duration: o.duration + 32,
  })),
});

describe.each([
  ["the example: calendar years 2014, 2019, 2021 and 2024 in 2024 prices", priced],
  ["financial years in 2024/25 prices on a user's series, over 33+ years at the STPR", financial],
])("%s", (_name, c) => {
  const r = evaluateSroi(c);
  let summary: string[][];
  beforeAll(async () => {
    summary = recalculateXlsx(await planToXlsx(sroiPlan(c)), 1);
  });
  const value = (label: string) => summary.find((row) => row[0] === label)![1];

  test("PV, inputs, NPV to the penny; ratio and payback to 1e-9", () => {
    expect(Math.abs(Number(value(L.pv)) - r.pv)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(value(L.inputs)) - r.inputs)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(value(L.npv)) - r.npv)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(value(L.ratio)) - r.ratio!)).toBeLessThanOrEqual(1e-9 * r.ratio!);
    expect(r.paybackMonths).not.toBeNull();
    expect(Math.abs(Number(value(L.payback)) - r.paybackMonths!)).toBeLessThanOrEqual(
      1e-9 * r.paybackMonths!
    );
  });

  test("the conversion matters: the ratio differs from the proxies as they stand", () => {
    const { priceBaseYear: _b, deflators: _d, ...plain } = c;
    expect(Math.abs(evaluateSroi(plain).ratio! - r.ratio!)).toBeGreaterThan(0.01);
  });

  test("every check reads TRUE, the price years' check among them", () => {
    const checks = summary.filter((row) => row[1] === "TRUE" || row[1] === "FALSE");
    expect(checks.map((row) => row[0])).toContain(
      "Every proxy's price year is in the Deflators table"
    );
    checks.forEach((row) => expect([row[0], row[1]]).toEqual([row[0], "TRUE"]));
  });
});
