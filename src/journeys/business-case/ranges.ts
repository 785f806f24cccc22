/**
 * A business case's own ranges for the Monte Carlo of an option's NPV: the CaseRanges table
 * on the Inputs sheet, one row per uncertain line of an option (a savings line's full annual
 * value in £, a one-off cost's amount in £, forums and coordination, VAT and loan repricing
 * as a multiple of their estimate, 100% = as estimated, and the discount rate), each with
 * its distribution (triangular, PERT, uniform, normal, lognormal). Lines without a range are
 * held at their estimate. Written only when the case has ranges, so a case without them
 * builds exactly as before; read back by the case's reader.
 *
 * Lines of one option may be rank-correlated (the CaseRangeCorrelations table: "Savings
 * line 1" with "Savings line 2" at 0.6, say, when both rest on the same staffing
 * assumption). Each block's drawn columns are reordered by Iman–Conover
 * (`src/model/correlation.ts`, as the SROI ranges are), so every line keeps exactly the
 * distribution it was given and only the pairing of draws changes.
 *
 * The NPV of a draw is the counterpart of `CaseSimulation`'s (src/journeys/business-case/
 * simulation.ts): NPV = Σ_t DF_t · Σ_k sign_k · f_k · flow_k,t, with f_k the drawn value ÷
 * the estimate, and DF from the schedule's rates scaled by drawn ÷ year 1's rate. Draws come
 * in blocks from one seeded stream (a Latin hypercube is per block), so a seed gives the
 * same answer however the run is sliced.
 */
import { DISTRIBUTION_LABELS, DISTRIBUTIONS, rangeDistribution } from "../../model/distributions";
import { discountSchedule, rateForYear } from "../../model/discounting";
import {
  correlationMatrix,
  imanConover,
  inconsistentPairs,
  rankCorrelation,
  type Matrix,
} from "../../model/correlation";
import { UniformStream, xoroshiroState } from "../../model/random";
import {
  compileDistribution,
  fillUniforms,
  uniformsToDraws,
  type CompiledDistribution,
  type SamplingMethod,
} from "../../model/sampling";
import { percentilesInc, shareAbove } from "../../model/statistics";
import { MAX_ITERATIONS, requireTolerance } from "../../model/uncertainty";
import { ConvergenceRule, convergenceOf, type ConvergenceRecord } from "../../model/convergence";
import { requireWhole } from "../../model/validate";
import { NUMBER, OPTIONAL_NUMBER, TEXT, tableCodec } from "../../workbook/table-codec";
import { caseLines } from "./simulation";
import type { BusinessCase, CaseCorrelationRow, CaseRangeRow } from "./types";

/** The lines of an option a range may be given for, in words ("Savings line 2"). */
export function rangeLines(c: BusinessCase, optionId: string): string[] {
  const o = c.options.find((x) => x.id === optionId);
  if (!o) return [];
  return [
    ...o.savings.map((_, i) => `Savings line ${i + 1}`),
    ...o.oneOffCosts.map((_, i) => `One-off cost ${i + 1}`),
    "Forums and coordination",
    "VAT",
    "Loan repricing",
    "Discount rate",
  ];
}

/** What a line's range is in, and its estimate: £ for amounts, a multiple, or the rate. */
export function lineEstimate(
  c: BusinessCase,
  optionId: string,
  line: string
): { unit: "£" | "multiple" | "rate"; estimate: number; index: number } | null {
  const o = c.options.find((x) => x.id === optionId);
  if (!o) return null;
  const lines = rangeLines(c, optionId);
  const k = lines.indexOf(line);
  if (k < 0) return null;
  const s = o.savings.length;
  const f = o.oneOffCosts.length;
  if (k < s) return { unit: "£", estimate: o.savings[k].fullAnnual, index: k + 1 };
  if (k < s + f) return { unit: "£", estimate: o.oneOffCosts[k - s].amount, index: k + 1 };
  if (line === "Discount rate")
    return {
      unit: "rate",
      estimate: rateForYear(discountSchedule(c.appraisal.discount), 1),
      index: 0,
    };
  return { unit: "multiple", estimate: 1, index: k + 1 };
}

export const CASE_RANGES = tableCodec<CaseRangeRow>()("CaseRanges", {
  option: { header: "Option", role: "input", kind: TEXT, write: (r) => r.option },
  line: { header: "Line", role: "input", kind: TEXT, write: (r) => r.line },
  distribution: {
    header: "Distribution",
    role: "input",
    kind: {
      read: (v, where) => {
        const t = String(v ?? "")
          .trim()
          .toLowerCase();
        const d = DISTRIBUTIONS.find((x) => x === t);
        if (!d)
          throw new Error(
            `${where} should be a distribution: one of ${Object.values(DISTRIBUTION_LABELS)
              .map((w) => `"${w}"`)
              .join(", ")}; it holds "${String(v ?? "")}".`
          );
        return d;
      },
    },
    write: (r) => DISTRIBUTION_LABELS[r.distribution],
  },
  low: {
    header: "Low (or P10)",
    numFmt: "#,##0.####",
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.low,
  },
  mode: {
    header: "Most likely (or mean)",
    numFmt: "#,##0.####",
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.mode,
  },
  high: {
    header: "High (or P90)",
    numFmt: "#,##0.####",
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.high,
  },
  sd: {
    header: "Standard deviation",
    numFmt: "#,##0.####",
    role: "input",
    kind: OPTIONAL_NUMBER,
    write: (r) => r.sd,
  },
});

export const CASE_RANGE_CORRELATIONS = tableCodec<CaseCorrelationRow>()("CaseRangeCorrelations", {
  option: { header: "Option", role: "input", kind: TEXT, write: (r) => r.option },
  line: { header: "Line", role: "input", kind: TEXT, write: (r) => r.line },
  withLine: { header: "With line", role: "input", kind: TEXT, write: (r) => r.withLine },
  correlation: {
    header: "Rank correlation",
    numFmt: "0.00",
    role: "input",
    kind: NUMBER,
    write: (r) => r.correlation,
  },
});

interface Variable {
  readonly row: number;
  readonly label: string;
  /** The line it ranges, as the range row names it ("Savings line 2"). */
  readonly line: string;
  /** 0: the discount rate; k + 1: line k of `caseLines`. */
  readonly index: number;
  readonly compiled: CompiledDistribution;
  /** Drawn value ÷ this is the factor on the line (1 for a multiple). */
  readonly estimate: number;
  readonly min: number;
  readonly max: number;
  clipped: number;
}

export interface CaseRangeSummary {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  readonly standardErrorMean: number;
  /** Undefined with fewer than 3 iterations. */
  readonly standardErrorP50: number | undefined;
  /** Whether P50's standard error is under the tolerance (undefined when none was set). */
  readonly converged?: boolean;
  /** The share of iterations whose NPV is above 0. */
  readonly probabilityPositive: number;
  readonly iterations: number;
  /** Share of all draws clipped to their line's valid range. */
  readonly clipped: number;
}

/** Checks an option's range rows; throws a message naming the row. */
export function caseVariables(c: BusinessCase, optionId: string): Omit<Variable, "clipped">[] {
  const rows = (c.ranges ?? [])
    .map((r, row) => ({ r, row }))
    .filter((x) => x.r.option === optionId);
  const seen = new Set<string>();
  return rows.map(({ r, row }) => {
    const where = `Range ${row + 1} (${r.line})`;
    const e = lineEstimate(c, optionId, r.line);
    if (!e)
      throw new Error(
        `${where}: the line must be one of the option's: ${rangeLines(c, optionId).join(", ")}.`
      );
    if (seen.has(r.line)) throw new Error(`${where}: this line already has a range.`);
    seen.add(r.line);
    if (e.unit === "£" && e.estimate === 0)
      throw new Error(
        `${where}: the estimate is £0, so a range on it scales nothing; give the line an amount first.`
      );
    if (e.unit === "rate" && e.estimate === 0)
      throw new Error(`${where}: the discount rate is 0%, so a range cannot scale it.`);
    return {
      row,
      label: `${where}`,
      line: r.line,
      index: e.index,
      compiled: compileDistribution(rangeDistribution(r, where)),
      estimate: e.estimate,
      min: e.unit === "rate" ? -0.99 : 0,
      max: e.unit === "rate" ? 1 : Infinity,
    };
  });
}

/** A line of an option in the pane's words: "Savings line 2 (Option 1)". */
export function lineLabel(c: BusinessCase, optionId: string, line: string): string {
  const o = c.options.find((x) => x.id === optionId);
  return `${line} (${o?.name ?? optionId})`;
}

/**
 * Where a correlation row is, in words: "Correlation 2 (Savings line 1 with VAT, Option 1)",
 * `at` counting the option's own rows from 0, as the pane numbers them.
 */
export function correlationWhere(c: BusinessCase, k: CaseCorrelationRow, at: number): string {
  const o = c.options.find((x) => x.id === k.option);
  return `Correlation ${at + 1} (${k.line} with ${k.withLine}, ${o?.name ?? k.option})`;
}

/**
 * An option's correlation rows as the model's target: the matrix over the ranged lines that
 * are correlated (in the order of `variables`), or null when none are. Throws a message in
 * words for a line the option does not have or that has no range, a line paired with
 * itself, a pair given twice (in either order), a value outside [−1, 1], or correlations
 * that cannot hold together (a matrix not positive semi-definite: Iman–Conover has no
 * target to reach, so it is an error, never repaired in silence).
 *
 * @example Savings lines 1 and 2 at 0.6 → correlated [0, 1], target [[1, 0.6], [0.6, 1]]
 */
export function caseCorrelationTarget(
  c: BusinessCase,
  optionId: string,
  variables: readonly { readonly line: string }[]
): { correlated: number[]; target: Matrix } | null {
  const lines = rangeLines(c, optionId);
  // Numbered within the option, as the pane shows them (the message names the option).
  const rows = (c.correlations ?? [])
    .filter((k) => k.option === optionId)
    .map((k, at) => ({ k, at }));
  if (rows.length === 0) return null;
  const variableOf = new Map(variables.map((v, j) => [v.line, j]));
  const given = new Map<string, number>();
  const pairs: [number, number, number][] = [];
  for (const { k, at } of rows) {
    const where = correlationWhere(c, k, at);
    const ends: number[] = [];
    for (const line of [k.line, k.withLine]) {
      if (!lines.includes(line))
        throw new Error(
          `${where}: "${line}" is not a line of the option; it must be one of: ${lines.join(", ")}.`
        );
      const j = variableOf.get(line);
      if (j === undefined)
        throw new Error(
          `${where}: ${line} has no range, so it is held at its estimate and cannot be correlated; give it a range first.`
        );
      ends.push(j);
    }
    if (ends[0] === ends[1]) throw new Error(`${where}: a line cannot be correlated with itself.`);
    if (!(k.correlation >= -1 && k.correlation <= 1))
      throw new Error(
        `${where}: the rank correlation must be from −1 to 1; it is ${k.correlation}.`
      );
    const key = [k.line, k.withLine].sort().join("\u0000");
    const first = given.get(key);
    if (first !== undefined)
      throw new Error(
        `${where}: ${k.line} and ${k.withLine} are already correlated (correlation ${first + 1}); give each pair once.`
      );
    given.set(key, at);
    pairs.push([ends[0], ends[1], k.correlation]);
  }
  const correlated = [...new Set(pairs.flatMap(([i, j]) => [i, j]))].sort((a, b) => a - b);
  const position = new Map(correlated.map((j, p) => [j, p]));
  try {
    const target = correlationMatrix(
      correlated.length,
      pairs.map(([i, j, rho]) => [position.get(i)!, position.get(j)!, rho] as const),
      (p) => lineLabel(c, optionId, variables[correlated[p]].line)
    );
    return { correlated, target };
  } catch (e) {
    const o = c.options.find((x) => x.id === optionId);
    throw new Error(
      `The correlations of ${o?.name ?? optionId}: ${(e as Error).message.replace(/^correlations: /, "")}`
    );
  }
}

/** The words, on each field blamed, for correlations that cannot hold together. */
export const CANNOT_HOLD =
  "This correlation and the others marked cannot hold together: no lines can be correlated like that all at once. Weaken one of them.";

/**
 * What is wrong with each of an option's correlation rows (in the option's order), in words
 * without its place (undefined: nothing), for its field and the problem list. First each row
 * with the good rows before it, for what a row can get wrong (a line not of the option or
 * without a range, a line with itself, a pair given twice, a value outside −1 to 1); then
 * the good rows together: if their matrix is not positive semi-definite, the rows between
 * the first line (in the ranges' order) at which it fails and the lines before it are marked
 * {@link CANNOT_HOLD} (`inconsistentPairs`). Nothing is said when the option's ranges
 * themselves cannot be drawn (their message says why).
 */
export function caseCorrelationProblems(c: BusinessCase, optionId: string): (string | undefined)[] {
  const rows = (c.correlations ?? []).filter((k) => k.option === optionId);
  let variables: { line: string }[];
  try {
    variables = caseVariables(c, optionId);
  } catch {
    return rows.map(() => undefined);
  }
  const accepted: CaseCorrelationRow[] = [];
  const out = rows.map((k): string | undefined => {
    // Alone with the good rows before it, for a pair given twice; a matrix that cannot hold
    // is for the check of them all below (unlisted pairs count as 0 in a subset).
    const trial = { ...c, correlations: [...accepted, k] };
    try {
      caseCorrelationTarget({ ...c, correlations: [k] }, optionId, variables);
      caseCorrelationTarget(trial, optionId, variables);
    } catch (e) {
      const message = (e as Error).message;
      if (!/not positive semi-definite/.test(message)) {
        const alone = `${correlationWhere(c, k, 0)}: `;
        const after = `${correlationWhere(trial, k, accepted.length)}: `;
        for (const where of [alone, after])
          if (message.startsWith(where)) return message.slice(where.length);
        return message;
      }
    }
    accepted.push(k);
    return undefined;
  });
  const good = rows.map((k, at) => ({ k, at })).filter((x) => out[x.at] === undefined);
  const order = new Map(variables.map((v, j) => [v.line, j]));
  const units = [...new Set(good.flatMap((x) => [x.k.line, x.k.withLine]))].sort(
    (a, b) => order.get(a)! - order.get(b)!
  );
  const unit = new Map(units.map((l, i) => [l, i]));
  for (const b of inconsistentPairs(
    units.length,
    good.map((x) => [unit.get(x.k.line)!, unit.get(x.k.withLine)!, x.k.correlation] as const)
  ))
    out[good[b].at] = CANNOT_HOLD;
  return out;
}

/**
 * The case's correlations with every pair of `lines` (of one option) correlated at `rho`:
 * a pair already given (in either order) takes the new value, others are added after the
 * existing rows, in the order of `lines`. The "all savings lines of an option correlated"
 * convenience; the rows stay pairs, as the table holds them.
 *
 * @example lines 1, 2, 3 at 0.5 → (1, 2), (1, 3), (2, 3), each 0.5
 */
export function correlateLines(
  c: BusinessCase,
  optionId: string,
  lines: readonly string[],
  rho: number
): CaseCorrelationRow[] {
  const out = (c.correlations ?? []).map((k) => ({ ...k }));
  for (let a = 0; a < lines.length; a++) {
    for (let b = a + 1; b < lines.length; b++) {
      const existing = out.find(
        (k) =>
          k.option === optionId &&
          ((k.line === lines[a] && k.withLine === lines[b]) ||
            (k.line === lines[b] && k.withLine === lines[a]))
      );
      if (existing) existing.correlation = rho;
      else out.push({ option: optionId, line: lines[a], withLine: lines[b], correlation: rho });
    }
  }
  return out;
}

/** Every option's rows checked (the pane's and the build's message), or null when all draw. */
export function caseRangeProblem(c: BusinessCase): string | null {
  try {
    for (const r of c.ranges ?? [])
      if (!c.options.some((o) => o.id === r.option))
        throw new Error(`A range names the option "${r.option}", which the case does not have.`);
    c.correlations?.forEach((k) => {
      if (!c.options.some((o) => o.id === k.option))
        throw new Error(
          `A correlation (${k.line} with ${k.withLine}) names the option "${k.option}", which the case does not have.`
        );
    });
    for (const o of c.options) caseCorrelationTarget(c, o.id, caseVariables(c, o.id));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** One option's NPV with its lines' ranges, advanced in blocks (the pane's worker slices it). */
export class CaseRangeSimulation {
  readonly values: Float64Array;
  private done = 0;
  private readonly variables: Variable[];
  private readonly block: number;
  private readonly columns: Float64Array[];
  private readonly state: Int32Array;
  private readonly scratch: Int32Array;
  private readonly sign: Int8Array;
  private readonly flows: Float64Array;
  private readonly horizon: number;
  private readonly baseRates: Float64Array;
  private readonly pv: Float64Array;
  private readonly driverSums: Float64Array;
  /** Indices into `variables` of the correlated lines, and their target (null: none). */
  private readonly correlation: { correlated: number[]; target: Matrix } | null;
  /** Iman–Conover's score permutations: a second stream, so the draws stay as they were. */
  private readonly setup: UniformStream;
  /** Every iteration's draw per variable, when asked for (`keepDraws`). */
  private readonly kept: Float64Array[] | null;
  private readonly rule: ConvergenceRule;
  /** The option's correlation rows, each with its two lines' indices into `variables`. */
  private readonly pairs: { row: CaseCorrelationRow; a: number; b: number }[];
  /** Per pair: Σ over blocks of B × the rank correlation its draws reached in the block. */
  private readonly achievedSums: Float64Array;

  constructor(
    c: BusinessCase,
    optionId: string,
    private readonly options: {
      iterations: number;
      seed: number;
      sampling: SamplingMethod;
      /** Keep every draw of every ranged line (`draws()`), for checks of the sampling. */
      keepDraws?: boolean;
      /** Stop once P50's standard error is under this, in £ (`convergence.ts`). */
      tolerance?: number;
    }
  ) {
    requireWhole(options.iterations, "iterations", 1, MAX_ITERATIONS);
    requireWhole(options.seed, "seed", -2147483648, 2147483647);
    requireTolerance(options.tolerance);
    const lines = caseLines(c, optionId);
    this.sign = lines.sign;
    this.flows = lines.flows;
    this.horizon = lines.horizon;
    this.variables = caseVariables(c, optionId).map((v) => ({ ...v, clipped: 0 }));
    this.block = Math.min(options.iterations, 10000);
    this.columns = this.variables.map(() => new Float64Array(this.block));
    this.state = xoroshiroState(options.seed);
    this.scratch = new Int32Array(this.block);
    const schedule = discountSchedule(c.appraisal.discount);
    this.baseRates = new Float64Array(this.horizon + 1);
    for (let y = 1; y <= this.horizon; y++) this.baseRates[y] = rateForYear(schedule, y);
    // Each line's present value at the base rates (used when the rate is not drawn).
    this.pv = new Float64Array(this.sign.length);
    this.pv.set(this.linePvs(1));
    this.values = new Float64Array(options.iterations);
    this.driverSums = new Float64Array(this.variables.length);
    this.correlation = caseCorrelationTarget(c, optionId, this.variables);
    // Checked by caseCorrelationTarget: every line here has a range.
    const variableOf = new Map(this.variables.map((v, j) => [v.line, j]));
    this.pairs = (c.correlations ?? [])
      .filter((k) => k.option === optionId)
      .map((row) => ({ row, a: variableOf.get(row.line)!, b: variableOf.get(row.withLine)! }));
    this.achievedSums = new Float64Array(this.pairs.length);
    // The SROI range simulation's seeding of the same stream, so both are set up alike.
    this.setup = new UniformStream((options.seed ^ 0x5bd1e995) | 0);
    this.kept = options.keepDraws
      ? this.variables.map(() => new Float64Array(options.iterations))
      : null;
    this.rule = new ConvergenceRule(options.tolerance, this.block);
  }

  /** Each line's present value with every rate scaled by `scale`. */
  private linePvs(scale: number): Float64Array {
    const h = this.horizon;
    const out = new Float64Array(this.sign.length);
    let df = 1;
    for (let t = 0; t <= h; t++) {
      if (t > 0) {
        const r = this.baseRates[t] * scale;
        df /= 1 + (r < -0.99 ? -0.99 : r);
      }
      for (let k = 0; k < out.length; k++) out[k] += this.flows[k * (h + 1) + t] * df;
    }
    return out;
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.options.iterations || this.rule.converged;
  }

  step(count: number): number {
    const target = this.done + count;
    while (!this.finished && this.done < target) this.runBlock();
    return this.done;
  }

  private runBlock(): void {
    const B = Math.min(this.block, this.options.iterations - this.done);
    const vars = this.variables;
    vars.forEach((v, j) => {
      fillUniforms(this.state, this.columns[j], B, this.options.sampling, this.scratch);
      v.clipped += uniformsToDraws(v.compiled, this.columns[j], B, v.min, v.max);
    });
    // Rank correlation within the block, each line's draws only reordered.
    if (this.correlation) {
      const { correlated, target } = this.correlation;
      imanConover(
        correlated.map((j) => this.columns[j]),
        B,
        target,
        this.setup
      );
      this.pairs.forEach(({ a, b }, p) => {
        this.achievedSums[p] += rankCorrelation(this.columns[a], this.columns[b], B) * B;
      });
    }
    this.kept?.forEach((k, j) => k.set(this.columns[j].subarray(0, B), this.done));
    const lines = this.sign.length;
    const factor = new Float64Array(lines + 1);
    const rateVar = vars.findIndex((v) => v.index === 0);
    for (let i = 0; i < B; i++) {
      factor.fill(1);
      vars.forEach((v, j) => (factor[v.index] = this.columns[j][i] / v.estimate));
      const pv = rateVar >= 0 ? this.linePvs(factor[0]) : this.pv;
      let npv = 0;
      for (let k = 0; k < lines; k++) npv += this.sign[k] * factor[k + 1] * pv[k];
      this.values[this.done + i] = npv;
    }
    const block = this.values.subarray(this.done, this.done + B);
    vars.forEach((_, j) => (this.driverSums[j] += rankCorrelation(this.columns[j], block, B) * B));
    this.done += B;
    this.rule.check(this.values, this.done);
  }

  /** The standard errors of the iterations done, and whether they met the tolerance. */
  convergence(): ConvergenceRecord {
    return convergenceOf(this.values, this.done, this.options.tolerance);
  }

  summary(): CaseRangeSummary {
    const n = this.done;
    const [p5, p50, p95] = percentilesInc(this.values, n, [0.05, 0.5, 0.95]);
    const { mean, standardErrorMean, standardErrorP50, converged } = this.convergence();
    const clipped = this.variables.reduce((s, v) => s + v.clipped, 0);
    return {
      p5,
      p50,
      p95,
      mean,
      standardErrorMean,
      standardErrorP50,
      converged,
      probabilityPositive: shareAbove(this.values, n, 0),
      iterations: n,
      clipped: this.variables.length ? clipped / (this.variables.length * n) : 0,
    };
  }

  /**
   * The draws of each ranged line over the iterations done (after any correlation), for a
   * run made with `keepDraws`.
   */
  draws(): { line: string; values: Float64Array }[] {
    if (!this.kept) throw new Error("The draws were not kept for this run (keepDraws).");
    return this.variables.map((v, j) => ({
      line: v.line,
      values: this.kept![j].subarray(0, this.done),
    }));
  }

  /**
   * Each of the option's correlation rows (in the table's order), with the rank correlation
   * the draws reached: Spearman's per block (Iman–Conover works per block), averaged over
   * the blocks weighted by their iterations, so a run of one block gives exactly the rank
   * correlation over the run.
   */
  correlations(): { line: string; withLine: string; target: number; achieved: number }[] {
    return this.pairs.map(({ row }, p) => ({
      line: row.line,
      withLine: row.withLine,
      target: row.correlation,
      achieved: this.done > 0 ? this.achievedSums[p] / this.done : 0,
    }));
  }

  /** Each ranged line's rank correlation with the NPV, largest in size first. */
  drivers(): { label: string; correlation: number; clipped: number }[] {
    return this.variables
      .map((v, j) => ({
        label: v.label,
        correlation: this.driverSums[j] / this.done,
        clipped: v.clipped / this.done,
      }))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
  }
}

/** A new range for a line: ±20% triangular about its estimate. */
export function defaultCaseRange(c: BusinessCase, optionId: string, line: string): CaseRangeRow {
  const e = lineEstimate(c, optionId, line) ?? { unit: "multiple", estimate: 1, index: 1 };
  const round = (x: number) => Number(x.toPrecision(6));
  return {
    option: optionId,
    line,
    distribution: "triangular",
    low: round(e.estimate * 0.8),
    mode: e.estimate,
    high: round(e.estimate * 1.2),
    sd: null,
  };
}
