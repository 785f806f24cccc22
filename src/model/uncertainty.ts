/**
 * Sensitivity, switching values and Monte Carlo simulation for an SROI analysis.
 *
 * The SROI guide (2012, stage 5.4) asks for sensitivity on each estimate and for the
 * change needed to bring the ratio to 1 (the Green Book's "switching value", Annex A5).
 * Monte Carlo varies every input at once on triangular distributions.
 */
import { rateForYear, scaleSchedule } from "./discounting";
import { divisionByZero, invalidArgument, notAvailable, finiteResult } from "./errors";
import { firstRoot, percentileSorted, TriangularStream } from "./numerics";
import {
  cloneTable,
  inputsValue,
  MAX_DURATION,
  sroiRatio,
  type OutcomeTable,
  type SroiAnalysis,
} from "./sroi";
import { requireShare, requireWhole } from "./validate";

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
  readonly iterations: number;
  readonly seed: number;
}

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
  private readonly draws: TriangularStream;
  /** One iteration's draws: the discount rate, then 7 per outcome. */
  private readonly buffer: Float64Array;
  private readonly baseRates: Float64Array;
  private readonly factors: Float64Array;
  private readonly maxYear: number;

  constructor(
    private readonly analysis: SroiAnalysis,
    private readonly options: SimulationOptions
  ) {
    requireShare(options.uncertainty, "uncertainty");
    requireWhole(options.iterations, "iterations", 1, MAX_ITERATIONS);
    requireWhole(options.seed, "seed", -2147483648, 2147483647);
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
    this.draws = new TriangularStream(options.seed);
    this.buffer = new Float64Array(1 + 7 * t.n);
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.options.iterations;
  }

  /** Runs up to `count` more iterations; returns how many have been done in all. */
  step(count: number): number {
    const { analysis, options, draws, buffer, factors, baseRates, maxYear } = this;
    const t = analysis.outcomes;
    const u = options.uncertainty;
    const end = Math.min(options.iterations, this.done + count);
    const scalarInputs = typeof analysis.inputs === "number" ? analysis.inputs : -1;
    for (let i = this.done; i < end; i++) {
      draws.fill(buffer);
      // The discount rate: every band scaled by one draw.
      const rateFactor = 1 + u * buffer[0];
      factors[0] = 1;
      for (let y = 1; y <= maxYear; y++) {
        const r = baseRates[y] * rateFactor;
        factors[y] = factors[y - 1] / (1 + (r < -0.99 ? -0.99 : r));
      }
      let pv = 0;
      let b = 1;
      for (let o = 0; o < t.n; o++, b += 7) {
        const q = t.quantity[o] * (1 + u * buffer[b]);
        const p = t.proxy[o] * (1 + u * buffer[b + 1]);
        let d = t.duration[o] * (1 + u * buffer[b + 2]);
        if (d > MAX_DURATION) d = MAX_DURATION;
        if (d <= 0) continue;
        const dw = clip01(t.deadweight[o] * (1 + u * buffer[b + 3]));
        const dp = clip01(t.displacement[o] * (1 + u * buffer[b + 4]));
        const at = clip01(t.attribution[o] * (1 + u * buffer[b + 5]));
        const keep = 1 - clip01(t.dropOff[o] * (1 + u * buffer[b + 6]));
        let carried = q * p * (1 - dw) * (1 - dp) * (1 - at);
        const whole = Math.floor(d);
        let index = t.start[o];
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
      this.ratios[i] = pv / inputs;
    }
    this.done = end;
    return end;
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
  const sorted = values.slice(0, count).sort();
  let above = 0;
  for (let i = 0; i < sorted.length; i++) if (sorted[i] > threshold) above++;
  return {
    p5: finiteResult(percentileSorted(sorted, 0.05), "P5"),
    p50: finiteResult(percentileSorted(sorted, 0.5), "P50"),
    p95: finiteResult(percentileSorted(sorted, 0.95), "P95"),
    above: above / sorted.length,
    iterations: sorted.length,
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
