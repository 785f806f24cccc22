/**
 * The distributions an uncertain input may take, as users of @RISK or Crystal Ball know
 * them: triangular, PERT, uniform, normal and lognormal (normal and lognormal from a mean
 * and standard deviation or from a P10/P90 pair). Each is drawn by inverting its CDF, one
 * uniform per draw, so Latin hypercube strata map to strata of the input and the
 * Iman–Conover method can reorder draws without changing any marginal.
 *
 * Sources: the triangular and PERT forms as in Vose, "Risk Analysis: A Quantitative
 * Guide" (3rd ed., 2008), ch. 3 and appendix III; the PERT (modified beta) with shape
 * α = 1 + 4(mode − low)/(high − low), β = 1 + 4(high − mode)/(high − low); the normal
 * quantile by Acklam's rational approximation (relative error below 1.2 × 10⁻⁹).
 */
import { invalidArgument } from "./errors";
import { shown } from "./validate";

export const DISTRIBUTIONS = ["triangular", "pert", "uniform", "normal", "lognormal"] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];

/** Each distribution's name in words, as range tables and the pane show it ("PERT"). */
export const DISTRIBUTION_LABELS: Record<DistributionName, string> = {
  triangular: "Triangular",
  pert: "PERT",
  uniform: "Uniform",
  normal: "Normal",
  lognormal: "Lognormal",
};

/** A distribution, in the parameters it is drawn from. */
export type Distribution =
  | {
      readonly kind: "triangular";
      readonly low: number;
      readonly mode: number;
      readonly high: number;
    }
  | { readonly kind: "pert"; readonly low: number; readonly mode: number; readonly high: number }
  | { readonly kind: "uniform"; readonly low: number; readonly high: number }
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number }
  /** `mu` and `sigma` are the mean and standard deviation of the value's logarithm. */
  | { readonly kind: "lognormal"; readonly mu: number; readonly sigma: number }
  | { readonly kind: "point"; readonly value: number };

/** z such that Φ(z) = 0.9: P10 and P90 lie 1.2816 standard deviations either side of the mean. */
export const Z90 = 1.2815515655446004;

function requireOrdered(name: string, parts: [string, number][]): void {
  for (const [label, v] of parts) {
    if (!Number.isFinite(v)) throw invalidArgument(`${name}: ${label} must be a number; got ${v}.`);
  }
  for (let i = 1; i < parts.length; i++) {
    if (parts[i][1] < parts[i - 1][1]) {
      const list = parts.map((p) => p[0]).join(" ≤ ");
      throw invalidArgument(
        `${name}: needs ${list}; got ${parts.map((p) => `${p[0]} ${shown(p[1])}`).join(", ")}.`
      );
    }
  }
}

/** Triangular on [low, high] with its peak at `mode`. Mean (low + mode + high)/3. */
export function triangularDistribution(
  low: number,
  mode: number,
  high: number,
  name = "triangular"
): Distribution {
  requireOrdered(name, [
    ["low", low],
    ["mode", mode],
    ["high", high],
  ]);
  return low === high ? { kind: "point", value: mode } : { kind: "triangular", low, mode, high };
}

/** PERT on [low, high] with mode `mode`. Mean (low + 4·mode + high)/6. */
export function pertDistribution(
  low: number,
  mode: number,
  high: number,
  name = "PERT"
): Distribution {
  requireOrdered(name, [
    ["low", low],
    ["mode", mode],
    ["high", high],
  ]);
  return low === high ? { kind: "point", value: mode } : { kind: "pert", low, mode, high };
}

/** Uniform on [low, high]. Mean (low + high)/2. */
export function uniformDistribution(low: number, high: number, name = "uniform"): Distribution {
  requireOrdered(name, [
    ["low", low],
    ["high", high],
  ]);
  return low === high ? { kind: "point", value: low } : { kind: "uniform", low, high };
}

/** Normal from its mean and standard deviation. */
export function normalDistribution(mean: number, sd: number, name = "normal"): Distribution {
  requireOrdered(name, [
    ["0", 0],
    ["sd", sd],
  ]);
  if (!Number.isFinite(mean)) throw invalidArgument(`${name}: mean must be a number.`);
  return sd === 0 ? { kind: "point", value: mean } : { kind: "normal", mean, sd };
}

/**
 * Normal with the given P10 and P90: mean (P10 + P90)/2, sd (P90 − P10)/(2 · 1.2816).
 *
 * @example normalFromP10P90(80, 120) → mean 100, sd 15.6
 */
export function normalFromP10P90(p10: number, p90: number, name = "normal"): Distribution {
  requireOrdered(name, [
    ["P10", p10],
    ["P90", p90],
  ]);
  return normalDistribution((p10 + p90) / 2, (p90 - p10) / (2 * Z90), name);
}

/**
 * Lognormal from the mean and standard deviation of the value (not of its logarithm):
 * σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
 *
 * @example lognormalDistribution(100, 30): median 95.8, mean 100
 */
export function lognormalDistribution(mean: number, sd: number, name = "lognormal"): Distribution {
  if (!(mean > 0)) {
    throw invalidArgument(
      `${name}: the mean must be above 0 (a lognormal value is positive); got ${mean}.`
    );
  }
  requireOrdered(name, [
    ["0", 0],
    ["sd", sd],
  ]);
  if (sd === 0) return { kind: "point", value: mean };
  const s2 = Math.log1p((sd * sd) / (mean * mean));
  return { kind: "lognormal", mu: Math.log(mean) - s2 / 2, sigma: Math.sqrt(s2) };
}

/**
 * Lognormal with the given P10 and P90 (both above 0): μ = (ln P10 + ln P90)/2,
 * σ = (ln P90 − ln P10)/(2 · 1.2816).
 *
 * @example lognormalFromP10P90(50, 200): median 100
 */
export function lognormalFromP10P90(p10: number, p90: number, name = "lognormal"): Distribution {
  if (!(p10 > 0)) {
    throw invalidArgument(
      `${name}: P10 must be above 0 (a lognormal value is positive); got ${p10}.`
    );
  }
  requireOrdered(name, [
    ["P10", p10],
    ["P90", p90],
  ]);
  if (p10 === p90) return { kind: "point", value: p10 };
  const a = Math.log(p10);
  const b = Math.log(p90);
  return { kind: "lognormal", mu: (a + b) / 2, sigma: (b - a) / (2 * Z90) };
}

/** The distribution's mean, in closed form. */
export function distributionMean(d: Distribution): number {
  switch (d.kind) {
    case "triangular":
      return (d.low + d.mode + d.high) / 3;
    case "pert":
      return (d.low + 4 * d.mode + d.high) / 6;
    case "uniform":
      return (d.low + d.high) / 2;
    case "normal":
      return d.mean;
    case "lognormal":
      return Math.exp(d.mu + (d.sigma * d.sigma) / 2);
    case "point":
      return d.value;
  }
}

/** The distribution's variance, in closed form. */
export function distributionVariance(d: Distribution): number {
  switch (d.kind) {
    case "triangular": {
      const { low: a, mode: c, high: b } = d;
      return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    }
    case "pert": {
      const { alpha, beta } = pertShape(d.low, d.mode, d.high);
      const w = d.high - d.low;
      return (w * w * alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1));
    }
    case "uniform":
      return (d.high - d.low) ** 2 / 12;
    case "normal":
      return d.sd * d.sd;
    case "lognormal": {
      const s2 = d.sigma * d.sigma;
      return Math.expm1(s2) * Math.exp(2 * d.mu + s2);
    }
    case "point":
      return 0;
  }
}

/** PERT's beta shapes: α = 1 + 4(mode − low)/(high − low), β = 1 + 4(high − mode)/(high − low). */
export function pertShape(
  low: number,
  mode: number,
  high: number
): { alpha: number; beta: number } {
  const w = high - low;
  return { alpha: 1 + (4 * (mode - low)) / w, beta: 1 + (4 * (high - mode)) / w };
}

// Acklam's coefficients for the normal quantile.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * The standard normal quantile Φ⁻¹(p) for p in (0, 1), by Acklam's rational approximation
 * (relative error below 1.15 × 10⁻⁹). p = 0 is taken as 2⁻³³ (what a 32-bit uniform can
 * reach), so the result is always finite.
 *
 * @example normalQuantile(0.975) ≈ 1.959964
 */
export function normalQuantile(p: number): number {
  const q0 = p <= 0 ? 1.1641532182693481e-10 : p >= 1 ? 1 - 1.1641532182693481e-10 : p;
  if (q0 < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(q0));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (q0 > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - q0));
    return -(
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  const q = q0 - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/** Cells of PERT's tabulated CDF: the quantile is exact to a small part of (high − low)/4096. */
const PERT_CELLS = 4096;

/**
 * PERT's CDF at PERT_CELLS + 1 evenly spaced points of [0, 1] (in units of the range), by
 * Simpson's rule on the beta density t^(α−1)(1 − t)^(β−1), normalised so the last is 1.
 */
export function pertTable(alpha: number, beta: number): Float64Array {
  const cdf = new Float64Array(PERT_CELLS + 1);
  const f = (t: number) => Math.pow(t, alpha - 1) * Math.pow(1 - t, beta - 1);
  const h = 1 / PERT_CELLS;
  let sum = 0;
  let left = f(0);
  for (let i = 1; i <= PERT_CELLS; i++) {
    const right = f(i * h);
    sum += (left + 4 * f((i - 0.5) * h) + right) / 6;
    cdf[i] = sum;
    left = right;
  }
  for (let i = 1; i <= PERT_CELLS; i++) cdf[i] /= sum;
  cdf[PERT_CELLS] = 1;
  return cdf;
}

/** The t in [0, 1] with table CDF u: a binary search, then linear within the cell. */
export function tableQuantile(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid;
    else hi = mid;
  }
  const span = cdf[hi] - cdf[lo];
  const within = span > 0 ? (u - cdf[lo]) / span : 0;
  return (lo + within) / (cdf.length - 1);
}

/**
 * The value with CDF u (u in [0, 1)): the inverse CDF one draw is taken through. For the
 * triangular, x = c − (c − a)(1 − √(u/p)) below p = (c − a)/(b − a), else
 * x = c + (b − c)(1 − √((1 − u)/(1 − p))).
 *
 * @example distributionQuantile(triangularDistribution(0, 0, 1), 0.75) = 0.5
 */
export function distributionQuantile(d: Distribution, u: number): number {
  switch (d.kind) {
    case "triangular": {
      const { low: a, mode: c, high: b } = d;
      const p = (c - a) / (b - a);
      return u < p
        ? a + Math.sqrt(u * (b - a) * (c - a))
        : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case "pert": {
      const { alpha, beta } = pertShape(d.low, d.mode, d.high);
      return d.low + (d.high - d.low) * tableQuantile(pertTable(alpha, beta), u);
    }
    case "uniform":
      return d.low + (d.high - d.low) * u;
    case "normal":
      return d.mean + d.sd * normalQuantile(u);
    case "lognormal":
      return Math.exp(d.mu + d.sigma * normalQuantile(u));
    case "point":
      return d.value;
  }
}

/**
 * Builds a distribution from a range-table row: its name and the low, mode, high and sd
 * cells (undefined where blank). Triangular and PERT take low, mode and high; uniform low
 * and high; normal and lognormal either low and high as P10 and P90, or mode (the mean)
 * and sd.
 *
 * @example distributionFromRow("pert", 3e6, 4e6, 5e6) → PERT on [3m, 5m], mode 4m
 */
export function distributionFromRow(
  name: string,
  low: number | undefined,
  mode: number | undefined,
  high: number | undefined,
  sd: number | undefined,
  where: string
): Distribution {
  const key = name.trim().toLowerCase() as DistributionName;
  const need = (v: number | undefined, label: string, what: string): number => {
    if (v === undefined) throw invalidArgument(`${where}: ${what} needs ${label}.`);
    return v;
  };
  switch (key) {
    case "triangular":
      return triangularDistribution(
        need(low, "low", key),
        need(mode, "mode", key),
        need(high, "high", key),
        where
      );
    case "pert":
      return pertDistribution(
        need(low, "low", key),
        need(mode, "mode", key),
        need(high, "high", key),
        where
      );
    case "uniform":
      return uniformDistribution(need(low, "low", key), need(high, "high", key), where);
    case "normal":
    case "lognormal": {
      const percentiles = low !== undefined || high !== undefined;
      if (percentiles && (mode !== undefined || sd !== undefined)) {
        throw invalidArgument(
          `${where}: give ${key} either low and high (as P10 and P90) or mode (the mean) and sd, not both.`
        );
      }
      if (percentiles) {
        const p10 = need(low, "low (P10)", key);
        const p90 = need(high, "high (P90)", key);
        return key === "normal"
          ? normalFromP10P90(p10, p90, where)
          : lognormalFromP10P90(p10, p90, where);
      }
      const mean = need(mode, "mode (the mean) and sd, or low and high (P10 and P90)", key);
      const s = need(sd, "sd", key);
      return key === "normal"
        ? normalDistribution(mean, s, where)
        : lognormalDistribution(mean, s, where);
    }
    default:
      throw invalidArgument(
        `${where}: the distribution must be one of ${DISTRIBUTIONS.map((d) => `"${d}"`).join(", ")}; got "${name}".`
      );
  }
}

/**
 * The cells of a range-table row: its distribution's name (lower case) and low, mode, high
 * and sd (null or undefined where blank).
 */
export interface RangeCells {
  readonly distribution: string;
  readonly low: number | null | undefined;
  readonly mode: number | null | undefined;
  readonly high: number | null | undefined;
  readonly sd: number | null | undefined;
}

const orUndefined = (x: number | null | undefined): number | undefined =>
  x === null ? undefined : x;

/**
 * A range row's distribution, as the SROI and business-case ranges (and
 * =PCBA.SROI_SIMULATE_RANGES) read their tables: normal and lognormal take the mean (mode)
 * and sd when an sd above 0 is given, else low and high as P10 and P90, so a row may keep
 * cells it does not use; the others take low, mode and high as {@link distributionFromRow}.
 *
 * @example rangeDistribution({ distribution: "pert", low: 800, mode: 1000, high: 1500, sd: null }, "Range 1")
 *   → PERT on [800, 1500], mode 1000
 */
export function rangeDistribution(r: RangeCells, where: string): Distribution {
  const { distribution: name, low, mode, high, sd } = r;
  if (name === "normal" || name === "lognormal")
    return sd !== null && sd !== undefined && sd > 0
      ? distributionFromRow(name, undefined, orUndefined(mode), undefined, sd, where)
      : distributionFromRow(name, orUndefined(low), undefined, orUndefined(high), undefined, where);
  return distributionFromRow(
    name,
    orUndefined(low),
    orUndefined(mode),
    orUndefined(high),
    undefined,
    where
  );
}
