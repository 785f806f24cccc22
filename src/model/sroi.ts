/**
 * Social return on investment.
 *
 * Source: Nicholls, Lawlor, Neitzert and Goodspeed, "A guide to Social Return on
 * Investment" (Cabinet Office / SROI Network, 2012), stages 4–5: impact = quantity ×
 * financial proxy, less deadweight, displacement and attribution; drop-off in each later
 * year; present value at the chosen rate (the guide uses 3.5%, the Green Book rate); the
 * ratio is the present value of impact over the value of inputs.
 *
 * Outcomes are held column-wise in typed arrays ({@link OutcomeTable}) so that the same
 * code serves one value map, 10,000 outcomes, and every iteration of a simulation.
 */
import { discountFactors, type DiscountSchedule } from "./discounting";
import { divisionByZero, finiteResult, invalidArgument, notAvailable } from "./errors";
import {
  requireFinite,
  requireNonNegative,
  requireShare,
  requireWhole,
  requireWithin,
} from "./validate";

/** One row of a value map. Shares are decimals (0.2 = 20%). */
export interface Outcome {
  readonly quantity: number;
  readonly proxy: number;
  /** Years of impact; a fractional duration pro-rates its last year. */
  readonly duration: number;
  readonly deadweight?: number;
  readonly displacement?: number;
  readonly attribution?: number;
  readonly dropOff?: number;
  /** Year of the first year of impact; 1 = the year after the investment (the default). */
  readonly start?: number;
}

/** The adjustments a user can vary uniformly across outcomes. */
export const SHARE_FIELDS = ["deadweight", "displacement", "attribution", "dropOff"] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

/** Outcomes column-wise. */
export interface OutcomeTable {
  readonly n: number;
  readonly quantity: Float64Array;
  readonly proxy: Float64Array;
  readonly duration: Float64Array;
  readonly deadweight: Float64Array;
  readonly displacement: Float64Array;
  readonly attribution: Float64Array;
  readonly dropOff: Float64Array;
  readonly start: Float64Array;
}

/** Longest duration and latest start accepted, in years. */
export const MAX_DURATION = 200;
export const MAX_START = 200;

/** An SROI analysis: what the functions take and what the task pane builds. */
export interface SroiAnalysis {
  readonly outcomes: OutcomeTable;
  /** One value taken as is, or yearly inputs with the first in year 0. */
  readonly inputs: number | readonly number[];
  readonly discount: DiscountSchedule;
}

const label = (field: string, i: number, n: number): string =>
  n > 1 ? `${field} (outcome ${i + 1})` : field;

/** Outcome columns as plain arrays (a value map's columns); shares default to 0, start to 1. */
export interface OutcomeColumns {
  readonly quantity: ArrayLike<number>;
  readonly proxy: ArrayLike<number>;
  readonly duration: ArrayLike<number>;
  readonly deadweight?: ArrayLike<number>;
  readonly displacement?: ArrayLike<number>;
  readonly attribution?: ArrayLike<number>;
  readonly dropOff?: ArrayLike<number>;
  readonly start?: ArrayLike<number>;
}

/**
 * Validates outcome columns and copies them into an {@link OutcomeTable}. The common case
 * (a value in range) is checked inline; only a bad value goes to the validator that builds
 * the message.
 */
export function outcomeTableFromColumns(c: OutcomeColumns): OutcomeTable {
  const n = c.quantity.length;
  const col = () => new Float64Array(n);
  const t = {
    n,
    quantity: col(),
    proxy: col(),
    duration: col(),
    deadweight: col(),
    displacement: col(),
    attribution: col(),
    dropOff: col(),
    start: col(),
  };
  const share = (x: number | undefined, field: string, i: number) => {
    const v = x ?? 0;
    return v >= 0 && v <= 1 ? v : requireShare(v, label(field, i, n));
  };
  for (let i = 0; i < n; i++) {
    const q = c.quantity[i];
    t.quantity[i] = q >= 0 && q < Infinity ? q : requireNonNegative(q, label("quantity", i, n));
    const p = c.proxy[i];
    t.proxy[i] = Number.isFinite(p) ? p : requireFinite(p, label("proxy", i, n));
    const d = c.duration[i];
    t.duration[i] =
      d >= 0 && d <= MAX_DURATION
        ? d
        : requireWithin(d, label("duration", i, n), 0, MAX_DURATION, "a number of years");
    t.deadweight[i] = share(c.deadweight?.[i], "deadweight", i);
    t.displacement[i] = share(c.displacement?.[i], "displacement", i);
    t.attribution[i] = share(c.attribution?.[i], "attribution", i);
    t.dropOff[i] = share(c.dropOff?.[i], "drop_off", i);
    const s = c.start?.[i] ?? 1;
    t.start[i] =
      Number.isInteger(s) && s >= 0 && s <= MAX_START
        ? s
        : requireWhole(s, label("start", i, n), 0, MAX_START);
  }
  return t;
}

/** Validates outcomes (one object per row, as the task pane holds them) and lays them out column-wise. */
export function outcomeTable(outcomes: readonly Outcome[]): OutcomeTable {
  const pick = (f: (o: Outcome) => number | undefined, fallback: number) =>
    outcomes.map((o) => f(o) ?? fallback);
  return outcomeTableFromColumns({
    quantity: pick((o) => o.quantity, NaN),
    proxy: pick((o) => o.proxy, NaN),
    duration: pick((o) => o.duration, NaN),
    deadweight: pick((o) => o.deadweight, 0),
    displacement: pick((o) => o.displacement, 0),
    attribution: pick((o) => o.attribution, 0),
    dropOff: pick((o) => o.dropOff, 0),
    start: pick((o) => o.start, 1),
  });
}

/** A copy of a table whose columns can be changed (sensitivity, simulation). */
export function cloneTable(t: OutcomeTable): OutcomeTable {
  return {
    n: t.n,
    quantity: t.quantity.slice(),
    proxy: t.proxy.slice(),
    duration: t.duration.slice(),
    deadweight: t.deadweight.slice(),
    displacement: t.displacement.slice(),
    attribution: t.attribution.slice(),
    dropOff: t.dropOff.slice(),
    start: t.start.slice(),
  };
}

/**
 * Year-1 impact of outcome o: I_o = quantity · proxy · (1 − deadweight) · (1 − displacement)
 * · (1 − attribution).
 */
export function yearOneImpact(t: OutcomeTable, o: number): number {
  return (
    t.quantity[o] *
    t.proxy[o] *
    (1 - t.deadweight[o]) *
    (1 - t.displacement[o]) *
    (1 - t.attribution[o])
  );
}

/**
 * Total year-1 impact Σ_o I_o.
 *
 * @example 10 people × £1,000, deadweight 20%, attribution 25% → 10 × 1000 × 0.8 × 0.75 = 6,000
 */
export function impact(t: OutcomeTable): number {
  let sum = 0;
  for (let o = 0; o < t.n; o++) sum += yearOneImpact(t, o);
  return finiteResult(sum, "The impact");
}

/** The last year in which any outcome has impact (0 when there is none). */
export function lastImpactYear(t: OutcomeTable): number {
  let last = 0;
  for (let o = 0; o < t.n; o++) {
    const years = Math.ceil(t.duration[o]);
    if (years > 0) last = Math.max(last, t.start[o] + years - 1);
  }
  return last;
}

/**
 * Impact of outcome o in its k-th year (k = 0 … ⌈duration⌉ − 1): I_o · (1 − drop_off)^k, the
 * last year pro-rated by the fractional part of the duration.
 */
function yearWeight(duration: number, k: number): number {
  const whole = Math.floor(duration);
  return k < whole ? 1 : duration - whole;
}

/**
 * Undiscounted impact by year: rows are outcomes, columns years `firstYear` … lastImpactYear
 * (the value map's "year 1 … year n" table).
 */
export function impactSchedule(t: OutcomeTable, firstYear = 1): number[][] {
  const last = lastImpactYear(t);
  const rows: number[][] = [];
  for (let o = 0; o < t.n; o++) {
    const row = new Array<number>(Math.max(0, last - firstYear + 1)).fill(0);
    const base = yearOneImpact(t, o);
    const years = Math.ceil(t.duration[o]);
    let carried = 1;
    for (let k = 0; k < years; k++) {
      const y = t.start[o] + k;
      if (y >= firstYear) row[y - firstYear] = base * carried * yearWeight(t.duration[o], k);
      carried *= 1 - t.dropOff[o];
    }
    rows.push(row.map((v) => finiteResult(v, "The impact")));
  }
  return rows;
}

/**
 * Present value of impact by year, summed over outcomes: pvByYear[y] for y = 0 … last year.
 * `factors` must hold DF(0 … last year).
 */
export function pvByYear(t: OutcomeTable, factors: Float64Array): Float64Array {
  const byYear = new Float64Array(lastImpactYear(t) + 1);
  for (let o = 0; o < t.n; o++) {
    const base = yearOneImpact(t, o);
    const d = t.duration[o];
    const years = Math.ceil(d);
    const keep = 1 - t.dropOff[o];
    const s = t.start[o];
    let carried = base;
    for (let k = 0; k < years; k++) {
      byYear[s + k] += carried * yearWeight(d, k) * factors[s + k];
      carried *= keep;
    }
  }
  return byYear;
}

/**
 * The hot path: Σ_o Σ_k I_o · (1 − drop_off_o)^k · w_k · DF(start_o + k), with `factors`
 * holding DF(0 … last year). The same sum as {@link pvByYear} totalled, kept separate
 * because summing per outcome without a by-year array is twice as fast (npm run bench).
 */
export function presentValueWith(t: OutcomeTable, factors: Float64Array): number {
  let total = 0;
  const { n, duration, dropOff, start } = t;
  for (let o = 0; o < n; o++) {
    const d = duration[o];
    if (d <= 0) continue;
    const whole = Math.floor(d);
    const keep = 1 - dropOff[o];
    let carried = yearOneImpact(t, o);
    let index = start[o];
    let sum = 0;
    for (let k = 0; k < whole; k++) {
      sum += carried * factors[index++];
      carried *= keep;
    }
    if (d > whole) sum += carried * (d - whole) * factors[index];
    total += sum;
  }
  return total;
}

/**
 * Present value of all impact (SROI_PV).
 *
 * @example one outcome: 10 × £1,000 for 2 years from year 1, drop-off 10%, 3.5% flat →
 * 10,000 / 1.035 + 9,000 / 1.035² = 18,063.43
 */
export function sroiPv(t: OutcomeTable, schedule: DiscountSchedule): number {
  return finiteResult(
    presentValueWith(t, discountFactors(lastImpactYear(t), schedule)),
    "The present value"
  );
}

/**
 * Value of inputs: a single value as is, or the present value of yearly inputs from year 0
 * at the analysis's rate. Inputs may not be negative.
 */
export function inputsValue(
  inputs: number | readonly number[],
  schedule: DiscountSchedule
): number {
  if (typeof inputs === "number") return requireNonNegative(inputs, "inputs");
  if (inputs.length > 1000) throw invalidArgument("inputs may cover at most 1000 years.");
  const df = discountFactors(inputs.length, schedule);
  let sum = 0;
  inputs.forEach((v, k) => {
    sum += requireNonNegative(v, inputs.length > 1 ? `inputs (year ${k})` : "inputs") * df[k];
  });
  return finiteResult(sum, "The value of inputs");
}

/**
 * The SROI ratio: PV of impact / value of inputs; `#DIV/0!` when the inputs are worth 0.
 *
 * @example £18,063.43 of impact on £10,000 of inputs → 1.8063
 */
export function sroiRatio(a: SroiAnalysis): number {
  const value = inputsValue(a.inputs, a.discount);
  if (value === 0) throw divisionByZero("The value of inputs is 0, so the ratio is undefined.");
  return finiteResult(sroiPv(a.outcomes, a.discount) / value, "The SROI ratio");
}

/** Net present value: PV of impact − value of inputs. */
export function sroiNpv(a: SroiAnalysis): number {
  return finiteResult(
    sroiPv(a.outcomes, a.discount) - inputsValue(a.inputs, a.discount),
    "The SROI NPV"
  );
}

/**
 * Payback in months: when the cumulative present value of impact equals the value of
 * inputs. Year y's impact (y ≥ 1) is spread evenly over months 12(y − 1) … 12y; impact in
 * year 0 counts at once. `#N/A` if the impact never covers the inputs.
 *
 * @example inputs 10,000; PV of impact 6,000 in year 1 and 6,000 in year 2 → 12 + 12 × 4/6 = 20 months
 */
export function sroiPayback(a: SroiAnalysis): number {
  const target = inputsValue(a.inputs, a.discount);
  if (target <= 0) return 0;
  const byYear = pvByYear(a.outcomes, discountFactors(lastImpactYear(a.outcomes), a.discount));
  let cumulative = byYear[0] ?? 0;
  if (cumulative >= target) return 0;
  for (let y = 1; y < byYear.length; y++) {
    if (byYear[y] > 0 && cumulative + byYear[y] >= target) {
      return finiteResult(12 * (y - 1) + (12 * (target - cumulative)) / byYear[y], "The payback");
    }
    cumulative += byYear[y];
  }
  throw notAvailable(
    "Never pays back: the present value of all impact is less than the value of inputs."
  );
}
