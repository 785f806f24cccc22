/**
 * Columns of draws for the range simulations: uniforms from the seeded xoroshiro128+
 * stream, plain or as a Latin hypercube (McKay, Beckman and Conover, Technometrics 21(2),
 * 1979: each of the n equal strata of [0, 1) holds exactly one of n draws, in random
 * order), then taken through each input's inverse CDF and clipped to the input's valid
 * range, counting what was clipped.
 */
import {
  type Distribution,
  normalQuantile,
  pertShape,
  pertTable,
  tableQuantile,
} from "./distributions";
import { TWO_TO_MINUS_32 } from "./random";

export const SAMPLING_METHODS = ["random", "lhs"] as const;
export type SamplingMethod = (typeof SAMPLING_METHODS)[number];

/**
 * Fills `out[0..n)` with uniforms in [0, 1) from `state` (advanced in place): in stream
 * order, or (Latin hypercube) u_i = (π(i) + v_i)/n with π a random permutation of 0..n−1
 * (Fisher–Yates, n − 1 draws) and v_i fresh uniforms (n draws), so stratum k/n holds one.
 */
export function fillUniforms(
  state: Int32Array,
  out: Float64Array,
  n: number,
  method: SamplingMethod,
  scratch: Int32Array
): void {
  let s01 = state[0];
  let s00 = state[1];
  let s11 = state[2];
  let s10 = state[3];
  const scale = TWO_TO_MINUS_32;
  const next = (): number => {
    const o = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    const n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s00 = n00;
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
    return (o >>> 0) * scale;
  };
  if (method === "random") {
    // The hot path: the step written out, so the state stays in registers.
    for (let i = 0; i < n; i++) {
      const o = (s00 + s10) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s00 = n00;
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      out[i] = (o >>> 0) * scale;
    }
  } else {
    for (let i = 0; i < n; i++) scratch[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = scratch[i];
      scratch[i] = scratch[j];
      scratch[j] = t;
    }
    const inv = 1 / n;
    for (let i = 0; i < n; i++) out[i] = (scratch[i] + next()) * inv;
  }
  state[0] = s01;
  state[1] = s00;
  state[2] = s11;
  state[3] = s10;
}

/** A distribution made ready to draw from many times (PERT's table built once). */
export interface CompiledDistribution {
  readonly distribution: Distribution;
  readonly table?: Float64Array;
}

export function compileDistribution(d: Distribution): CompiledDistribution {
  if (d.kind !== "pert") return { distribution: d };
  const { alpha, beta } = pertShape(d.low, d.mode, d.high);
  return { distribution: d, table: pertTable(alpha, beta) };
}

/**
 * Replaces the uniforms in `values[0..n)` by draws (the inverse CDF), clipped to
 * [min, max]; returns how many were clipped. One loop per kind, so each is monomorphic.
 */
export function uniformsToDraws(
  c: CompiledDistribution,
  values: Float64Array,
  n: number,
  min: number,
  max: number
): number {
  const d = c.distribution;
  switch (d.kind) {
    case "triangular": {
      // x = c − (c − a)(1 − √w) left of the mode, c + (b − c)(1 − √w) right of it, with
      // w = min(u/p, (1 − u)/(1 − p)): the smaller ratio is the side's own (one square root).
      const a = d.low;
      const m = d.mode;
      const b = d.high;
      const p = (m - a) / (b - a);
      const ip = p > 0 ? 1 / p : 1e300;
      const iq = p < 1 ? 1 / (1 - p) : 1e300;
      const left = a - m;
      const right = b - m;
      for (let i = 0; i < n; i++) {
        const u = values[i];
        const w = Math.min(u * ip, (1 - u) * iq);
        values[i] = m + (1 - Math.sqrt(w)) * (u < p ? left : right);
      }
      break;
    }
    case "pert": {
      const table = c.table!;
      const w = d.high - d.low;
      for (let i = 0; i < n; i++) values[i] = d.low + w * tableQuantile(table, values[i]);
      break;
    }
    case "uniform": {
      const w = d.high - d.low;
      for (let i = 0; i < n; i++) values[i] = d.low + w * values[i];
      break;
    }
    case "normal":
      for (let i = 0; i < n; i++) values[i] = d.mean + d.sd * normalQuantile(values[i]);
      break;
    case "lognormal":
      for (let i = 0; i < n; i++) values[i] = Math.exp(d.mu + d.sigma * normalQuantile(values[i]));
      break;
    case "point":
      values.fill(d.value, 0, n);
      break;
  }
  // A distribution whose support lies inside the valid range cannot need clipping.
  const [lo, hi] = support(d);
  if (lo >= min && hi <= max) return 0;
  let clipped = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x < min) {
      values[i] = min;
      clipped++;
    } else if (x > max) {
      values[i] = max;
      clipped++;
    }
  }
  return clipped;
}

/** The smallest and largest values a distribution can draw. */
export function support(d: Distribution): [number, number] {
  switch (d.kind) {
    case "triangular":
    case "pert":
    case "uniform":
      return [d.low, d.high];
    case "point":
      return [d.value, d.value];
    case "normal":
      return [-Infinity, Infinity];
    case "lognormal":
      return [0, Infinity];
  }
}
