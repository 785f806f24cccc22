/**
 * Fair shares of a joint result: the Shapley value of a cooperative game.
 *
 * Source: L. S. Shapley, "A value for n-person games" (1953). Partner i's share is its
 * marginal contribution averaged over every order in which the partners could join:
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)).
 * Coalitions are bit masks, as in the catalogue: entry m of the values is v of the coalition
 * whose members are the set bits of m (`docs/functions.md`, SHAPLEY).
 */
import { finiteResult, invalidArgument } from "./errors";
import { requireFinite, shown } from "./validate";

/** Most partners accepted: 2^12 = 4,096 coalition values, computed exactly. */
export const MAX_PARTNERS = 12;

/** The number of partners n for 2^n coalition values, or an error naming what is allowed. */
export function partnerCount(coalitions: number): number {
  const n = Math.round(Math.log2(Math.max(1, coalitions)));
  if (coalitions < 2 || 2 ** n !== coalitions || n > MAX_PARTNERS) {
    throw invalidArgument(
      `coalition_values must have 2^n entries for n = 1 … ${MAX_PARTNERS} partners (2, 4, 8, …, 4096), one per coalition; got ${coalitions}.`
    );
  }
  return n;
}

/**
 * Each partner's Shapley value. Exact enumeration over the 2^n coalitions: n · 2^(n−1)
 * marginal contributions (24,576 for 12 partners). The shares sum to v(N) − v(∅), with
 * v(∅) required to be 0.
 *
 * @example shapley([0, 100, 50, 200]) → [125, 75]: partners worth 100 and 50 alone and 200
 *   together split the 50 they create jointly equally (the catalogue's example, `docs/functions.md`).
 */
export function shapley(values: readonly number[]): number[] {
  const size = values.length;
  const n = partnerCount(size);
  values.forEach((v, m) => requireFinite(v, `coalition_values (entry ${m + 1})`));
  if (values[0] !== 0) {
    throw invalidArgument(
      `coalition_values' first entry is the empty coalition, whose value must be 0; got ${shown(values[0])}.`
    );
  }
  // weight[s] = s! (n − s − 1)! / n!, built by ratios to stay exact-ish for n ≤ 12.
  const weight = new Float64Array(n);
  weight[0] = 1 / n;
  for (let s = 1; s < n; s++) weight[s] = (weight[s - 1] * s) / (n - s);
  const popcount = new Uint8Array(size);
  for (let m = 1; m < size; m++) popcount[m] = popcount[m >> 1] + (m & 1);

  const shares = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    let sum = 0;
    for (let m = 0; m < size; m++) {
      if (m & bit) continue;
      sum += weight[popcount[m]] * (values[m | bit] - values[m]);
    }
    shares[i] = finiteResult(sum, `Partner ${i + 1}'s share`);
  }
  return shares;
}
