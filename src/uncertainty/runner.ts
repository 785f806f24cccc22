/* global setTimeout */
/**
 * Monte Carlo for an SROI analysis, run in slices so a caller can report progress and
 * cancel between slices (the pane runs it in a Web Worker). The draws and their order are
 * SroiSimulation's, so a seed gives exactly the percentiles PCBA.SROI_SIMULATE gives.
 */
import type { SimulationOptions, SimulationSummary } from "../model/uncertainty";
import { SroiSimulation } from "../model/uncertainty";
import { sroiAnalysis } from "../sroi/evaluate";
import type { SroiAnalysisCase } from "../sroi/types";

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface SimulationResult {
  summary: SimulationSummary;
  histogram: HistogramBin[];
}

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

export async function runSimulation(
  analysis: SroiAnalysisCase,
  options: SimulationOptions,
  hooks: RunHooks = {}
): Promise<SimulationResult | null> {
  const sim = new SroiSimulation(sroiAnalysis(analysis), options);
  const slice = hooks.slice ?? 2000;
  const pause = hooks.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  while (!sim.finished) {
    if (hooks.cancelled?.()) return null;
    sim.step(slice);
    hooks.onProgress?.(sim.completed, options.iterations);
    await pause();
  }
  if (hooks.cancelled?.()) return null;
  return { summary: sim.summary(), histogram: histogram(sim.ratios) };
}
