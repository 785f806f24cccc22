/**
 * Monte Carlo of the SROI ratio with a range per input: any of an outcome's quantity,
 * proxy, duration and four adjustments, and the discount rate, may take its own
 * distribution (`distributions.ts`), sampled plainly or as a Latin hypercube
 * (`sampling.ts`), with rank correlations between inputs (`correlation.ts`), and the run
 * may stop as soon as the median's standard error is under a tolerance.
 *
 * Draws come in blocks of B iterations (B depends only on the number of uncertain inputs,
 * never on the machine or on slicing): per block, every uncertain input's column of B
 * draws in a fixed order from one seeded stream (a Latin hypercube is per block), then
 * Iman–Conover on the correlated inputs, then the model outcome by outcome over the
 * block. So a seed gives the same answer everywhere, however the run is sliced.
 */
import { rateForYear } from "./discounting";
import { type Distribution } from "./distributions";
import { divisionByZero, invalidArgument } from "./errors";
import { correlationMatrix, imanConover, type Matrix, rankCorrelation } from "./correlation";
import { UniformStream, xoroshiroState } from "./random";
import {
  compileDistribution,
  type CompiledDistribution,
  fillUniforms,
  type SamplingMethod,
  support,
  uniformsToDraws,
} from "./sampling";
import { inputsValue, MAX_DURATION, type SroiAnalysis } from "./sroi";
import { ConvergenceRule, convergenceOf, type ConvergenceRecord } from "./convergence";
import { percentilesInc, shareAbove } from "./statistics";
import { MAX_ITERATIONS, requireTolerance } from "./uncertainty";
import { requireWhole } from "./validate";

/** The inputs a range may be given for, in the order of a value map's columns. */
export const RANGE_INPUTS = [
  "quantity",
  "proxy",
  "duration",
  "deadweight",
  "displacement",
  "attribution",
  "drop_off",
  "discount",
] as const;
export type RangeInput = (typeof RANGE_INPUTS)[number];

/** One row of a range table. */
export interface InputRange {
  readonly input: RangeInput;
  /** 0-based outcome; undefined: every outcome (each drawn independently), or the discount rate. */
  readonly outcome?: number;
  readonly distribution: Distribution;
}

export interface RangeSimulationOptions {
  /** The most iterations (the run may stop sooner when `tolerance` is met). */
  readonly iterations: number;
  readonly seed: number;
  readonly sampling: SamplingMethod;
  /** Stop once the standard error of P50 is below this (0 or undefined: run them all). */
  readonly tolerance?: number;
  /** P(ratio > threshold) is reported (default 1). */
  readonly threshold?: number;
  /** Rank correlations between rows of `ranges`: [row i, row j, ρ], 0-based rows. */
  readonly correlations?: readonly (readonly [number, number, number])[];
  /** Collect each input's rank correlation with the ratio (the tornado of drivers). */
  readonly drivers?: boolean;
}

/** The valid range of each input, to which draws are clipped. */
const VALID: Record<RangeInput, [number, number]> = {
  quantity: [0, Infinity],
  proxy: [-Infinity, Infinity],
  duration: [0, MAX_DURATION],
  deadweight: [0, 1],
  displacement: [0, 1],
  attribution: [0, 1],
  drop_off: [0, 1],
  discount: [-0.99, 1],
};

/** One uncertain quantity of the model: a range row applied to one outcome (or the rate). */
interface Variable {
  readonly row: number;
  readonly input: RangeInput;
  readonly outcome: number;
  readonly compiled: CompiledDistribution;
  clipped: number;
}

export interface Driver {
  /** 0-based row of the range table. */
  readonly row: number;
  readonly input: RangeInput;
  /** 0-based outcome, or −1 for the discount rate or a row over every outcome. */
  readonly outcome: number;
  /** Spearman's rank correlation of the input with the ratio (mean over blocks). */
  readonly correlation: number;
  /** Share of this row's draws clipped to the input's valid range. */
  readonly clipped: number;
}

/**
 * A correlation asked for and the one the run gave: Spearman's rank correlation of the two
 * rows' draws, per block (Iman–Conover works per block) and averaged over the blocks weighted
 * by their iterations, so a run of one block gives exactly the rank correlation over the
 * run. A row over every outcome counts each of its outcome's pairs, averaged.
 */
export interface AchievedCorrelation {
  /** 0-based row of `correlations`. */
  readonly pair: number;
  /** 0-based rows of the range table. */
  readonly first: number;
  readonly second: number;
  readonly target: number;
  readonly achieved: number;
}

export interface RangeSummary {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly standardErrorMean: number;
  /** Undefined with fewer than 3 iterations (no interval to take it from). */
  readonly standardErrorP50: number | undefined;
  /** Share of iterations whose ratio exceeds the threshold. */
  readonly probabilityAbove: number;
  readonly threshold: number;
  readonly iterations: number;
  /** Whether P50's standard error is under the tolerance (undefined when none was set). */
  readonly converged?: boolean;
  /** Share of all draws clipped to their input's valid range. */
  readonly clipped: number;
}

/** Iterations per block: fewer when there are many uncertain inputs (about 10⁶ draws a block). */
export function blockSize(variables: number, iterations: number): number {
  return Math.min(iterations, 10000, Math.max(1000, Math.floor(3.5e5 / Math.max(1, variables))));
}

const COLUMN_OF: Record<Exclude<RangeInput, "discount">, keyof SroiAnalysis["outcomes"]> = {
  quantity: "quantity",
  proxy: "proxy",
  duration: "duration",
  deadweight: "deadweight",
  displacement: "displacement",
  attribution: "attribution",
  drop_off: "dropOff",
};

/**
 * The simulation, advanced in blocks (`step`) so a caller can slice it
 * (`src/uncertainty/slices.ts`); `summary`, `histogram`, `sCurve` and `drivers` read it.
 */
export class RangeSimulation {
  readonly ratios: Float64Array;
  private done = 0;
  private readonly rule: ConvergenceRule;
  private readonly block: number;
  private readonly variables: Variable[];
  /** Column b·7 + j: outcome b's input j over a block (a constant column if not uncertain). */
  private readonly columns: Float64Array[];
  private readonly rateColumn: Float64Array | null;
  private readonly correlated: number[];
  private readonly target: Matrix | null;
  private readonly state: Int32Array;
  private readonly setup: UniformStream;
  private readonly scratch: Int32Array;
  private readonly pv: Float64Array;
  private readonly factors: Float64Array;
  private readonly baseRates: Float64Array;
  private readonly maxYear: number;
  private readonly driverSums: Float64Array;
  private readonly firstRate: number;
  /** Per row of `correlations`: the pairs of variables it correlates (indices of `variables`). */
  private readonly pairVariables: [number, number][][];
  /** Per row of `correlations`: Σ over blocks of B × the mean rank correlation of its pairs. */
  private readonly achievedSums: Float64Array;

  constructor(
    private readonly analysis: SroiAnalysis,
    ranges: readonly InputRange[],
    private readonly options: RangeSimulationOptions
  ) {
    requireWhole(options.iterations, "iterations", 1, MAX_ITERATIONS);
    requireWhole(options.seed, "seed", -2147483648, 2147483647);
    requireTolerance(options.tolerance);
    if (inputsValue(analysis.inputs, analysis.discount) === 0) {
      throw divisionByZero("The value of inputs is 0, so the ratio is undefined.");
    }
    const t = analysis.outcomes;
    const n = t.n;
    // Expand the rows into variables, one per (input, outcome).
    const seen = new Map<string, number>();
    this.variables = [];
    ranges.forEach((r, row) => {
      if (r.outcome !== undefined && (r.outcome < 0 || r.outcome >= n || r.input === "discount")) {
        throw invalidArgument(
          r.input === "discount"
            ? `ranges (row ${row + 1}): the discount rate applies to every outcome; leave its outcome blank.`
            : `ranges (row ${row + 1}): outcome must be a row of the value map, 1 to ${n}; got ${r.outcome + 1}.`
        );
      }
      const targets =
        r.input === "discount"
          ? [-1]
          : r.outcome !== undefined
            ? [r.outcome]
            : [...Array(n).keys()];
      const compiled = compileDistribution(r.distribution);
      for (const o of targets) {
        const key = `${r.input}:${o}`;
        if (seen.has(key)) {
          throw invalidArgument(
            `ranges (row ${row + 1}): ${r.input}${o >= 0 ? ` of outcome ${o + 1}` : ""} already has a range (row ${seen.get(key)! + 1}).`
          );
        }
        seen.set(key, row);
        this.variables.push({ row, input: r.input, outcome: o, compiled, clipped: 0 });
      }
    });
    this.block = blockSize(this.variables.length, options.iterations);
    const B = this.block;
    this.columns = [];
    for (let o = 0; o < n; o++) {
      for (const input of RANGE_INPUTS) {
        if (input === "discount") continue;
        const column = new Float64Array(B);
        column.fill((t[COLUMN_OF[input]] as Float64Array)[o]);
        this.columns.push(column);
      }
    }
    const rateVariable = this.variables.find((v) => v.input === "discount");
    this.rateColumn = rateVariable ? new Float64Array(B) : null;
    // Correlations between rows become correlations between variables: two rows over
    // every outcome are correlated outcome by outcome; a single one with each of the other's.
    const pairs = options.correlations ?? [];
    for (const [i, j] of pairs) {
      for (const r of [i, j]) {
        if (!Number.isInteger(r) || r < 0 || r >= ranges.length) {
          throw invalidArgument(
            `correlations: rows must name rows of ranges, 1 to ${ranges.length}; got ${r + 1}.`
          );
        }
      }
    }
    const involved = new Set(pairs.flatMap(([i, j]) => [i, j]));
    this.correlated = this.variables.flatMap((v, index) => (involved.has(v.row) ? [index] : []));
    const position = new Map(this.correlated.map((v, p) => [v, p]));
    const variablePairs: [number, number, number][] = [];
    this.pairVariables = pairs.map(() => []);
    pairs.forEach(([i, j, rho], at) => {
      const vi = this.variables.map((v, index) => ({ v, index })).filter((x) => x.v.row === i);
      const vj = this.variables.map((v, index) => ({ v, index })).filter((x) => x.v.row === j);
      for (const a of vi) {
        for (const b of vj) {
          const elementwise = vi.length > 1 && vj.length > 1;
          if (elementwise && a.v.outcome !== b.v.outcome) continue;
          variablePairs.push([position.get(a.index)!, position.get(b.index)!, rho]);
          this.pairVariables[at].push([a.index, b.index]);
        }
      }
    });
    this.achievedSums = new Float64Array(pairs.length);
    this.target =
      this.correlated.length > 1
        ? correlationMatrix(this.correlated.length, variablePairs, (p) => {
            const v = this.variables[this.correlated[p]];
            return `ranges row ${v.row + 1}${v.outcome >= 0 && ranges[v.row].outcome === undefined ? ` (outcome ${v.outcome + 1})` : ""}`;
          })
        : null;

    let maxYear = 0;
    const durationMax = (o: number) => {
      const v = this.variables.find((x) => x.input === "duration" && x.outcome === o);
      return v ? Math.min(MAX_DURATION, support(v.compiled.distribution)[1]) : t.duration[o];
    };
    for (let o = 0; o < n; o++) {
      const longest = durationMax(o);
      if (longest > 0) maxYear = Math.max(maxYear, t.start[o] + Math.ceil(longest) - 1);
    }
    const inputYears = typeof analysis.inputs === "number" ? 0 : analysis.inputs.length;
    this.maxYear = Math.max(maxYear, inputYears);
    this.baseRates = new Float64Array(this.maxYear + 1);
    for (let y = 1; y <= this.maxYear; y++) this.baseRates[y] = rateForYear(analysis.discount, y);
    this.firstRate = rateForYear(analysis.discount, 1);
    this.factors = new Float64Array(B * (this.maxYear + 1));
    this.ratios = new Float64Array(options.iterations);
    this.pv = new Float64Array(B);
    this.state = xoroshiroState(options.seed);
    // Permutations for Iman–Conover's scores come from a second stream, seeded from the first.
    this.setup = new UniformStream((options.seed ^ 0x5bd1e995) | 0);
    this.scratch = new Int32Array(B);
    this.driverSums = new Float64Array(this.variables.length);
    this.rule = new ConvergenceRule(options.tolerance, B);
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.options.iterations || this.rule.converged;
  }

  /** Iterations per block (a Latin hypercube is per block). */
  get blockIterations(): number {
    return this.block;
  }

  /** Runs whole blocks until at least `count` more iterations are done (or the run ends). */
  step(count: number): number {
    const target = this.done + count;
    while (!this.finished && this.done < target) this.runBlock();
    return this.done;
  }

  /** The column of draws a variable fills in the current block. */
  private columnOf(v: Variable): Float64Array {
    if (v.input === "discount") return this.rateColumn!;
    const j = RANGE_INPUTS.indexOf(v.input);
    return this.columns[v.outcome * 7 + j];
  }

  private runBlock(): void {
    const { analysis, options, variables, state, scratch } = this;
    const B = Math.min(this.block, options.iterations - this.done);
    const t = analysis.outcomes;
    const n = t.n;
    // 1. Draws, input by input, in a fixed order.
    for (const v of variables) {
      const column = this.columnOf(v);
      fillUniforms(state, column, B, options.sampling, scratch);
      const [min, max] = VALID[v.input];
      v.clipped += uniformsToDraws(v.compiled, column, B, min, max);
    }
    // 2. Rank correlation, keeping each marginal.
    if (this.target) {
      imanConover(
        this.correlated.map((i) => this.columnOf(variables[i])),
        B,
        this.target,
        this.setup
      );
    }
    // The rank correlation each pair reached in this block (before the columns are reused).
    this.pairVariables.forEach((vs, at) => {
      let sum = 0;
      for (const [a, b] of vs)
        sum += rankCorrelation(this.columnOf(variables[a]), this.columnOf(variables[b]), B);
      this.achievedSums[at] += vs.length ? (sum / vs.length) * B : 0;
    });
    // 3. Discount factors per iteration: the drawn rate replaces a flat rate; a schedule's
    // bands are all scaled by drawn ÷ year 1's rate.
    const { factors, baseRates, maxYear, pv, rateColumn } = this;
    const stride = maxYear + 1;
    const r1 = this.firstRate;
    for (let i = 0; i < B; i++) {
      const f = i * stride;
      factors[f] = 1;
      const scale = rateColumn ? (r1 !== 0 ? rateColumn[i] / r1 : 1) : 1;
      for (let y = 1; y <= maxYear; y++) {
        let r = rateColumn && r1 === 0 ? rateColumn[i] : baseRates[y] * scale;
        if (r < -0.99) r = -0.99;
        factors[f + y] = factors[f + y - 1] / (1 + r);
      }
    }
    // 4. The model, outcome by outcome over the block.
    pv.fill(0, 0, B);
    const cols = this.columns;
    const maxDuration = MAX_DURATION;
    for (let o = 0; o < n; o++) {
      const q = cols[o * 7];
      const p = cols[o * 7 + 1];
      const du = cols[o * 7 + 2];
      const dw = cols[o * 7 + 3];
      const dp = cols[o * 7 + 4];
      const at = cols[o * 7 + 5];
      const dr = cols[o * 7 + 6];
      const s = t.start[o];
      for (let i = 0; i < B; i++) {
        let d = du[i];
        if (d > maxDuration) d = maxDuration;
        if (d <= 0) continue;
        const keep = 1 - dr[i];
        let carried = q[i] * p[i] * (1 - dw[i]) * (1 - dp[i]) * (1 - at[i]);
        const whole = Math.floor(d);
        let index = i * stride + s;
        let sum = 0;
        for (let k = 0; k < whole; k++) {
          sum += carried * factors[index++];
          carried *= keep;
        }
        if (d > whole) sum += carried * (d - whole) * factors[index];
        pv[i] += sum;
      }
    }
    const ratios = this.ratios;
    const offset = this.done;
    if (typeof analysis.inputs === "number") {
      const inputs = analysis.inputs;
      for (let i = 0; i < B; i++) ratios[offset + i] = pv[i] / inputs;
    } else {
      const yearly = analysis.inputs;
      for (let i = 0; i < B; i++) {
        let value = 0;
        for (let y = 0; y < yearly.length; y++) value += yearly[y] * factors[i * stride + y];
        ratios[offset + i] = pv[i] / value;
      }
    }
    // 5. Drivers: each input's rank correlation with the ratio within the block.
    if (options.drivers) {
      const block = ratios.subarray(offset, offset + B);
      variables.forEach((v, k) => {
        this.driverSums[k] += rankCorrelation(this.columnOf(v), block, B) * B;
      });
    }
    this.done += B;
    // 6. Convergence: P50's standard error, checked as the run grows by a tenth.
    this.rule.check(ratios, this.done);
  }

  /** The standard errors of the iterations done, and whether they met the tolerance. */
  convergence(): ConvergenceRecord {
    return convergenceOf(this.ratios, this.done, this.options.tolerance);
  }

  summary(): RangeSummary {
    const n = this.done;
    const threshold = this.options.threshold ?? 1;
    const [p5, p50, p95] = percentilesInc(this.ratios, n, [0.05, 0.5, 0.95]);
    const { mean, ...record } = this.convergence();
    const clipped = this.variables.reduce((s, v) => s + v.clipped, 0);
    return {
      p5,
      p50,
      p95,
      mean,
      standardErrorMean: record.standardErrorMean,
      standardErrorP50: record.standardErrorP50,
      probabilityAbove: shareAbove(this.ratios, n, threshold),
      threshold,
      iterations: n,
      converged: record.converged,
      clipped: this.variables.length ? clipped / (this.variables.length * n) : 0,
    };
  }

  /** `bins` equal-width bins from the smallest ratio to the largest: [from, to, count]. */
  histogram(bins = 20): [number, number, number][] {
    const n = this.done;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = this.ratios[i];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (lo === hi) return [[lo, hi, n]];
    const width = (hi - lo) / bins;
    const counts = new Array<number>(bins).fill(0);
    for (let i = 0; i < n; i++)
      counts[Math.min(bins - 1, Math.floor((this.ratios[i] - lo) / width))]++;
    return counts.map((c, b) => [lo + b * width, b === bins - 1 ? hi : lo + (b + 1) * width, c]);
  }

  /** The S-curve: the ratio at each percentile 0, 5, …, 100 (PERCENTILE.INC): [p, ratio]. */
  sCurve(step = 0.05): [number, number][] {
    const ps: number[] = [];
    for (let k = 0; k <= Math.round(1 / step); k++) ps.push(Math.min(1, k * step));
    return percentilesInc(this.ratios, this.done, ps).map((v, i) => [ps[i], v]);
  }

  /** Each correlation asked for, with the rank correlation the draws reached over the run. */
  correlations(): AchievedCorrelation[] {
    return (this.options.correlations ?? []).map(([first, second, target], pair) => ({
      pair,
      first,
      second,
      target,
      achieved: this.done > 0 ? this.achievedSums[pair] / this.done : 0,
    }));
  }

  /**
   * Drivers: per range row, the rank correlation of its input with the ratio (for a row over
   * every outcome, the mean over its outcomes), largest in size first.
   */
  drivers(): Driver[] {
    if (!this.options.drivers) throw invalidArgument("drivers were not collected for this run.");
    const byRow = new Map<number, { sum: number; count: number; clipped: number; v: Variable }>();
    this.variables.forEach((v, k) => {
      const e = byRow.get(v.row) ?? { sum: 0, count: 0, clipped: 0, v };
      e.sum += this.driverSums[k] / this.done;
      e.count++;
      e.clipped += v.clipped;
      byRow.set(v.row, e);
    });
    return [...byRow.entries()]
      .map(([row, e]) => ({
        row,
        input: e.v.input,
        outcome: e.count > 1 ? -1 : e.v.outcome,
        correlation: e.sum / e.count,
        clipped: e.clipped / (e.count * this.done),
      }))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation) || a.row - b.row);
  }
}

/** Runs a range simulation to the end (tests, the CLI; the functions run it in slices). */
export function sroiSimulateRanges(
  a: SroiAnalysis,
  ranges: readonly InputRange[],
  options: RangeSimulationOptions
): RangeSummary {
  const sim = new RangeSimulation(a, ranges, options);
  sim.step(options.iterations);
  return sim.summary();
}
