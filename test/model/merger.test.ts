import fc from "fast-check";
import { npsv, payback } from "../../src/model/appraisal";
import { flatSchedule, STPR } from "../../src/model/discounting";
import {
  mergerFlows,
  mergerNpv,
  mergerPayback,
  rampShare,
  savingsRamp,
  type MergerCase,
} from "../../src/model/merger";
import { loadedHourlyRate, meetingCost } from "../../src/model/partnership-costs";
import { errorCode } from "../support/model";

const specCase: MergerCase = {
  fullSaving: 2e6,
  yearsToFull: 5,
  horizon: 10,
  oneOffCosts: [2e6, 1e6],
  annualCosts: 0.3e6,
};

describe("SAVINGS_RAMP", () => {
  test("linear: the domain's two associations, £5m a year by year five", () => {
    expect(savingsRamp(5e6, 5, 7)).toEqual([1e6, 2e6, 3e6, 4e6, 5e6, 5e6, 5e6]);
  });
  test("immediate, and years_to_full 0, are full from year 1", () => {
    expect(savingsRamp(100, 5, 3, "immediate")).toEqual([100, 100, 100]);
    expect(savingsRamp(100, 0, 3, "linear")).toEqual([100, 100, 100]);
    expect(savingsRamp(100, 0, 3, "s_curve")).toEqual([100, 100, 100]);
  });
  test("s_curve: half-way at years_to_full / 2, symmetric about it, full from years_to_full", () => {
    expect(rampShare(2.5, 5, "s_curve")).toBeCloseTo(0.5, 12);
    expect(rampShare(1, 5, "s_curve") + rampShare(4, 5, "s_curve")).toBeCloseTo(1, 12);
    expect(rampShare(5, 5, "s_curve")).toBe(1);
    const r = savingsRamp(100, 5, 6, "S_Curve");
    expect(r[0]).toBeCloseTo(4.1286, 4); // (σ(−3) − σ(−5)) / (σ(5) − σ(−5))
    expect(r.slice(4)).toEqual([100, 100]);
  });
  test("property: every shape rises monotonically from 0 to the full saving", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.constantFrom("linear", "immediate", "s_curve"),
        (y, shape) => {
          const r = savingsRamp(1, y, 40, shape);
          r.forEach((x, k) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
            if (k > 0) expect(x).toBeGreaterThanOrEqual(r[k - 1]);
            if (k + 1 >= y) expect(x).toBe(1);
          });
        }
      )
    );
  });
  test("bad input: #VALUE!", () => {
    expect(errorCode(() => savingsRamp(1, 5, 0))).toBe("#VALUE!");
    expect(errorCode(() => savingsRamp(1, 5, 2.5))).toBe("#VALUE!");
    expect(errorCode(() => savingsRamp(1, -1, 5))).toBe("#VALUE!");
    expect(errorCode(() => savingsRamp(1, 5, 5, "exponential"))).toBe("#VALUE!");
  });
});

describe("MERGER_NPV and MERGER_PAYBACK", () => {
  test("spec example: £2m at full in year 5, horizon 10, one-off £2m and £1m, £0.3m a year, 3.5% → £7,435,807.86", () => {
    expect(mergerNpv(specCase, flatSchedule(0.035))).toBeCloseTo(7_435_807.86, 2);
  });
  test("the same by hand: Σ ramp·DF − one-off·DF − annual·DF", () => {
    let byHand = -2e6 - 1e6 / 1.035;
    for (let k = 1; k <= 10; k++) byHand += (Math.min(1, k / 5) * 2e6 - 0.3e6) / 1.035 ** k;
    expect(mergerNpv(specCase, flatSchedule(0.035))).toBeCloseTo(byHand, 6);
  });
  test("agrees with part I's NPSV and PAYBACK on the same flows (one discounting code)", () => {
    const { benefits, costs } = mergerFlows(specCase);
    expect(mergerNpv(specCase, STPR)).toBe(npsv(benefits, costs, STPR));
    expect(mergerPayback(specCase, STPR)).toBe(payback(benefits, costs, STPR));
  });
  test("payback of the spec example: cumulative discounted net turns positive during year 5 → 4.32 years", () => {
    const p = mergerPayback(specCase, flatSchedule(0.035));
    expect(p).toBeGreaterThan(4);
    expect(p).toBeLessThan(5);
    expect(p).toBeCloseTo(4.3201, 4);
  });
  test("annual costs as a row from year 1; shorter rows leave later years at 0", () => {
    const row = mergerNpv({ ...specCase, annualCosts: [0.3e6, 0.3e6] }, flatSchedule(0.035));
    const flat = mergerNpv({ ...specCase, annualCosts: 0 }, flatSchedule(0.035));
    expect(flat - row).toBeCloseTo(0.3e6 / 1.035 + 0.3e6 / 1.035 ** 2, 6);
  });
  test("costs past the horizon are #VALUE!, never dropped; a case that never pays back is #N/A", () => {
    expect(
      errorCode(() => mergerNpv({ ...specCase, horizon: 3, oneOffCosts: [1, 1, 1, 1, 1] }, STPR))
    ).toBe("#VALUE!");
    expect(
      errorCode(() => mergerNpv({ ...specCase, horizon: 2, annualCosts: [1, 1, 1] }, STPR))
    ).toBe("#VALUE!");
    expect(errorCode(() => mergerPayback({ ...specCase, fullSaving: 0.1e6 }, STPR))).toBe("#N/A");
  });
  test("property: more annual cost or more one-off cost never raises the NPV", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        (extraAnnual, extraOneOff) => {
          const base = mergerNpv(specCase, STPR);
          expect(
            mergerNpv({ ...specCase, annualCosts: 0.3e6 + extraAnnual }, STPR)
          ).toBeLessThanOrEqual(base + 1e-6);
          expect(
            mergerNpv({ ...specCase, oneOffCosts: [2e6 + extraOneOff, 1e6] }, STPR)
          ).toBeLessThanOrEqual(base + 1e-6);
        }
      )
    );
  });
});

describe("MEETING_COST and LOADED_HOURLY_RATE", () => {
  test("worked case: 12 meetings × 8 people × 2 hours × 1.5 × £45 = £12,960", () => {
    expect(
      meetingCost([
        { meetingsPerYear: 12, attendees: 8, hours: 2, hourlyRate: 45, preparation: 0.5 },
      ])
    ).toBeCloseTo(12960, 9);
  });
  test("several forums add up", () => {
    const board = { meetingsPerYear: 6, attendees: 10, hours: 3, hourlyRate: 60 };
    const ops = { meetingsPerYear: 52, attendees: 4, hours: 1, hourlyRate: 30, preparation: 0.25 };
    expect(meetingCost([board, ops])).toBeCloseTo(6 * 10 * 3 * 60 + 52 * 4 * 1.25 * 30, 9);
  });
  test("loaded hourly rate: £45,000 with 30% on-costs over 1,650 hours = £35.45", () => {
    expect(loadedHourlyRate(45000, 0.3, 1650)).toBeCloseTo(35.4545, 4);
  });
  test("bad input: 30 (meaning 30%) on-costs, zero hours, negative attendees → #VALUE!", () => {
    expect(errorCode(() => loadedHourlyRate(45000, 30, 1650))).toBe("#VALUE!");
    expect(errorCode(() => loadedHourlyRate(45000, 0.3, 0))).toBe("#VALUE!");
    expect(
      errorCode(() => meetingCost([{ meetingsPerYear: 1, attendees: -2, hours: 1, hourlyRate: 1 }]))
    ).toBe("#VALUE!");
  });
});
