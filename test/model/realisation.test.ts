/**
 * The realisation formulas against worked cases by hand, their boundaries, and properties.
 */
import fc from "fast-check";
import {
  checkThresholds,
  ragStatus,
  realisationRate,
  realisationVariance,
  reforecastValue,
  SUGGESTED_THRESHOLDS,
  varianceShare,
  type RagStatus,
} from "../../src/model/realisation";
import { savingsRamp } from "../../src/model/merger";
import { errorCode } from "../support/model";

const bands = { green: 0.9, amber: 0.7 };
const costBands = { green: 1.1, amber: 1.25 };

describe("variance and realisation rate", () => {
  test("the published case: £4m a year reached against £5m planned", () => {
    expect(realisationVariance(4e6, 5e6)).toBe(-1e6);
    expect(realisationRate(4e6, 5e6)).toBe(0.8);
    expect(varianceShare(4e6, 5e6)).toBeCloseTo(-0.2, 15);
  });
  test("£0.25m in a first year against £2.13m planned", () => {
    expect(realisationRate(0.25e6, 2.13e6)).toBeCloseTo(0.117371, 6);
    expect(realisationVariance(0.25e6, 2.13e6)).toBe(-1.88e6);
  });
  test("nothing planned: the rate and the share are #DIV/0!, the variance is the actual", () => {
    expect(errorCode(() => realisationRate(100, 0))).toBe("#DIV/0!");
    expect(errorCode(() => varianceShare(100, 0))).toBe("#DIV/0!");
    expect(realisationVariance(100, 0)).toBe(100);
  });
  test("a negative plan and non-numbers are #VALUE!, never NaN", () => {
    expect(errorCode(() => realisationRate(-50, -100))).toBe("#VALUE!");
    expect(errorCode(() => varianceShare(-50, -100))).toBe("#VALUE!");
    expect(errorCode(() => realisationRate(NaN, 100))).toBe("#VALUE!");
    expect(errorCode(() => realisationVariance(1, Infinity))).toBe("#VALUE!");
  });
  test("property: the share is the rate less 1", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (a, p) => {
          const rate = realisationRate(a, p);
          expect(Math.abs(varianceShare(a, p) - (rate - 1))).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(rate))
          );
        }
      )
    );
  });
});

describe("RAG status", () => {
  test("benefit bands at their boundaries: on a threshold takes the better band", () => {
    expect(ragStatus(0.9, bands, "benefit")).toBe("green");
    expect(ragStatus(900 / 1000, bands, "benefit")).toBe("green");
    expect(ragStatus(0.8999999, bands, "benefit")).toBe("amber");
    expect(ragStatus(0.7, bands, "benefit")).toBe("amber");
    expect(ragStatus(0.6999999, bands, "benefit")).toBe("red");
    expect(ragStatus(1.5, bands, "benefit")).toBe("green");
    expect(ragStatus(-0.2, bands, "benefit")).toBe("red");
  });
  test("cost bands: spending more is worse", () => {
    expect(ragStatus(0.5, costBands, "cost")).toBe("green");
    expect(ragStatus(1.1, costBands, "cost")).toBe("green");
    expect(ragStatus(1.1000001, costBands, "cost")).toBe("amber");
    expect(ragStatus(1.25, costBands, "cost")).toBe("amber");
    expect(ragStatus(1.2500001, costBands, "cost")).toBe("red");
  });
  test("equal thresholds leave no amber band", () => {
    expect(ragStatus(0.8, { green: 0.8, amber: 0.8 }, "benefit")).toBe("green");
    expect(ragStatus(0.79, { green: 0.8, amber: 0.8 }, "benefit")).toBe("red");
  });
  test("bands out of order, or negative, are #VALUE!", () => {
    expect(errorCode(() => ragStatus(1, { green: 0.7, amber: 0.9 }, "benefit"))).toBe("#VALUE!");
    expect(errorCode(() => ragStatus(1, { green: 1.25, amber: 1.1 }, "cost"))).toBe("#VALUE!");
    expect(errorCode(() => checkThresholds({ green: -1, amber: -2 }, "benefit"))).toBe("#VALUE!");
  });
  test("the suggested bands are in order and labelled an assumption", () => {
    expect(checkThresholds(SUGGESTED_THRESHOLDS.savings, "benefit")).toBe(
      SUGGESTED_THRESHOLDS.savings
    );
    expect(checkThresholds(SUGGESTED_THRESHOLDS.costs, "cost")).toBe(SUGGESTED_THRESHOLDS.costs);
    expect(SUGGESTED_THRESHOLDS.assumption).toBe(true);
  });
  const rank: Record<RagStatus, number> = { red: 0, amber: 1, green: 2 };
  test("property: a higher rate never worsens a benefit's status, nor improves a cost's", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (rate, more, a, b) => {
          const benefit = { green: Math.max(a, b), amber: Math.min(a, b) };
          const cost = { green: Math.min(a, b), amber: Math.max(a, b) };
          expect(rank[ragStatus(rate + more, benefit, "benefit")]).toBeGreaterThanOrEqual(
            rank[ragStatus(rate, benefit, "benefit")]
          );
          expect(rank[ragStatus(rate + more, cost, "cost")]).toBeLessThanOrEqual(
            rank[ragStatus(rate, cost, "cost")]
          );
        }
      )
    );
  });
});

describe("re-forecast", () => {
  test("worked: from £2.9m in year 3 to £6m a year in year 7", () => {
    expect(reforecastValue(4, 3, 2.9e6, 6e6, 7)).toBeCloseTo(3.675e6, 6);
    expect(reforecastValue(5, 3, 2.9e6, 6e6, 7)).toBeCloseTo(4.45e6, 6);
    expect(reforecastValue(7, 3, 2.9e6, 6e6, 7)).toBe(6e6);
    expect(reforecastValue(12, 3, 2.9e6, 6e6, 7)).toBe(6e6);
  });
  test("a level already reached holds from the next year; a level year after the horizon is only approached", () => {
    expect(reforecastValue(4, 3, 2.9e6, 4e6, 2)).toBe(4e6);
    expect(reforecastValue(4, 3, 2.9e6, 4e6, 3)).toBe(4e6);
    expect(reforecastValue(10, 3, 0, 17e6, 20)).toBe(7e6);
  });
  test("a year not after the last reported is #VALUE!", () => {
    expect(errorCode(() => reforecastValue(3, 3, 0, 1, 5))).toBe("#VALUE!");
    expect(errorCode(() => reforecastValue(1, 3, 0, 1, 5))).toBe("#VALUE!");
  });
  test("property: a linear ramp re-forecast from its own value to its own level is the ramp", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        (full, yearsToFull, asAt) => {
          const h = 45;
          const ramp = [0, ...savingsRamp(full, yearsToFull, h)];
          const levelYear = Math.max(1, yearsToFull);
          for (let t = asAt + 1; t <= h; t++) {
            const v = reforecastValue(t, asAt, ramp[asAt], full, levelYear);
            expect(Math.abs(v - ramp[t])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(full)));
          }
        }
      )
    );
  });
});
