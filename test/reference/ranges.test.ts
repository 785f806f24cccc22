/**
 * The sheets the ranges write, as LibreOffice reads them: the SROI workbook with a
 * SroiRanges and a SroiRangeCorrelations table still recalculates to the model's ratio and
 * shows the ranges in words; the results sheet of a range run (percentiles, mean, histogram,
 * S-curve and drivers) opens with its values and its three charts (columns, a line, bars).
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { sroiPlan, SROI_SHEETS, SROI_SUMMARY_LABELS } from "../../src/journeys/sroi/workbook";
import { SROI_RANGE_RATIO } from "../../src/journeys/sroi/ranges";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { runBusinessRangesJob, runCaseRangesJob } from "../../src/uncertainty/runner";
import { simulationPlan, type SimulatedMeasure } from "../../src/workbook/simulation";
import { parseCase } from "../../src/journeys/business-case/validate";
import { caseNpv } from "../../src/journeys/business-case/measures";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import type { CaseRangeSummary } from "../../src/journeys/business-case/ranges";
import { planToXlsx } from "../../src/workbook/xlsx";
import { convertXlsx, recalculateAllSheets } from "../support/libreoffice";
import { EXAMPLES } from "../support/examples";

jest.setTimeout(300000);

const example = parseSroi(
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, "sroi-community-navigators.json"), "utf8"))
);
const withRanges: SroiAnalysisCase = {
  ...example,
  ranges: [
    { input: "proxy", outcome: 1, distribution: "pert", low: 500, mode: 900, high: 1600, sd: null },
    {
      input: "drop_off",
      outcome: null,
      distribution: "uniform",
      low: 0.1,
      mode: null,
      high: 0.5,
      sd: null,
    },
  ],
  correlations: [{ first: 1, second: 2, correlation: -0.4 }],
};

test("the SROI workbook with ranges recalculates to the model's ratio and holds the ranges in words", async () => {
  const sheets = recalculateAllSheets(await planToXlsx(sroiPlan(withRanges)));
  const summary = sheets[SROI_SHEETS.summary];
  const ratioRow = summary.find((r) => r[0] === SROI_SUMMARY_LABELS.ratio)!;
  expect(Math.abs(Number(ratioRow[1]) - evaluateSroi(withRanges).ratio!)).toBeLessThan(1e-9);
  const inputs = sheets[SROI_SHEETS.inputs];
  const header = inputs.findIndex((r) => r[0] === "Input" && r[2] === "Distribution");
  expect(header).toBeGreaterThan(0);
  expect(inputs[header + 1].slice(0, 6)).toEqual([
    "Financial proxy (£)",
    "1",
    "PERT",
    "500",
    "900",
    "1600",
  ]);
  expect(inputs[header + 2].slice(0, 3)).toEqual(["Drop-off", "", "Uniform"]);
  const corr = inputs.findIndex((r) => r[0] === "Range row");
  expect(inputs[corr + 1].slice(0, 3)).toEqual(["1", "2", "-0.4"]);
});

test("the results sheet of a range run opens with its values and three charts", async () => {
  const options = { iterations: 3000, seed: 5, sampling: "lhs" as const };
  const result = (await runCaseRangesJob(
    { kind: "sroi_case_ranges", analysis: withRanges, options },
    { pause: () => Promise.resolve() }
  ))!;
  const plan = simulationPlan(
    withRanges.title,
    { uncertainty: 0, ...options },
    result,
    SROI_RANGE_RATIO
  );
  const bytes = await planToXlsx(plan);
  const sheet = Object.values(recalculateAllSheets(bytes))[0];
  const row = (label: string) => sheet.find((r) => r[0] === label)!;
  expect(Number(row("P50 ratio")[1])).toBeCloseTo(result.summary.p50, 12);
  // The run's precision beside its settings (column C's label, D's value).
  const beside = (label: string) => sheet.find((r) => r[2] === label)![3];
  expect(Number(beside("Iterations run"))).toBe(3000);
  expect(beside("Converged")).toBe("Not asked: every iteration run");
  expect(beside("Tolerance on the P50's standard error")).toBe("None: every iteration run");
  expect(Number(beside("Standard error of the P50"))).toBeCloseTo(
    result.summary.standardErrorP50!,
    12
  );
  expect(Number(beside("Standard error of the mean"))).toBeCloseTo(
    result.summary.standardErrorMean,
    12
  );
  expect(Number(row("Mean ratio")[1])).toBeCloseTo(result.mean!, 12);
  const curve = sheet.findIndex((r) => r[0] === "Share of iterations");
  expect(sheet[curve + 21][0]).toBe("100%"); // LibreOffice keeps a percentage as shown
  expect(Number(sheet[curve + 21][1])).toBeCloseTo(result.sCurve![20][1], 12);
  const drivers = sheet.findIndex((r) => r[0] === "Input" && r[1] === "Rank correlation");
  expect(sheet[drivers + 1][0]).toBe(result.drivers![0].label);
  expect(Number(sheet[drivers + 1][1])).toBeCloseTo(result.drivers![0].correlation, 12);

  // The correlation used, in words, with the one reached; LibreOffice's gap equals the model's.
  const used = sheet.findIndex((r) => r[0] === "Inputs correlated");
  expect(used).toBeGreaterThan(drivers);
  expect(sheet[used].slice(1, 4)).toEqual([
    "Rank correlation asked",
    "Rank correlation reached",
    "Reached − asked",
  ]);
  const [k] = result.correlations!;
  expect(sheet[used + 1][0]).toBe(
    "Range 1 (Financial proxy (£), outcome 1) with Range 2 (Drop-off)"
  );
  expect(Number(sheet[used + 1][1])).toBe(-0.4);
  expect(Number(sheet[used + 1][2])).toBeCloseTo(k.achieved, 12);
  expect(Math.abs(k.achieved + 0.4)).toBeLessThan(0.05);
  expect(Number(sheet[used + 1][3])).toBeCloseTo(k.achieved + 0.4, 12);
  expect(sheet[used + 2] === undefined || sheet[used + 2][0] === "").toBe(true);

  const ods = await JSZip.loadAsync(convertXlsx(bytes, "ods"));
  const charts = await Promise.all(
    Object.keys(ods.files)
      .filter((f) => /^Object \d+\/content\.xml$/.test(f))
      .map((f) => ods.file(f)!.async("string"))
  );
  const classes = charts.map((c) => /chart:class="chart:(\w+)"/.exec(c)?.[1]).sort();
  expect(classes).toEqual(["bar", "bar", "line"]); // ODF calls columns "bar" too
  expect(charts.filter((c) => /chart:vertical="true"/.test(c))).toHaveLength(1); // the drivers
});

test("a business case's results sheet lists its correlations in words; LibreOffice's gaps equal the model's", async () => {
  const kase = parseCase(
    JSON.parse(fs.readFileSync(path.join(EXAMPLES, "two-associations-merger.json"), "utf8"))
  );
  const option = kase.options.find((o) => o.id === "merger")!;
  const line = (k: number) => {
    const full = option.savings[k].fullAnnual;
    return {
      option: option.id,
      line: `Savings line ${k + 1}`,
      distribution: "triangular" as const,
      low: full * 0.6,
      mode: full,
      high: full * 1.3,
      sd: null,
    };
  };
  const ranged: BusinessCase = {
    ...kase,
    ranges: [line(0), line(1), line(2)],
    correlations: [
      { option: option.id, line: "Savings line 1", withLine: "Savings line 2", correlation: 0.7 },
      { option: option.id, line: "Savings line 3", withLine: "Savings line 1", correlation: -0.2 },
    ],
  };
  const options = { iterations: 12000, seed: 3, sampling: "lhs" as const };
  const result = (await runBusinessRangesJob(
    { kind: "case_ranges", case: ranged, optionId: option.id, options },
    { pause: () => Promise.resolve() }
  ))!;
  const plan = simulationPlan(
    option.name,
    { uncertainty: 0, ...options },
    result,
    caseNpv(option.name) as unknown as SimulatedMeasure<CaseRangeSummary>
  );
  const sheet = Object.values(recalculateAllSheets(await planToXlsx(plan)))[0];
  const used = sheet.findIndex((r) => r[0] === "Inputs correlated");
  expect(used).toBeGreaterThan(0);
  const rows = sheet.slice(used + 1, used + 3);
  expect(rows.map((r) => r[0])).toEqual([
    `Savings line 1 (${option.name}) with Savings line 2 (${option.name})`,
    `Savings line 3 (${option.name}) with Savings line 1 (${option.name})`,
  ]);
  rows.forEach((r, i) => {
    const k = result.correlations![i];
    expect(Number(r[1])).toBe([0.7, -0.2][i]);
    expect(Number(r[2])).toBeCloseTo(k.achieved, 12);
    expect(Math.abs(k.achieved - k.target)).toBeLessThan(0.03);
    expect(Number(r[3])).toBeCloseTo(k.achieved - k.target, 12);
  });
  // The option by its name (above), which is not its id.
  expect(option.name).not.toBe(option.id);
});
