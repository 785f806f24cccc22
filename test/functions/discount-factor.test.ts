import { discountFactorFn } from "../../src/functions/functions";
import { call, expectExcelError, valueOf } from "../support/excel";

describe("PCBA.DISCOUNT_FACTOR adapter", () => {
  test("omitted discount (null from Excel) means STPR", () => {
    expect(valueOf(call(discountFactorFn, 31, null))).toBeCloseTo(1.035 ** -30 / 1.03, 14);
    expect(valueOf(call(discountFactorFn, 31, undefined))).toBeCloseTo(1.035 ** -30 / 1.03, 14);
  });
  test("a flat rate, a named schedule in any case, a 1×1 range", () => {
    expect(valueOf(call(discountFactorFn, 2, 0.1))).toBeCloseTo(1 / 1.21, 14);
    expect(valueOf(call(discountFactorFn, 1, "health"))).toBeCloseTo(1 / 1.015, 14);
    expect(valueOf(call(discountFactorFn, 1, [[0.1]]))).toBeCloseTo(1 / 1.1, 14);
  });
  test("bad input gives #VALUE! with a message naming the argument", () => {
    expect(expectExcelError(call(discountFactorFn, 1, 3.5), "#VALUE!")).toMatch(/^discount must/);
    expect(expectExcelError(call(discountFactorFn, -2, null), "#VALUE!")).toMatch(
      /^year must be 0 or more/
    );
    expect(expectExcelError(call(discountFactorFn, 1, "flat"), "#VALUE!")).toMatch(
      /"STPR" or "HEALTH"/
    );
    expect(expectExcelError(call(discountFactorFn, 1, true), "#VALUE!")).toMatch(/discount/);
    expect(expectExcelError(call(discountFactorFn, null, null), "#VALUE!")).toMatch(
      /year is required/
    );
  });
});
