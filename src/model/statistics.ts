/**
 * Summary statistics of simulated results without a full sort: a sort of 1,000,000
 * doubles holds the thread for 100–350 ms, while selecting the handful of order
 * statistics a summary needs takes a few linear passes.
 */
import { finiteResult, numericFailure } from "./errors";

/**
 * Rearranges `a[lo..hi]` so that `a[k]` is the value a sort would put there, everything
 * before it ≤ it and everything after ≥ it (Hoare's FIND, Communications of the ACM 4(7),
 * 1961, with a median-of-three pivot; expected linear time).
 */
function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three, moved to a[mid].
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Puts the order statistics at `ranks[rlo..rhi]` (sorted, distinct) in place within
 * `a[lo..hi]`: the middle rank first, then each side within its own part, so later
 * selections search ever smaller ranges. A rank at the start of its range is the range's
 * minimum: one scan.
 */
function selectRanks(
  a: Float64Array,
  ranks: readonly number[],
  rlo: number,
  rhi: number,
  lo: number,
  hi: number
): void {
  if (rlo > rhi) return;
  const m = (rlo + rhi) >>> 1;
  const k = ranks[m];
  if (k === lo) {
    let best = lo;
    for (let i = lo + 1; i <= hi; i++) if (a[i] < a[best]) best = i;
    swap(a, lo, best);
  } else {
    selectInPlace(a, k, lo, hi);
  }
  selectRanks(a, ranks, rlo, m - 1, lo, k - 1);
  selectRanks(a, ranks, m + 1, rhi, k + 1, hi);
}

/**
 * The order statistics of `values` at the given 0-based ranks (each in [0, n)), as a sort
 * would give them, found by selection: `values` is reordered in place.
 *
 * @example orderStatistics(Float64Array.of(5, 1, 4, 2, 3), [0, 2, 4]) → [1, 3, 5]
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  const distinct = [...new Set(ranks)].sort((x, y) => x - y);
  selectRanks(values, distinct, 0, distinct.length - 1, 0, values.length - 1);
  return ranks.map((r) => values[r]);
}

/**
 * Percentiles as Excel's PERCENTILE.INC (rank p·(n − 1), interpolated between the two
 * order statistics around it) of the first `count` values, without sorting them all.
 * `values` is left untouched.
 *
 * @example percentilesInc(Float64Array.of(4, 1, 3, 2), 4, [0.5]) → [2.5], as PERCENTILE.INC({1,2,3,4}, 0.5)
 */
export function percentilesInc(
  values: Float64Array,
  count: number,
  ps: readonly number[]
): number[] {
  if (count === 0) throw numericFailure("No values.");
  const copy = values.slice(0, count);
  const ranks: number[] = [];
  for (const p of ps) {
    const rank = p * (count - 1);
    const lo = Math.floor(rank);
    ranks.push(lo, Math.min(count - 1, lo + 1));
  }
  const stats = orderStatistics(copy, ranks);
  return ps.map((p, i) => {
    const rank = p * (count - 1);
    const a = stats[2 * i];
    const b = stats[2 * i + 1];
    return a + (b - a) * (rank - Math.floor(rank));
  });
}

/** The share of the first `count` values strictly above `threshold`. */
export function shareAbove(values: Float64Array, count: number, threshold: number): number {
  let above = 0;
  for (let i = 0; i < count; i++) if (values[i] > threshold) above++;
  return above / count;
}

/**
 * Mean and the standard error of the mean, s/√n with s the sample standard deviation
 * (n − 1 in the denominator), by Welford's one-pass update (Knuth TAOCP vol. 2, 4.2.2).
 *
 * @example meanAndError(Float64Array.of(1, 2, 3, 4), 4) → { mean: 2.5, error: 0.6455 }
 */
export function meanAndError(
  values: Float64Array,
  count: number
): { mean: number; sd: number; error: number } {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < count; i++) {
    const d = values[i] - mean;
    mean += d / (i + 1);
    m2 += d * (values[i] - mean);
  }
  const sd = count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
  return {
    mean: finiteResult(mean, "The mean"),
    sd: finiteResult(sd, "The standard deviation"),
    error: count > 0 ? sd / Math.sqrt(count) : 0,
  };
}

/**
 * The standard error of the median, from the distribution-free confidence interval
 * between the order statistics n/2 ∓ z·√n/2 (the binomial interval for a quantile:
 * Conover, "Practical Nonparametric Statistics", 3rd ed., 1999, §3.2), divided by 2z with
 * z = 1.96. For a normal sample this tends to 1.2533·σ/√n, the median's asymptotic SE.
 * Needs the values sorted around the median or takes them by selection (`values` is
 * reordered in place).
 *
 * @example for 10,000 standard normal draws, ≈ 1.2533 / 100 = 0.0125
 */
export function medianError(values: Float64Array, count: number): number {
  if (count < 3) return Infinity;
  const z = 1.959963984540054;
  const half = (z * Math.sqrt(count)) / 2;
  const lo = Math.max(0, Math.floor((count - 1) / 2 - half));
  const hi = Math.min(count - 1, Math.ceil((count - 1) / 2 + half));
  const [a, b] = orderStatistics(count === values.length ? values : values.subarray(0, count), [
    lo,
    hi,
  ]);
  return (b - a) / (2 * z);
}
