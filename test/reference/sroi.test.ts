/**
 * End to end for the SROI value map: the example is built to .xlsx, recalculated by
 * LibreOffice, and the summary compared with the model (src/model/sroi.ts via
 * src/journeys/sroi/evaluate.ts): money to the penny, the ratio to 1e-9, payback months to 1e-9; the
 * warnings count what the pane warns about; every check reads TRUE.
 */
import { evaluateSroi, sroiAnalysis } from "../../src/journeys/sroi/evaluate";
import { sroiProblems } from "../../src/journeys/sroi/validate";
import { SROI_SUMMARY_LABELS as L } from "../../src/journeys/sroi/workbook";
import { expectSroiHeadlines, loadSroiExample, recalculatedSroiSummary } from "../support/sroi";
import { outcomeTable } from "../../src/model/sroi";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

jest.setTimeout(180000);

const example = loadSroiExample("sroi-community-navigators.json");
const stpr: SroiAnalysisCase = {
  ...example,
  discount: "STPR",
  outcomes: example.outcomes.map((o) => ({ ...o, duration: o.duration + 35 })),
};

describe.each([
  ["the example (3.5%, fractional durations, a year-0 outcome)", example],
  ["the example over 36+ years at the Green Book STPR (crossing the 30-year band)", stpr],
])("%s", (_name, c) => {
  const r = evaluateSroi(c);
  const { rows, value } = recalculatedSroiSummary(c);

  test("PV, inputs, NPV to the penny; ratio and payback to 1e-9", () => {
    expectSroiHeadlines(value, r);
  });

  test("the warnings count the outcomes with no adjustment and the proxies without a source", () => {
    expect(Number(value(L.noAdjustments))).toBe(
      r.warnings.filter((w) => w.includes("none of deadweight")).length
    );
    expect(Number(value(L.noSource))).toBe(
      r.warnings.filter((w) => w.includes("no source")).length
    );
    expect(r.warnings.length).toBe(2);
  });

  test("every check reads TRUE", () => {
    const checks = rows().filter((row) => row[1] === "TRUE" || row[1] === "FALSE");
    expect(checks.length).toBe(5);
    checks.forEach((row) => expect([row[0], row[1]]).toEqual([row[0], "TRUE"]));
  });
});

test("the model's analysis is the value map's: inputs summed, outcomes as given", () => {
  const a = sroiAnalysis(example);
  expect(a.inputs).toBe(114000);
  expect(a.outcomes.n).toBe(outcomeTable(example.outcomes).n);
});

test("schema problems name the path", () => {
  const bad = JSON.parse(JSON.stringify(example));
  bad.outcomes[0].deadweight = 25;
  expect(sroiProblems(bad).join("\n")).toMatch(/\/outcomes\/0\/deadweight must be <= 1/);
});
