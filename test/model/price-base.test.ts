import fc from "fast-check";
import {
  deflatorSeries,
  extendSeries,
  indexFor,
  latestYear,
  parsePriceYear,
  priceBase,
  priceBaseProblem,
  seriesCoverage,
  shippedDeflators,
  yearLabel,
} from "../../src/model/price-base";
import { ModelError } from "../../src/model/errors";
import { errorCode } from "../support/model";

const hmt = shippedDeflators();

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return `${e.code} ${e.message}`;
    throw e;
  }
  throw new Error("expected an error");
}

describe("priceBase on HM Treasury's series (December 2025, 2024 = 100)", () => {
  // Worked by hand from the CSV: 2014 = 74.6524, 2019 = 81.1085, 2010 = 69.1217, 2024 = 100.
  test("£100 in 2014 prices is £133.95 in 2024 prices (the documented example)", () => {
    expect(priceBase(100, 2014, 2024, hmt)).toBeCloseTo(133.95, 2);
    expect(priceBase(100, 2014, 2024, hmt)).toBeCloseTo((100 * 100) / 74.6524, 10);
  });
  test("£1,200 in 2014 prices is £1,607.45 in 2024 prices", () => {
    expect(priceBase(1200, 2014, 2024, hmt)).toBeCloseTo(1607.45, 2);
  });
  test("£500 in 2019 prices is £616.46 in 2024 prices", () => {
    expect(priceBase(500, 2019, 2024, hmt)).toBeCloseTo(616.46, 2);
  });
  test("backwards: £1,000 in 2024 prices is £691.22 in 2010 prices (1000 × 69.1217 / 100)", () => {
    expect(priceBase(1000, 2024, 2010, hmt)).toBeCloseTo(691.217, 9);
  });
  test("between two years that are not the base: £250 in 2020 prices → 2023 prices = £282.38", () => {
    expect(priceBase(250, 2020, 2023, hmt)).toBeCloseTo(282.38, 2); // 250 × 96.2507 / 85.2137
  });
  test("a year given as text is the same year", () => {
    expect(priceBase(100, "2014", " 2024 ", hmt)).toBe(priceBase(100, 2014, 2024, hmt));
  });
  test("provenance travels with the series", () => {
    expect(hmt.name).toBe("HM Treasury's GDP deflators (December 2025)");
    expect(hmt.licence).toMatch(/Open Government Licence v3\.0/);
    expect(hmt.vintage).toBe("December 2025");
    expect(hmt.source).toMatch(/^HM Treasury, "GDP deflators at market prices, and money GDP"/);
    expect(seriesCoverage(hmt)).toBe("calendar years 1990 to 2024");
    expect(latestYear(hmt)?.label).toBe("2024");
    expect(latestYear(hmt, "financial")).toBeUndefined();
  });
});

describe("errors", () => {
  test("a year outside the series: #N/A naming the series and its range", () => {
    expect(message(() => priceBase(100, 1989, 2024, hmt))).toBe(
      "#N/A price_year 1989 is not in HM Treasury's GDP deflators (December 2025), which covers calendar years 1990 to 2024."
    );
    expect(message(() => priceBase(100, 2014, 2030, hmt))).toMatch(
      /^#N\/A base_year 2030 is not in .* 1990 to 2024\.$/
    );
  });
  test("a financial year on a calendar-year series: #N/A with a hint, never mapped to a calendar year", () => {
    expect(message(() => priceBase(100, "2010/11", 2024, hmt))).toMatch(
      /^#N\/A price_year 2010\/11 is not in .*calendar years 1990 to 2024; for a financial year, give a series with financial years\.$/
    );
  });
  test("a year that is not a year: #VALUE! saying what is allowed", () => {
    for (const bad of [2014.5, "twenty", "2010/12", "2010/2012", 41640, "", true, null, NaN]) {
      expect(message(() => priceBase(100, bad as never, 2024, hmt))).toMatch(
        /^#VALUE! price_year must be a year such as 2014, or a financial year such as 2010\/11/
      );
    }
    expect(message(() => priceBase(100, 2014, "next year", hmt))).toMatch(
      /^#VALUE! base_year must be/
    );
  });
  test("an amount that is not a number: #VALUE!", () => {
    expect(errorCode(() => priceBase(NaN, 2014, 2024, hmt))).toBe("#VALUE!");
    expect(errorCode(() => priceBase("100" as never, 2014, 2024, hmt))).toBe("#VALUE!");
  });
  test("priceBaseProblem gives the message, or null when the conversion can be made", () => {
    expect(priceBaseProblem(2014, 2024, hmt)).toBeNull();
    expect(priceBaseProblem(2031, 2024, hmt)).toMatch(/price_year 2031 is not in/);
  });
});

describe("financial-year labels", () => {
  test("2010/11, 2010-11, 2010–11 and 2010/2011 are one year; 1999/00 follows 1999", () => {
    for (const s of ["2010/11", "2010-11", "2010–11", "2010/2011", " 2010 / 11 "]) {
      expect(parsePriceYear(s)).toEqual({ kind: "financial", start: 2010, label: "2010/11" });
    }
    expect(yearLabel("1999-2000")).toBe("1999/00");
    expect(yearLabel("1999/00")).toBe("1999/00");
    expect(yearLabel(2014)).toBe("2014");
  });
  test("a user's financial-year series (labels written differently) converts between its years", () => {
    // Invented index values, worked by hand: 500 × 110 / 88 = 625.
    const fy = deflatorSeries(
      [
        ["2010/11", 88],
        ["2011-12", 90],
        ["2024/2025", 110],
      ],
      { name: "the deflators table" }
    );
    expect(priceBase(500, "2010-11", "2024/25", fy)).toBeCloseTo(625, 12);
    expect(indexFor("2011/12", fy)).toBe(90);
    expect(seriesCoverage(fy)).toBe("financial years 2010/11 to 2024/25, with gaps");
    expect(message(() => priceBase(1, 2014, "2024/25", fy))).toMatch(
      /^#N\/A price_year 2014 is not in the deflators table, which covers financial years 2010\/11 to 2024\/25, with gaps; for a calendar year, give a series with calendar years\.$/
    );
  });
  test("a series may hold both kinds; each is found only as itself", () => {
    const both = deflatorSeries(
      [
        [2024, 100],
        ["2024/25", 100.9],
      ],
      { name: "mixed" }
    );
    expect(priceBase(100, "2024/25", 2024, both)).toBeCloseTo((100 * 100) / 100.9, 12);
    expect(seriesCoverage(both)).toBe("calendar year 2024 and financial year 2024/25");
  });
});

describe("user-supplied series", () => {
  test("bad tables: #VALUE! naming the row", () => {
    expect(message(() => deflatorSeries([[2014, 0]], { name: "deflators" }))).toMatch(
      /^#VALUE! the index in deflators \(row 1\) must be a number more than 0; got 0\.$/
    );
    expect(
      message(() =>
        deflatorSeries(
          [
            [2014, 70],
            ["2014", 71],
          ],
          { name: "deflators" }
        )
      )
    ).toBe("#VALUE! deflators (row 2): year 2014 appears twice.");
    expect(message(() => deflatorSeries([["2014/16", 70]], { name: "deflators" }))).toMatch(
      /^#VALUE! the year in deflators \(row 1\) must be a year such as 2014/
    );
    expect(message(() => deflatorSeries([], { name: "deflators" }))).toBe(
      "#VALUE! deflators has no years."
    );
  });
  test("extend: forecast years on the same base are added; the shipped years keep their values", () => {
    const forecast = deflatorSeries(
      [
        [2024, 100],
        [2025, 102.5],
      ],
      { name: "forecast" }
    );
    const extended = extendSeries(hmt, forecast);
    expect(priceBase(100, 2014, 2025, extended)).toBeCloseTo((100 * 102.5) / 74.6524, 10);
    expect(priceBase(100, 2014, 2024, extended)).toBe(priceBase(100, 2014, 2024, hmt));
    expect(seriesCoverage(extended)).toBe("calendar years 1990 to 2025");
    expect(hmt.points).toHaveLength(35); // the shipped series is not changed
  });
  test("extend with a different index for a shared year (another base): #VALUE!, never mixed", () => {
    const rebased = deflatorSeries([[2024, 98]], { name: "a 2025 = 100 release" });
    expect(message(() => extendSeries(hmt, rebased))).toMatch(
      /2024 is in HM Treasury's .* \(index 100\) and in a 2025 = 100 release \(index 98\)/
    );
  });
});

describe("properties", () => {
  const years = fc.integer({ min: 1990, max: 2024 });
  const amounts = fc.double({ min: -1e9, max: 1e9, noNaN: true });

  test("the same year is the identity, exactly", () => {
    fc.assert(fc.property(amounts, years, (a, y) => expect(priceBase(a, y, y, hmt)).toBe(a)));
  });
  test("round trip price → base → price is the identity (to 1e-12 relative)", () => {
    fc.assert(
      fc.property(amounts, years, years, (a, p, b) => {
        const back = priceBase(priceBase(a, p, b, hmt), b, p, hmt);
        expect(Math.abs(back - a)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
      })
    );
  });
  test("chaining through a middle year equals converting directly", () => {
    fc.assert(
      fc.property(amounts, years, years, years, (a, p, m, b) => {
        const direct = priceBase(a, p, b, hmt);
        const chained = priceBase(priceBase(a, p, m, hmt), m, b, hmt);
        expect(Math.abs(chained - direct)).toBeLessThanOrEqual(
          1e-12 * Math.max(1, Math.abs(direct))
        );
      })
    );
  });
  test("linear in the amount; rebasing the whole index changes nothing", () => {
    fc.assert(
      fc.property(
        amounts,
        years,
        years,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (a, p, b, k) => {
          const rebased = deflatorSeries(
            hmt.points.map((pt) => [pt.year.start, pt.index * k] as const),
            { name: "rebased" }
          );
          const x = priceBase(a, p, b, hmt);
          expect(Math.abs(priceBase(a, p, b, rebased) - x)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(x))
          );
          expect(Math.abs(priceBase(2 * a, p, b, hmt) - 2 * x)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(x))
          );
        }
      )
    );
  });
  test("prices rose every year of the shipped series, so a later base year never lowers a positive amount", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), years, years, (a, p, b) => {
        fc.pre(b >= p);
        expect(priceBase(a, p, b, hmt)).toBeGreaterThanOrEqual(a);
      })
    );
  });
});

describe("a financial year typed into Excel becomes a date", () => {
  test("a date serial gets a hint to type the year as text", () => {
    expect(message(() => parsePriceYear(40483))).toMatch(
      /got 40483 \(a date\? Excel turns 2010\/11 typed in a cell into a date: type '2010\/11, or format the cell as Text\)\.$/
    );
    expect(message(() => parsePriceYear(14))).toMatch(/got 14\.$/);
  });
});
