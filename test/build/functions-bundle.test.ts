import fc from "fast-check";
import * as F from "../../src/functions/functions";
import "../support/install-custom-functions-fake";
import { loadBuiltFunctions } from "../support/dist";
import { call, expectExcelError, valueOf } from "../support/excel";

describe("dist/functions.js in a context with only CustomFunctions", () => {
  const cf = loadBuiltFunctions();

  test("loads without a DOM and registers DISCOUNT_FACTOR", () => {
    expect(cf.registered.has("DISCOUNT_FACTOR")).toBe(true);
  });

  test("DISCOUNT_FACTOR computes through the registered function", () => {
    const f = cf.registered.get("DISCOUNT_FACTOR")!;
    expect(valueOf(call(f, 31, null))).toBeCloseTo(0.345901, 6);
    expect(valueOf(call(f, 10, 0.035))).toBeCloseTo(0.708919, 6);
  });

  test("errors come back as CustomFunctions.Error with a message", () => {
    const f = cf.registered.get("DISCOUNT_FACTOR")!;
    expect(expectExcelError(call(f, 1, 35), "#VALUE!")).toMatch(/discount/);
  });
});

describe("the built bundle agrees with the source adapters on random valid inputs", () => {
  // Both run the same arguments; the bundle is the minified production build Excel loads.
  const cf = loadBuiltFunctions();
  const money = fc.integer({ min: 0, max: 1e10 }).map((p) => p / 100);
  const rate = (max: number) => fc.integer({ min: 0, max: max * 1e6 }).map((x) => x / 1e6);
  const cases: [string, (...a: any[]) => unknown, fc.Arbitrary<unknown[]>][] = [
    [
      "LOAN_REPRICING_COST",
      F.loanRepricingCostFn,
      fc
        .array(fc.tuple(money, rate(0.03), rate(0.05), fc.integer({ min: 1, max: 40 }), rate(0.1), fc.constantFrom("bullet", "straight", "annuity"), fc.constant(null), fc.option(fc.integer({ min: 0, max: 40 })), rate(0.01)), { minLength: 1, maxLength: 10 })
        .map((loans) => [0, 1, 2, 3, 4, 5, 6, 7, 8].map((k) => loans.map((l) => [l[k]]))),
    ],
    [
      "PRICE_BASE",
      F.priceBaseFn,
      fc.array(fc.tuple(money, fc.integer({ min: 1990, max: 2024 })), { minLength: 1, maxLength: 10 }).chain((rows) =>
        fc.tuple(fc.constant(rows.map((r) => [r[0]])), fc.constant(rows.map((r) => [r[1]])), fc.integer({ min: 1990, max: 2024 }), fc.constant(null))
      ),
    ],
    ["MERGER_NPV", F.mergerNpvFn, fc.tuple(money, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 2, max: 40 }), fc.array(money, { minLength: 1, maxLength: 3 }).map((r) => [r]), money, fc.constantFrom(0.035, "STPR", null), fc.constantFrom("linear", "s_curve", "immediate"))],
    ["VAT_SHARED_SERVICE_SAVING", F.vatSharedServiceSavingFn, fc.tuple(money, money, rate(0.25), rate(1), fc.constantFrom("taxable", "exempt", "vat_group"), fc.constant(0))],
    ["SHAPLEY", F.shapleyFn, fc.integer({ min: 1, max: 8 }).chain((n) => fc.array(money, { minLength: 2 ** n - 1, maxLength: 2 ** n - 1 }).map((v) => [[[0], ...v.map((x) => [x])]]))],
    [
      "BID_SCORES",
      F.bidScoresFn,
      fc.array(fc.tuple(money.map((x) => x + 1), rate(1), money), { minLength: 1, maxLength: 20 }).chain((bids) =>
        fc.tuple(fc.constant(bids.map((b) => [b[0]])), fc.constant(bids.map((b) => [b[1]])), money, money, fc.constant(bids.map((b) => [b[2]])), money, fc.constantFrom("relative", "linear"))
      ),
    ],
  ];
  test.each(cases)("%s", (id, source, args) => {
    const built = cf.registered.get(id)!;
    fc.assert(
      fc.property(args, (a) => {
        const expected = valueOf(call(source, ...a));
        expect(valueOf(call(built, ...a))).toEqual(expected);
      }),
      { numRuns: 100 }
    );
  });
});
