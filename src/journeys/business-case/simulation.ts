/**
 * Monte Carlo for a business case option's NPV, the counterpart of the SROI simulation
 * (`src/model/uncertainty.ts`) for the Green Book's "range of outcomes" (HM Treasury, The
 * Green Book 2022, 5.74–5.80 and Annex A5: sensitivity, switching values and Monte Carlo).
 *
 * Each iteration draws, from one seeded stream in a fixed order:
 *   1. one factor for the discount rate (every band of the schedule scaled together);
 *   2. one factor per savings line (each is a separate estimate: its own evidence, its own
 *      confidence), applied to that line's ramped, confidence-weighted savings;
 *   3. one factor per one-off cost line (with its optimism-bias uplift);
 *   4. one factor each for forums and coordination, for irrecoverable VAT and for loan
 *      repricing (each a single estimate).
 * Every factor is 1 + u·T with T symmetric triangular on [−1, 1] (so a value varies on
 * value × (1 ± u), mode at the value), as the SROI simulation draws. Then
 *
 *   NPV = Σ_t DF_t · (Σ_i k_i·s_i,t − Σ_j k_j·c_j,t − k_h·h_t − k_v·v_t − k_r·r_t)
 *
 * with DF_t = DF_{t−1} / (1 + k_d·r_t), the spec's recurrence on the scaled rates. Timing
 * (years to full savings, the year of a cost) is not varied: the tornado and switching
 * values show the amounts, and this shows their joint range.
 */
import { discountSchedule, rateForYear } from "../../model/discounting";
import { TriangularStream } from "../../model/numerics";
import type { SimulationOptions } from "../../model/uncertainty";
import { CHECK_BLOCK, MAX_ITERATIONS, requireTolerance, summarise } from "../../model/uncertainty";
import {
  advanceChecked,
  ConvergenceRule,
  convergenceOf,
  type ConvergenceRecord,
} from "../../model/convergence";
import { requireShare, requireWhole } from "../../model/validate";
import { oneOffCostFlow, optionFlows, savingsLineFlow } from "./evaluate";
import { caseSeries } from "./prices";
import type { BusinessCase } from "./types";

export interface CaseSimulationSummary {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  /** The share of iterations whose NPV is above 0. */
  readonly probabilityPositive: number;
  readonly iterations: number;
}

/** The lines an option's NPV is built from, each a flow by year 0 … horizon. */
export interface CaseLines {
  /** +1 for a benefit, −1 for a cost. */
  readonly sign: Int8Array;
  /** Line k's flow in year t at flows[k · (horizon + 1) + t]. */
  readonly flows: Float64Array;
  readonly horizon: number;
  readonly labels: readonly string[];
}

/**
 * The option's NPV lines in the draw order: each savings line, each one-off cost line,
 * then forums and coordination, VAT and repricing (as `optionFlows` computes them).
 */
export function caseLines(c: BusinessCase, optionId: string): CaseLines {
  const option = c.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`No option "${optionId}".`);
  const h = c.appraisal.horizon;
  const rows: { sign: 1 | -1; flow: number[]; label: string }[] = [];
  for (const line of option.savings) {
    const flow = savingsLineFlow(line, h, c.appraisal.priceBaseYear, caseSeries(c));
    rows.push({ sign: 1, flow, label: `Saving: ${line.description}` });
  }
  for (const cost of option.oneOffCosts) {
    const flow = oneOffCostFlow(cost, c);
    rows.push({ sign: -1, flow, label: `One-off: ${cost.category}, year ${cost.year}` });
  }
  const f = optionFlows(c, option);
  rows.push(
    { sign: -1, flow: f.hidden, label: "Forums and coordination" },
    { sign: -1, flow: f.vat, label: "VAT" },
    { sign: -1, flow: f.repricing, label: "Loan repricing" }
  );
  const flows = new Float64Array(rows.length * (h + 1));
  rows.forEach((r, k) => flows.set(r.flow, k * (h + 1)));
  return {
    sign: Int8Array.from(rows.map((r) => r.sign)),
    flows,
    horizon: h,
    labels: rows.map((r) => r.label),
  };
}

/**
 * A Monte Carlo run over one option's NPV that can be advanced in steps (the pane's worker
 * reports progress and can stop between steps), as `SroiSimulation` is for the ratio.
 *
 * @example with uncertainty 0 every iteration gives the option's NPV: P5 = P50 = P95 = NPV
 */
export class CaseSimulation {
  readonly values: Float64Array;
  private done = 0;
  private readonly draws: TriangularStream;
  /** One iteration's draws: the discount rate, then one per line. */
  private readonly buffer: Float64Array;
  private readonly baseRates: Float64Array;
  private readonly factors: Float64Array;
  private readonly lines: CaseLines;
  private readonly rule: ConvergenceRule;

  constructor(
    c: BusinessCase,
    optionId: string,
    private readonly options: SimulationOptions
  ) {
    requireShare(options.uncertainty, "uncertainty");
    requireWhole(options.iterations, "iterations", 1, MAX_ITERATIONS);
    requireWhole(options.seed, "seed", -2147483648, 2147483647);
    requireTolerance(options.tolerance);
    this.rule = new ConvergenceRule(options.tolerance, CHECK_BLOCK);
    this.lines = caseLines(c, optionId);
    const schedule = discountSchedule(c.appraisal.discount);
    const h = this.lines.horizon;
    this.baseRates = new Float64Array(h + 1);
    for (let y = 1; y <= h; y++) this.baseRates[y] = rateForYear(schedule, y);
    this.factors = new Float64Array(h + 1);
    this.values = new Float64Array(options.iterations);
    this.draws = new TriangularStream(options.seed);
    this.buffer = new Float64Array(1 + this.lines.sign.length);
  }

  get completed(): number {
    return this.done;
  }

  get finished(): boolean {
    return this.done >= this.options.iterations || this.rule.converged;
  }

  /**
   * Runs up to `count` more iterations (fewer if the run converges: `convergence.ts`);
   * returns how many have been done in all.
   */
  step(count: number): number {
    const end = Math.min(this.options.iterations, this.done + count);
    this.done = advanceChecked(this.rule, this.values, this.done, end, (from, to) =>
      this.iterate(from, to)
    );
    return this.done;
  }

  /** Iterations from..end−1. */
  private iterate(from: number, end: number): void {
    const { draws, buffer, factors, baseRates, lines } = this;
    const u = this.options.uncertainty;
    const h = lines.horizon;
    const width = h + 1;
    for (let i = from; i < end; i++) {
      draws.fill(buffer);
      const rateFactor = 1 + u * buffer[0];
      factors[0] = 1;
      for (let y = 1; y <= h; y++) {
        const r = baseRates[y] * rateFactor;
        factors[y] = factors[y - 1] / (1 + (r < -0.99 ? -0.99 : r));
      }
      let npv = 0;
      for (let k = 0; k < lines.sign.length; k++) {
        let pv = 0;
        const at = k * width;
        for (let t = 0; t <= h; t++) pv += lines.flows[at + t] * factors[t];
        npv += lines.sign[k] * (1 + u * buffer[k + 1]) * pv;
      }
      this.values[i] = npv;
    }
  }

  /** The standard errors of the iterations done, and whether they met the tolerance. */
  convergence(): ConvergenceRecord {
    return convergenceOf(this.values, this.done, this.options.tolerance);
  }

  /** Percentiles (as Excel's PERCENTILE.INC) and P(NPV > 0) of the iterations done. */
  summary(): CaseSimulationSummary {
    const { above, ...rest } = summarise(this.values, this.done, 0);
    return { ...rest, probabilityPositive: above };
  }
}

/** Runs a case simulation to the end and summarises it. */
export function caseSimulate(
  c: BusinessCase,
  optionId: string,
  options: SimulationOptions
): CaseSimulationSummary {
  const run = new CaseSimulation(c, optionId, options);
  run.step(options.iterations);
  return run.summary();
}
