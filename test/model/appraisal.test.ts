import fc from "fast-check";
import { npv as financialNpv } from "financial";
import {
  bcr,
  distributionalWeight,
  npsv,
  optimismBias,
  payback,
  pv,
  realTerms,
} from "../../src/model/appraisal";
import { flatSchedule, STPR, HEALTH } from "../../src/model/discounting";
import { errorCode } from "../support/model";

const flat = flatSchedule;
const code = errorCode;

describe("PV, NPSV, BCR", () => {
  test("worked example: 100 a year for three years at 10%", () => {
    expect(pv([100, 100, 100], flat(0.1))).toBeCloseTo(100 + 100 / 1.1 + 100 / 1.21, 10);
    expect(pv([100, 100, 100], flat(0.1), 1)).toBeCloseTo(100 / 1.1 + 100 / 1.21 + 100 / 1.331, 10);
  });

  test("agrees with the financial package (numpy-financial's port) on random flows, to 1e-9 relative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (rate, values) => {
          const ours = pv(values, flat(rate));
          const theirs = financialNpv(rate, values); // numpy convention: first value at t = 0
          expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs)));
        }
      )
    );
  });

  test("NPSV and BCR with rows of different lengths", () => {
    const b = [0, 60, 60];
    const c = [100];
    expect(npsv(b, c, flat(0.035))).toBeCloseTo(60 / 1.035 + 60 / 1.035 ** 2 - 100, 10);
    expect(bcr(b, c, flat(0.035))).toBeCloseTo((60 / 1.035 + 60 / 1.035 ** 2) / 100, 12);
    expect(code(() => bcr(b, [0, 0], STPR))).toBe("#DIV/0!");
  });

  test("property: a higher discount rate never raises the PV of positive flows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (values, r1, r2) => {
          const [lo, hi] = r1 < r2 ? [r1, r2] : [r2, r1];
          expect(pv(values, flat(hi))).toBeLessThanOrEqual(
            pv(values, flat(lo)) * (1 + 1e-12) + 1e-9
          );
        }
      )
    );
  });
});

describe("PAYBACK", () => {
  test("spec example: costs 100 in year 0, benefits 40 a year in years 1–5, undiscounted → 2.5", () => {
    expect(payback([0, 40, 40, 40, 40, 40], [100], flat(0), 0, false)).toBeCloseTo(2.5, 12);
  });
  test("discounted payback is later than simple payback", () => {
    const d = payback([0, 40, 40, 40, 40, 40], [100], flat(0.035), 0, true);
    expect(d).toBeGreaterThan(2.5);
    // Cumulative after year 2: −100 + 40/1.035 + 40/1.035² = −23.43; year 3 adds 36.08.
    const before = -100 + 40 / 1.035 + 40 / 1.035 ** 2;
    expect(d).toBeCloseTo(2 + -before / (40 / 1.035 ** 3), 10);
  });
  test("0 if never negative, #N/A if never reached", () => {
    expect(payback([10, 10], [0, 5], STPR)).toBe(0);
    expect(code(() => payback([0, 10], [100], STPR))).toBe("#N/A");
  });
});

describe("optimism bias, distributional weights, real terms", () => {
  test("Green Book combined uplift: 30% × 51% + 70% × 24% = 32.1%", () => {
    expect(optimismBias([0.3, 0.7], [0.51, 0.24], [0, 0])).toBeCloseTo(1.321, 12);
    expect(optimismBias([1000], [0.24], [0.5])).toBeCloseTo(1120, 10);
    expect(code(() => optimismBias([1], [0.2], [1.5]))).toBe("#VALUE!");
  });
  test("distributional weight with elasticity 1.3", () => {
    expect(distributionalWeight(15000, 30000)).toBeCloseTo(2 ** 1.3, 12);
    expect(distributionalWeight(30000, 30000)).toBe(1);
    expect(code(() => distributionalWeight(0, 30000))).toBe("#VALUE!");
  });
  test("Green Book example: £1,000 at 2% → 980, 961, 942, 924, 906", () => {
    expect([1, 2, 3, 4, 5].map((y) => Math.round(realTerms(1000, y)))).toEqual([
      980, 961, 942, 924, 906,
    ]);
  });
  test("health schedule discounts less than STPR", () => {
    expect(pv([0, 0, 100], HEALTH)).toBeGreaterThan(pv([0, 0, 100], STPR));
  });
});
