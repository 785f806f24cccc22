import fc from "fast-check";
import { flatSchedule, STPR } from "../../src/model/discounting";
import { ModelError } from "../../src/model/errors";
import { errorCode } from "../support/model";
import { brent, percentileSorted, seededUniform, triangular } from "../../src/model/numerics";
import { outcomeTable, sroiRatio, type Outcome } from "../../src/model/sroi";
import {
  setUniform,
  SroiSimulation,
  sroiSensitivity,
  sroiSimulate,
  sroiSwitching,
} from "../../src/model/uncertainty";

const outcomes: Outcome[] = [
  { quantity: 10, proxy: 1000, duration: 2, dropOff: 0.1 },
  { quantity: 4, proxy: 2500, duration: 3, deadweight: 0.2, attribution: 0.1, dropOff: 0.2 },
];
const a = { outcomes: outcomeTable(outcomes), inputs: 10000, discount: flatSchedule(0.035) };

describe("sensitivity (tornado)", () => {
  const rows = sroiSensitivity(a, 0.2);
  test("every input once, widest first", () => {
    expect(rows.map((r) => r.input).sort()).toEqual(
      [
        "attribution",
        "deadweight",
        "discount",
        "displacement",
        "drop_off",
        "duration",
        "proxy",
        "quantity",
      ].sort()
    );
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1].width).toBeGreaterThanOrEqual(rows[i].width);
  });
  test("the ratio is linear in quantity and in proxy: ±20% moves it by ±20%", () => {
    const base = sroiRatio(a);
    const q = rows.find((r) => r.input === "quantity")!;
    expect(q.low).toBeCloseTo(base * 0.8, 12);
    expect(q.high).toBeCloseTo(base * 1.2, 12);
  });
  test("displacement of 0 scaled stays 0: no swing", () => {
    expect(rows.find((r) => r.input === "displacement")!.width).toBe(0);
  });
});

describe("switching values", () => {
  test("deadweight in closed form: the ratio at the switching value is 1", () => {
    const x = sroiSwitching(a, "deadweight");
    expect(sroiRatio(setUniform(a, "deadweight", x))).toBeCloseTo(1, 12);
  });
  test("drop-off and discount by root finding: the ratio there is 1", () => {
    // With inputs of 20,000, year 1 alone (16,618 of PV) no longer covers them.
    const dear = { ...a, inputs: 20000 };
    for (const input of ["drop_off", "discount"] as const) {
      const x = sroiSwitching(dear, input);
      expect(x).toBeGreaterThan(0);
      expect(sroiRatio(setUniform(dear, input, x))).toBeCloseTo(1, 9);
    }
  });
  test("#N/A when no value in range reaches 1", () => {
    // Even a 100% drop-off leaves year 1, worth more than the inputs.
    expect(() => sroiSwitching(a, "drop_off")).toThrow(/No drop-off/);
    const poor = { ...a, inputs: 1e6 };
    expect(() => sroiSwitching(poor, "attribution")).toThrow(ModelError);
    try {
      sroiSwitching(poor, "drop_off");
    } catch (e) {
      expect((e as ModelError).code).toBe("#N/A");
    }
  });
  test("Brent finds a known root", () => {
    expect(brent((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 12);
    expect(brent((x) => Math.cos(x) - x, 0, 1)).toBeCloseTo(0.7390851332151607, 12);
  });
});

describe("Monte Carlo", () => {
  test("same seed, same answer; another seed, a different stream", () => {
    const opts = { uncertainty: 0.2, iterations: 5000, seed: 42 };
    expect(sroiSimulate(a, opts)).toEqual(sroiSimulate(a, opts));
    expect(sroiSimulate(a, { ...opts, seed: 43 }).p50).not.toBe(sroiSimulate(a, opts).p50);
  });
  test("no uncertainty: every iteration is the base ratio", () => {
    const s = sroiSimulate(a, { uncertainty: 0, iterations: 100, seed: 1 });
    const base = sroiRatio(a);
    expect(s.p5).toBeCloseTo(base, 12);
    expect(s.p95).toBeCloseTo(base, 12);
    expect(s.probabilityAboveOne).toBe(base > 1 ? 1 : 0);
  });
  test("the median is close to the base ratio and the percentiles are ordered", () => {
    const s = sroiSimulate(a, { uncertainty: 0.2, iterations: 20000, seed: 7 });
    expect(s.p5).toBeLessThan(s.p50);
    expect(s.p50).toBeLessThan(s.p95);
    expect(Math.abs(s.p50 / sroiRatio(a) - 1)).toBeLessThan(0.03);
  });
  test("running in steps gives the same ratios as one run", () => {
    const opts = { uncertainty: 0.3, iterations: 1000, seed: 9 };
    const stepped = new SroiSimulation({ ...a, discount: STPR }, opts);
    while (!stepped.finished) stepped.step(137);
    const whole = new SroiSimulation({ ...a, discount: STPR }, opts);
    whole.step(1000);
    expect(Array.from(stepped.ratios)).toEqual(Array.from(whole.ratios));
  });
  test("property: percentiles ordered and within the ratio's reachable range", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer(),
        (u, n, seed) => {
          const s = sroiSimulate(a, { uncertainty: u, iterations: n, seed });
          expect(s.p5).toBeLessThanOrEqual(s.p50);
          expect(s.p50).toBeLessThanOrEqual(s.p95);
          expect(s.probabilityAboveOne).toBeGreaterThanOrEqual(0);
          expect(s.probabilityAboveOne).toBeLessThanOrEqual(1);
        }
      ),
      { numRuns: 50 }
    );
  });
  test("the random source: uniform in [0, 1), triangular on [−1, 1] with mean 0", () => {
    const u = seededUniform(123);
    let sum = 0;
    let sumT = 0;
    let min = 1;
    let max = 0;
    const n = 200000;
    for (let i = 0; i < n; i++) {
      const x = u();
      sum += x;
      sumT += triangular(x);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumT / n)).toBeLessThan(0.005);
    expect(percentileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
  test("bad options are #VALUE!", () => {
    expect(() => sroiSimulate(a, { uncertainty: 2, iterations: 10, seed: 1 })).toThrow(
      /uncertainty/
    );
    expect(() => sroiSimulate(a, { uncertainty: 0.2, iterations: 0, seed: 1 })).toThrow(
      /iterations/
    );
  });
});

describe("TriangularStream", () => {
  test("gives the same draws, in order, as the pure-rand generator through seededUniform", () => {
    const { TriangularStream } = jest.requireActual("../../src/model/numerics");
    const stream = new TriangularStream(2026);
    const buffer = new Float64Array(1000);
    stream.fill(buffer);
    const u = seededUniform(2026);
    for (let i = 0; i < buffer.length; i++) expect(buffer[i]).toBe(triangular(u()));
  });
});

describe("inputs worth nothing", () => {
  const free = { ...a, inputs: 0 };
  const yearlyFree = { ...a, inputs: [0, 0, 0] };
  test.each([free, yearlyFree])(
    "#DIV/0! from sensitivity, every switching input and simulation",
    (x) => {
      const code = errorCode;
      expect(code(() => sroiSensitivity(x, 0.2))).toBe("#DIV/0!");
      for (const input of [
        "deadweight",
        "displacement",
        "attribution",
        "drop_off",
        "discount",
      ] as const) {
        expect(code(() => sroiSwitching(x, input))).toBe("#DIV/0!");
      }
      expect(code(() => sroiSimulate(x, { uncertainty: 0.2, iterations: 10, seed: 1 }))).toBe(
        "#DIV/0!"
      );
    }
  );
});
