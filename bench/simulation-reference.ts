/**
 * The benchmark's reference: the fastest plain-JavaScript kernel of SROI_SIMULATE's model
 * we could write, one function over plain typed arrays with no validation, no classes and
 * no slicing, to time the product's kernel against in the same process (issue 15).
 *
 * The model is the product's (`SroiSimulation` in src/model/uncertainty.ts): per
 * iteration one triangular draw scales every discount band, then 7 per outcome (quantity,
 * proxy, duration, deadweight, displacement, attribution, drop-off) scale its values by
 * 1 + uncertainty · T, T symmetric triangular on [−1, 1]; shares clipped to [0, 1], the
 * duration to 200 years, the rate to −0.99 at least. xoroshiro128+ seeded as pure-rand
 * seeds it, so for a seed it gives the product's ratios, which `npm run bench` checks.
 *
 * A variant tried (50 outcomes × 100,000, this machine): a closed-form geometric series for
 * the drop-off years within one discount band was 2–3× slower than the 10-year loop (two
 * `Math.pow` calls per outcome cost more than ten multiply-adds), so the loop stays.
 */
export interface ReferenceModel {
  readonly quantity: Float64Array;
  readonly proxy: Float64Array;
  readonly duration: Float64Array;
  readonly deadweight: Float64Array;
  readonly displacement: Float64Array;
  readonly attribution: Float64Array;
  readonly dropOff: Float64Array;
  readonly start: Float64Array;
  /** The rate of each year 1..maxYear (index 0 unused). */
  readonly rates: Float64Array;
  /** One value of inputs (not discounted). */
  readonly inputs: number;
}

export function referenceKernel(
  m: ReferenceModel,
  uncertainty: number,
  iterations: number,
  seed: number
): Float64Array {
  const n = m.quantity.length;
  const maxYear = m.rates.length - 1;
  const ratios = new Float64Array(iterations);
  const factors = new Float64Array(maxYear + 1);
  const draws = new Float64Array(1 + 7 * n);
  const nd = draws.length;
  const { quantity, proxy, duration, deadweight, displacement, attribution, dropOff, start } = m;
  const rates = m.rates;
  const inputs = m.inputs;
  const u = uncertainty;
  let s01 = -1;
  let s00 = ~(seed | 0);
  let s11 = seed | 0;
  let s10 = 0;
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < nd; k++) {
      const out = (s00 + s10) | 0;
      const a0 = s10 ^ s00;
      const a1 = s11 ^ s01;
      const n00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s00 = n00;
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      const x = (out >>> 0) * 2.3283064365386963e-10;
      draws[k] = -((out >> 31) | 1) * (1 - Math.sqrt(2 * Math.min(x, 1 - x)));
    }
    const rf = 1 + u * draws[0];
    factors[0] = 1;
    for (let y = 1; y <= maxYear; y++) {
      const r = rates[y] * rf;
      factors[y] = factors[y - 1] / (1 + (r < -0.99 ? -0.99 : r));
    }
    let pv = 0;
    for (let o = 0, b = 1; o < n; o++, b += 7) {
      let d = duration[o] * (1 + u * draws[b + 2]);
      if (d > 200) d = 200;
      if (d <= 0) continue;
      let dw = deadweight[o] * (1 + u * draws[b + 3]);
      dw = dw < 0 ? 0 : dw > 1 ? 1 : dw;
      let dp = displacement[o] * (1 + u * draws[b + 4]);
      dp = dp < 0 ? 0 : dp > 1 ? 1 : dp;
      let at = attribution[o] * (1 + u * draws[b + 5]);
      at = at < 0 ? 0 : at > 1 ? 1 : at;
      let dr = dropOff[o] * (1 + u * draws[b + 6]);
      dr = dr < 0 ? 0 : dr > 1 ? 1 : dr;
      const keep = 1 - dr;
      let carried =
        quantity[o] *
        (1 + u * draws[b]) *
        (proxy[o] * (1 + u * draws[b + 1])) *
        (1 - dw) *
        (1 - dp) *
        (1 - at);
      const whole = Math.floor(d);
      let y = start[o];
      for (let k = 0; k < whole; k++) {
        pv += carried * factors[y++];
        carried *= keep;
      }
      if (d > whole) pv += carried * (d - whole) * factors[y];
    }
    ratios[i] = pv / inputs;
  }
  return ratios;
}
