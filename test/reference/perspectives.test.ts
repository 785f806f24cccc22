/**
 * End to end for returns by perspective: the example is built to .xlsx, recalculated by
 * LibreOffice, and the who-pays / who-benefits table compared with the model
 * (src/model/perspectives.ts): present values to the penny, returns to 1e-9. The example
 * reproduces PSSRU's shape: 4.44 for government and 3.87 for society.
 */
import * as fs from "fs";
import * as path from "path";
import {
  parsePerspectives,
  perspectiveProblems,
} from "../../src/journeys/perspectives/validate";
import { evaluatePerspectives } from "../../src/journeys/perspectives/evaluate";
import { perspectivePlan, PERSPECTIVE_SUMMARY_FIRST_ROW } from "../../src/journeys/perspectives/workbook";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateXlsx } from "../support/libreoffice";
import type { PerspectiveAnalysis } from "../../src/journeys/perspectives/types";

jest.setTimeout(180000);

const example = parsePerspectives(
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, "../../examples/perspectives-community-navigators.json"),
      "utf8"
    )
  )
);
const longer: PerspectiveAnalysis = {
  ...example,
  discount: "STPR",
  start: 2,
  includeQol: true,
  flows: example.flows.map((f, i) => ({
    ...f,
    amounts: Array.from({ length: 34 }, (_, k) => f.amounts[0] * (1 - 0.02 * ((k + i) % 5))),
  })),
};

test("the example has PSSRU's shape: 4.44 for government, 3.87 for society", () => {
  const r = evaluatePerspectives(example);
  expect(r.find((x) => x.perspective === "government")!.ratio).toBeCloseTo(4.44, 10);
  expect(r.find((x) => x.perspective === "societal")!.ratio).toBeCloseTo(3.87, 10);
});

describe.each([
  ["the example", example],
  ["34 years from year 2 at the STPR, quality of life counted", longer],
])("%s", (_name, c) => {
  const results = evaluatePerspectives(c);
  let summary: string[][];
  beforeAll(async () => {
    summary = recalculateXlsx(await planToXlsx(perspectivePlan(c)), 1);
  });
  test("every perspective's PV costs, PV benefits and net to the penny; the return to 1e-9", () => {
    results.forEach((r, k) => {
      const row = summary[PERSPECTIVE_SUMMARY_FIRST_ROW - 1 + k];
      expect(row[0].toLowerCase()).toBe(r.perspective.toLowerCase());
      expect(Math.abs(Number(row[1]) - r.pvCosts)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(Number(row[2]) - r.pvBenefits)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(Number(row[3]) - r.net)).toBeLessThanOrEqual(0.005);
      if (r.ratio === null) expect(row[4]).toBe("no cost");
      else expect(Math.abs(Number(row[4]) - r.ratio)).toBeLessThanOrEqual(1e-9 * r.ratio);
    });
  });
  test("every check reads TRUE", () => {
    const checks = summary.filter((r) => r[1] === "TRUE" || r[1] === "FALSE");
    expect(checks.length).toBe(3);
    checks.forEach((r) => expect([r[0], r[1]]).toEqual([r[0], "TRUE"]));
  });
});

test("schema problems name the path", () => {
  const bad = JSON.parse(JSON.stringify(example));
  bad.flows[1].kind = "gift";
  expect(perspectiveProblems(bad).join("\n")).toMatch(
    /\/flows\/1\/kind must be equal to one of the allowed values/
  );
});
