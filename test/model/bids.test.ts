import fc from "fast-check";
import {
  abnormallyLow,
  bidScores,
  priceScore,
  type Bid,
  type PriceMethod,
} from "../../src/model/bids";
import { errorCode } from "../support/model";

describe("PRICE_SCORE", () => {
  test("worked cases: 120 against a lowest of 100, 40 points: relative 33.33, linear 32", () => {
    expect(priceScore(120, [100, 120, 150], 40, "relative")).toBeCloseTo(100 / 3, 12);
    expect(priceScore(120, [100, 120, 150], 40, "linear")).toBeCloseTo(32, 12);
  });
  test("the lowest bid gets full marks; linear reaches 0 at twice the lowest and stays there", () => {
    expect(priceScore(100, [100, 150], 40, "linear")).toBe(40);
    expect(priceScore(200, [100, 200], 40, "linear")).toBe(0);
    expect(priceScore(250, [100, 250], 40, "linear")).toBe(0);
  });
  test("a price below every listed price still scores at most max_points", () => {
    expect(priceScore(80, [100, 120], 40)).toBe(40);
  });
  test("zero or negative prices are #VALUE!", () => {
    expect(errorCode(() => priceScore(0, [100], 40))).toBe("#VALUE!");
    expect(errorCode(() => priceScore(100, [100, -5], 40))).toBe("#VALUE!");
  });
});

describe("BID_SCORES", () => {
  test("worked case: 60/40 price/quality, relative", () => {
    expect(
      bidScores(
        [
          { price: 100, quality: 0.6 },
          { price: 125, quality: 0.9 },
        ],
        { price: 60, quality: 40 }
      )
    ).toEqual([84, 84]);
  });
  test("worked case with social value at 10 points: 72.33, 82, 70", () => {
    const bids: Bid[] = [
      { price: 100, quality: 0.6, socialValue: 1000 },
      { price: 125, quality: 0.9, socialValue: 3000 },
      { price: 90, quality: 0.5, socialValue: 0 },
    ];
    const s = bidScores(bids, { price: 50, quality: 40, socialValue: 10 });
    expect(s[0]).toBeCloseTo(45 + 24 + 10 / 3, 12);
    expect(s[1]).toBeCloseTo(36 + 36 + 10, 12);
    expect(s[2]).toBeCloseTo(50 + 20, 12);
  });
  test("linear method", () => {
    const s = bidScores(
      [
        { price: 100, quality: 1 },
        { price: 150, quality: 1 },
      ],
      { price: 60, quality: 40 },
      "linear"
    );
    expect(s).toEqual([100, 70]);
  });
  test("nobody offers social value: those points go to nobody (no #DIV/0!)", () => {
    const s = bidScores([{ price: 100, quality: 0.5, socialValue: 0 }], {
      price: 50,
      quality: 40,
      socialValue: 10,
    });
    expect(s).toEqual([70]);
  });
  test("bad input: quality 72 (meaning 72%), a negative weight, a social value weight without social values → #VALUE!", () => {
    expect(
      errorCode(() => bidScores([{ price: 100, quality: 72 }], { price: 60, quality: 40 }))
    ).toBe("#VALUE!");
    expect(
      errorCode(() => bidScores([{ price: 100, quality: 0.7 }], { price: -60, quality: 40 }))
    ).toBe("#VALUE!");
    expect(
      errorCode(() =>
        bidScores([{ price: 100, quality: 0.7 }], { price: 60, quality: 30, socialValue: 10 })
      )
    ).toBe("#VALUE!");
  });

  const bidArb = fc.record({
    price: fc.double({ min: 1, max: 1e7, noNaN: true }),
    quality: fc.double({ min: 0, max: 1, noNaN: true }),
    socialValue: fc.double({ min: 0, max: 1e6, noNaN: true }),
  });
  const weightsArb = fc.record({
    price: fc.double({ min: 0, max: 100, noNaN: true }),
    quality: fc.double({ min: 0, max: 100, noNaN: true }),
    socialValue: fc.double({ min: 0, max: 100, noNaN: true }),
  });
  const methodArb = fc.constantFrom<PriceMethod>("relative", "linear");

  test("property: scores are invariant to the order of the bids", () => {
    fc.assert(
      fc.property(
        fc.array(bidArb, { minLength: 1, maxLength: 30 }),
        weightsArb,
        methodArb,
        fc.integer(),
        (bids, w, m, seed) => {
          const order = bids
            .map((_, i) => i)
            .sort((a, b) => ((a * 2654435761 + seed) % 97) - ((b * 2654435761 + seed) % 97));
          const scores = bidScores(bids, w, m);
          const shuffled = bidScores(
            order.map((i) => bids[i]),
            w,
            m
          );
          order.forEach((i, k) => expect(shuffled[k]).toBe(scores[i]));
        }
      )
    );
  });
  test("property: a cheaper bid never scores fewer price points", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        methodArb,
        (prices, max, m) => {
          const only = bidScores(
            prices.map((price) => ({ price, quality: 0 })),
            { price: max, quality: 0 },
            m
          );
          prices.forEach((p, i) =>
            prices.forEach((q, j) => {
              if (p < q) expect(only[i]).toBeGreaterThanOrEqual(only[j]);
            })
          );
        }
      )
    );
  });
  test("property: totals are finite and within 0 … the sum of the weights", () => {
    fc.assert(
      fc.property(
        fc.array(bidArb, { minLength: 1, maxLength: 30 }),
        weightsArb,
        methodArb,
        (bids, w, m) => {
          bidScores(bids, w, m).forEach((s) => {
            expect(Number.isFinite(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual((w.price + w.quality + w.socialValue) * (1 + 1e-12));
          });
        }
      )
    );
  });
});

describe("ABNORMALLY_LOW", () => {
  test("worked case: mean without the highest (200) is 96.25; 70 is more than 15% below it", () => {
    expect(abnormallyLow([100, 105, 110, 70, 200])).toEqual([false, false, false, true, false]);
  });
  test("exactly threshold below is not more than threshold below", () => {
    // Without one 150: the mean of 100, 50 and 150 is 100; 50% below it is 50.
    expect(abnormallyLow([100, 50, 150, 150], 0.5)).toEqual([false, false, false, false]);
    // The bid is part of the benchmark: mean of 100, 49.9, 150 is 99.97; 49.9 < 49.98.
    expect(abnormallyLow([100, 49.9, 150, 150], 0.5)).toEqual([false, true, false, false]);
  });
  test("only one highest bid is left out when several tie", () => {
    // Mean of 100 and 70 is 85 and 70 < 72.25; leaving out both 100s would give 70 and no flag.
    expect(abnormallyLow([100, 100, 70])).toEqual([false, false, true]);
  });
  test("one bid is #N/A (nothing to compare); a threshold of 15 (meaning 15%) is #VALUE!", () => {
    expect(errorCode(() => abnormallyLow([100]))).toBe("#N/A");
    expect(errorCode(() => abnormallyLow([100, 90], 15))).toBe("#VALUE!");
  });
  test("property: invariant to the order of the bids; a higher threshold never flags more", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 2, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (prices, t1, t2) => {
          const reversed = abnormallyLow([...prices].reverse()).reverse();
          const flags = abnormallyLow(prices);
          // Summation order can move the mean by an ulp; compare away from the boundary.
          const mean =
            (prices.reduce((a, b) => a + b, 0) - Math.max(...prices)) / (prices.length - 1);
          prices.forEach((p, i) => {
            if (Math.abs(p - 0.85 * mean) > 1e-9 * mean) expect(reversed[i]).toBe(flags[i]);
          });
          const [lo, hi] = t1 < t2 ? [t1, t2] : [t2, t1];
          const count = (t: number) => abnormallyLow(prices, t).filter(Boolean).length;
          expect(count(hi)).toBeLessThanOrEqual(count(lo));
        }
      )
    );
  });
});
