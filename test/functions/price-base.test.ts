/**
 * PCBA.PRICE_BASE with Excel's argument shapes: against values worked by hand from the
 * shipped series, against an independent computation from the raw CSV, on user tables
 * (financial-year labels, headers, spare rows), with its errors and properties.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { priceBaseFn } from "../../src/functions/functions";
import { call, col, expectExcelError, row, valueOf } from "../support/excel";

/** The raw CSV, read here without the model or papaparse. */
const csvIndex = new Map(
  fs
    .readFileSync(path.resolve(__dirname, "../../data/hmt-gdp-deflators.csv"), "utf8")
    .split(/\r?\n/)
    .filter((l) => /^\d{4},/.test(l))
    .map((l) => [Number(l.split(",")[0]), Number(l.split(",")[1])] as const)
);

describe("PRICE_BASE on HM Treasury's GDP deflators (omitted deflators)", () => {
  test("£100 in 2014 prices = £133.95 in 2024 prices (100 × 100 / 74.6524)", () => {
    expect(valueOf(call(priceBaseFn, 100, 2014, 2024, null))).toEqual([
      [expect.closeTo(133.95, 2)],
    ]);
    expect(valueOf(call(priceBaseFn, [[100]], [[2014]], 2024, undefined))[0][0]).toBeCloseTo(
      133.95416624,
      8
    );
  });
  test("the web's null and desktop's empty for an omitted deflators both mean the shipped series", () => {
    const a = valueOf(call(priceBaseFn, 100, 2014, 2024, null));
    expect(valueOf(call(priceBaseFn, 100, 2014, 2024, [[null]]))).toEqual(a);
    expect(valueOf(call(priceBaseFn, 100, 2014, 2024, [[""]]))).toEqual(a);
  });
  test("a column of proxies, each with its own price year, spills as a column", () => {
    // 1200 × 100 / 74.6524 = 1607.45; 500 × 100 / 81.1085 = 616.46; 1000 × 100 / 100 = 1000.
    const out = valueOf(call(priceBaseFn, col(1200, 500, 1000), col(2014, 2019, 2024), 2024, null));
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(1607.45, 2);
    expect(out[1][0]).toBeCloseTo(616.46, 2);
    expect(out[2][0]).toBe(1000);
  });
  test("a row spills as a row; one price year broadcasts to every amount", () => {
    const out = valueOf(call(priceBaseFn, row(100, 200), 2014, 2024, null));
    expect(out).toHaveLength(1);
    expect(out[0][0]).toBeCloseTo(133.95, 2);
    expect(out[0][1]).toBeCloseTo(267.91, 2);
    const years = valueOf(call(priceBaseFn, 100, row(2014, 2024), 2014, null));
    expect(years[0][0]).toBe(100);
    expect(years[0][1]).toBeCloseTo((100 * 74.6524) / 100, 12);
  });
  test("spare blank rows of a value map stay blank; text years and base year work", () => {
    const out = valueOf(
      call(priceBaseFn, col(1200, null, ""), col("2014", null, null), "2024", null)
    );
    expect(out[0][0]).toBeCloseTo(1607.45, 2);
    expect(out.slice(1)).toEqual([[""], [""]]);
  });
  test("agrees with amount × index(base) / index(price) computed from the raw CSV, every pair of years", () => {
    const years = [...csvIndex.keys()];
    const amounts = col(...years.map((y) => (y % 7) * 1000 + 1));
    const priceYears = col(...years);
    for (const base of years) {
      const out = valueOf(call(priceBaseFn, amounts, priceYears, base, null));
      years.forEach((y, i) => {
        const expected = (((y % 7) * 1000 + 1) * csvIndex.get(base)!) / csvIndex.get(y)!;
        expect(Math.abs(out[i][0] - expected)).toBeLessThanOrEqual(1e-12 * expected);
      });
    }
  });
});

describe("PRICE_BASE on a user's deflators range", () => {
  // Invented index values, worked by hand.
  const fy = [
    ["year", "index"],
    ["2010/11", 88],
    ["2011-12", 90],
    [null, null],
    ["2024/2025", 110],
  ];
  test("financial-year labels in either the table or the arguments; a heading row and spare rows are skipped", () => {
    // 500 × 110 / 88 = 625; 900 × 110 / 90 = 1100.
    const out = valueOf(call(priceBaseFn, col(500, 900), col("2010/11", "2011/12"), "2024-25", fy));
    expect(out[0][0]).toBeCloseTo(625, 12);
    expect(out[1][0]).toBeCloseTo(1100, 12);
  });
  test("calendar years in a user's table replace the shipped series (a newer release)", () => {
    const table = [
      [2014, 75],
      [2025, 102],
    ];
    expect(valueOf(call(priceBaseFn, 100, 2014, 2025, table))[0][0]).toBeCloseTo(136, 12); // 100 × 102 / 75
    const m = expectExcelError(call(priceBaseFn, 100, 2019, 2025, table), "#N/A");
    expect(m).toBe(
      "price_year 2019 is not in the deflators range, which covers calendar years 2014 to 2025, with gaps."
    );
  });
  test("a bad table: #VALUE! naming the row", () => {
    expect(expectExcelError(call(priceBaseFn, 1, 2014, 2024, [[2014, 70, 1]]), "#VALUE!")).toMatch(
      /^deflators must be two columns, year and index; got 1 rows × 3 columns\.$/
    );
    expect(
      expectExcelError(
        call(priceBaseFn, 1, 2014, 2024, [
          [2014, 70],
          [2024, "100"],
        ]),
        "#VALUE!"
      )
    ).toBe('the index in deflators (row 2) must be a number more than 0; got "100".');
    expect(
      expectExcelError(
        call(priceBaseFn, 1, 2014, 2024, [
          [2014, 70],
          ["2014", 71],
        ]),
        "#VALUE!"
      )
    ).toBe("deflators (row 2): year 2014 appears twice.");
    expect(
      expectExcelError(call(priceBaseFn, 1, 2014, 2024, [["2024/26", 70]]), "#VALUE!")
    ).toMatch(/^the year in deflators \(row 1\) must be a year such as 2014/);
    expect(expectExcelError(call(priceBaseFn, 1, 2014, 2024, 5), "#VALUE!")).toMatch(
      /^deflators must be a range of two columns/
    );
  });
});

describe("errors", () => {
  test("a year outside the series: #N/A naming the series' range", () => {
    expect(expectExcelError(call(priceBaseFn, 100, 1989, 2024, null), "#N/A")).toBe(
      "price_year 1989 is not in HM Treasury's GDP deflators (December 2025), which covers calendar years 1990 to 2024."
    );
    expect(
      expectExcelError(call(priceBaseFn, col(1, 2), col(2014, 2015), 2030, null), "#N/A")
    ).toMatch(/^base_year 2030 is not in .*1990 to 2024\.$/);
  });
  test("in a column, the bad row shows its own error and names its row; the others convert", () => {
    const out = valueOf(
      call(priceBaseFn, col(100, 100, 100, "x"), col(2014, 2031, "2010/11", 2014), 2024, null)
    );
    expect(out[0][0]).toBeCloseTo(133.95, 2);
    expect(out[1][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^price_year \(row 2\) 2031 is not in .*1990 to 2024\.$/),
    });
    expect(out[2][0]).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(
        /^price_year \(row 3\) 2010\/11 .*for a financial year, give a series with financial years\.$/
      ),
    });
    expect(out[3][0]).toMatchObject({
      code: "#VALUE!",
      message: 'amount (row 4) must be a number; got "x".',
    });
  });
  test("a year that is not a number or a year label: #VALUE! saying what is allowed", () => {
    for (const bad of ["last year", 2014.5, true, "2014/16"]) {
      expect(expectExcelError(call(priceBaseFn, 100, bad, 2024, null), "#VALUE!")).toMatch(
        /^price_year must be a year such as 2014, or a financial year such as 2010\/11/
      );
    }
    expect(expectExcelError(call(priceBaseFn, 100, 2014, "soon", null), "#VALUE!")).toMatch(
      /^base_year must be a year/
    );
    expect(expectExcelError(call(priceBaseFn, 100, 2014, null, null), "#VALUE!")).toBe(
      "base_year is required."
    );
    expect(expectExcelError(call(priceBaseFn, 100, 2014, [[2024, 2025]], null), "#VALUE!")).toMatch(
      /^base_year must be a single year/
    );
  });
  test("blanks and shapes", () => {
    expect(expectExcelError(call(priceBaseFn, null, 2014, 2024, null), "#VALUE!")).toMatch(
      /^amount is blank/
    );
    expect(expectExcelError(call(priceBaseFn, 100, null, 2024, null), "#VALUE!")).toMatch(
      /^price_year is blank/
    );
    expect(
      valueOf(call(priceBaseFn, col(100, 100), col(2014, null), 2024, null))[1][0]
    ).toMatchObject({
      code: "#VALUE!",
      message: "price_year (row 2) is blank; fill it in or clear the row.",
    });
    expect(
      expectExcelError(call(priceBaseFn, col(1, 2, 3), col(2014, 2015), 2024, null), "#VALUE!")
    ).toBe("amount and price_year must have the same length: amount has 3, price_year has 2.");
    expect(
      expectExcelError(
        call(
          priceBaseFn,
          [
            [1, 2],
            [3, 4],
          ],
          2014,
          2024,
          null
        ),
        "#VALUE!"
      )
    ).toMatch(/^amount must be a single row or a single column/);
  });
});

describe("properties", () => {
  const years = fc.integer({ min: 1990, max: 2024 });
  const amounts = fc.double({ min: -1e9, max: 1e9, noNaN: true });
  test("same year is the identity", () => {
    fc.assert(
      fc.property(amounts, years, (a, y) =>
        // −0 comes back as 0, as from every function (the result wrapper).
        expect(valueOf(call(priceBaseFn, a, y, y, null))[0][0]).toBe(Object.is(a, -0) ? 0 : a)
      )
    );
  });
  test("round trip base → price → base is the identity (to 1e-12 relative)", () => {
    fc.assert(
      fc.property(amounts, years, years, (a, p, b) => {
        const there = valueOf(call(priceBaseFn, a, p, b, null))[0][0];
        const back = valueOf(call(priceBaseFn, there, b, p, null))[0][0];
        expect(Math.abs(back - a)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
      })
    );
  });
  test("a column converts as its cells do one by one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amounts, years), { minLength: 2, maxLength: 8 }),
        years,
        (rows, b) => {
          const out = valueOf(
            call(priceBaseFn, col(...rows.map((r) => r[0])), col(...rows.map((r) => r[1])), b, null)
          );
          rows.forEach(([a, p], i) =>
            expect(out[i][0]).toBe(valueOf(call(priceBaseFn, a, p, b, null))[0][0])
          );
        }
      )
    );
  });
});
