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
