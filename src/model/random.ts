/**
 * The simulations' random source: xoroshiro128+ (Blackman and Vigna, "Scrambled linear
 * pseudorandom number generators", 2018) with its 128-bit state held as four 32-bit
 * integers, exactly as the pure-rand package's `xoroshiro128plus` does, so the same seed
 * gives the same stream as `seededUniform` in `numerics.ts` on every machine (only 32-bit
 * integer arithmetic is used).
 *
 * The state lives in an `Int32Array` so a hot loop can copy it into local variables,
 * step the generator inline (V8 keeps the locals in registers) and store it back once per
 * slice: the object-state generator behind a method call cost about a sixth of the
 * simulation's time (issue 15's profile).
 */

/** Scales a 32-bit unsigned integer into [0, 1). */
export const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/**
 * The generator state for `seed`, as pure-rand seeds it: [s01, s00, s11, s10] =
 * [−1, ~seed, seed, 0].
 *
 * @example xoroshiroState(1) → Int32Array [−1, −2, 1, 0]
 */
export function xoroshiroState(seed: number): Int32Array {
  const s = seed | 0;
  return Int32Array.of(-1, ~s, s, 0);
}

/**
 * Advances `state` by one step and returns the 32-bit output (signed; `>>> 0` makes it
 * unsigned). The reference form of the step the kernels inline.
 *
 * @example const s = xoroshiroState(7); (xoroshiroNext(s) >>> 0) * TWO_TO_MINUS_32 is the first uniform
 */
export function xoroshiroNext(state: Int32Array): number {
  const s01 = state[0];
  const s00 = state[1];
  const s11 = state[2];
  const s10 = state[3];
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  state[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  state[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  state[3] = (a1 << 5) ^ (a0 >>> 27);
  state[2] = (a0 << 5) ^ (a1 >>> 27);
  return out;
}

/**
 * A seeded stream of uniforms in [0, 1), one call at a time, for the set-up work
 * (permutations, Latin hypercube offsets) that is not on the hot path.
 */
export class UniformStream {
  readonly state: Int32Array;

  constructor(seed: number) {
    this.state = xoroshiroState(seed);
  }

  next(): number {
    return (xoroshiroNext(this.state) >>> 0) * TWO_TO_MINUS_32;
  }

  /** A whole number in [0, n): floor(u · n) (bias below 2⁻³² · n, negligible for n ≤ 10⁶). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** A uniformly random permutation of 0..n−1 (Fisher–Yates, Knuth TAOCP vol. 2, 3.4.2). */
  permutation(n: number): Int32Array {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.below(i + 1);
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
