import fc from "fast-check";
import { deflatorSeries, priceBase, shippedDeflators } from "../../src/model/price-base";
import { convertAmounts } from "../../src/values/convert";

const hmt = shippedDeflators();

describe("a value map's proxies in one price base", () => {
  test("each proxy from its own price year (worked by hand: 1200 × 100 / 74.6524, 500 × 100 / 81.1085)", () => {
    const { rows, problems } = convertAmounts(
      [
        { amount: 1200, priceYear: 2014 },
        { amount: 500, priceYear: 2019 },
        { amount: 80, priceYear: 2024 },
      ],
      2024,
      hmt
    );
    expect(problems).toEqual([]);
    expect(rows[0].value).toBeCloseTo(1607.45, 2);
    expect(rows[0].factor).toBeCloseTo(1.339542, 6);
    expect(rows[1].value).toBeCloseTo(616.46, 2);
    expect(rows[2]).toEqual({ value: 80, factor: 1 });
  });
  test("no price base (an analysis saved before there was one): every amount as it was", () => {
    const rows = [
      { amount: 1200, priceYear: 2014 },
      { amount: 7, priceYear: 1850 },
    ];
    expect(convertAmounts(rows, undefined, hmt)).toEqual({
      rows: [
        { value: 1200, factor: 1 },
        { value: 7, factor: 1 },
      ],
      problems: [],
    });
  });
  test("a price year outside the series is a problem naming the row; the other rows convert", () => {
    const r = convertAmounts(
      [
        { amount: 1200, priceYear: 2031 },
        { amount: 100, priceYear: 2014 },
        { amount: 100, priceYear: "2010/11" },
      ],
      2024,
      hmt,
      (i) => `Outcome ${i + 1}`
    );
    expect(r.rows[0]).toEqual({ value: null, factor: null });
    expect(r.rows[1].value).toBeCloseTo(133.95, 2);
    expect(r.problems).toEqual([
      "Outcome 1: The price year 2031 is not in HM Treasury's GDP deflators (December 2025), which covers calendar years 1990 to 2024.",
      "Outcome 3: The price year 2010/11 is not in HM Treasury's GDP deflators (December 2025), which covers calendar years 1990 to 2024; for a financial year, give a series with financial years.",
    ]);
  });
  test("a base year outside the series is one problem, and nothing converts", () => {
    const r = convertAmounts(
      [
        { amount: 1, priceYear: 2014 },
        { amount: 2, priceYear: 2015 },
      ],
      2030,
      hmt
    );
    expect(r.problems).toEqual([
      "The price base year 2030 is not in HM Treasury's GDP deflators (December 2025), which covers calendar years 1990 to 2024.",
    ]);
    expect(r.rows.every((x) => x.value === null)).toBe(true);
  });
  test("financial years on a user's series", () => {
    const fy = deflatorSeries(
      [
        ["2010/11", 88],
        ["2024/25", 110],
      ],
      { name: "the deflators table" }
    );
    expect(
      convertAmounts([{ amount: 500, priceYear: "2010-11" }], "2024/25", fy).rows[0].value
    ).toBeCloseTo(625, 12);
  });
  test("property: value = amount × factor, and equals priceBase", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1e7, max: 1e7, noNaN: true }),
            fc.integer({ min: 1990, max: 2024 })
          ),
          { maxLength: 10 }
        ),
        fc.integer({ min: 1990, max: 2024 }),
        (rows, base) => {
          const r = convertAmounts(
            rows.map(([amount, priceYear]) => ({ amount, priceYear })),
            base,
            hmt
          );
          expect(r.problems).toEqual([]);
          r.rows.forEach((x, i) => {
            expect(x.value).toBe(priceBase(rows[i][0], rows[i][1], base, hmt));
            expect(Math.abs(x.value! - rows[i][0] * x.factor!)).toBeLessThanOrEqual(
              1e-12 * Math.max(1, Math.abs(x.value!))
            );
          });
        }
      )
    );
  });
});
