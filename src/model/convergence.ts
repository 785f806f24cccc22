/**
 * "Run until converged" (issue 15), one implementation for every simulation: the ± share
 * runs (`SroiSimulation`, the business case's `CaseSimulation`) and the range runs
 * (`RangeSimulation`, `CaseRangeSimulation`).
 *
 * The rule: the standard error of P50 (`medianError`: the distribution-free interval
 * between order statistics, Conover 1999 §3.2) is checked first at 1,000 iterations, then
 * each time the run has grown by a tenth (and by at least one block); the run stops at the
 * first check where it is under the tolerance. The checks fall at iteration counts that
 * depend only on the tolerance and the block size, never on how a caller slices the run,
 * so a seed gives the same answer (and stops at the same iteration) however it is sliced.
 */
import { meanAndError, medianError } from "./statistics";

/** The first check: fewer iterations say too little about P50's standard error. */
export const FIRST_CHECK = 1000;

/**
 * The iteration count of the check after one at `done`: a tenth more, at least `block` more.
 *
 * @example nextCheck(1000, 1000) → 2000; nextCheck(20000, 1000) → 22000
 */
export function nextCheck(done: number, block: number): number {
  return Math.max(done + block, Math.ceil(done * 1.1));
}

/** When and whether a run stops early (undefined tolerance: never, every iteration runs). */
export class ConvergenceRule {
  /** The iteration count at (or, for a run in blocks, after) which the next check falls. */
  next = FIRST_CHECK;
  converged = false;

  /**
   * @param tolerance Stop once P50's standard error is under this (0 or undefined: never).
   * @param block Iterations a run advances by at least between checks (its block, or 1,000).
   */
  constructor(
    readonly tolerance: number | undefined,
    readonly block: number
  ) {}

  /** Whether the rule can stop a run at all. */
  get active(): boolean {
    return this.tolerance !== undefined && this.tolerance > 0;
  }

  /**
   * Checks the first `done` values if a check is due (done ≥ next), and schedules the next;
   * returns whether the run has converged.
   */
  check(values: Float64Array, done: number): boolean {
    if (!this.active || this.converged || done < this.next) return this.converged;
    this.converged = medianError(values.slice(0, done), done) < this.tolerance!;
    this.next = nextCheck(done, this.block);
    return this.converged;
  }
}

/**
 * Advances a run iteration by iteration to `end`, stopping at every check the rule has due
 * (so the checks fall where they would in one go) and at the first that converges.
 * `run(from, to)` computes iterations from..to−1 into `values`. Returns the count done.
 */
export function advanceChecked(
  rule: ConvergenceRule,
  values: Float64Array,
  done: number,
  end: number,
  run: (from: number, to: number) => void
): number {
  while (done < end && !rule.converged) {
    const to = rule.active ? Math.min(end, Math.max(rule.next, done + 1)) : end;
    run(done, to);
    done = to;
    rule.check(values, done);
  }
  return done;
}

/** What a run says about its own precision: its standard errors, and whether it converged. */
export interface ConvergenceRecord {
  /** The tolerance asked for on P50's standard error (undefined: every iteration ran). */
  readonly tolerance?: number;
  /** Whether P50's standard error is under the tolerance (undefined when none was set). */
  readonly converged?: boolean;
  /** The iterations actually run. */
  readonly iterations: number;
  /** The mean of the iterations. */
  readonly mean: number;
  /** s/√n. */
  readonly standardErrorMean: number;
  /** Undefined with fewer than 3 iterations (no interval to take it from). */
  readonly standardErrorP50: number | undefined;
}

/**
 * The mean, the standard errors of the mean and of P50 of the first `count` values, and whether the
 * latter is under `tolerance`.
 *
 * @example for 10,000 standard normal values: SE(mean) ≈ 0.01, SE(P50) ≈ 0.0125
 */
export function convergenceOf(
  values: Float64Array,
  count: number,
  tolerance: number | undefined
): ConvergenceRecord {
  const { mean, error } = meanAndError(values, count);
  const seP50 = medianError(values.slice(0, count), count);
  const asked = tolerance !== undefined && tolerance > 0;
  return {
    ...(asked ? { tolerance, converged: seP50 < tolerance } : {}),
    iterations: count,
    mean,
    standardErrorMean: error,
    standardErrorP50: Number.isFinite(seP50) ? seP50 : undefined,
  };
}
