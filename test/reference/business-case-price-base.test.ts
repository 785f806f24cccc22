/**
 * A business case with lines in other years' prices (a saving in 2014 prices, a one-off cost
 * in 2019 prices, the case in 2024 prices), built to .xlsx and recalculated by LibreOffice:
 * the Deflators table's INDEX/MATCH conversion and every Summary figure equal the model to
 * the penny (ratios and payback to 1e-9); every check reads TRUE. The same with the case's
 * own deflators, financial years included and a 2024/25 price base.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluateCase, type OptionResult } from "../../src/journeys/business-case/evaluate";
import { parseCase } from "../../src/journeys/business-case/validate";
import {
  businessCasePlan,
  SUMMARY_COLUMNS,
  SUMMARY_FIRST_OPTION_ROW,
} from "../../src/journeys/business-case/workbook";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateXlsx } from "../support/libreoffice";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { ownDeflators } from "../support/case-deflators";

jest.setTimeout(180000);

const c: BusinessCase = (() => {
  const m = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../examples/two-associations-merger.json"), "utf8")
  ) as BusinessCase;
  m.appraisal.priceBaseYear = 2024;
  m.options[0].savings[0].priceYear = 2014;
  m.options[0].oneOffCosts[0].priceYear = 2019;
  return parseCase(m);
})();
const own = ownDeflators(
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../examples/two-associations-merger.json"), "utf8")
  ) as BusinessCase
);
const MONEY = new Set(["npv", "savingsAtMaturity", "pvVat", "pvRepricing", "pvSavings", "pvCosts"]);

let summary: string[][];
let ownSummary: string[][];
beforeAll(async () => {
  summary = recalculateXlsx(await planToXlsx(businessCasePlan(c)), 1);
  ownSummary = recalculateXlsx(await planToXlsx(businessCasePlan(own)), 1);
});

/** Every money figure of `sheet` equals the model's to the penny; ratios and payback to 1e-9. */
function expectSummaryEqualsModel(sheet: string[][], results: OptionResult[]) {
  results.forEach((r, k) => {
    const row = sheet[SUMMARY_FIRST_OPTION_ROW - 1 + k];
    SUMMARY_COLUMNS.forEach((field, j) => {
      const ours = r[field as keyof OptionResult];
      if (typeof ours !== "number") return;
      const tolerance = MONEY.has(field) ? 0.005 : 1e-9 * Math.max(1, Math.abs(ours));
      expect([field, Math.abs(Number(row[j]) - ours) <= tolerance]).toEqual([field, true]);
    });
  });
}

test("with the case's own deflators (financial years, a 2024/25 price base): to the penny", () => {
  const results = evaluateCase(own);
  expectSummaryEqualsModel(ownSummary, results);
  // The conversion moves the first two options' NPVs, whose lines carry price years (a
  // missing or shipped-series lookup would show).
  const plain = JSON.parse(JSON.stringify(own)) as BusinessCase;
  delete plain.deflators;
  plain.appraisal.priceBaseYear = 2024;
  plain.options.forEach((o) => {
    o.savings.forEach((l) => delete l.priceYear);
    o.oneOffCosts.forEach((x) => delete x.priceYear);
  });
  const base = evaluateCase(plain);
  [0, 1].forEach((k) => expect(Math.abs(results[k].npv - base[k].npv)).toBeGreaterThan(1));
  const checks = ownSummary.filter((r) => r[1] === "TRUE" || r[1] === "FALSE");
  expect(checks.length).toBeGreaterThanOrEqual(8);
  checks.forEach((r) => expect([r[0], r[1]]).toEqual([r[0], "TRUE"]));
});

test("every Summary figure matches the model to the penny, the converted lines included", () => {
  const results = evaluateCase(c);
  expectSummaryEqualsModel(summary, results);
  // The conversion changes the first option's NPV (so the test would catch a missing one).
  const plain = JSON.parse(JSON.stringify(c)) as BusinessCase;
  delete plain.options[0].savings[0].priceYear;
  delete plain.options[0].oneOffCosts[0].priceYear;
  expect(Math.abs(evaluateCase(plain)[0].npv - results[0].npv)).toBeGreaterThan(1);
});

test("every check on the Summary reads TRUE", () => {
  const checks = summary.filter((r) => r[1] === "TRUE" || r[1] === "FALSE");
  expect(checks.length).toBeGreaterThanOrEqual(8);
  checks.forEach((r) => expect([r[0], r[1]]).toEqual([r[0], "TRUE"]));
});
