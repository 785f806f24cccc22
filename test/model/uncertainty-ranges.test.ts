/**
 * Ranges per input: each distribution's quantiles against jStat (an independent library)
 * and its sample moments against the closed forms; Latin hypercube strata each hit once;
 * Iman–Conover's achieved rank correlation and unchanged marginals; a non-PSD matrix is an
 * error; zero width gives the point estimate; clipping is counted; convergence stops the
 * run; the same seed gives the same answer however it is sliced.
 */
import fc from "fast-check";
import { jStat } from "jstat";
import { flatSchedule, STPR } from "../../src/model/discounting";
import {
  distributionFromRow,
  distributionMean,
  distributionQuantile,
  distributionVariance,
  lognormalDistribution,
  lognormalFromP10P90,
  normalDistribution,
  normalFromP10P90,
  normalQuantile,
  pertDistribution,
  triangularDistribution,
  uniformDistribution,
  type Distribution,
} from "../../src/model/distributions";
import {
  correlationMatrix,
  imanConover,
  inconsistentPairs,
  rankCorrelation,
} from "../../src/model/correlation";
import { UniformStream, xoroshiroState } from "../../src/model/random";
import { compileDistribution, fillUniforms, uniformsToDraws } from "../../src/model/sampling";
import { outcomeTable, sroiRatio, type SroiAnalysis } from "../../src/model/sroi";
import { RangeSimulation, sroiSimulateRanges, type InputRange } from "../../src/model/range-simulation";
import { runInSlices } from "../../src/uncertainty/slices";
import { runRangeSimulation } from "../../src/uncertainty/runner";
import { errorCode } from "../support/model";

const PS = [0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999];

/** n draws of `d` through the product's column path. */
function draws(d: Distribution, n: number, method: "random" | "lhs" = "random", seed = 1): Float64Array {
  const out = new Float64Array(n);
  fillUniforms(xoroshiroState(seed), out, n, method, new Int32Array(n));
  uniformsToDraws(compileDistribution(d), out, n, -Infinity, Infinity);
  return out;
}

function moments(x: Float64Array): { mean: number; variance: number } {
  let m = 0;
  for (const v of x) m += v;
  m /= x.length;
  let s = 0;
  for (const v of x) s += (v - m) ** 2;
  return { mean: m, variance: s / (x.length - 1) };
}

describe("distributions: quantiles against jStat", () => {
  test("triangular (asymmetric, and with the mode at an end)", () => {
    for (const [a, c, b] of [
      [0, 2, 10],
      [3e6, 4e6, 5e6],
      [0.1, 0.1, 0.4],
      [-5, 7, 7],
    ]) {
      const d = triangularDistribution(a, c, b);
      const close = (x: number, y: number) => expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * (b - a));
      for (const p of PS) close(distributionQuantile(d, p), jStat.triangular.inv(p, a, b, c));
      // The product's branch-free column path gives the same values.
      const u = Float64Array.from(PS);
      uniformsToDraws(compileDistribution(d), u, u.length, -Infinity, Infinity);
      PS.forEach((p, i) => close(u[i], jStat.triangular.inv(p, a, b, c)));
    }
  });
  test("PERT is beta(α, β) on [low, high]: the tabulated quantile to 1e-5 of the range", () => {
    for (const [a, m, b] of [
      [0, 2, 10],
      [100, 150, 400],
      [0, 0, 1],
      [0, 0.5, 1],
    ]) {
      const d = pertDistribution(a, m, b);
      const alpha = 1 + (4 * (m - a)) / (b - a);
      const beta = 1 + (4 * (b - m)) / (b - a);
      for (const p of PS) {
        const expected = a + (b - a) * jStat.beta.inv(p, alpha, beta);
        expect(Math.abs(distributionQuantile(d, p) - expected)).toBeLessThan(1e-5 * (b - a));
      }
      expect(distributionMean(d)).toBeCloseTo(a + (b - a) * jStat.beta.mean(alpha, beta), 9);
      expect(distributionVariance(d)).toBeCloseTo((b - a) ** 2 * jStat.beta.variance(alpha, beta), 9);
    }
  });
  test("uniform, normal and lognormal", () => {
    const u = uniformDistribution(2, 5);
    const n = normalDistribution(10, 3);
    const l = lognormalDistribution(100, 30);
    if (l.kind !== "lognormal") throw new Error("expected a lognormal");
    for (const p of PS) {
      expect(distributionQuantile(u, p)).toBeCloseTo(jStat.uniform.inv(p, 2, 5), 12);
      expect(distributionQuantile(n, p)).toBeCloseTo(jStat.normal.inv(p, 10, 3), 7);
      expect(distributionQuantile(l, p) / jStat.lognormal.inv(p, l.mu, l.sigma)).toBeCloseTo(1, 8);
    }
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(distributionMean(l)).toBeCloseTo(100, 9);
    expect(Math.sqrt(distributionVariance(l))).toBeCloseTo(30, 9);
  });
  test("from P10 and P90: the quantiles at 0.1 and 0.9 are those given", () => {
    for (const d of [normalFromP10P90(80, 120), lognormalFromP10P90(50, 200)]) {
      const [p10, p90] = d.kind === "normal" ? [80, 120] : [50, 200];
      expect(distributionQuantile(d, 0.1)).toBeCloseTo(p10, 6);
      expect(distributionQuantile(d, 0.9)).toBeCloseTo(p90, 6);
    }
    expect(distributionQuantile(lognormalFromP10P90(50, 200), 0.5)).toBeCloseTo(100, 9);
  });
  test("bad parameters are #VALUE! with a message naming them", () => {
    expect(() => triangularDistribution(5, 3, 10, "ranges (row 2)")).toThrow(/ranges \(row 2\): needs low ≤ mode ≤ high/);
    expect(() => lognormalFromP10P90(0, 10)).toThrow(/P10 must be above 0/);
    expect(() => normalDistribution(1, -1)).toThrow(/sd/);
    expect(() => distributionFromRow("beta", 0, 1, 2, undefined, "ranges (row 1)")).toThrow(/must be one of "triangular"/);
    expect(() => distributionFromRow("normal", 1, 2, 3, 1, "ranges (row 1)")).toThrow(/either low and high/);
    expect(errorCode(() => pertDistribution(2, 1, 0))).toBe("#VALUE!");
  });
});

describe("sample moments against the closed forms", () => {
  const cases: [string, Distribution][] = [
    ["triangular", triangularDistribution(0, 2, 10)],
    ["PERT", pertDistribution(100, 150, 400)],
    ["uniform", uniformDistribution(-1, 3)],
    ["normal", normalDistribution(10, 3)],
    ["lognormal", lognormalDistribution(100, 30)],
  ];
  test.each(cases)("%s: mean within 4 standard errors, variance within 2%, plain and Latin hypercube", (_name, d) => {
    const n = 200000;
    const mean = distributionMean(d);
    const variance = distributionVariance(d);
    for (const method of ["random", "lhs"] as const) {
      const m = moments(draws(d, n, method, 7));
      expect(Math.abs(m.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / n));
      expect(Math.abs(m.variance / variance - 1)).toBeLessThan(0.02);
    }
  });
  test("Latin hypercube: far closer to the mean than plain sampling (stratified)", () => {
    const d = triangularDistribution(0, 2, 10);
    const n = 1000;
    const lhs = Math.abs(moments(draws(d, n, "lhs", 3)).mean - distributionMean(d));
    expect(lhs).toBeLessThan(0.05 * Math.sqrt(distributionVariance(d) / n));
  });
});

describe("Latin hypercube", () => {
  test("each of the n strata of [0, 1) holds exactly one draw", () => {
    for (const n of [1, 2, 10, 997, 5000]) {
      const u = new Float64Array(n);
      fillUniforms(xoroshiroState(n), u, n, "lhs", new Int32Array(n));
      const strata = Array.from(u, (x) => Math.floor(x * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      for (const x of u) expect(x).toBeGreaterThanOrEqual(0);
      for (const x of u) expect(x).toBeLessThan(1);
    }
  });
});

describe("rank correlation by Iman–Conover", () => {
  test("achieves the correlations asked for (within 0.03) and keeps every marginal exactly", () => {
    const n = 5000;
    const target = correlationMatrix(3, [
      [0, 1, 0.7],
      [0, 2, -0.4],
      [1, 2, -0.2],
    ]);
    const columns = [
      draws(triangularDistribution(0, 2, 10), n, "lhs", 1),
      draws(lognormalDistribution(100, 30), n, "random", 2),
      draws(uniformDistribution(0, 1), n, "lhs", 3),
    ];
    const before = columns.map((c) => c.slice().sort());
    imanConover(columns, n, target, new UniformStream(9));
    columns.forEach((c, i) => expect(c.slice().sort()).toEqual(before[i]));
    expect(rankCorrelation(columns[0], columns[1], n)).toBeCloseTo(0.7, 1);
    expect(Math.abs(rankCorrelation(columns[0], columns[1], n) - 0.7)).toBeLessThan(0.03);
    expect(Math.abs(rankCorrelation(columns[0], columns[2], n) + 0.4)).toBeLessThan(0.03);
    expect(Math.abs(rankCorrelation(columns[1], columns[2], n) + 0.2)).toBeLessThan(0.03);
  });
  test("the pairs to point to when a matrix cannot hold: those with the input where Cholesky first fails", () => {
    expect(inconsistentPairs(3, [[0, 1, 0.9], [1, 2, 0.9], [0, 2, -0.9]])).toEqual([1, 2]);
    expect(inconsistentPairs(3, [[0, 1, 0.9], [1, 2, 0.9], [0, 2, 0.7]])).toEqual([]);
    // Four inputs: the first three fine, the fourth against input 0 and 1 at once.
    expect(inconsistentPairs(4, [[0, 1, 0.2], [0, 3, 0.95], [1, 3, -0.95], [1, 2, 0.3]])).toEqual([1, 2]);
    // Exactly 1 is semi-definite: nothing to point to.
    expect(inconsistentPairs(2, [[0, 1, 1]])).toEqual([]);
  });
  test("a matrix that is not positive semi-definite is #VALUE! with a message", () => {
    const bad = () =>
      correlationMatrix(3, [
        [0, 1, 0.9],
        [1, 2, 0.9],
        [0, 2, -0.9],
      ]);
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(bad).toThrow(/not positive semi-definite/);
    expect(() => correlationMatrix(2, [[0, 1, 1.5]])).toThrow(/between -1 and 1/);
    // A correlation of exactly 1 is semi-definite and allowed.
    expect(() => correlationMatrix(2, [[0, 1, 1]])).not.toThrow();
  });
});

const base: SroiAnalysis = {
  outcomes: outcomeTable([
    { quantity: 10, proxy: 1000, duration: 2, dropOff: 0.1 },
    { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2 },
  ]),
  inputs: 10000,
  discount: flatSchedule(0.035),
};

describe("the SROI range simulation", () => {
  test("zero width everywhere gives the point estimate in every iteration", () => {
    const t = base.outcomes;
    const ranges: InputRange[] = [
      { input: "discount", distribution: triangularDistribution(0.035, 0.035, 0.035) },
      ...[0, 1].flatMap((o) => [
        { input: "quantity" as const, outcome: o, distribution: pertDistribution(t.quantity[o], t.quantity[o], t.quantity[o]) },
        { input: "proxy" as const, outcome: o, distribution: normalDistribution(t.proxy[o], 0) },
        { input: "deadweight" as const, outcome: o, distribution: uniformDistribution(t.deadweight[o], t.deadweight[o]) },
      ]),
    ];
    const sim = new RangeSimulation(base, ranges, { iterations: 500, seed: 3, sampling: "lhs" });
    sim.step(500);
    const r = sroiRatio(base);
    for (const x of sim.ratios) expect(x).toBeCloseTo(r, 12);
    expect(sim.summary().clipped).toBe(0);
  });

  test("a range on one outcome's quantity: the ratio is linear in it, so its quantiles follow", () => {
    // ratio = a + b·q1 with q1 triangular(5, 10, 20): P50 of the ratio = a + b·median(q1).
    const ratioAt = (q: number) =>
      sroiRatio({ ...base, outcomes: outcomeTable([{ quantity: q, proxy: 1000, duration: 2, dropOff: 0.1 }, { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2 }]) });
    const d = triangularDistribution(5, 10, 20);
    const s = sroiSimulateRanges(base, [{ input: "quantity", outcome: 0, distribution: d }], { iterations: 20000, seed: 5, sampling: "lhs" });
    expect(s.p50).toBeCloseTo(ratioAt(distributionQuantile(d, 0.5)), 3);
    expect(s.p5).toBeCloseTo(ratioAt(distributionQuantile(d, 0.05)), 3);
    expect(s.mean).toBeCloseTo(ratioAt(distributionMean(d)), 3);
  });

  test("clipping to the valid range is counted: a normal deadweight of mean 5%, sd 10% clips Φ(−0.5) of draws", () => {
    const sim = new RangeSimulation(base, [{ input: "deadweight", outcome: 1, distribution: normalDistribution(0.05, 0.1) }], {
      iterations: 40000,
      seed: 2,
      sampling: "random",
      drivers: true,
    });
    sim.step(40000);
    expect(Math.abs(sim.summary().clipped - 0.3085375387259869)).toBeLessThan(0.01);
    expect(Math.abs(sim.drivers()[0].clipped - 0.3085375387259869)).toBeLessThan(0.01);
  });

  test("drivers: the input with the widest range drives the ratio most; more deadweight lowers it", () => {
    const sim = new RangeSimulation(
      base,
      [
        { input: "proxy", outcome: 0, distribution: triangularDistribution(500, 1000, 3000) },
        { input: "deadweight", outcome: 1, distribution: uniformDistribution(0.1, 0.3) },
        { input: "discount", distribution: triangularDistribution(0.03, 0.035, 0.04) },
      ],
      { iterations: 20000, seed: 4, sampling: "lhs", drivers: true }
    );
    sim.step(20000);
    const d = sim.drivers();
    expect(d[0].input).toBe("proxy");
    expect(d[0].correlation).toBeGreaterThan(0.8);
    expect(d.find((x) => x.input === "deadweight")!.correlation).toBeLessThan(0);
  });

  test("correlated rows over every outcome: correlated outcome by outcome", () => {
    const sim = new RangeSimulation(
      base,
      [
        { input: "quantity", distribution: triangularDistribution(1, 5, 10) },
        { input: "proxy", distribution: pertDistribution(500, 1000, 3000) },
      ],
      { iterations: 5000, seed: 6, sampling: "lhs", correlations: [[0, 1, 0.8]] }
    );
    sim.step(5000);
    // With quantity and proxy correlated, the spread of the ratio widens against independence.
    const independent = sroiSimulateRanges(
      base,
      [
        { input: "quantity", distribution: triangularDistribution(1, 5, 10) },
        { input: "proxy", distribution: pertDistribution(500, 1000, 3000) },
      ],
      { iterations: 5000, seed: 6, sampling: "lhs" }
    );
    const s = sim.summary();
    expect(s.p95 - s.p5).toBeGreaterThan(independent.p95 - independent.p5);
  });

  test("the correlations reached: one block gives the rank correlation of the draws, redrawn here from the same streams", () => {
    const ranges: InputRange[] = [
      { input: "quantity", outcome: 0, distribution: triangularDistribution(5, 10, 20) },
      { input: "proxy", outcome: 1, distribution: pertDistribution(1500, 2500, 4000) },
    ];
    const n = 6000; // one block (fewer than 10,000 iterations)
    for (const [rho, sampling] of [[0.6, "lhs"], [-0.45, "random"]] as const) {
      const sim = new RangeSimulation(base, ranges, { iterations: n, seed: 8, sampling, correlations: [[1, 0, rho]] });
      sim.step(n);
      // The kernel's draws, made again: each range's column from one seeded stream in row
      // order, clipped to its valid range, then Iman–Conover from the second stream.
      const state = xoroshiroState(8);
      const columns = ranges.map((r) => {
        const c = new Float64Array(n);
        fillUniforms(state, c, n, sampling, new Int32Array(n));
        uniformsToDraws(compileDistribution(r.distribution), c, n, r.input === "quantity" ? 0 : -Infinity, Infinity);
        return c;
      });
      imanConover(columns, n, correlationMatrix(2, [[0, 1, rho]]), new UniformStream((8 ^ 0x5bd1e995) | 0));
      const [k] = sim.correlations();
      expect([k.first, k.second, k.target]).toEqual([1, 0, rho]);
      expect(k.achieved).toBeCloseTo(rankCorrelation(columns[0], columns[1], n), 14); // to rounding: ×B ÷ B
      expect(Math.abs(k.achieved - rho)).toBeLessThan(0.03);
    }
    // Rows over every outcome: the mean of each outcome's pair, near the target; none asked, none listed.
    const every = new RangeSimulation(
      base,
      [
        { input: "quantity", distribution: triangularDistribution(1, 5, 10) },
        { input: "proxy", distribution: pertDistribution(500, 1000, 3000) },
      ],
      { iterations: 30000, seed: 6, sampling: "lhs", correlations: [[0, 1, 0.8]] }
    );
    every.step(30000);
    expect(Math.abs(every.correlations()[0].achieved - 0.8)).toBeLessThan(0.03);
    const none = new RangeSimulation(base, ranges, { iterations: 100, seed: 1, sampling: "random" });
    none.step(100);
    expect(none.correlations()).toEqual([]);
  });

  test("run until converged: stops once P50's standard error is under the tolerance", () => {
    const ranges: InputRange[] = [{ input: "proxy", distribution: triangularDistribution(500, 1000, 3000) }];
    const loose = sroiSimulateRanges(base, ranges, { iterations: 1000000, seed: 1, sampling: "random", tolerance: 0.01 });
    expect(loose.converged).toBe(true);
    expect(loose.standardErrorP50).toBeLessThan(0.01);
    expect(loose.iterations).toBeLessThan(1000000);
    const tight = sroiSimulateRanges(base, ranges, { iterations: 3000, seed: 1, sampling: "random", tolerance: 1e-9 });
    expect(tight.converged).toBe(false);
    expect(tight.iterations).toBe(3000);
  });

  test("run until converged: the pane's worker runner stops where the cell function does (same seed, same tolerance)", async () => {
    const ranges: InputRange[] = [{ input: "proxy", distribution: triangularDistribution(500, 1000, 3000) }];
    const options = { iterations: 200000, seed: 5, sampling: "lhs" as const, tolerance: 0.01 };
    const cell = sroiSimulateRanges(base, ranges, options);
    expect(cell.converged).toBe(true);
    expect(cell.iterations).toBeLessThan(options.iterations);
    for (const slice of [1000, 7777]) {
      const pane = await runRangeSimulation(base, ranges, options, { slice, pause: () => Promise.resolve() });
      expect(pane).not.toBeNull();
      expect(pane!.summary).toEqual(cell);
    }
    // Off (no tolerance): every iteration runs, and the summary says nothing of convergence.
    const off = await runRangeSimulation(base, ranges, { ...options, iterations: 3000, tolerance: undefined }, { pause: () => Promise.resolve() });
    expect(off!.summary.iterations).toBe(3000);
    expect(off!.summary.converged).toBeUndefined();
  });

  test("the same seed gives the same answer however it is sliced (LHS, correlation, convergence, a schedule)", async () => {
    const ranges: InputRange[] = [
      { input: "quantity", distribution: triangularDistribution(1, 5, 10) },
      { input: "proxy", outcome: 1, distribution: lognormalFromP10P90(1500, 4000) },
      { input: "duration", outcome: 0, distribution: pertDistribution(1, 2, 6) },
      { input: "discount", distribution: normalFromP10P90(0.02, 0.05) },
    ];
    const options = {
      iterations: 20000,
      seed: 77,
      sampling: "lhs" as const,
      tolerance: 0.002,
      correlations: [[0, 1, 0.5] as [number, number, number]],
    };
    const a = { ...base, discount: STPR, inputs: [6000, 3000] };
    const whole = new RangeSimulation(a, ranges, options);
    whole.step(options.iterations);
    for (const slice of [1, 999, 4321]) {
      const sim = new RangeSimulation(a, ranges, options);
      expect(await runInSlices(sim, { slice, yieldNow: () => Promise.resolve() })).toBe(true);
      expect(sim.completed).toBe(whole.completed);
      expect(Array.from(sim.ratios)).toEqual(Array.from(whole.ratios));
      expect(sim.summary()).toEqual(whole.summary());
    }
    const other = new RangeSimulation(a, ranges, { ...options, seed: 78 });
    other.step(options.iterations);
    expect(other.summary().p50).not.toBe(whole.summary().p50);
  });

  test("property: a higher deadweight range never raises a percentile (same seed: the same uniforms)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.integer(),
        fc.constantFrom("random" as const, "lhs" as const),
        (low, shift, seed, sampling) => {
          const run = (lo: number) =>
            sroiSimulateRanges(base, [{ input: "deadweight", distribution: triangularDistribution(lo, lo + 0.1, lo + 0.2) }], {
              iterations: 500,
              seed,
              sampling,
            });
          const a = run(low);
          const b = run(low + shift);
          expect(b.p5).toBeLessThanOrEqual(a.p5 + 1e-12);
          expect(b.p50).toBeLessThanOrEqual(a.p50 + 1e-12);
          expect(b.p95).toBeLessThanOrEqual(a.p95 + 1e-12);
        }
      ),
      { numRuns: 40 }
    );
  });

  test("bad ranges are #VALUE! naming the row", () => {
    expect(() =>
      new RangeSimulation(base, [
        { input: "quantity", outcome: 0, distribution: uniformDistribution(1, 2) },
        { input: "quantity", distribution: uniformDistribution(1, 2) },
      ], { iterations: 10, seed: 1, sampling: "random" })
    ).toThrow(/row 2.*already has a range \(row 1\)/);
    expect(() =>
      new RangeSimulation(base, [{ input: "quantity", outcome: 5, distribution: uniformDistribution(1, 2) }], { iterations: 10, seed: 1, sampling: "random" })
    ).toThrow(/outcome must be a row of the value map, 1 to 2/);
    expect(errorCode(() => new RangeSimulation({ ...base, inputs: 0 }, [], { iterations: 10, seed: 1, sampling: "random" }))).toBe("#DIV/0!");
  });
});

describe("the pane's runner", () => {
  test("a range job gives exactly the model's summary for the seed, with charts' data and drivers; a cancel gives null", async () => {
    const fs = await import("fs");
    const path = await import("path");
    const { parseSroi } = await import("../../src/journeys/sroi/validate");
    const { sroiAnalysis } = await import("../../src/journeys/sroi/evaluate");
    const { runRangeJob } = await import("../../src/uncertainty/runner");
    const example = parseSroi(
      JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples/sroi-community-navigators.json"), "utf8"))
    );
    const ranges: InputRange[] = [
      { input: "proxy", outcome: 0, distribution: triangularDistribution(0.5 * example.outcomes[0].proxy, example.outcomes[0].proxy, 2 * example.outcomes[0].proxy) },
      { input: "deadweight", distribution: uniformDistribution(0.1, 0.4) },
    ];
    const options = { iterations: 6000, seed: 12, sampling: "lhs" as const };
    const progress: number[] = [];
    const result = await runRangeJob(
      { kind: "sroi_ranges", analysis: example, ranges, options },
      { onProgress: (d) => progress.push(d), pause: () => Promise.resolve() }
    );
    const model = sroiSimulateRanges(sroiAnalysis(example), ranges, options);
    expect(result!.summary).toEqual(model);
    expect(progress[progress.length - 1]).toBe(6000);
    expect(result!.histogram.reduce((n, b) => n + b[2], 0)).toBe(6000);
    expect(result!.sCurve).toHaveLength(21);
    expect(result!.drivers.map((d) => d.input).sort()).toEqual(["deadweight", "proxy"]);
    const cancelled = await runRangeJob(
      { kind: "sroi_ranges", analysis: example, ranges, options: { ...options, iterations: 100000 } },
      { cancelled: () => true }
    );
    expect(cancelled).toBeNull();
  });
});
