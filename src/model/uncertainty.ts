/**
 * Sensitivity, switching values and Monte Carlo simulation for an SROI analysis.
 *
 * The SROI guide (2012, stage 5.4) asks for sensitivity on each estimate and for the
 * change needed to bring the ratio to 1 (the Green Book's "switching value", Annex A5).
 * Monte Carlo varies every input at once on triangular distributions.
 */
import { rateForYear, scaleSchedule } from "./discounting";
import { divisionByZero, invalidArgument, notAvailable, finiteResult } from "./errors";
import { firstRoot } from "./numerics";
import { percentilesInc, shareAbove } from "./statistics";
import { TWO_TO_MINUS_32, xoroshiroState } from "./random";
import {
  cloneTable,
  inputsValue,
  MAX_DURATION,
  sroiRatio,
  type OutcomeTable,
  type SroiAnalysis,
} from "./sroi";
import { requireShare, requireWhole } from "./validate";
import {
  advanceChecked,
  ConvergenceRule,
  convergenceOf,
  type ConvergenceRecord,
} from "./convergence";

/** The inputs a tornado varies, in the spec's order and spelling. */
export const SENSITIVITY_INPUTS = [
  "quantity",
  "proxy",
  "duration",
  "deadweight",
  "displacement",
  "attribution",
  "drop_off",
  "discount",
] as const;
export type SensitivityInput = (typeof SENSITIVITY_INPUTS)[number];

const COLUMN: Record<Exclude<SensitivityInput, "discount">, keyof OutcomeTable> = {
  quantity: "quantity",
  proxy: "proxy",
  duration: "duration",
  deadweight: "deadweight",
  displacement: "displacement",
  attribution: "attribution",
  drop_off: "dropOff",
};
const SHARES = new Set<SensitivityInput>(["deadweight", "displacement", "attribution", "drop_off"]);

const clip01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The analysis with one input scaled by `factor` for every outcome (shares clipped to [0, 1]). */
export function scaleInput(a: SroiAnalysis, input: SensitivityInput, factor: number): SroiAnalysis {
  if (input === "discount") return { ...a, discount: scaleSchedule(a.discount, factor) };
  const t = cloneTable(a.outcomes);
  const column = t[COLUMN[input]] as Float64Array;
  for (let o = 0; o < t.n; o++) {
    const v = column[o] * factor;
    column[o] = SHARES.has(input)
      ? clip01(v)
      : input === "duration"
        ? Math.min(v, MAX_DURATION)
        : v;
  }
  return { ...a, outcomes: t };
}

/** The analysis with one adjustment set to `value` for every outcome. */
export function setUniform(a: SroiAnalysis, input: SensitivityInput, value: number): SroiAnalysis {
  if (input === "discount")
    return { ...a, discount: { label: String(value), bands: [{ from: 1, rate: value }] } };
  const t = cloneTable(a.outcomes);
  (t[COLUMN[input]] as Float64Array).fill(value);
  return { ...a, outcomes: t };
}

export interface TornadoRow {
  readonly input: SensitivityInput;
  /** The ratio with the input scaled by (1 − swing). */
  readonly low: number;
  /** The ratio with the input scaled by (1 + swing). */
  readonly high: number;
  /** |high − low|: the bar's length in a tornado chart. */
  readonly width: number;
}

/**
 * A tornado table: for each input, the ratio with that input scaled by (1 − swing) and by
 * (1 + swing), sorted by the width of the swing (widest first; ties keep the spec's order).
 *
 * @example a ratio linear in quantity moves by ±swing × ratio: 1.8 at ±20% → 1.44 and 2.16
 */
export function sroiSensitivity(a: SroiAnalysis, swing = 0.2): TornadoRow[] {
  requireShare(swing, "swing");
  const rows = SENSITIVITY_INPUTS.map((input) => {
    const low = sroiRatio(scaleInput(a, input, 1 - swing));
    const high = sroiRatio(scaleInput(a, input, 1 + swing));
    return { input, low, high, width: Math.abs(high - low) };
  });
  return rows.sort((x, y) => y.width - x.width);
}

/** Inputs whose switching value can be found, and their valid ranges. */
export const SWITCHING_INPUTS = [
  "deadweight",
  "displacement",
  "attribution",
  "drop_off",
  "discount",
] as const;
export type SwitchingInput = (typeof SWITCHING_INPUTS)[number];

/** The range a switching value is searched in: shares [0, 1]; a discount rate (−0.99, 1]. */
const SWITCHING_RANGE: Record<SwitchingInput, [number, number]> = {
  deadweight: [0, 1],
  displacement: [0, 1],
  attribution: [0, 1],
  drop_off: [0, 1],
  discount: [-0.99, 1],
};

/**
 * The switching value: the one uniform value of `input`, applied to every outcome, at which
 * the ratio equals 1; `#N/A` if there is none in its valid range.
 *
 * Deadweight, displacement and attribution enter the ratio as a common factor (1 − x), so
 * ratio(x) = R₀ · (1 − x) with R₀ the ratio at x = 0, and x* = 1 − 1/R₀ in closed form.
 * Drop-off and the discount rate enter non-linearly: the first root on the range is found
 * by a scan and Brent's method.
 *
 * @example R₀ = 2 → a deadweight of 50% on every outcome brings the ratio to 1
 */
export function sroiSwitching(a: SroiAnalysis, input: SwitchingInput): number {
  const [lo, hi] = SWITCHING_RANGE[input];
  if (input === "deadweight" || input === "displacement" || input === "attribution") {
    const r0 = sroiRatio(setUniform(a, input, 0));
    const x = r0 > 0 ? 1 - 1 / r0 : NaN;
    if (!(x >= lo && x <= hi)) {
      throw notAvailable(
        `No ${input} between 0% and 100% brings the ratio to 1 (with no ${input} the ratio is ${r0.toFixed(4)}).`
      );
    }
    return x;
  }
  const root = firstRoot((x) => sroiRatio(setUniform(a, input, x)) - 1, lo, hi);
  if (root === null) {
    const range = input === "discount" ? "-99% and 100%" : "0% and 100%";
    throw notAvailable(`No ${input.replace("_", "-")} between ${range} brings the ratio to 1.`);
  }
  return root;
}

export interface SimulationOptions {
  /** ± half-width of each triangular distribution, as a share of the value (0.2 = ±20%). */
  readonly uncertainty: number;
  /** The most iterations (the run may stop sooner when `tolerance` is met). */
  readonly iterations: number;
  readonly seed: number;
  /**
   * "Run until converged": stop once P50's standard error is under this (0 or undefined:
   * run them all, as =PCBA.SROI_SIMULATE always does). See `convergence.ts`.
   */
  readonly tolerance?: number;
}

/** Checks a tolerance: undefined, or 0 or more (0 is off). */
export function requireTolerance(tolerance: number | undefined): void {
  if (tolerance !== undefined && !(tolerance >= 0)) {
    throw invalidArgument(`tolerance must be 0 or more; got ${tolerance}.`);
  }
}

/** Iterations between convergence checks of a run that has no blocks of its own. */
export const CHECK_BLOCK = 1000;

export interface SimulationSummary {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  /** The share of iterations whose ratio exceeds 1. */
  readonly probabilityAboveOne: number;
  readonly iterations: number;
}

export const MAX_ITERATIONS = 1_000_000;

/**
 * A Monte Carlo run that can be advanced in steps (the pane's worker reports progress and
 * can stop between steps); {@link sroiSimulate} runs it to the end.
 *
 * Each iteration draws, for every outcome, quantity, proxy, duration, deadweight,
 * displacement, attribution and drop-off, and once the discount rate (every band of a
 * schedule scaled by one factor), each from a symmetric triangular distribution on
 * value × (1 ± uncertainty); shares are clipped to [0, 1]. The value of inputs is what was
 * spent and is not varied (it is re-discounted when the rate varies and inputs are yearly).
 * Draws come in a fixed order from one seeded stream, so the same seed gives the same
 * ratios on every machine.
 */
export class SroiSimulation {
  readonly ratios: Float64Array;
  private done = 0;
  /** The xoroshiro128+ state, carried between steps (see `random.ts`). */
  private readonly state: Int32Array;
  /** One iteration's draws: the discount rate, then 7 per outcome. */
  private readonly buffer: Float64Array;
  private readonly baseRates: Float64Array;
  private readonly factors: Float64Array;
  private readonly maxYear: number;
  private readonly rule: ConvergenceRule;

  constructor(
    private readonly analysis: SroiAnalysis,
    private readonly options: SimulationOptions
  ) {
    requireShare(options.uncertainty, "uncertainty");
    requireWhole(options.iterations, "iterations", 1, MAX_ITERATIONS);
    requireWhole(options.seed, "seed", -2147483648, 2147483647);
    requireTolerance(options.tolerance);
    this.rule = new ConvergenceRule(options.tolerance, CHECK_BLOCK);
    if (inputsValue(analysis.inputs, analysis.discount) === 0) {
      throw divisionByZero("The value of inputs is 0, so the ratio is undefined.");
    }
    const t = analysis.outcomes;
    let maxYear = 0;
    for (let o = 0; o < t.n; o++) {
      const longest = Math.min(MAX_DURATION, t.duration[o] * (1 + options.uncertainty));
      if (longest > 0) maxYear = Math.max(maxYear, t.start[o] + Math.ceil(longest) - 1);
    }
    const inputYears = typeof analysis.inputs === "number" ? 0 : analysis.inputs.length;
    this.maxYear = Math.max(maxYear, inputYears);
    this.baseRates = new Float64Array(this.maxYear + 1);
    for (let y = 1; y <= this.maxYear; y++) this.baseRates[y] = rateForYear(analysis.discount, y);
    this.factors = new Float64Array(this.maxYear + 1);
    this.ratios = new Float64Array(options.iterations);
    this.state = xoroshiroState(options.seed);
    this.buffer = new Float64Array(1 + 7 * t.n);
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.options.iterations || this.rule.converged;
  }

  /**
   * Runs up to `count` more iterations (fewer if the run converges); returns how many have
   * been done in all. With a tolerance the run pauses at each convergence check.
   */
  step(count: number): number {
    const end = Math.min(this.options.iterations, this.done + count);
    this.done = advanceChecked(this.rule, this.ratios, this.done, end, (from, to) =>
      this.iterate(from, to)
    );
    return this.done;
  }

  /**
   * Iterations from..to−1.
   *
   * The hot loop keeps the generator's state in locals and draws the triangular variate
   * without a branch: for u = x · 2⁻³², T = ±(1 − √(2·min(u, 1 − u))), the sign taken from
   * x's top bit (set exactly when u ≥ ½). This is bit-for-bit the inverse CDF
   * `u < ½ ? √(2u) − 1 : 1 − √(2(1 − u))` (IEEE subtraction is sign-symmetric), so the
   * seeded streams are unchanged, but a branch that mispredicted on every other draw is gone.
   */
  private iterate(from: number, end: number): void {
    const { analysis, options, buffer, factors, baseRates, maxYear, state, ratios } = this;
    const t = analysis.outcomes;
    const { quantity, proxy, duration, deadweight, displacement, attribution, dropOff, start } = t;
    const n = t.n;
    const u = options.uncertainty;
    const scalarInputs = typeof analysis.inputs === "number" ? analysis.inputs : -1;
    const draws = buffer.length;
    // Imported constants are property loads once bundled; keep them in locals.
    const scale = TWO_TO_MINUS_32;
    const maxDuration = MAX_DURATION;
    let s01 = state[0];
    let s00 = state[1];
    let s11 = state[2];
    let s10 = state[3];
    for (let i = from; i < end; i++) {
      for (let k = 0; k < draws; k++) {
        // xoroshiro128+ (as random.ts's xoroshiroNext), inline.
        const out = (s00 + s10) | 0;
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
        s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
        s00 = n00;
        s10 = (a1 << 5) ^ (a0 >>> 27);
        s11 = (a0 << 5) ^ (a1 >>> 27);
        const x = (out >>> 0) * scale;
        const tail = 1 - Math.sqrt(2 * Math.min(x, 1 - x));
        // (out >> 31) | 1 is −1 when u ≥ ½, else +1.
        buffer[k] = -((out >> 31) | 1) * tail;
      }
      // The discount rate: every band scaled by one draw.
      const rateFactor = 1 + u * buffer[0];
      factors[0] = 1;
      for (let y = 1; y <= maxYear; y++) {
        const r = baseRates[y] * rateFactor;
        factors[y] = factors[y - 1] / (1 + (r < -0.99 ? -0.99 : r));
      }
      let pv = 0;
      let b = 1;
      for (let o = 0; o < n; o++, b += 7) {
        let d = duration[o] * (1 + u * buffer[b + 2]);
        if (d > maxDuration) d = maxDuration;
        if (d <= 0) continue;
        const q = quantity[o] * (1 + u * buffer[b]);
        const p = proxy[o] * (1 + u * buffer[b + 1]);
        const dw = clip01(deadweight[o] * (1 + u * buffer[b + 3]));
        const dp = clip01(displacement[o] * (1 + u * buffer[b + 4]));
        const at = clip01(attribution[o] * (1 + u * buffer[b + 5]));
        const keep = 1 - clip01(dropOff[o] * (1 + u * buffer[b + 6]));
        let carried = q * p * (1 - dw) * (1 - dp) * (1 - at);
        const whole = Math.floor(d);
        let index = start[o];
        for (let k = 0; k < whole; k++) {
          pv += carried * factors[index++];
          carried *= keep;
        }
        if (d > whole) pv += carried * (d - whole) * factors[index];
      }
      let inputs = scalarInputs;
      if (inputs < 0) {
        inputs = 0;
        const yearly = analysis.inputs as readonly number[];
        for (let k = 0; k < yearly.length; k++) inputs += yearly[k] * factors[k];
      }
      ratios[i] = pv / inputs;
    }
    state[0] = s01;
    state[1] = s00;
    state[2] = s11;
    state[3] = s10;
  }

  /** The standard errors of the iterations done, and whether they met the tolerance. */
  convergence(): ConvergenceRecord {
    return convergenceOf(this.ratios, this.done, this.options.tolerance);
  }

  /** Percentiles (as Excel's PERCENTILE.INC) and P(ratio > 1) of the iterations done. */
  summary(): SimulationSummary {
    const { above, ...rest } = summarise(this.ratios, this.done, 1);
    return { ...rest, probabilityAboveOne: above };
  }
}

/**
 * P5, P50 and P95 (as Excel's PERCENTILE.INC) of the first `count` of `values`, and the
 * share of them above `threshold`: the summary every simulation reports.
 *
 * @example summarise([3, 1, 2], 3, 1) → p50 = 2, above = 2/3
 */
export function summarise(
  values: Float64Array,
  count: number,
  threshold: number
): { p5: number; p50: number; p95: number; above: number; iterations: number } {
  // Selection, not a sort: a sort of 1,000,000 ratios alone would hold the thread too long.
  const [p5, p50, p95] = percentilesInc(values, count, [0.05, 0.5, 0.95]);
  return {
    p5: finiteResult(p5, "P5"),
    p50: finiteResult(p50, "P50"),
    p95: finiteResult(p95, "P95"),
    above: shareAbove(values, count, threshold),
    iterations: count,
  };
}

/**
 * Monte Carlo summary of the SROI ratio: P5, P50, P95 and P(ratio > 1).
 *
 * @example with uncertainty 0 every iteration gives the base ratio: P5 = P50 = P95 = ratio
 */
export function sroiSimulate(a: SroiAnalysis, options: SimulationOptions): SimulationSummary {
  const run = new SroiSimulation(a, options);
  run.step(options.iterations);
  return run.summary();
}

/** Checks a name against the allowed inputs (case-insensitive), for the adapters and pane. */
export function switchingInput(name: string): SwitchingInput {
  const key = name.trim().toLowerCase().replace("-", "_");
  const found = SWITCHING_INPUTS.find((s) => s === key);
  if (!found) {
    throw invalidArgument(
      `input_name must be one of ${SWITCHING_INPUTS.map((s) => `"${s}"`).join(", ")}; got "${name}".`
    );
  }
  return found;
}
