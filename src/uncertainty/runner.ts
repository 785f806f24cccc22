/* global setTimeout */
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
  /** Iterations per slice (default 2,000). */
  slice?: number;
  /** Lets messages in between slices (default: a zero-delay timer). */
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
  const slice = hooks.slice ?? 2000;
  const pause = hooks.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  while (!sim.finished) {
    if (hooks.cancelled?.()) return null;
    sim.step(slice);
    hooks.onProgress?.(sim.completed, total);
    await pause();
  }
  if (hooks.cancelled?.()) return null;
  return { summary: sim.summary(), histogram: histogram(values()) };
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
