/**
 * The result wrapper every adapter goes through (`excel()` / `checkedResult` in
 * src/functions/excel-errors.ts): Excel's limits on a result (5 MB, 5,000,000 cells) give
 * `#VALUE!` naming the limit instead of a result Excel would drop, an overflow gives `#NUM!`
 * instead of ±Infinity, and −0 comes back as 0 (docs/functions.md, "Errors" and "Excel's
 * limits").
 */
import * as F from "../../src/functions/functions";
import {
  checkedResult,
  excel,
  MAX_RESULT_BYTES,
  MAX_RESULT_CELLS,
} from "../../src/functions/excel-errors";
import { ModelError } from "../../src/model/errors";
import { call, expectExcelError, valueOf } from "../support/excel";

/** The ModelError a check raises (the message Excel shows for #VALUE!, kept for #NUM! too). */
function modelError(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("Excel's limits on a result", () => {
  test("more than 5,000,000 cells: #VALUE! naming the limit and the size", () => {
    const row = Array<number>(1000).fill(1);
    const cells = Array.from({ length: 5001 }, () => row); // 5,001,000 cells
    const e = modelError(() => checkedResult(cells, "X"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /^PCBA\.X's result would be 5,001,000 cells, more than Excel accepts/
    );
    expect(e.message).toMatch(/5,000,000 cells, 5 MB/);
    expect(MAX_RESULT_CELLS).toBe(5_000_000);
  });

  test("exactly 5,000,000 small cells within 5 MB of payload pass; the bytes are counted, not guessed", () => {
    // 1,000,000 cells of "7," plus row brackets: about 2 MB, though the quick bound (25 bytes a number) is 25 MB.
    const cells = Array.from({ length: 1000 }, () => Array<number>(1000).fill(7));
    expect(checkedResult(cells, "X")).toBe(cells);
  });

  test("over 5 MB of payload in fewer cells: #VALUE! with the size in MB", () => {
    const long = 1 / 3; // "0.3333333333333333," = 19 bytes
    const cells = Array.from({ length: 300_000 }, () => [long]);
    const e = modelError(() => checkedResult(cells, "BID_SCORES"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(
      /^PCBA\.BID_SCORES's result would be about 6\.3 MB \(300,000 cells\)/
    );
    expect(MAX_RESULT_BYTES).toBe(5_000_000);
  });

  test("text counts as UTF-8 bytes", () => {
    const ascii = Array.from({ length: 100_000 }, () => ["x".repeat(20)]); // 23 bytes a cell: 2.5 MB
    expect(checkedResult(ascii, "X")).toBe(ascii);
    const wide = Array.from({ length: 100_000 }, () => ["€".repeat(20)]); // 63 bytes a cell: 6.5 MB
    expect(modelError(() => checkedResult(wide, "X")).message).toMatch(/about 6\.5 MB/);
  });

  test("SROI_SCHEDULE on 40,000 outcomes × 10 years: #VALUE! naming the 5 MB limit; 2,000 outcomes spill", () => {
    const n = 40_000;
    const column = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => [f(i)]);
    const q = column((i) => 1 + (i % 97));
    const p = column((i) => 1000 + i / 7);
    const d = column(() => 10);
    const dw = column((i) => (i % 10) / 13);
    const drop = column(() => 0.137);
    const m = expectExcelError(
      call(F.sroiScheduleFn, q, p, d, dw, null, null, drop, null),
      "#VALUE!"
    );
    expect(m).toMatch(
      /^PCBA\.SROI_SCHEDULE's result would be about [0-9.]+ MB \(400,000 cells\), more than Excel accepts/
    );
    const small = valueOf(
      call(
        F.sroiScheduleFn,
        q.slice(0, 2000),
        p.slice(0, 2000),
        d.slice(0, 2000),
        dw.slice(0, 2000),
        null,
        null,
        drop.slice(0, 2000),
        null
      )
    );
    expect(small).toHaveLength(2000);
    expect(small[0]).toHaveLength(10);
  });

  test("PERSPECTIVE_TABLE with 50,000 parties: #VALUE! naming the 5 MB limit", () => {
    const n = 50_000;
    const amounts = Array.from({ length: n }, (_, i) => [100 + i / 3]);
    const kinds = Array.from({ length: n }, (_, i) => [i % 2 ? "benefit" : "cost"]);
    const parties = Array.from({ length: n }, (_, i) => [
      `Partner organisation with a long name, number ${i}`,
    ]);
    const sectors = Array.from({ length: n }, () => ["public"]);
    const m = expectExcelError(
      call(F.perspectiveTableFn, amounts, kinds, parties, sectors, null, null, null),
      "#VALUE!"
    );
    expect(m).toMatch(
      /^PCBA\.PERSPECTIVE_TABLE's result would be about [0-9.]+ MB \(250,015 cells\)/
    );
  });

  test("LOAN_REPRICING_SCHEDULE spills one row of at most 100 years, far inside the limits", () => {
    const v = valueOf(
      call(F.loanRepricingScheduleFn, 1e6, 0.001, 0.02, 100, 0.05, "bullet", null, null, null)
    );
    expect(v).toHaveLength(1);
    expect(v[0]).toHaveLength(100);
  });
});

describe("edge values", () => {
  test("VAT_SHARED_SERVICE_SAVING(5, 1e308, 0.824): #NUM!, not −Infinity", () => {
    expectExcelError(call(F.vatSharedServiceSavingFn, 5, 1e308, 0.824), "#NUM!");
    const e = modelError(() => checkedResult(-Infinity, "VAT_SHARED_SERVICE_SAVING"));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(/^PCBA\.VAT_SHARED_SERVICE_SAVING's result is too large/);
  });

  test("NaN or Infinity inside a spill: #NUM! for the whole result", () => {
    expect(modelError(() => checkedResult([[1, NaN]], "X")).code).toBe("#NUM!");
    expect(modelError(() => checkedResult([["a"], [Infinity]], "X")).code).toBe("#NUM!");
  });

  test("−0 comes back as 0, alone and inside a spill", () => {
    expect(
      Object.is(valueOf(call(F.sroiFn, 10000, 10, -5e-324, 2, 0, 0, 0, 0.1, null, null)), 0)
    ).toBe(true);
    expect(Object.is(valueOf(call(F.realTermsFn, -0, 3, null, null)), 0)).toBe(true);
    const schedule = valueOf(call(F.sroiScheduleFn, 10, -0.0087, 3, null, 1, null, 0.1));
    expect(schedule[0].every((v: number) => Object.is(v, 0))).toBe(true);
  });

  test("text, booleans and cell errors in a spill pass unchanged", () => {
    const cellError = { code: "#DIV/0!" };
    const result = [["a", true, cellError, 2]];
    expect(checkedResult(result, "X")).toEqual([["a", true, cellError, 2]]);
  });

  test("a promise's result is checked when it settles", async () => {
    await expect(excel("X", () => Promise.resolve(-Infinity))).rejects.toMatchObject({
      code: "#NUM!",
    });
    await expect(excel("X", () => Promise.resolve(-0))).resolves.toBe(0);
    await expect(
      excel("X", () => Promise.reject(new ModelError("#N/A", "never")))
    ).rejects.toMatchObject({ code: "#N/A", message: "never" });
  });
});
