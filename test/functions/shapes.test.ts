/**
 * The adapters with Excel's argument shapes: rows, columns, single cells, blanks, spare
 * table rows, null for omitted optionals, broadcasting and mismatched lengths.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { call, col, expectExcelError, row, valueOf, type Shown } from "../support/excel";

describe("vector shapes", () => {
  test("a row, a column and a 1×1 range give the same PV", () => {
    const r = valueOf(call(F.pvFn, row(100, 100, 100), 0.1, null));
    expect(valueOf(call(F.pvFn, col(100, 100, 100), 0.1, null))).toBe(r);
    expect(valueOf(call(F.pvFn, [[100]], 0.1, null))).toBe(100);
  });
  test("a blank inside a row is a year with nothing (timing kept)", () => {
    expect(valueOf(call(F.pvFn, row(0, null, 121), 0.1, null))).toBeCloseTo(100, 10);
    expect(valueOf(call(F.pvFn, row(0, "", 121), 0.1, null))).toBeCloseTo(100, 10);
  });
  test("a 2-D block where a vector is wanted is #VALUE! naming the argument", () => {
    expect(
      expectExcelError(
        call(
          F.pvFn,
          [
            [1, 2],
            [3, 4],
          ],
          0.1,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/^values must be a single row or a single column/);
  });
  test("text inside values is #VALUE! naming the position", () => {
    expect(expectExcelError(call(F.pvFn, row(1, "x", 3), 0.1, null), "#VALUE!")).toMatch(
      /values \(value 2\)/
    );
  });
});

describe("value-map columns", () => {
  const q = col(10, 4, null, null);
  const p = col(1000, 2500, null, null);
  const d = col(2, 3, null, null);
  test("spare blank rows of a table column are skipped; blank optional shares are 0", () => {
    const withSpare = valueOf(
      call(
        F.sroiPvFn,
        q,
        p,
        d,
        col(null, 0.2, null, null),
        null,
        null,
        col(0.1, 0.2, null, null),
        null,
        null
      )
    );
    const exact = valueOf(
      call(
        F.sroiPvFn,
        col(10, 4),
        col(1000, 2500),
        col(2, 3),
        col(0, 0.2),
        null,
        null,
        col(0.1, 0.2),
        null,
        null
      )
    );
    expect(withSpare).toBe(exact);
  });
  test("a single value broadcasts across outcomes", () => {
    const a = valueOf(
      call(F.sroiPvFn, col(10, 4), col(1000, 2500), 2, 0.1, null, null, null, null, null)
    );
    const b = valueOf(
      call(
        F.sroiPvFn,
        col(10, 4),
        col(1000, 2500),
        col(2, 2),
        col(0.1, 0.1),
        null,
        null,
        null,
        null,
        null
      )
    );
    expect(a).toBe(b);
  });
  test("vectors of different lengths: #VALUE! naming them", () => {
    const m = expectExcelError(
      call(F.sroiPvFn, col(10, 4, 3), col(1000, 2500), 2, null, null, null, null, null, null),
      "#VALUE!"
    );
    expect(m).toMatch(/quantity has 3, proxy has 2/);
  });
  test("a kept row with a blank required cell: #VALUE! with the row", () => {
    const m = expectExcelError(
      call(F.sroiPvFn, col(10, 4), col(1000, null), 2, null, null, null, null, null, null),
      "#VALUE!"
    );
    expect(m).toMatch(/proxy \(row 2\) is blank/);
  });
  test("deadweight 19 instead of 0.19: #VALUE!, never rescaled", () => {
    const m = expectExcelError(
      call(F.sroiFn, 100, 10, 1000, 2, 19, null, null, null, null, null),
      "#VALUE!"
    );
    expect(m).toMatch(/deadweight must be a share between 0 and 1 \(for 19%, enter 0.19/);
  });
  test("zero inputs: #DIV/0!", () => {
    expectExcelError(call(F.sroiFn, 0, 10, 1000, 2, null, null, null, null, null, null), "#DIV/0!");
  });
  test("SROI_SCHEDULE spills outcomes × years; SENSITIVITY and SIMULATE spill tables with headers", async () => {
    expect(
      valueOf(
        call(
          F.sroiScheduleFn,
          col(10, 1),
          col(1000, 100),
          col(2, 1),
          null,
          null,
          null,
          null,
          col(1, 3)
        )
      )
    ).toEqual([
      [10000, 10000, 0],
      [0, 0, 100],
    ]);
    const t = valueOf(
      call(F.sroiSensitivityFn, 10000, 10, 1000, 2, null, null, null, 0.1, null, null, 0.1)
    );
    expect(t[0]).toEqual(["input", "ratio at -10%", "ratio at +10%", "width"]);
    expect(t).toHaveLength(9);
    const s = await valueOf(
      call(F.sroiSimulateFn, 10000, 10, 1000, 2, null, null, null, 0.1, null, null, 0.2, 2000, 5)
    );
    expect(s[0]).toEqual(["P5", "P50", "P95", "P(ratio>1)"]);
    expect(s[1][0]).toBeLessThanOrEqual(s[1][1]);
  });
  test("SROI_SWITCHING: names are case-insensitive; unknown names are #VALUE!", () => {
    const x = valueOf(
      call(F.sroiSwitchingFn, "Deadweight", 10000, 10, 1000, 2, null, null, null, 0.1, null, null)
    );
    expect(valueOf(call(F.sroiFn, 10000, 10, 1000, 2, x, null, null, 0.1, null, null))).toBeCloseTo(
      1,
      12
    );
    expect(
      expectExcelError(
        call(F.sroiSwitchingFn, "proxy", 10000, 10, 1000, 2, null, null, null, null, null, null),
        "#VALUE!"
      )
    ).toMatch(/input_name must be one of/);
  });
});

describe("perspectives", () => {
  const amounts = col(100, 30, 250, 150, 44, null);
  const kinds = col("cost", "Cost", "benefit", "BENEFIT", "transfer", null);
  const parties = col("Council", "Volunteers", "NHS", "Council", "DWP", null);
  const sectors = col("public", "private", "public", "Public", "public", null);
  test("government and societal returns; text case-insensitive; spare rows skipped", () => {
    expect(
      valueOf(
        call(F.perspectiveRoiFn, amounts, kinds, parties, sectors, "Government", null, null, null)
      )
    ).toBeCloseTo(4.44, 12);
    expect(
      valueOf(
        call(F.perspectiveRoiFn, amounts, kinds, parties, sectors, "societal", null, null, null)
      )
    ).toBeCloseTo(400 / 130, 12);
  });
  test("the table has a header, one row per party, government and societal; no costs → #DIV/0! in its cell", () => {
    const t = valueOf(
      call(F.perspectiveTableFn, amounts, kinds, parties, sectors, null, null, null)
    );
    expect(t[0]).toEqual(["perspective", "PV costs", "PV benefits", "net", "return"]);
    expect(t.map((r: unknown[]) => r[0])).toEqual([
      "perspective",
      "Council",
      "Volunteers",
      "NHS",
      "DWP",
      "government",
      "societal",
    ]);
    expect(t[3][4]).toMatchObject({ code: "#DIV/0!" });
  });
  test("a bad kind or sector: #VALUE! naming the row", () => {
    expect(
      expectExcelError(
        call(F.perspectiveRoiFn, col(1), col("grant"), col("NHS"), col("public"), "government"),
        "#VALUE!"
      )
    ).toMatch(/kinds must be "cost"/);
    expect(
      expectExcelError(
        call(
          F.perspectiveRoiFn,
          col(1, 2),
          col("cost", "cost"),
          col("NHS", "NHS"),
          col("public", "third"),
          "government"
        ),
        "#VALUE!"
      )
    ).toMatch(/sectors \(row 2\)/);
  });
});

describe("property: any argument, never NaN, Infinity or an unhandled exception", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.constantFrom(null, "", "STPR", "abc", true, false, 0, -1, 1e308, 19, 0.5),
    fc.integer({ min: -5, max: 50 })
  );
  const arg = fc.oneof(
    cell,
    fc
      .array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
      .map((rows) => {
        const w = rows[0].length;
        return rows.map((r) => (r.length === w ? r : [...r, ...Array(w).fill(null)].slice(0, w)));
      })
  );
  const functions = Object.entries(F).filter(([, f]) => typeof f === "function") as [
    string,
    (...a: unknown[]) => unknown,
  ][];

  // Asynchronous functions (the simulations) settle first: a rejection is the error shown.
  const settle = async (shown: Shown): Promise<Shown> => {
    if (!("value" in shown) || !(shown.value instanceof Promise)) return shown;
    try {
      return { value: await shown.value };
    } catch (e) {
      return { error: (e as { code: string }).code, message: (e as { message?: string }).message };
    }
  };

  test.each(functions.map(([name, f]) => [name, f] as const))("%s", async (_name, f) => {
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { minLength: 0, maxLength: 13 }), async (args) => {
        const shown = await settle(call(f, ...args));
        if ("error" in shown) {
          expect(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]).toContain(shown.error);
          if (shown.error === "#VALUE!" || shown.error === "#N/A")
            expect(shown.message).toBeTruthy();
          // "could not calculate" is the message of an unexpected exception: a defect.
          expect(shown.message ?? "").not.toMatch(/could not calculate/);
          return;
        }
        const values = Array.isArray(shown.value)
          ? (shown.value as unknown[][]).flat()
          : [shown.value];
        for (const v of values) {
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 150 }
    );
  });
});
