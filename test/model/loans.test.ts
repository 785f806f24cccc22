import fc from "fast-check";
import { ipmt, pmt } from "financial";
import {
  loanExtraInterest,
  loanRepricingCost,
  loanRepricingSchedule,
  openingShares,
  swapBreakCost,
  type Loan,
  type Repayment,
} from "../../src/model/loans";
import { errorCode } from "../support/model";

const spec: Loan = {
  balance: 50e6,
  oldMargin: 0.003,
  newMargin: 0.015,
  years: 20,
  discountRate: 0.05,
  repayment: "bullet",
};

describe("LOAN_REPRICING_COST", () => {
  test("spec example: £50m bullet, 20 years, 0.30% → 1.50%, 5% → £7,477,326.21 (to the penny)", () => {
    expect(loanRepricingCost([spec])).toBeCloseTo(7_477_326.21, 2);
  });
  test("worked case: a repricing window at 5 years and a 0.1% consent fee", () => {
    // 600,000 a year for 5 years at 5% (annuity factor 4.329477) plus 50,000 now.
    const expected = 50_000 + 600_000 * ((1 - 1.05 ** -5) / 0.05);
    expect(loanRepricingCost([{ ...spec, repricingInYears: 5, consentFee: 0.001 }])).toBeCloseTo(
      expected,
      6
    );
    expect(expected).toBeCloseTo(2_647_686.0, 1);
  });
  test("worked case: straight-line, 3 years, 1% → 2% on 3,000,000: 30,000, 20,000, 10,000", () => {
    const loan: Loan = {
      balance: 3e6,
      oldMargin: 0.01,
      newMargin: 0.02,
      years: 3,
      discountRate: 0.1,
      repayment: "straight",
    };
    expect(Array.from(loanExtraInterest(loan))).toEqual(
      [30000, 20000, 10000].map((x) => expect.closeTo(x, 8))
    );
    expect(loanRepricingCost([loan])).toBeCloseTo(30000 / 1.1 + 20000 / 1.21 + 10000 / 1.331, 8);
  });
  test("worked case: annuity balances follow the level-payment schedule (2 years at 10%)", () => {
    // Payment 576,190.48 on 1,000,000: year 2 opens at 1,100,000 − 576,190.48 = 523,809.52.
    expect(Array.from(openingShares(2, "annuity", 0.1))).toEqual([
      1,
      expect.closeTo(0.5238095238, 9),
    ]);
  });
  test("annuity at a zero rate is straight-line; a tiny rate is continuous with it", () => {
    expect(Array.from(openingShares(4, "annuity", 0))).toEqual(
      Array.from(openingShares(4, "straight"))
    );
    const tiny = openingShares(4, "annuity", 1e-12);
    Array.from(openingShares(4, "straight")).forEach((x, i) => expect(tiny[i]).toBeCloseTo(x, 10));
  });
  test("annuity opening balances agree with the financial package's IPMT to 1e-9 relative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (rate, n) => {
          const shares = openingShares(n, "annuity", rate);
          for (let t = 1; t <= n; t++) {
            const fromIpmt = -ipmt(rate, t, n, 1) / rate; // interest in year t = opening balance × rate
            expect(Math.abs(shares[t - 1] - fromIpmt)).toBeLessThanOrEqual(
              1e-9 * Math.max(1, fromIpmt)
            );
          }
          expect(pmt(rate, n, -1)).toBeGreaterThan(0);
        }
      )
    );
  });
  test("a portfolio is the sum of its loans; the schedule runs to the longest repriced term", () => {
    const a: Loan = { ...spec, balance: 10e6, years: 3 };
    const b: Loan = {
      ...spec,
      balance: 20e6,
      years: 10,
      repricingInYears: 2,
      repayment: "straight",
    };
    expect(loanRepricingCost([a, b])).toBeCloseTo(
      loanRepricingCost([a]) + loanRepricingCost([b]),
      6
    );
    const s = loanRepricingSchedule([a, b]);
    expect(s).toHaveLength(3);
    expect(s[0]).toBeCloseTo(120_000 + 240_000, 6);
    expect(s[1]).toBeCloseTo(120_000 + 216_000, 6);
    expect(s[2]).toBeCloseTo(120_000, 6);
  });
  test("the cost is the consent fees plus the discounted schedule when the loans share one rate", () => {
    const loans: Loan[] = [
      { ...spec, consentFee: 0.002 },
      { ...spec, balance: 5e6, years: 7, repayment: "annuity", interestRate: 0.06 },
    ];
    const s = loanRepricingSchedule(loans);
    const npv = s.reduce((acc, x, t) => acc + x / 1.05 ** (t + 1), 0);
    expect(loanRepricingCost(loans)).toBeCloseTo(0.002 * 50e6 + npv, 5);
  });
  test("a margin that falls is a saving (negative cost); a window of 0 costs only the consent fee", () => {
    expect(loanRepricingCost([{ ...spec, newMargin: 0.001 }])).toBeLessThan(0);
    expect(loanRepricingCost([{ ...spec, repricingInYears: 0, consentFee: 0.001 }])).toBeCloseTo(
      50_000,
      8
    );
  });
  test("bad input: #VALUE! naming the loan and the argument", () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    };
    expect(msg(() => loanRepricingCost([spec, { ...spec, newMargin: 1.5 }]))).toMatch(
      /^new_margin \(loan 2\) must be a share between 0 and 1 \(for 1.5%, enter 0.015/
    );
    expect(msg(() => loanRepricingCost([{ ...spec, years: 12.5 }]))).toMatch(
      /^years must be a whole number from 1 to 100/
    );
    expect(msg(() => loanRepricingCost([{ ...spec, discountRate: 5 }]))).toMatch(
      /for 5%, enter 0.05/
    );
    expect(
      errorCode(() => loanRepricingCost([{ ...spec, repayment: "balloon" as Repayment }]))
    ).toBe("#VALUE!");
    expect(errorCode(() => loanRepricingCost([{ ...spec, balance: -1 }]))).toBe("#VALUE!");
  });

  const loanArb = fc.record({
    balance: fc.double({ min: 0, max: 5e8, noNaN: true }),
    oldMargin: fc.double({ min: 0, max: 0.05, noNaN: true }),
    gap: fc.double({ min: 0, max: 0.05, noNaN: true }),
    years: fc.integer({ min: 1, max: 40 }),
    discountRate: fc.double({ min: 0, max: 0.15, noNaN: true }),
    repayment: fc.constantFrom<Repayment>("bullet", "straight", "annuity"),
    window: fc.integer({ min: 0, max: 40 }),
  });
  type Generated = typeof loanArb extends fc.Arbitrary<infer T> ? T : never;
  const toLoan = (x: Generated, extra = 0): Loan => ({
    balance: x.balance,
    oldMargin: x.oldMargin,
    newMargin: x.oldMargin + x.gap + extra,
    years: x.years,
    discountRate: x.discountRate,
    repayment: x.repayment,
    repricingInYears: x.window,
  });
  const tol = (a: number) => 1e-9 * Math.max(1, Math.abs(a));

  test("property: the cost rises with the margin gap", () => {
    fc.assert(
      fc.property(loanArb, fc.double({ min: 0, max: 0.05, noNaN: true }), (x, more) => {
        expect(loanRepricingCost([toLoan(x)])).toBeLessThanOrEqual(
          loanRepricingCost([toLoan(x, more)]) + tol(loanRepricingCost([toLoan(x)]))
        );
      })
    );
  });
  test("property: the cost falls as the discount rate rises", () => {
    fc.assert(
      fc.property(loanArb, fc.double({ min: 0, max: 0.2, noNaN: true }), (x, more) => {
        // Fix the annuity's own rate so only discounting changes.
        const low = { ...toLoan(x), interestRate: 0.05 };
        const high = { ...low, discountRate: Math.min(1, low.discountRate + more) };
        expect(loanRepricingCost([high])).toBeLessThanOrEqual(
          loanRepricingCost([low]) + tol(loanRepricingCost([low]))
        );
      })
    );
  });
  test("property: a shorter repricing window never costs more", () => {
    fc.assert(
      fc.property(loanArb, fc.integer({ min: 0, max: 40 }), (x, w2) => {
        const [short, long] = x.window < w2 ? [x.window, w2] : [w2, x.window];
        const a = loanRepricingCost([{ ...toLoan(x), repricingInYears: short }]);
        const b = loanRepricingCost([{ ...toLoan(x), repricingInYears: long }]);
        expect(a).toBeLessThanOrEqual(b + tol(b));
      })
    );
  });
  test("property: random valid portfolios give finite numbers, never NaN", () => {
    fc.assert(
      fc.property(fc.array(loanArb, { minLength: 1, maxLength: 20 }), (xs) => {
        const loans = xs.map((x) => toLoan(x));
        expect(Number.isFinite(loanRepricingCost(loans))).toBe(true);
        loanRepricingSchedule(loans).forEach((v) => expect(Number.isFinite(v)).toBe(true));
      })
    );
  });
});

describe("SWAP_BREAK_COST", () => {
  test("worked case: £10m bullet, 5% fixed against 3% market, 5 years → 200,000 × 4.579707 = 915,941.44", () => {
    expect(
      swapBreakCost([{ notional: 10e6, fixedRate: 0.05, marketRate: 0.03, years: 5 }])
    ).toBeCloseTo(200_000 * ((1 - 1.03 ** -5) / 0.03), 6);
    expect(
      swapBreakCost([{ notional: 10e6, fixedRate: 0.05, marketRate: 0.03, years: 5 }])
    ).toBeCloseTo(915_941.44, 2);
  });
  test("fixed below market is a gain (negative); straight amortisation costs less than bullet", () => {
    expect(
      swapBreakCost([{ notional: 1e6, fixedRate: 0.02, marketRate: 0.04, years: 5 }])
    ).toBeLessThan(0);
    const bullet = swapBreakCost([{ notional: 1e6, fixedRate: 0.05, marketRate: 0.03, years: 10 }]);
    const straight = swapBreakCost([
      { notional: 1e6, fixedRate: 0.05, marketRate: 0.03, years: 10, repayment: "straight" },
    ]);
    const annuity = swapBreakCost([
      { notional: 1e6, fixedRate: 0.05, marketRate: 0.03, years: 10, repayment: "annuity" },
    ]);
    expect(straight).toBeLessThan(bullet);
    expect(annuity).toBeLessThan(bullet);
    expect(annuity).toBeGreaterThan(straight); // an annuity repays slowly at first
  });
  test("a discount rate other than the market rate is used when given", () => {
    const a = swapBreakCost([
      { notional: 1e6, fixedRate: 0.05, marketRate: 0.03, years: 2, discountRate: 0.1 },
    ]);
    expect(a).toBeCloseTo(20_000 / 1.1 + 20_000 / 1.21, 8);
  });
});
