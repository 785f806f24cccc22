import fc from "fast-check";
import { flatSchedule, STPR } from "../../src/model/discounting";
import { errorCode } from "../support/model";
import {
  impact,
  impactSchedule,
  outcomeTable,
  sroiNpv,
  sroiPayback,
  sroiPv,
  sroiRatio,
  type Outcome,
} from "../../src/model/sroi";

const analysis = (outcomes: Outcome[], inputs: number | number[] = 10000, rate = 0.035) => ({
  outcomes: outcomeTable(outcomes),
  inputs,
  discount: flatSchedule(rate),
});
const code = errorCode;

describe("SROI worked examples (the guide's value-map arithmetic)", () => {
  const one: Outcome = { quantity: 10, proxy: 1000, duration: 2, dropOff: 0.1 };

  test("impact nets off deadweight, displacement and attribution multiplicatively", () => {
    const t = outcomeTable([
      { quantity: 10, proxy: 1000, duration: 1, deadweight: 0.2, attribution: 0.25 },
    ]);
    expect(impact(t)).toBeCloseTo(6000, 10);
    const t2 = outcomeTable([
      {
        quantity: 5,
        proxy: 200,
        duration: 1,
        deadweight: 0.1,
        displacement: 0.1,
        attribution: 0.1,
      },
    ]);
    expect(impact(t2)).toBeCloseTo(1000 * 0.9 ** 3, 10);
  });

  test("schedule: year 1 … n with drop-off, fractional last year pro-rated", () => {
    const t = outcomeTable([
      { quantity: 10, proxy: 1000, duration: 3, dropOff: 0.1 },
      { quantity: 1, proxy: 100, duration: 1.5, start: 2 },
    ]);
    const s = impactSchedule(t);
    expect(s[0].map((v) => Math.round(v * 100) / 100)).toEqual([10000, 9000, 8100]);
    expect(s[1]).toEqual([0, 100, 50]);
  });

  test("PV, ratio, NPV, payback for one outcome at 3.5%", () => {
    const a = analysis([one]);
    const pvExpected = 10000 / 1.035 + 9000 / 1.035 ** 2;
    expect(sroiPv(a.outcomes, a.discount)).toBeCloseTo(pvExpected, 8);
    expect(sroiPv(a.outcomes, a.discount)).toBeCloseTo(18063.43, 2);
    expect(sroiRatio(a)).toBeCloseTo(pvExpected / 10000, 12);
    expect(sroiNpv(a)).toBeCloseTo(pvExpected - 10000, 8);
    // Year 1 brings 9,661.84 of PV; the remaining 338.16 comes from year 2's 8,401.51.
    expect(sroiPayback(a)).toBeCloseTo(
      12 + (12 * (10000 - 10000 / 1.035)) / (9000 / 1.035 ** 2),
      10
    );
  });

  test("yearly inputs are discounted from year 0 at the same rate", () => {
    const a = analysis([one], [6000, 4000]);
    expect(sroiRatio(a)).toBeCloseTo(
      (10000 / 1.035 + 9000 / 1.035 ** 2) / (6000 + 4000 / 1.035),
      12
    );
  });

  test("errors: zero inputs, shares out of range, bad durations, never pays back", () => {
    expect(code(() => sroiRatio(analysis([one], 0)))).toBe("#DIV/0!");
    expect(code(() => outcomeTable([{ ...one, deadweight: 19 }]))).toBe("#VALUE!");
    expect(() => outcomeTable([{ ...one, deadweight: 19 }])).toThrow(/enter 0.19/);
    expect(code(() => outcomeTable([{ ...one, duration: -1 }]))).toBe("#VALUE!");
    expect(code(() => outcomeTable([{ ...one, start: 1.5 }]))).toBe("#VALUE!");
    expect(code(() => sroiPayback(analysis([one], 1e9)))).toBe("#N/A");
  });
});

const share = fc.double({ min: 0, max: 1, noNaN: true });
const outcomeArb = fc.record({
  quantity: fc.double({ min: 0, max: 1e4, noNaN: true }),
  proxy: fc.double({ min: 0, max: 1e5, noNaN: true }),
  duration: fc.double({ min: 0, max: 20, noNaN: true }),
  deadweight: share,
  displacement: share,
  attribution: share,
  dropOff: share,
  start: fc.integer({ min: 0, max: 5 }),
});

describe("SROI properties", () => {
  test("finite for any valid value map; never NaN", () => {
    fc.assert(
      fc.property(
        fc.array(outcomeArb, { minLength: 0, maxLength: 8 }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        (os, inputs) => {
          const a = analysis(os, inputs);
          expect(Number.isFinite(sroiRatio(a))).toBe(true);
          expect(Number.isFinite(sroiNpv(a))).toBe(true);
        }
      )
    );
  });

  test.each(["deadweight", "displacement", "attribution", "dropOff"] as const)(
    "more %s never raises the ratio",
    (field) => {
      fc.assert(
        fc.property(
          fc.array(outcomeArb, { minLength: 1, maxLength: 6 }),
          share,
          share,
          (os, x, y) => {
            const [lo, hi] = x < y ? [x, y] : [y, x];
            const r = (v: number) => sroiRatio(analysis(os.map((o) => ({ ...o, [field]: v }))));
            expect(r(hi)).toBeLessThanOrEqual(r(lo) * (1 + 1e-12) + 1e-12);
          }
        )
      );
    }
  );

  test("a higher discount rate never raises the PV of positive impact", () => {
    fc.assert(
      fc.property(
        fc.array(outcomeArb, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (os, r) => {
          const t = outcomeTable(os);
          expect(sroiPv(t, flatSchedule(r + 0.01))).toBeLessThanOrEqual(
            sroiPv(t, flatSchedule(r)) * (1 + 1e-12) + 1e-9
          );
        }
      )
    );
  });

  test("the schedule discounted year by year equals the PV", () => {
    fc.assert(
      fc.property(fc.array(outcomeArb, { minLength: 1, maxLength: 5 }), (os) => {
        const t = outcomeTable(os);
        const first = os.some((o) => o.start === 0) ? 0 : 1;
        const rows = impactSchedule(t, first);
        let total = 0;
        for (const row of rows) row.forEach((v, j) => (total += v / 1.035 ** (first + j)));
        expect(sroiPv(t, flatSchedule(0.035))).toBeCloseTo(total, 6);
      })
    );
  });

  test("STPR and a 3.5% flat rate agree within 30 years", () => {
    const t = outcomeTable([{ quantity: 3, proxy: 700, duration: 25, dropOff: 0.05 }]);
    expect(sroiPv(t, STPR)).toBeCloseTo(sroiPv(t, flatSchedule(0.035)), 9);
  });
});
