/**
 * Exact rational numbers (BigInt numerator over BigInt denominator) for the few places
 * where a floating-point tolerance would decide the answer, such as whether a game's core is
 * empty (`core-emptiness.ts`). Every finite double is a dyadic rational m · 2^e, so
 * {@link rationalFromNumber} converts a typed amount without rounding; the arithmetic after
 * that is exact.
 */
import { finiteResult, invalidArgument } from "./errors";
import { shown } from "./validate";

/** n / d in lowest terms with d > 0. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

/** n / d in lowest terms (d must not be 0). */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw invalidArgument("A rational number cannot have a zero denominator.");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

/**
 * The exact value of a finite double: doubling a non-integer double is exact (it only moves
 * the exponent), so after k doublings x · 2^k is a whole number and x = that / 2^k.
 *
 * @example rationalFromNumber(0.1) = 3602879701896397 / 36028797018963968 (the double nearest 0.1)
 */
export function rationalFromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw invalidArgument(`Expected a finite number; got ${shown(x)}.`);
  let scaled = x;
  let k = 0;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    k++;
  }
  return rational(BigInt(scaled), 1n << BigInt(k));
}

const bits = (x: bigint) => abs(x).toString(2).length;

/** The nearest double (to within an ulp or so; both parts are shortened first if huge). */
export function rationalToNumber(q: Rational): number {
  let { n, d } = q;
  const shift = Math.max(0, Math.max(bits(n), bits(d)) - 1000);
  if (shift > 0) {
    n >>= BigInt(shift);
    d >>= BigInt(shift);
    if (d === 0n) return finiteResult(Infinity, "A rational number");
  }
  return Number(n) / Number(d);
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });

/** −1, 0 or 1 as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): number {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
}

/** The sign of q: −1, 0 or 1. */
export const sign = (q: Rational) => (q.n < 0n ? -1 : q.n > 0n ? 1 : 0);

/** "3/4", "-2" or "0": for messages that show an exact weight. */
export const rationalText = (q: Rational) => (q.d === 1n ? String(q.n) : `${q.n}/${q.d}`);
