import { deflatorSeries, priceBase, shippedDeflators } from "../../src/model/price-base";
import {
  deflatorTableRows,
  describeConversion,
  priceBaseFormula,
} from "../../src/values/deflator-table";

describe("the Deflators table and its lookup formula", () => {
  test("table rows: calendar years as numbers, financial years as canonical text", () => {
    const rows = deflatorTableRows(shippedDeflators());
    expect(rows[0]).toEqual([1990, 42.7537]);
    expect(rows).toHaveLength(35);
    const fy = deflatorSeries(
      [
        ["2011-12", 90],
        ["2010/2011", 88],
        [2024, 100],
      ],
      { name: "t" }
    );
    expect(deflatorTableRows(fy)).toEqual([
      [2024, 100],
      ["2010/11", 88],
      ["2011/12", 90],
    ]);
  });
  test("the formula, with structured references or A1 cells", () => {
    expect(
      priceBaseFormula({
        amount: "E5",
        priceYear: "F5",
        baseYear: "BaseYear",
        years: "Deflators[Year]",
        index: "Deflators[Index]",
      })
    ).toBe(
      "E5*(INDEX(Deflators[Index],MATCH(BaseYear,Deflators[Year],0))/INDEX(Deflators[Index],MATCH(F5,Deflators[Year],0)))"
    );
  });
  test("the pane's sentence: £1,200 in 2014 prices = £1,607 in 2024 prices (1,200 × 100 / 74.6524 = 1,607.45)", () => {
    const hmt = shippedDeflators();
    expect(describeConversion(1200, 2014, 2024, hmt)).toBe(
      "£1,200 in 2014 prices = £1,607 in 2024 prices"
    );
    expect(describeConversion(50, 2024, 2014, hmt)).toBe(
      "£50 in 2024 prices = £37.33 in 2014 prices"
    );
    expect(priceBase(50, 2024, 2014, hmt)).toBeCloseTo(37.3262, 4);
    const fy = deflatorSeries(
      [
        ["2010/11", 88],
        ["2024/25", 110],
      ],
      { name: "t" }
    );
    expect(describeConversion(-400, "2010-11", "2024/2025", fy)).toBe(
      "−£400 in 2010/11 prices = −£500 in 2024/25 prices"
    );
  });
});
