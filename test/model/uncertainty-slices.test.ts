/**
 * The simulation kernel and its slicing: the inlined generator and branch-free triangular
 * draw give the same ratios as a plain re-derivation from pure-rand's stream; selection
 * gives the percentiles a sort gives; the same seed gives the same answer however the run
 * is sliced; a cancel stops the work.
 */
import fc from "fast-check";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { rateForYear, STPR } from "../../src/model/discounting";
import { percentileSorted } from "../../src/model/numerics";
import { TWO_TO_MINUS_32, UniformStream, xoroshiroNext, xoroshiroState } from "../../src/model/random";
import { outcomeTable, type Outcome, type SroiAnalysis } from "../../src/model/sroi";
import { medianError, meanAndError, orderStatistics, percentilesInc } from "../../src/model/statistics";
import { SroiSimulation, sroiSimulate } from "../../src/model/uncertainty";
import { runInSlices, type Steppable } from "../../src/uncertainty/slices";

const outcomes: Outcome[] = [
  { quantity: 10, proxy: 1000, duration: 2.5, dropOff: 0.1 },
  { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2, start: 2 },
  { quantity: 7, proxy: 300, duration: 1, displacement: 0.9, deadweight: 0.95 },
];
const a: SroiAnalysis = { outcomes: outcomeTable(outcomes), inputs: [6000, 3000], discount: STPR };

/**
 * The model written out plainly from its documentation: uniforms from pure-rand's
 * generator, the textbook inverse CDF of the symmetric triangular distribution, and
 * discount factors from each year's rate (`rateForYear`) with the rate's factor applied to every band.
 */
function plainRatios(x: SroiAnalysis, uncertainty: number, iterations: number, seed: number): number[] {
  const g = xoroshiro128plus(seed);
  const tri = () => {
    const u = (g.next() >>> 0) * 2 ** -32;
    return u < 0.5 ? Math.sqrt(2 * u) - 1 : 1 - Math.sqrt(2 * (1 - u));
  };
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const rf = 1 + uncertainty * tri();
    const factor = (y: number) => {
      let f = 1;
      for (let k = 1; k <= y; k++) f /= 1 + Math.max(-0.99, rateForYear(x.discount, k) * rf);
      return f;
    };
    let pv = 0;
    for (let o = 0; o < x.outcomes.n; o++) {
      const t = x.outcomes;
      const q = t.quantity[o] * (1 + uncertainty * tri());
      const p = t.proxy[o] * (1 + uncertainty * tri());
      const d = Math.min(200, t.duration[o] * (1 + uncertainty * tri()));
      const dw = clip(t.deadweight[o] * (1 + uncertainty * tri()));
      const dp = clip(t.displacement[o] * (1 + uncertainty * tri()));
      const at = clip(t.attribution[o] * (1 + uncertainty * tri()));
      const keep = 1 - clip(t.dropOff[o] * (1 + uncertainty * tri()));
      if (d <= 0) continue;
      for (let k = 0; k < Math.ceil(d); k++) {
        const share = Math.min(1, d - k);
        pv += q * p * (1 - dw) * (1 - dp) * (1 - at) * keep ** k * share * factor(t.start[o] + k);
      }
    }
    const inputs = typeof x.inputs === "number" ? x.inputs : x.inputs.reduce((s, v, y) => s + v * factor(y), 0);
    out.push(pv / inputs);
  }
  return out;
}

describe("the kernel", () => {
  test("gives the ratios of the model written out plainly from pure-rand's stream (to 1e-12)", () => {
    for (const [u, seed] of [
      [0.2, 1],
      [0.6, -77],
      [1, 2026],
    ] as const) {
      const sim = new SroiSimulation(a, { uncertainty: u, iterations: 300, seed });
      sim.step(300);
      const plain = plainRatios(a, u, 300, seed);
      for (let i = 0; i < 300; i++) expect(Math.abs(sim.ratios[i] / plain[i] - 1)).toBeLessThan(1e-12);
    }
  });
  test("the generator is pure-rand's xoroshiro128+, output for output", () => {
    for (const seed of [0, 1, -1, 123456789, -2147483648]) {
      const ours = xoroshiroState(seed);
      const theirs = xoroshiro128plus(seed);
      for (let i = 0; i < 1000; i++) expect(xoroshiroNext(ours)).toBe(theirs.next());
    }
    expect(TWO_TO_MINUS_32).toBe(2 ** -32);
  });
  test("a permutation holds each index once", () => {
    const p = new UniformStream(4).permutation(1000);
    expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});

describe("summary by selection", () => {
  test("order statistics and PERCENTILE.INC agree with a sort, ties included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (xs, ps) => {
          const values = Float64Array.from(xs, (v) => v / 3);
          const sorted = values.slice().sort();
          const got = percentilesInc(values, values.length, ps);
          ps.forEach((p, i) => expect(got[i]).toBe(percentileSorted(sorted, p)));
          const ranks = ps.map((p) => Math.floor(p * (values.length - 1)));
          expect(orderStatistics(values.slice(), ranks)).toEqual(ranks.map((r) => sorted[r]));
        }
      )
    );
  });
  test("mean and its standard error; the median's standard error near 1.2533 σ/√n for a normal sample", () => {
    expect(meanAndError(Float64Array.of(1, 2, 3, 4), 4).error).toBeCloseTo(Math.sqrt(5 / 3) / 2, 12);
    // Normal draws by Box–Muller from a seeded stream.
    const u = new UniformStream(3);
    const n = 40000;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = Math.sqrt(-2 * Math.log(1 - u.next())) * Math.cos(2 * Math.PI * u.next());
    expect(medianError(z, n) / (1.2533 / Math.sqrt(n))).toBeGreaterThan(0.9);
    expect(medianError(z, n) / (1.2533 / Math.sqrt(n))).toBeLessThan(1.1);
  });
});

describe("slicing", () => {
  const options = { uncertainty: 0.3, iterations: 5000, seed: 11 };
  const whole = new SroiSimulation(a, options);
  whole.step(options.iterations);

  test.each([1, 7, 999, 5000])("the same seed gives the same ratios and summary in slices of %d", async (slice) => {
    const sim = new SroiSimulation(a, options);
    const progress: number[] = [];
    const finished = await runInSlices(sim, { slice, yieldNow: () => Promise.resolve(), onProgress: (d) => progress.push(d) });
    expect(finished).toBe(true);
    expect(Array.from(sim.ratios)).toEqual(Array.from(whole.ratios));
    expect(sim.summary()).toEqual(sroiSimulate(a, options));
    expect(progress[progress.length - 1]).toBe(options.iterations);
    expect(progress.length).toBe(Math.ceil(options.iterations / slice));
  });

  test("time-boxed: each slice stays within the budget (plus one chunk), yields, and gives the same answer", async () => {
    // A fake clock that advances 0.1 ms per iteration: chunks aim at 10 ms, slices at 50.
    let clock = 0;
    const sim = new SroiSimulation(a, options);
    const timed: Steppable = {
      get finished() {
        return sim.finished;
      },
      get completed() {
        return sim.completed;
      },
      step(count: number) {
        const before = sim.completed;
        const done = sim.step(count);
        clock += 0.1 * (done - before);
        return done;
      },
    };
    const slices: number[] = [];
    let sliceStart = 0;
    const finished = await runInSlices(timed, {
      budgetMs: 50,
      now: () => clock,
      yieldNow: () => {
        slices.push(clock - sliceStart);
        sliceStart = clock;
        return Promise.resolve();
      },
    });
    expect(finished).toBe(true);
    expect(slices.length).toBeGreaterThan(5);
    expect(Math.max(...slices)).toBeLessThanOrEqual(50 + 10 * 2);
    expect(Array.from(sim.ratios)).toEqual(Array.from(whole.ratios));
  });

  test("the real event loop: a timer set before the run fires before it ends", async () => {
    const sim = new SroiSimulation(a, { ...options, iterations: 20000 });
    let ticks = 0;
    let doneWhenFirstTick = -1;
    const timer = setInterval(() => {
      if (ticks++ === 0) doneWhenFirstTick = sim.completed;
    }, 0);
    await runInSlices(sim, { budgetMs: 1 });
    clearInterval(timer);
    expect(sim.finished).toBe(true);
    expect(ticks).toBeGreaterThan(0);
    expect(doneWhenFirstTick).toBeLessThan(20000);
  });

  test("a cancel stops the work between chunks", async () => {
    let steps = 0;
    const work: Steppable & { done: number } = {
      done: 0,
      get finished() {
        return this.done >= 1e6;
      },
      get completed() {
        return this.done;
      },
      step(count: number) {
        steps++;
        this.done = Math.min(1e6, this.done + count);
        return this.done;
      },
    };
    const finished = await runInSlices(work, { slice: 10, cancelled: () => steps >= 3, yieldNow: () => Promise.resolve() });
    expect(finished).toBe(false);
    expect(steps).toBe(3);
    expect(work.completed).toBe(30);
  });
});
