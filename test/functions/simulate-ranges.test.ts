/**
 * PCBA.SROI_SIMULATE_RANGES as Excel calls it: a range table (with or without headings,
 * spare rows blank or 0), the summary and the other result tables, the model's answer for
 * a seed, and errors that name the argument.
 */
import * as F from "../../src/functions/functions";
import { flatSchedule } from "../../src/model/discounting";
import { lognormalFromP10P90, normalDistribution, pertDistribution, triangularDistribution } from "../../src/model/distributions";
import { RangeSimulation } from "../../src/model/range-simulation";
import { outcomeTable } from "../../src/model/sroi";
import { col } from "../support/excel";

const valueMap = [10000, col(10, 4), col(1000, 2500), col(2, 3), col(0, 0.2), null, col(0, 0.1), col(0.1, 0.2), 0.035, null] as const;
const analysis = {
  outcomes: outcomeTable([
    { quantity: 10, proxy: 1000, duration: 2, dropOff: 0.1 },
    { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2 },
  ]),
  inputs: 10000,
  discount: flatSchedule(0.035),
};
const simulate = F.sroiSimulateRangesFn as (...a: unknown[]) => Promise<unknown[][]>;

const ranges = [
  ["input", "outcome", "distribution", "low", "mode", "high"],
  ["proxy", 1, "triangular", 800, 1000, 1500],
  ["quantity", null, "PERT", 2, 5, 12],
  [null, null, null, null, null, null], // a spare row as Excel on the web passes it
  [0, 0, 0, 0, 0, 0], // and as Excel on Windows and Mac passes it
];
const modelRanges = [
  { input: "proxy" as const, outcome: 0, distribution: triangularDistribution(800, 1000, 1500) },
  { input: "quantity" as const, distribution: pertDistribution(2, 5, 12) },
];

test("the summary is the model's, for the seed; headings and spare rows are skipped", async () => {
  const shown = await simulate(ranges, ...valueMap, [[1, 2, 0.5]], "lhs", 20000, 3, null, null, null);
  const sim = new RangeSimulation(analysis, modelRanges, { iterations: 20000, seed: 3, sampling: "lhs", correlations: [[0, 1, 0.5]] });
  sim.step(20000);
  const s = sim.summary();
  expect(shown[0]).toEqual(["P5", "P50", "P95", "mean", "P(ratio>1)", "SE(mean)", "SE(P50)", "iterations", "converged", "clipped"]);
  expect(shown[1]).toEqual([s.p5, s.p50, s.p95, s.mean, s.probabilityAbove, s.standardErrorMean, s.standardErrorP50, 20000, "", 0]);
});

test("histogram, S-curve and drivers tables; a tolerance reports convergence", async () => {
  const h = await simulate(ranges, ...valueMap, null, null, 5000, 1, null, null, "histogram");
  expect(h[0]).toEqual(["from", "to", "count"]);
  expect(h.slice(1).reduce((n, r) => n + (r[2] as number), 0)).toBe(5000);
  const c = await simulate(ranges, ...valueMap, null, null, 5000, 1, null, 2, "s_curve");
  expect(c).toHaveLength(22);
  for (let i = 2; i < c.length; i++) expect(c[i][1] as number).toBeGreaterThanOrEqual(c[i - 1][1] as number);
  const d = await simulate(ranges, ...valueMap, null, null, 5000, 1, null, null, "drivers");
  expect(d[0]).toEqual(["range row", "input", "outcome", "rank correlation", "clipped"]);
  expect(d.slice(1).map((r) => r[1]).sort()).toEqual(["proxy", "quantity"]);
  const s = await simulate(ranges, ...valueMap, null, null, 1000000, 1, 0.05, 3, null);
  expect(s[0][4]).toBe("P(ratio>3)");
  expect(s[1][8]).toBe(true);
  expect(s[1][6] as number).toBeLessThan(0.05);
});

test("normal and lognormal from mean and sd (sd column) or from P10/P90", async () => {
  const t = [
    ["deadweight", 2, "normal", 0, 0.2, 0, 0.05],
    ["proxy", 2, "lognormal", 2000, 0, 3200, 0],
  ];
  const s = await simulate(t, ...valueMap, null, null, 4000, 1, null, null, null);
  const sim = new RangeSimulation(
    analysis,
    [
      { input: "deadweight", outcome: 1, distribution: normalDistribution(0.2, 0.05) },
      { input: "proxy", outcome: 1, distribution: lognormalFromP10P90(2000, 3200) },
    ],
    { iterations: 4000, seed: 1, sampling: "random" }
  );
  sim.step(4000);
  expect(s[1].slice(0, 3)).toEqual([sim.summary().p5, sim.summary().p50, sim.summary().p95]);
});

test("bad arguments reject with #VALUE! naming them", async () => {
  const fails = (r: unknown, extra: unknown[] = []) => simulate(r, ...valueMap, ...extra);
  await expect(fails([["proxy", 1, "beta", 1, 2, 3]])).rejects.toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/ranges \(row 1\): the distribution must be one of/) });
  await expect(fails([["price", 1, "uniform", 1, 2, 3]])).rejects.toMatchObject({ message: expect.stringMatching(/input must be one of "quantity"/) });
  await expect(fails([["proxy", 3, "uniform", 1, 2, 3]])).rejects.toMatchObject({ message: expect.stringMatching(/outcome must be a row of the value map, 1 to 2/) });
  await expect(fails([["proxy", 1, "uniform", 1, 2]])).rejects.toMatchObject({ message: expect.stringMatching(/6 or 7 columns/) });
  await expect(fails(ranges, [[[1, 2, 0.9], [2, 1, 0.8]]])).rejects.toMatchObject({ message: expect.stringMatching(/two different correlations/) });
  await expect(fails(ranges, [null, "sobol"])).rejects.toMatchObject({ message: expect.stringMatching(/sampling must be "random" or "lhs"/) });
  await expect(fails(ranges, [null, null, null, null, null, null, "tornado"])).rejects.toMatchObject({ message: expect.stringMatching(/result must be/) });
});

test("Excel's cancellation stops it", async () => {
  const invocation: { onCanceled?: () => void } = {};
  const pending = simulate(ranges, ...valueMap, null, null, 1000000, 1, null, null, null, invocation);
  invocation.onCanceled!();
  await expect(pending).rejects.toMatchObject({ code: "#N/A" });
});
