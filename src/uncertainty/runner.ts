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
  type AchievedCorrelation,
  type Driver,
  type InputRange,
  type RangeSimulationOptions,
  type RangeSummary,
} from "../model/range-simulation";
import { runInSlices } from "./slices";
import type { ConvergenceRecord } from "../model/convergence";
import {
  CaseRangeSimulation,
  lineLabel,
  type CaseRangeSummary,
} from "../journeys/business-case/ranges";
import { percentilesInc } from "../model/statistics";
import type { SamplingMethod } from "../model/sampling";
import { modelRanges, rangeWhere } from "../journeys/sroi/ranges";

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
  /** Longest slice in ms (default 50; the worker, off the page's thread, takes longer ones). */
  budgetMs?: number;
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
  convergence(): ConvergenceRecord;
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
    budgetMs: hooks.budgetMs,
  });
  if (!finished) return null;
  const v = values().subarray(0, sim.completed);
  const convergence = sim.convergence();
  return {
    summary: sim.summary(),
    histogram: histogram(v),
    mean: convergence.mean,
    sCurve: sCurve(v),
    convergence,
  };
}

/** A range run's convergence, as its summary states it, with the tolerance asked. */
function convergenceRecord(
  s: {
    iterations: number;
    mean: number;
    standardErrorMean: number;
    standardErrorP50: number | undefined;
    converged?: boolean;
  },
  tolerance: number | undefined
): ConvergenceRecord {
  return {
    ...(tolerance !== undefined && tolerance > 0 ? { tolerance, converged: s.converged } : {}),
    iterations: s.iterations,
    mean: s.mean,
    standardErrorMean: s.standardErrorMean,
    standardErrorP50: s.standardErrorP50,
  };
}

/** [share, value] at 0%, 5%, …, 100% (PERCENTILE.INC), as `RangeSimulation.sCurve` gives. */
export function sCurve(values: Float64Array): [number, number][] {
  const ps = Array.from({ length: 21 }, (_, k) => Math.min(1, k * 0.05));
  return percentilesInc(values, values.length, ps).map((x, i) => [ps[i], x]);
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
  /** Each correlation asked for, with the one the draws reached over the run. */
  correlations: AchievedCorrelation[];
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
    budgetMs: hooks.budgetMs,
  });
  if (!finished) return null;
  return {
    summary: sim.summary(),
    histogram: sim.histogram(),
    sCurve: sim.sCurve(),
    drivers: sim.drivers(),
    correlations: sim.correlations(),
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

/**
 * The pane's job for an SROI analysis with ranges of its own (`ranges` and `correlations`
 * in the analysis, as its SroiRanges tables hold them): the worker turns the rows into the
 * model's ranges, so the pane and =PCBA.SROI_SIMULATE_RANGES over the same table agree.
 */
export interface CaseRangesJob {
  kind: "sroi_case_ranges";
  analysis: SroiAnalysisCase;
  /** `tolerance`: run until the P50's standard error is under it (as the cell function). */
  options: { iterations: number; seed: number; sampling: SamplingMethod; tolerance?: number };
}

/** A business case option's NPV with the case's own ranges (its CaseRanges rows). */
export interface BusinessRangesJob {
  kind: "case_ranges";
  case: BusinessCase;
  optionId: string;
  /** `tolerance`: run until the P50's standard error (£) is under it. */
  options: { iterations: number; seed: number; sampling: SamplingMethod; tolerance?: number };
}

/** Any job the pane's worker runs. */
export type PaneJob = SimulationJob | RangeSimulationJob | CaseRangesJob | BusinessRangesJob;

/** Runs an option's NPV with the case's ranges: the sheet's result; null if cancelled. */
export async function runBusinessRangesJob(
  job: BusinessRangesJob,
  hooks: RunHooks = {}
): Promise<SimulationResult<CaseRangeSummary> | null> {
  const sim = new CaseRangeSimulation(job.case, job.optionId, job.options);
  const finished = await runInSlices(sim, {
    slice: hooks.slice,
    cancelled: hooks.cancelled,
    onProgress: (done) => hooks.onProgress?.(done, job.options.iterations),
    yieldNow: hooks.pause,
    budgetMs: hooks.budgetMs,
  });
  if (!finished) return null;
  const summary = sim.summary();
  // Only the iterations run: a run that converged early leaves the rest of the array unused.
  const values = sim.values.subarray(0, sim.completed);
  return {
    summary,
    histogram: histogram(values),
    mean: summary.mean,
    sCurve: sCurve(values),
    convergence: sim.convergence(),
    drivers: sim.drivers(),
    correlations: sim.correlations().map((k) => ({
      input: lineLabel(job.case, job.optionId, k.line),
      withInput: lineLabel(job.case, job.optionId, k.withLine),
      target: k.target,
      achieved: k.achieved,
    })),
    run: {
      ranges: (job.case.ranges ?? []).filter((r) => r.option === job.optionId).length,
      sampling: job.options.sampling,
    },
  };
}

/**
 * Runs an analysis's own ranges and gives the sheet's result: the summary, the histogram,
 * the mean, the S-curve and the drivers labelled in words; null if cancelled.
 */
export async function runCaseRangesJob(
  job: CaseRangesJob,
  hooks: RunHooks = {}
): Promise<SimulationResult<RangeSummary> | null> {
  const { ranges, correlations } = modelRanges(job.analysis);
  const rows = job.analysis.ranges ?? [];
  const r = await runRangeSimulation(
    sroiAnalysis(job.analysis),
    ranges,
    { ...job.options, correlations },
    hooks
  );
  if (!r) return null;
  return {
    summary: r.summary,
    histogram: r.histogram.map(([from, to, count]) => ({ from, to, count })),
    mean: r.summary.mean,
    sCurve: r.sCurve,
    convergence: convergenceRecord(r.summary, job.options.tolerance),
    drivers: r.drivers.map((d) => ({
      label: rangeWhere(rows[d.row], d.row),
      correlation: d.correlation,
      clipped: d.clipped,
    })),
    correlations: r.correlations.map((k) => ({
      input: rangeWhere(rows[k.first], k.first),
      withInput: rangeWhere(rows[k.second], k.second),
      target: k.target,
      achieved: k.achieved,
    })),
    run: { ranges: rows.length, sampling: job.options.sampling },
  };
}

/** Runs any of the pane's jobs (the worker's dispatch). */
export function runPaneJob(
  job: PaneJob,
  hooks: RunHooks = {}
): Promise<SimulationResult<unknown> | RangeSimulationResult | null> {
  if (job.kind === "sroi_ranges") return runRangeJob(job, hooks);
  if (job.kind === "sroi_case_ranges") return runCaseRangesJob(job, hooks);
  if (job.kind === "case_ranges") return runBusinessRangesJob(job, hooks);
  return runJob(job, hooks);
}
