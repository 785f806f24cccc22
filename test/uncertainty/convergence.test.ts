/**
 * "Run until converged" for the runs that gained it (issue 15): the SROI ratio by the ±
 * share, a business case option's NPV by the ± share, and the NPV with the case's own
 * ranges. For each: the pane's job (the worker's runner, in slices) equals the model run in
 * one go for a seed (iterations, the converged flag, every statistic); a tolerance so loose
 * it stops at the first check; so tight it runs to the most and says "not converged"; the
 * same seed gives the same answer however it is sliced; and the stop falls at the first
 * scheduled check whose P50 standard error (computed here independently, by a full sort)
 * is under the tolerance. The results sheet records the run's precision.
 */
import * as fs from "fs";
import * as path from "path";
import { SroiSimulation } from "../../src/model/uncertainty";
import { FIRST_CHECK, nextCheck } from "../../src/model/convergence";
import { sroiAnalysis } from "../../src/journeys/sroi/evaluate";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { CaseSimulation } from "../../src/journeys/business-case/simulation";
import { CaseRangeSimulation } from "../../src/journeys/business-case/ranges";
import { runPaneJob, type PaneJob, type SimulationResult } from "../../src/uncertainty/runner";
import { convergenceText } from "../../src/taskpane/components/MonteCarlo";
import { simulationPlan } from "../../src/workbook/simulation";
import { SROI_RATIO } from "../../src/journeys/sroi/measures";
import { merger, mergerOption, rangedMerger } from "../support/ranged-merger";
import { caseNpv } from "../../src/journeys/business-case/measures";

const read = (name: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", name), "utf8"));
const sroi = parseSroi(read("sroi-community-navigators.json"));
const kase = merger;
const option = mergerOption;
const ranged = rangedMerger;

/** The standard error of the median as statistics.ts defines it, here by a full sort. */
function sortedMedianError(values: Float64Array, n: number): number {
  const s = Array.from(values.subarray(0, n)).sort((a, b) => a - b);
  const z = 1.959963984540054;
  const half = (z * Math.sqrt(n)) / 2;
  const lo = Math.max(0, Math.floor((n - 1) / 2 - half));
  const hi = Math.min(n - 1, Math.ceil((n - 1) / 2 + half));
  return (s[hi] - s[lo]) / (2 * z);
}

interface Model {
  completed: number;
  step(n: number): number;
  summary(): object;
  convergence(): {
    iterations: number;
    converged?: boolean;
    mean: number;
    standardErrorMean: number;
  };
}

/** One path: how the model is made for options, the job for the pane, and its block. */
interface Path {
  name: string;
  model: (o: { iterations: number; seed: number; tolerance?: number }) => Model & {
    values: Float64Array;
  };
  job: (o: { iterations: number; seed: number; tolerance?: number }) => PaneJob;
  /** Iterations between checks at least (the ± share runs: 1,000; ranges: their block). */
  block: (iterations: number) => number;
}

const PATHS: Path[] = [
  {
    name: "SROI ratio, ± share",
    model: (o) => {
      const sim = new SroiSimulation(sroiAnalysis(sroi), { uncertainty: 0.25, ...o });
      return Object.assign(sim, { values: sim.ratios });
    },
    job: (o) => ({ kind: "sroi", analysis: sroi, options: { uncertainty: 0.25, ...o } }),
    block: () => 1000,
  },
  {
    name: "business case NPV, ± share",
    model: (o) => new CaseSimulation(kase, option.id, { uncertainty: 0.3, ...o }),
    job: (o) => ({
      kind: "case",
      case: kase,
      optionId: option.id,
      options: { uncertainty: 0.3, ...o },
    }),
    block: () => 1000,
  },
  {
    name: "business case NPV, the case's ranges",
    model: (o) => new CaseRangeSimulation(ranged, option.id, { sampling: "random", ...o }),
    job: (o) => ({
      kind: "case_ranges",
      case: ranged,
      optionId: option.id,
      options: { sampling: "random", ...o },
    }),
    block: (iterations) => Math.min(iterations, 10000),
  },
];

const immediate = () => Promise.resolve();
const inOneGo = (p: Path, o: { iterations: number; seed: number; tolerance?: number }) => {
  const sim = p.model(o);
  sim.step(o.iterations);
  return sim;
};
const pane = async (
  p: Path,
  o: { iterations: number; seed: number; tolerance?: number },
  slice?: number
) =>
  (await runPaneJob(p.job(o), { slice, pause: immediate })) as SimulationResult<{
    iterations: number;
  }>;

/** The checks a run of `iterations` with this block makes: 1,000, then a tenth more each. */
function checkpoints(block: number, iterations: number): number[] {
  const out: number[] = [];
  let next = FIRST_CHECK;
  let done = 0;
  while (done < iterations) {
    done = block === 1000 ? Math.min(iterations, next) : Math.min(iterations, done + block);
    if (done >= next) {
      out.push(done);
      next = nextCheck(done, block);
    }
  }
  return out;
}

describe.each(PATHS)("$name", (p) => {
  // The tolerance that stops it partway: the SE at the 4th check, a little above it.
  const iterations = 60000;
  const seed = 11;

  test("the pane's job equals the model for a seed, converging partway at the first check under the tolerance", async () => {
    const free = inOneGo(p, { iterations, seed });
    const points = checkpoints(p.block(iterations), iterations);
    const errors = points.map((n) => sortedMedianError(free.values, n));
    // A tolerance between the 3rd and the 4th check's error, so the run stops at the 4th
    // (errors fall roughly as 1/√n; assert the premise rather than assume it).
    const k = 3;
    expect(errors[k]).toBeLessThan(Math.min(...errors.slice(0, k)));
    const tolerance = (errors[k] + Math.min(...errors.slice(0, k))) / 2;
    const o = { iterations, seed, tolerance };
    const model = inOneGo(p, o);
    expect(model.completed).toBe(points[k]);
    // The values run are exactly those of the run without a tolerance (same stream).
    expect(Array.from(model.values.subarray(0, points[k]))).toEqual(
      Array.from(free.values.subarray(0, points[k]))
    );
    const result = await pane(p, o, 777);
    expect(result.summary).toEqual(model.summary());
    expect(result.convergence).toEqual({ tolerance, ...model.convergence() });
    expect(result.convergence!.converged).toBe(true);
    expect(result.convergence!.iterations).toBe(points[k]);
    expect(result.histogram.reduce((n, b) => n + b.count, 0)).toBe(points[k]);
    expect(result.mean).toBe(model.convergence().mean);
    expect(convergenceText(result.convergence)).toMatch(
      new RegExp(
        `^Converged after ${points[k].toLocaleString("en-GB")} iterations: standard error of the mean `
      )
    );
  });

  test("a tolerance so loose stops at the first check", async () => {
    const o = { iterations, seed, tolerance: 1e12 };
    const result = await pane(p, o, 500);
    const first = checkpoints(p.block(iterations), iterations)[0];
    expect(result.convergence!.iterations).toBe(first);
    expect(result.convergence!.converged).toBe(true);
    expect(result.summary).toEqual(inOneGo(p, o).summary());
  });

  test("a tolerance so tight runs to the most and says not converged", async () => {
    const o = { iterations: 12000, seed, tolerance: 1e-12 };
    const result = await pane(p, o, 2500);
    expect(result.convergence!.iterations).toBe(12000);
    expect(result.convergence!.converged).toBe(false);
    expect(result.summary).toEqual(inOneGo(p, o).summary());
    expect(convergenceText(result.convergence)).toMatch(
      /^Not converged after 12,000 iterations \(the most allowed\): standard error of the mean \S+, of the P50 \S+\.$/
    );
  });

  test("the same seed gives the same answer however it is sliced", async () => {
    const free = inOneGo(p, { iterations: 30000, seed: 4 });
    const tolerance = sortedMedianError(free.values, 5000) * 1.001;
    const o = { iterations: 30000, seed: 4, tolerance };
    const runs = await Promise.all([1, 333, 4096, undefined].map((slice) => pane(p, o, slice)));
    for (const r of runs.slice(1)) {
      expect(r.summary).toEqual(runs[0].summary);
      expect(r.convergence).toEqual(runs[0].convergence);
      expect(r.histogram).toEqual(runs[0].histogram);
    }
    expect(runs[0].convergence!.iterations).toBeLessThan(30000);
  });

  test("without a tolerance every iteration runs and the standard errors are still reported", async () => {
    const o = { iterations: 5000, seed };
    const result = await pane(p, o, 1200);
    const model = inOneGo(p, o);
    expect(result.convergence).toEqual(model.convergence());
    expect(result.convergence!.converged).toBeUndefined();
    expect(result.convergence!.iterations).toBe(5000);
    expect(result.convergence!.standardErrorP50).toBeCloseTo(
      sortedMedianError(model.values, 5000),
      12
    );
    expect(convergenceText(result.convergence)).toMatch(/^All 5,000 iterations run: /);
  });
});

test("the results sheet records the tolerance, the iterations run, whether it converged and both standard errors", async () => {
  const o = { uncertainty: 0.25, iterations: 50000, seed: 3, tolerance: 1e9 };
  const result = (await runPaneJob(
    { kind: "sroi", analysis: sroi, options: o },
    { pause: immediate }
  )) as SimulationResult<never>;
  const cells = simulationPlan(sroi.title, o, result, SROI_RATIO).sheets[0].cells;
  const at = (ref: string) => cells.find((c) => c.ref === ref);
  expect(at("A5")!.value).toBe("Most iterations (run until converged)");
  expect(at("B5")!.value).toBe(50000);
  expect(at("C4")!.value).toBe("Tolerance on the P50's standard error");
  expect(at("D4")).toMatchObject({ value: 1e9, numFmt: "0.0000" });
  expect(at("C5")!.value).toBe("Iterations run");
  expect(at("D5")!.value).toBe(1000);
  expect(at("D6")!.value).toBe("Yes");
  expect(at("D8")).toMatchObject({
    value: result.convergence!.standardErrorMean,
    numFmt: "0.0000",
  });
  expect(at("D9")!.value).toBe(result.convergence!.standardErrorP50);
  // The histogram has not moved.
  expect(simulationPlan(sroi.title, o, result, SROI_RATIO).sheets[0].tables[0].ref).toBe("A13");

  const npv = caseNpv(option.name);
  const tight = { uncertainty: 0.3, iterations: 2000, seed: 3, tolerance: 0.01 };
  const notConverged = (await runPaneJob(
    { kind: "case", case: kase, optionId: option.id, options: tight },
    { pause: immediate }
  )) as SimulationResult<never>;
  const npvCells = simulationPlan(kase.title, tight, notConverged, npv as never).sheets[0].cells;
  const npvAt = (ref: string) => npvCells.find((c) => c.ref === ref);
  expect(npvAt("D6")!.value).toBe("No: ran to the most");
  expect(npvAt("D8")!.numFmt).toBe(npv.numFmt); // pounds stay whole
  const every = { uncertainty: 0.3, iterations: 2000, seed: 3 };
  const all = (await runPaneJob(
    { kind: "case", case: kase, optionId: option.id, options: every },
    { pause: immediate }
  )) as SimulationResult<never>;
  const allCells = simulationPlan(kase.title, every, all, npv as never).sheets[0].cells;
  expect(allCells.find((c) => c.ref === "A5")!.value).toBe("Iterations");
  expect(allCells.find((c) => c.ref === "D4")!.value).toBe("None: every iteration run");
  expect(allCells.find((c) => c.ref === "D6")!.value).toBe("Not asked: every iteration run");
});
