/**
 * Monte Carlo for an SROI analysis (the ratio) or a business case option (the NPV), run in
 * slices so a caller can report progress and cancel between slices (the pane runs it in a
 * Web Worker). The draws and their order are the model's (`SroiSimulation`,
 * `CaseSimulation`), so a seed gives exactly the percentiles PCBA.SROI_SIMULATE gives.
 */
import type { SimulationOptions, SimulationSummary } from "../model/uncertainty";
import { SroiSimulation } from "../model/uncertainty";
import { CaseSimulation, type CaseSimulationSummary } from "../journeys/business-case/simulation";
import type { BusinessCase } from "../journeys/business-case/types";
import { sroiAnalysis } from "../journeys/sroi/evaluate";
import type { SroiAnalysisCase } from "../journeys/sroi/types";
import type { HistogramBin, SimulationResult as RunResult } from "../workbook/simulation";
import type { SroiAnalysis } from "../model/sroi";
import {
  RangeSimulation,
  type Driver,
  type InputRange,
  type RangeSimulationOptions,
  type RangeSummary,
} from "../model/range-simulation";
import { runInSlices } from "./slices";

/** What to simulate: an SROI analysis's ratio, or one business case option's NPV. */
export type SimulationJob =
  | { kind: "sroi"; analysis: SroiAnalysisCase; options: SimulationOptions }
  | { kind: "case"; case: BusinessCase; optionId: string; options: SimulationOptions };

export type { HistogramBin };

/** A finished run of either kind (the sheet's `SimulationResult` with the journey's summary). */
export type SimulationResult<S = SimulationSummary | CaseSimulationSummary> = RunResult<S>;

export interface RunHooks {
  onProgress?: (done: number, total: number) => void;
  /** Checked between slices; true stops the run (the result is then null). */
  cancelled?: () => boolean;
  /** Iterations per slice (default: as many as fit in about 50 ms). */
  slice?: number;
  /** Lets messages in between slices (default: `yieldToEventLoop`, a message, not a timer). */
  pause?: () => Promise<void>;
}

/** Counts of values in `bins` equal-width bins from the smallest to the largest. */
export function histogram(values: ArrayLike<number>, bins = 20): HistogramBin[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  if (values.length === 0) return [];
  if (lo === hi) return [{ from: lo, to: hi, count: values.length }];
  const width = (hi - lo) / bins;
  const out = Array.from({ length: bins }, (_, b) => ({
    from: lo + b * width,
    to: lo + (b + 1) * width,
    count: 0,
  }));
  for (let i = 0; i < values.length; i++)
    out[Math.min(bins - 1, Math.floor((values[i] - lo) / width))].count++;
  return out;
}

/** A simulation the runner can advance in slices. */
interface Sliced<S> {
  readonly finished: boolean;
  readonly completed: number;
  step(count: number): number;
  summary(): S;
}

async function inSlices<S>(
  sim: Sliced<S>,
  values: () => Float64Array,
  total: number,
  hooks: RunHooks
): Promise<SimulationResult<S> | null> {
  // Time-boxed slices (about 50 ms) unless a fixed slice is asked for; between slices the
  // thread is handed back by a message, not a setTimeout(0) that browsers clamp to 4 ms.
  const finished = await runInSlices(sim, {
    slice: hooks.slice,
    cancelled: hooks.cancelled,
    onProgress: (done) => hooks.onProgress?.(done, total),
    yieldNow: hooks.pause,
  });
  if (!finished) return null;
  return { summary: sim.summary(), histogram: histogram(values()) };
}

/** What the pane shows for a range simulation: the summary and its charts' data. */
export interface RangeSimulationResult {
  summary: RangeSummary;
  /** [from, to, count] per bin. */
  histogram: [number, number, number][];
  /** [percentile, ratio] at 0, 5, …, 100%. */
  sCurve: [number, number][];
  /** Rank correlation of each range row with the ratio, largest first (the tornado). */
  drivers: Driver[];
}

/**
 * An SROI range simulation (the model `RangeSimulation`, exactly what
 * =PCBA.SROI_SIMULATE_RANGES computes for the same seed), in slices; null if cancelled.
 */
export async function runRangeSimulation(
  analysis: SroiAnalysis,
  ranges: readonly InputRange[],
  options: Omit<RangeSimulationOptions, "drivers">,
  hooks: RunHooks = {}
): Promise<RangeSimulationResult | null> {
  const sim = new RangeSimulation(analysis, ranges, { ...options, drivers: true });
  const finished = await runInSlices(sim, {
    slice: hooks.slice,
    cancelled: hooks.cancelled,
    onProgress: (done) => hooks.onProgress?.(done, options.iterations),
    yieldNow: hooks.pause,
  });
  if (!finished) return null;
  return {
    summary: sim.summary(),
    histogram: sim.histogram(),
    sCurve: sim.sCurve(),
    drivers: sim.drivers(),
  };
}

/** Runs a job to the end (or until cancelled: null). */
export function runJob(job: SimulationJob, hooks: RunHooks = {}): Promise<SimulationResult | null> {
  if (job.kind === "case") {
    const sim = new CaseSimulation(job.case, job.optionId, job.options);
    return inSlices(sim, () => sim.values, job.options.iterations, hooks);
  }
  return runSimulation(job.analysis, job.options, hooks);
}

/** The SROI ratio's simulation. */
export function runSimulation(
  analysis: SroiAnalysisCase,
  options: SimulationOptions,
  hooks: RunHooks = {}
): Promise<SimulationResult<SimulationSummary> | null> {
  const sim = new SroiSimulation(sroiAnalysis(analysis), options);
  return inSlices(sim, () => sim.ratios, options.iterations, hooks);
}

/** A range simulation of a journey's SROI analysis, as the pane's worker receives it. */
export interface RangeSimulationJob {
  kind: "sroi_ranges";
  analysis: SroiAnalysisCase;
  ranges: InputRange[];
  options: Omit<RangeSimulationOptions, "drivers">;
}

/** Runs a range job to the end (or until cancelled: null). */
export function runRangeJob(
  job: RangeSimulationJob,
  hooks: RunHooks = {}
): Promise<RangeSimulationResult | null> {
  return runRangeSimulation(sroiAnalysis(job.analysis), job.ranges, job.options, hooks);
}
