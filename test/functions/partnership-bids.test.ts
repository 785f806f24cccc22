/**
 * The partnership-finance, payment-by-results and bid adapters with Excel's argument
 * shapes: loan and bid tables with spare rows, blanks that take a default from another
 * column, broadcasting, spills that follow their argument, and errors with messages.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { loanRepricingCost } from "../../src/model/loans";
import { call, col, expectExcelError, row, valueOf } from "../support/excel";

describe("VAT", () => {
  test("VAT_RATE takes a date serial; text or a pre-1991 date gives a clear error", () => {
    expect(valueOf(call(F.vatRateFn, 40547))).toBe(0.2);
    expect(valueOf(call(F.vatRateFn, [[40546]]))).toBe(0.175);
    expect(expectExcelError(call(F.vatRateFn, "4/1/2011"), "#VALUE!")).toMatch(
      /^date must be a number/
    );
    expect(expectExcelError(call(F.vatRateFn, 30000), "#N/A")).toMatch(/from 1 Apr 1991/);
    expect(expectExcelError(call(F.vatRateFn, 60), "#VALUE!")).toMatch(/29 Feb 1900/);
  });
  test("basis and route are case-insensitive; an unknown one lists what is allowed", () => {
    expect(valueOf(call(F.vatSharedServiceBreakevenFn, 0.2, null, "CHARGE"))).toBeCloseTo(0.2, 12);
    expect(
      expectExcelError(call(F.vatSharedServiceBreakevenFn, 0.2, null, "cost"), "#VALUE!")
    ).toBe('basis must be "in_house" or "charge"; got "cost".');
    expect(
      valueOf(call(F.vatSharedServiceSavingFn, 1e6, 8e5, 0.2, null, " Exempt ", 2e5))
    ).toBeCloseTo(160000, 6);
    expect(
      expectExcelError(
        call(F.vatSharedServiceSavingFn, 1e6, 8e5, 0.2, null, "zero_rated", null),
        "#VALUE!"
      )
    ).toMatch(/route must be "taxable", "exempt" or "vat_group"/);
  });
  test("a VAT rate typed as 20 is #VALUE! with the hint, never rescaled", () => {
    expect(
      expectExcelError(call(F.vatSharedServiceBreakevenFn, 20, null, null), "#VALUE!")
    ).toMatch(/for 20%, enter 0.2/);
  });
});

describe("loans as a table", () => {
  // A loans table with a spare row: balance, old, new, years, rate, repayment, interest, window, fee.
  const balance = col(50e6, 20e6, null);
  const oldM = col(0.003, 0.002, null);
  const newM = col(0.015, 0.015, null);
  const years = col(20, 10, null);
  const rate = col(0.05, 0.05, null);
  test("a spare row is skipped; blanks take their defaults (annuity at the discount rate, whole term, no fee)", () => {
    const v = valueOf(
      call(
        F.loanRepricingCostFn,
        balance,
        oldM,
        newM,
        years,
        rate,
        col("BULLET", null, null),
        col(null, null, null),
        col(null, null, null),
        col(null, null, null)
      )
    );
    const expected = loanRepricingCost([
      {
        balance: 50e6,
        oldMargin: 0.003,
        newMargin: 0.015,
        years: 20,
        discountRate: 0.05,
        repayment: "bullet",
      },
      {
        balance: 20e6,
        oldMargin: 0.002,
        newMargin: 0.015,
        years: 10,
        discountRate: 0.05,
        repayment: "annuity",
        interestRate: 0.05,
      },
    ]);
    expect(v).toBe(expected);
  });
  test("one discount rate (a single cell) broadcasts to every loan", () => {
    const a = valueOf(
      call(F.loanRepricingCostFn, balance, oldM, newM, years, rate, null, null, null, null)
    );
    const b = valueOf(
      call(F.loanRepricingCostFn, balance, oldM, newM, years, 0.05, null, null, null, null)
    );
    expect(b).toBe(a);
  });
  test("mismatched columns, a half-filled row and a bad repayment name the argument and the loan", () => {
    expect(
      expectExcelError(
        call(
          F.loanRepricingCostFn,
          col(1, 2, 3),
          col(0.01, 0.01),
          0.02,
          5,
          0.05,
          null,
          null,
          null,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/balance has 3, old_margin has 2/);
    expect(
      expectExcelError(
        call(
          F.loanRepricingCostFn,
          col(1e6, 2e6),
          col(0.01, null),
          0.02,
          5,
          0.05,
          null,
          null,
          null,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/old_margin \(row 2\) is blank/);
    expect(
      expectExcelError(
        call(
          F.loanRepricingCostFn,
          col(1e6, 2e6),
          0.01,
          0.02,
          5,
          0.05,
          col("bullet", "balloon"),
          null,
          null,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/^repayment \(loan 2\) must be "bullet", "straight" or "annuity"; got "balloon"/);
    expect(
      expectExcelError(
        call(
          F.loanRepricingCostFn,
          col(null, null),
          col(null, null),
          0.02,
          5,
          0.05,
          null,
          null,
          null,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/no loans/);
  });
  test("LOAN_REPRICING_SCHEDULE spills a row of years, even from a column of loans", () => {
    expect(
      valueOf(
        call(F.loanRepricingScheduleFn, 3e6, 0.01, 0.02, 3, 0.05, "straight", null, null, null)
      )
    ).toEqual([[expect.closeTo(30000, 6), expect.closeTo(20000, 6), expect.closeTo(10000, 6)]]);
    const spilled = valueOf(
      call(
        F.loanRepricingScheduleFn,
        balance,
        oldM,
        newM,
        years,
        rate,
        null,
        null,
        col(2, 3, null),
        null
      )
    ) as number[][];
    expect(spilled).toHaveLength(1);
    expect(spilled[0]).toHaveLength(3);
  });
  test("SWAP_BREAK_COST: several swaps in columns; discount_rate blank takes each swap's market rate", () => {
    const both = valueOf(
      call(
        F.swapBreakCostFn,
        col(10e6, 5e6),
        col(0.05, 0.04),
        col(0.03, 0.035),
        col(5, 3),
        null,
        null
      )
    );
    const one = valueOf(call(F.swapBreakCostFn, 10e6, 0.05, 0.03, 5, null, null));
    const two = valueOf(call(F.swapBreakCostFn, 5e6, 0.04, 0.035, 3, 0.035, "bullet"));
    expect(both).toBeCloseTo(one + two, 6);
  });
  test("property: random valid portfolios as Excel columns never give NaN, Infinity or an error", () => {
    const loan = fc.tuple(
      fc.double({ min: 0, max: 1e9, noNaN: true }),
      fc.double({ min: 0, max: 0.1, noNaN: true }),
      fc.double({ min: 0, max: 0.1, noNaN: true }),
      fc.integer({ min: 1, max: 100 }),
      fc.double({ min: -0.5, max: 1, noNaN: true }),
      fc.constantFrom("bullet", "straight", "annuity", "Annuity", null),
      fc.option(fc.double({ min: -0.5, max: 1, noNaN: true })),
      fc.option(fc.integer({ min: 0, max: 100 })),
      fc.option(fc.double({ min: 0, max: 0.05, noNaN: true }))
    );
    fc.assert(
      fc.property(fc.array(loan, { minLength: 1, maxLength: 25 }), (loans) => {
        const column = (k: number) => loans.map((l) => [l[k]]);
        const args = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(column);
        const cost = valueOf(call(F.loanRepricingCostFn, ...args));
        expect(Number.isFinite(cost)).toBe(true);
        (valueOf(call(F.loanRepricingScheduleFn, ...args)) as number[][])[0].forEach((x) =>
          expect(Number.isFinite(x)).toBe(true)
        );
      }),
      { numRuns: 200 }
    );
  });
});

describe("merger and partnership costs", () => {
  test("SAVINGS_RAMP spills a row of years", () => {
    expect(valueOf(call(F.savingsRampFn, 100, 4, 5, null))).toEqual([[25, 50, 75, 100, 100]]);
    expect(expectExcelError(call(F.savingsRampFn, 100, 4, 5, "step"), "#VALUE!")).toMatch(
      /shape must be "linear", "immediate" or "s_curve"/
    );
  });
  test("MERGER_NPV: annual_costs as one value, a row or blank; one-off costs as a row or a column", () => {
    const scalar = valueOf(call(F.mergerNpvFn, 2e6, 5, 10, row(2e6, 1e6), 3e5, 0.035, null));
    expect(scalar).toBeCloseTo(7_435_807.86, 2);
    expect(
      valueOf(
        call(F.mergerNpvFn, 2e6, 5, 10, col(2e6, 1e6), row(...new Array(10).fill(3e5)), 0.035, null)
      )
    ).toBeCloseTo(scalar, 6);
    const none = valueOf(call(F.mergerNpvFn, 2e6, 5, 10, row(2e6, 1e6), null, null, null));
    expect(none).toBeGreaterThan(scalar);
    expect(valueOf(call(F.mergerNpvFn, 2e6, 5, 10, row(2e6, 1e6), 3e5, "stpr", null))).toBeCloseTo(
      scalar,
      6
    ); // STPR is 3.5% to year 30
  });
  test("MERGER_PAYBACK: #N/A with a message when the savings never cover the costs", () => {
    expect(
      expectExcelError(call(F.mergerPaybackFn, 1e5, 5, 10, row(2e6, 1e6), 3e5, null, null), "#N/A")
    ).toMatch(/Never pays back/);
  });
  test("MEETING_COST over a forums table with a spare row; LOADED_HOURLY_RATE", () => {
    expect(
      valueOf(
        call(
          F.meetingCostFn,
          col(12, 6, null),
          col(8, 10, null),
          col(2, 3, null),
          col(45, 60, null),
          col(0.5, null, null)
        )
      )
    ).toBeCloseTo(12960 + 10800, 8);
    expect(valueOf(call(F.loadedHourlyRateFn, 45000, 0.3, 1650))).toBeCloseTo(35.4545, 4);
  });
  test("SHAPLEY spills in the orientation of coalition_values; a blank first entry is the empty coalition", () => {
    expect(valueOf(call(F.shapleyFn, col(0, 100, 50, 200)))).toEqual([[125], [75]]);
    expect(valueOf(call(F.shapleyFn, row(null, 100, 50, 200)))).toEqual([[125, 75]]);
    expect(expectExcelError(call(F.shapleyFn, col(0, 100, null, 200)), "#VALUE!")).toMatch(
      /entry 3\) is blank/
    );
    expect(expectExcelError(call(F.shapleyFn, col(0, 100, 50)), "#VALUE!")).toMatch(/2\^n entries/);
  });
});

describe("payment by results", () => {
  test("the three functions, with cash flows in a row or a column", () => {
    expect(valueOf(call(F.pbrExpectedPaymentFn, 400, 1200, 2795, 0.3, 0.5, null))).toBeCloseTo(
      1179.25,
      9
    );
    expect(valueOf(call(F.pbrWorkingCapitalFn, col(-100, -50, 80, 120)))).toBe(150);
    expect(valueOf(call(F.pbrFinancingCostFn, row(-100, -50, 80, 120), 0.12, null))).toBeCloseTo(
      3.2,
      12
    );
    expect(expectExcelError(call(F.pbrWorkingCapitalFn, row(-100, "n/a", 80)), "#VALUE!")).toMatch(
      /cashflows \(value 2\)/
    );
  });
});

describe("bids", () => {
  test("BID_SCORES lines up with a bids table that has spare rows (an empty cell for each)", () => {
    const out = valueOf(
      call(
        F.bidScoresFn,
        col(100, null, 125, null),
        col(0.6, null, 0.9, null),
        60,
        40,
        null,
        null,
        null
      )
    );
    expect(out).toEqual([[84], [""], [84], [""]]);
  });
  test("BID_SCORES from a row spills a row; a blank social value is none offered", () => {
    const out = valueOf(
      call(
        F.bidScoresFn,
        row(100, 125, 90),
        row(0.6, 0.9, 0.5),
        50,
        40,
        row(1000, 3000, null),
        10,
        "RELATIVE"
      )
    ) as number[][];
    expect(out).toHaveLength(1);
    expect(out[0].map((x) => Number(x.toFixed(2)))).toEqual([72.33, 82, 70]);
  });
  test("BID_SCORES: social value weight without social values, or quality typed as marks, is #VALUE! naming the bid", () => {
    expect(
      expectExcelError(
        call(F.bidScoresFn, col(100, 125), col(0.6, 0.9), 60, 30, null, 10, null),
        "#VALUE!"
      )
    ).toMatch(/social_value \(bid 1\) is needed/);
    expect(
      expectExcelError(
        call(F.bidScoresFn, col(100, 125), col(60, 90), 60, 40, null, null, null),
        "#VALUE!"
      )
    ).toMatch(/quality \(bid 1\) must be a share between 0 and 1 \(for 60%, enter 0.6/);
  });
  test("ABNORMALLY_LOW lines up with its prices; PRICE_SCORE ignores spare rows", () => {
    expect(valueOf(call(F.abnormallyLowFn, col(100, 105, null, 110, 70, 200), null))).toEqual([
      [false],
      [false],
      [""],
      [false],
      [true],
      [false],
    ]);
    expect(valueOf(call(F.priceScoreFn, 120, col(100, null, 120, 150), 40, "linear"))).toBeCloseTo(
      32,
      12
    );
    expect(expectExcelError(call(F.abnormallyLowFn, col(100, null), null), "#N/A")).toMatch(
      /at least two bids/
    );
  });
});
