/**
 * Whether a cost game's core is empty, decided exactly.
 *
 * Bondareva–Shapley theorem (O. N. Bondareva, "Some applications of linear programming
 * methods to the theory of cooperative games", 1963; L. S. Shapley, "On balanced sets and
 * cores", 1967): a cost game c has a non-empty core (a split of c(N) that no group S pays
 * more than c(S) under) if and only if every balanced collection costs at least c(N):
 *   min { Σ_S λ_S c(S) : λ ≥ 0, Σ_{S ∋ i} λ_S = 1 for every member i } = c(N).
 * The λ are weights on groups that together cover every member exactly once; the minimum is
 * a small linear programme. For n ≤ 8 it has n equations and 2^n − 1 ≤ 255 weights, so the
 * simplex method in exact rational arithmetic (`rational.ts`) solves it in well under a
 * second. It pivots on the most negative reduced cost (Dantzig's rule) and, after a
 * run of degenerate pivots, switches for good to Bland's smallest-index rule (R. G. Bland,
 * "New finite pivoting rules for the simplex method", 1977), so it cannot cycle.
 * Exact arithmetic matters here: a core that is a single point (as in the glove game) sits
 * exactly on the boundary, where a floating-point solver's tolerance would decide the
 * answer. No LP library is needed: the one-member groups {i} start as a feasible basis (the
 * identity), so there is no phase one.
 *
 * Both answers come with a proof the caller can check: the minimising balanced collection
 * (when it costs less than c(N), whatever the split some group in it pays more than on its
 * own) and the simplex multipliers y, an allocation with Σ_{i ∈ S} y_i ≤ c(S) for every S
 * and Σ y_i = the minimum (a point of the core when the minimum is c(N)).
 */
import { invalidArgument, numericFailure } from "./errors";
import {
  add,
  compare,
  div,
  mul,
  rational,
  rationalFromNumber,
  rationalToNumber,
  rationalText,
  sign,
  sub,
  ZERO,
  type Rational,
} from "./rational";

/** One group of a balanced collection and its weight λ_S > 0. */
export interface BalancedWeight {
  /** The group as a bit mask of members. */
  readonly coalition: number;
  readonly weight: number;
  /** The exact weight, e.g. "1/2". */
  readonly weightText: string;
}

/** The cheapest balanced collection of a cost game and its multipliers. */
export interface MinimumBalancedCost {
  /** min Σ λ_S c(S) over balanced collections, exactly. */
  readonly exact: Rational;
  /** The same, as a number. */
  readonly value: number;
  /** c(N) − the minimum, exactly: 0 when the core is not empty, more when it is. */
  readonly gapExact: Rational;
  /** The groups with λ_S > 0 in the minimising collection, smallest mask first. */
  readonly collection: readonly BalancedWeight[];
  /** The simplex multipliers: Σ_{i ∈ S} y_i ≤ c(S) for every S, Σ y_i = the minimum. */
  readonly multipliers: readonly number[];
}

/** Degenerate pivots in a row after which Bland's rule replaces Dantzig's. */
const DEGENERATE_RUN = 50;

/** A guard, never reached: Bland's rule ends after finitely many pivots. */
const MAX_PIVOTS = 100000;

/**
 * The cheapest balanced collection of a cost game given as 2^n bit-mask-indexed costs
 * (entry 0, the empty group, is ignored), by the simplex method on
 *   min Σ_S λ_S c(S) s.t. Σ_{S ∋ i} λ_S = 1 (i = 1 … n), λ ≥ 0.
 *
 * @example minimumBalancedCost([0, 0, 0, -1, 0, -1, -1, -1]).value = -1.5: the three-player
 *   majority game as a cost game (c = −v) is covered by the three pairs at weight 1/2 each
 *   for −1.5, less than c(N) = −1, so its core is empty.
 * @throws `#VALUE!` if the number of costs is not 2^n for n = 1 … 8 or a cost is not finite.
 */
export function minimumBalancedCost(costs: readonly number[]): MinimumBalancedCost {
  const size = costs.length;
  const n = Math.round(Math.log2(Math.max(1, size)));
  if (size < 2 || 2 ** n !== size || n > 8) {
    throw invalidArgument(
      `The coalition table must have 2^n entries for n = 1 … 8 partners; got ${size}.`
    );
  }
  // Costs as whole numbers: every double is a multiple of 1/2^k, so scaling by the largest
  // denominator D (a power of two) makes them integers. The tableau B⁻¹A holds only small
  // fractions (A is 0/1), so the arithmetic stays small; results are divided by D at the end.
  const exactCosts = costs.map((c, m) => (m === 0 ? ZERO : rationalFromNumber(c)));
  const scale = exactCosts.reduce((d, q) => (q.d > d ? q.d : d), 1n);
  const cost = exactCosts.map((q) => rational((q.n * scale) / q.d));
  // Tableau B⁻¹A (n rows × 2^n columns; column 0 unused), right-hand side B⁻¹·1, basis.
  const one = rational(1n);
  const rows: Rational[][] = Array.from({ length: n }, (_, r) =>
    Array.from({ length: size }, (_, m) => (m & (1 << r) ? one : ZERO))
  );
  const rhs: Rational[] = Array.from({ length: n }, () => one);
  const basis: number[] = Array.from({ length: n }, (_, r) => 1 << r);

  // Simplex multipliers y = c_B B⁻¹; column {i} of A is the unit vector e_i, so column {i}
  // of the tableau is B⁻¹e_i and y_i = Σ_r c_B[r] · T[r][{i}].
  const multipliersNow = (): Rational[] =>
    Array.from({ length: n }, (_, i) => {
      let y = ZERO;
      for (let r = 0; r < n; r++) {
        const t = rows[r][1 << i];
        if (sign(t) !== 0) y = add(y, mul(cost[basis[r]], t));
      }
      return y;
    });
  // Reduced cost of column S: c(S) − Σ_{i ∈ S} y_i.
  const reducedCost = (m: number, y: readonly Rational[]): Rational => {
    let d = cost[m];
    for (let i = 0; i < n; i++) if (m & (1 << i)) d = sub(d, y[i]);
    return d;
  };

  let y = multipliersNow();
  let bland = false;
  let degenerate = 0;
  for (let pivots = 0; ; pivots++) {
    if (pivots > MAX_PIVOTS) throw numericFailure("The core check did not finish.");
    // Dantzig's rule (the most negative reduced cost) takes few pivots; after a run of
    // degenerate pivots, which is where cycling can happen, Bland's rule takes over for good.
    let entering = 0;
    let steepest = ZERO;
    for (let m = 1; m < size; m++) {
      if (basis.includes(m)) continue;
      const d = reducedCost(m, y);
      if (sign(d) >= 0) continue;
      if (bland) {
        entering = m;
        break;
      }
      if (entering === 0 || compare(d, steepest) < 0) {
        entering = m;
        steepest = d;
      }
    }
    if (entering === 0) break;
    let leaving = -1;
    let bestRatio = ZERO;
    for (let r = 0; r < n; r++) {
      if (sign(rows[r][entering]) <= 0) continue;
      const ratio = div(rhs[r], rows[r][entering]);
      const order = leaving < 0 ? -1 : compare(ratio, bestRatio);
      if (order < 0 || (order === 0 && basis[r] < basis[leaving])) {
        leaving = r;
        bestRatio = ratio;
      }
    }
    // The weights are bounded (each λ_S ≤ 1), so some row always limits the step.
    if (leaving < 0) throw numericFailure("The core check found an unbounded programme.");
    degenerate = sign(bestRatio) === 0 ? degenerate + 1 : 0;
    if (degenerate > DEGENERATE_RUN) bland = true;
    const pivot = rows[leaving][entering];
    rows[leaving] = rows[leaving].map((a) => (sign(a) === 0 ? a : div(a, pivot)));
    rhs[leaving] = div(rhs[leaving], pivot);
    for (let r = 0; r < n; r++) {
      if (r === leaving) continue;
      const factor = rows[r][entering];
      if (sign(factor) === 0) continue;
      const source = rows[leaving];
      rows[r] = rows[r].map((a, m) => (sign(source[m]) === 0 ? a : sub(a, mul(factor, source[m]))));
      rhs[r] = sub(rhs[r], mul(factor, rhs[leaving]));
    }
    basis[leaving] = entering;
    y = multipliersNow();
  }

  const unscale = (q: Rational) => div(q, rational(scale));
  let scaled = ZERO;
  for (let r = 0; r < n; r++) scaled = add(scaled, mul(cost[basis[r]], rhs[r]));
  const exact = unscale(scaled);
  const collection = basis
    .map((coalition, r) => ({ coalition, weight: rhs[r] }))
    .filter((b) => sign(b.weight) > 0)
    .sort((a, b) => a.coalition - b.coalition)
    .map((b) => ({
      coalition: b.coalition,
      weight: rationalToNumber(b.weight),
      weightText: rationalText(b.weight),
    }));
  const multipliers = y.map((q) => rationalToNumber(unscale(q)));
  return {
    exact,
    value: rationalToNumber(exact),
    gapExact: sub(exactCosts[size - 1], exact),
    collection,
    multipliers,
  };
}
