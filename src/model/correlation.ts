/**
 * Rank correlation between inputs by the Iman–Conover method (Iman and Conover, "A
 * distribution-free approach to inducing rank correlation among input variables",
 * Communications in Statistics B 11(3), 1982): the draws of each input are only
 * reordered, so every marginal distribution stays exactly as drawn, while their ranks take
 * on (close to) the correlation asked for.
 */
import { invalidArgument } from "./errors";
import { normalQuantile } from "./distributions";
import { UniformStream } from "./random";

/** A k × k matrix, row-major. */
export interface Matrix {
  readonly k: number;
  readonly values: Float64Array;
}

/**
 * The lower-triangular L with L·Lᵀ = m (Cholesky–Banachiewicz), or the first row at which
 * m is not positive semi-definite. A pivot within 1e-10 of 0 is taken as 0 (a semi-definite
 * matrix, such as a correlation of exactly 1, still factors).
 */
export function cholesky(m: Matrix): { lower: Matrix } | { failsAt: number } {
  const { k, values: a } = m;
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j];
      for (let p = 0; p < j; p++) sum -= l[i * k + p] * l[j * k + p];
      if (i === j) {
        if (sum < -1e-10) return { failsAt: i };
        l[i * k + i] = sum > 1e-10 ? Math.sqrt(sum) : 0;
      } else {
        const d = l[j * k + j];
        l[i * k + j] = d > 0 ? sum / d : 0;
      }
    }
  }
  return { lower: { k, values: l } };
}

/**
 * A correlation matrix over k inputs from pairs (i, j, ρ): 1 on the diagonal, ρ at (i, j)
 * and (j, i), 0 elsewhere. `#VALUE!` if ρ is outside [−1, 1], a pair names one input
 * twice, or a pair is given twice with different values, or if the matrix is not positive
 * semi-definite (no set of inputs can have those correlations together).
 *
 * @example correlationMatrix(2, [[0, 1, 0.5]]) → [[1, 0.5], [0.5, 1]]
 */
export function correlationMatrix(
  k: number,
  pairs: readonly (readonly [number, number, number])[],
  describe: (i: number) => string = (i) => `input ${i + 1}`
): Matrix {
  const values = new Float64Array(k * k);
  const set = new Uint8Array(k * k);
  for (let i = 0; i < k; i++) values[i * k + i] = 1;
  for (const [i, j, rho] of pairs) {
    if (!(rho >= -1 && rho <= 1)) {
      throw invalidArgument(
        `correlations: the rank correlation of ${describe(i)} and ${describe(j)} must be between -1 and 1; got ${rho}.`
      );
    }
    if (i === j) throw invalidArgument(`correlations: ${describe(i)} is paired with itself.`);
    if (set[i * k + j] && values[i * k + j] !== rho) {
      throw invalidArgument(
        `correlations: ${describe(i)} and ${describe(j)} are given two different correlations.`
      );
    }
    values[i * k + j] = values[j * k + i] = rho;
    set[i * k + j] = set[j * k + i] = 1;
  }
  const m = { k, values };
  const c = cholesky(m);
  if ("failsAt" in c) {
    throw invalidArgument(
      `correlations: these correlations cannot hold together (the matrix is not positive semi-definite; the first inconsistency involves ${describe(c.failsAt)}). Weaken the correlations of ${describe(c.failsAt)} with the others.`
    );
  }
  return m;
}

/**
 * Which of `pairs` (i, j, ρ over k inputs, each ρ in [−1, 1]) to point to when together they
 * cannot hold: the matrix's first leading block that is not positive semi-definite ends at
 * some input p (Cholesky's failing row), and the pairs blamed are those between p and an
 * input before it (weakening one of them is what can repair that block). Empty when the
 * matrix is positive semi-definite. Inputs are taken in the order 0..k−1.
 *
 * @example k = 3, (0,1,0.9), (1,2,0.9), (0,2,−0.9) → [1, 2] (the pairs with input 2)
 */
export function inconsistentPairs(
  k: number,
  pairs: readonly (readonly [number, number, number])[]
): number[] {
  const values = new Float64Array(k * k);
  for (let i = 0; i < k; i++) values[i * k + i] = 1;
  for (const [i, j, rho] of pairs) values[i * k + j] = values[j * k + i] = rho;
  const c = cholesky({ k, values });
  if (!("failsAt" in c)) return [];
  const p = c.failsAt;
  return pairs.flatMap(([i, j], at) => ((i === p && j < p) || (j === p && i < p) ? [at] : []));
}

/** Pearson correlation matrix of k columns of length n. */
function sampleCorrelation(columns: readonly Float64Array[], n: number): Matrix {
  const k = columns.length;
  const means = columns.map((c) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += c[i];
    return s / n;
  });
  const values = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let s = 0;
      const x = columns[a];
      const y = columns[b];
      const mx = means[a];
      const my = means[b];
      for (let i = 0; i < n; i++) s += (x[i] - mx) * (y[i] - my);
      values[a * k + b] = values[b * k + a] = s;
    }
  }
  const sd = Array.from({ length: k }, (_, a) => Math.sqrt(values[a * k + a]));
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) values[a * k + b] /= sd[a] * sd[b] || 1;
  return { k, values };
}

/** Indices 0..n−1 ordered by `values` (ascending; ties by index, so the order is fixed). */
export function argsort(values: Float64Array, n: number): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  idx.sort((a, b) => values[a] - values[b] || a - b);
  return idx;
}

/**
 * Reorders each of `columns` (k draws of n iterations) in place so their rank correlation
 * approaches `target`, keeping each column's values (its marginal) exactly.
 *
 * 1. Scores: van der Waerden scores Φ⁻¹(i/(n + 1)), i = 1..n, in a random order per
 *    column (from `random`), forming an n × k matrix S.
 * 2. With E the sample correlation of S and C = P·Pᵀ, E = Q·Qᵀ (Cholesky), the scores
 *    S·(P·Q⁻¹)ᵀ have correlation C exactly.
 * 3. Each column of draws is sorted and laid out in the rank order of its transformed
 *    scores.
 */
export function imanConover(
  columns: Float64Array[],
  n: number,
  target: Matrix,
  random: UniformStream
): void {
  const k = columns.length;
  if (k < 2 || n < 3) return;
  const base = new Float64Array(n);
  for (let i = 0; i < n; i++) base[i] = normalQuantile((i + 1) / (n + 1));
  const scores = columns.map(() => {
    const p = random.permutation(n);
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) s[i] = base[p[i]];
    return s;
  });
  const e = cholesky(sampleCorrelation(scores, n));
  const p = cholesky(target);
  if ("failsAt" in e || "failsAt" in p) return; // target checked by correlationMatrix
  // T = P · Q⁻¹ (lower triangular): solve T·Q = P row by row.
  const q = e.lower.values;
  const pl = p.lower.values;
  const t = new Float64Array(k * k);
  for (let r = 0; r < k; r++) {
    for (let c = k - 1; c >= 0; c--) {
      let s = pl[r * k + c];
      for (let m = c + 1; m < k; m++) s -= t[r * k + m] * q[m * k + c];
      const d = q[c * k + c];
      t[r * k + c] = d > 0 ? s / d : 0;
    }
  }
  const transformed = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    transformed.fill(0);
    for (let m = 0; m <= c; m++) {
      const w = t[c * k + m];
      if (w === 0) continue;
      const s = scores[m];
      for (let i = 0; i < n; i++) transformed[i] += w * s[i];
    }
    const order = argsort(transformed, n);
    const sorted = columns[c].slice(0, n).sort();
    const col = columns[c];
    for (let r = 0; r < n; r++) col[order[r]] = sorted[r];
  }
}

/**
 * Spearman's rank correlation of two columns (Pearson's on their ranks; ties take their
 * average rank). 0 when either column is constant.
 */
export function rankCorrelation(x: Float64Array, y: Float64Array, n: number): number {
  const rx = ranks(x, n);
  const ry = ranks(y, n);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const a = rx[i] - mean;
    const b = ry[i] - mean;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** 1-based ranks, ties averaged. */
export function ranks(x: Float64Array, n: number): Float64Array {
  const order = argsort(x, n);
  const r = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]] === x[order[i]]) j++;
    const avg = (i + j) / 2 + 1;
    for (let m = i; m <= j; m++) r[order[m]] = avg;
    i = j + 1;
  }
  return r;
}
