import fc from "fast-check";
import {
  discountFactor,
  discountFactors,
  discountSchedule,
  flatSchedule,
  HEALTH,
  STPR,
  rateForYear,
} from "../../src/model/discounting";
import { ModelError } from "../../src/model/errors";

/** The Green Book factors written out band by band, independently of the implementation. */
function greenBookFactor(year: number, rates: number[]): number {
  const bands: [number, number][] = [
    [1, 30],
    [31, 75],
    [76, 125],
    [126, 200],
    [201, 300],
    [301, Infinity],
  ];
  let df = 1;
  bands.forEach(([a, b], i) => {
    const n = Math.max(0, Math.min(year, b) - a + 1);
    df *= (1 + rates[i]) ** -n;
  });
  return df;
}
const STPR_RATES = [0.035, 0.03, 0.025, 0.02, 0.015, 0.01];
const HEALTH_RATES = [0.015, 0.0129, 0.0107, 0.0086, 0.0064, 0.0043];

describe("Green Book discount factors", () => {
  // Tolerance: 1e-12 relative; the two computations differ only in rounding.
  test.each([0, 1, 29, 30, 31, 75, 76, 125, 126, 200, 201, 300, 301, 400])(
    "STPR year %i",
    (year) => {
      expect(discountFactor(year, STPR)).toBeCloseTo(greenBookFactor(year, STPR_RATES), 12);
    }
  );

  test.each([0, 1, 30, 31, 76, 126, 201, 301])("HEALTH year %i", (year) => {
    expect(discountFactor(year, HEALTH)).toBeCloseTo(greenBookFactor(year, HEALTH_RATES), 12);
  });

  test("published values at the first band boundary (Green Book table, 4 d.p.)", () => {
    // 1.035^-30 = 0.3563 and a further year at 3.0% = 0.3459.
    expect(discountFactor(30, STPR)).toBeCloseTo(0.3563, 4);
    expect(discountFactor(31, STPR)).toBeCloseTo(0.3459, 4);
    expect(discountFactor(10, STPR)).toBeCloseTo(0.7089, 4);
  });

  test("the rate of each year is its band's", () => {
    expect(rateForYear(STPR, 30)).toBe(0.035);
    expect(rateForYear(STPR, 31)).toBe(0.03);
    expect(rateForYear(STPR, 301)).toBe(0.01);
  });

  test("a fractional year discounts the part-year at the next year's rate", () => {
    expect(discountFactor(30.5, STPR)).toBeCloseTo(discountFactor(30, STPR) / Math.sqrt(1.03), 14);
    expect(discountFactor(0.5, flatSchedule(0.05))).toBeCloseTo(1 / Math.sqrt(1.05), 14);
  });

  test("the recurrence table agrees with the closed form", () => {
    const table = discountFactors(350, STPR);
    for (let t = 0; t <= 350; t++) expect(table[t]).toBeCloseTo(discountFactor(t, STPR), 13);
  });

  test("discount argument: numbers, names in any case, and errors with messages", () => {
    expect(discountSchedule("stpr")).toBe(STPR);
    expect(discountSchedule(" Health ")).toBe(HEALTH);
    expect(() => discountSchedule("GreenBook")).toThrow(/STPR/);
    expect(() => discountSchedule(3.5)).toThrow(/for 3.5%, enter 0.035/);
    expect(() => discountSchedule(-1)).toThrow(ModelError);
    expect(() => discountFactor(-1, STPR)).toThrow(/year must be 0 or more/);
  });

  test("property: factors are positive, finite and fall with time for positive rates", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0001, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (r, t) => {
          const s = flatSchedule(r);
          const df = discountFactor(t, s);
          expect(Number.isFinite(df)).toBe(true);
          expect(df).toBeGreaterThan(0);
          expect(discountFactor(t + 1, s)).toBeLessThan(df);
        }
      )
    );
  });
});
