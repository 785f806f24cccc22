/**
 * The value map's price-base conversion in a spreadsheet engine nobody here wrote: a
 * Deflators table (the shipped calendar years and invented financial years) and the
 * lookup formula of `priceBaseFormula` beside random proxies, recalculated by LibreOffice
 * Calc headless, equal `priceBase` to 1e-9 relative (and so to the penny); a year missing
 * from the table is #N/A in both.
 */
import fc from "fast-check";
import {
  deflatorSeries,
  extendSeries,
  priceBase,
  shippedDeflators,
  type PriceYear,
} from "../../src/model/price-base";
import { deflatorTableRows, priceBaseFormula } from "../../src/values/deflator-table";
import { evaluateInLibreOffice, type SheetCell } from "../support/libreoffice";

jest.setTimeout(180000);

// Invented financial-year indices (test data), on the same base as the shipped series.
const series = extendSeries(
  shippedDeflators(),
  deflatorSeries(
    [
      ["2010/11", 69.5],
      ["2014/15", 74.9],
      ["2019/20", 81.6],
      ["2024/25", 100.7],
    ],
    { name: "invented financial years" }
  )
);
const table = deflatorTableRows(series);
const years = table.map((r) => r[0]);

test("LibreOffice's INDEX/MATCH conversion equals priceBase to the penny, financial years included", async () => {
  const cases = fc.sample(
    fc.record({
      amount: fc.integer({ min: -1e8, max: 1e8 }).map((p) => p / 100),
      priceYear: fc.constantFrom<PriceYear>(...years),
      baseYear: fc.constantFrom<PriceYear>(...years),
    }),
    { numRuns: 60 }
  );
  const missing = [
    { amount: 100, priceYear: 1989 as PriceYear, baseYear: 2024 as PriceYear },
    { amount: 100, priceYear: "2012/13" as PriceYear, baseYear: 2024 as PriceYear },
  ];
  const all = [...cases, ...missing];
  const last = table.length + 1;
  const rows: SheetCell[][] = [
    ["Year", "Index", null, "Amount", "Price year", "Base year", "Converted"],
  ];
  for (let i = 0; i < Math.max(table.length, all.length); i++) {
    const t = table[i];
    const c = all[i];
    const r = i + 2;
    rows.push([
      t ? t[0] : null,
      t ? t[1] : null,
      null,
      c ? c.amount : null,
      c ? c.priceYear : null,
      c ? c.baseYear : null,
      c
        ? {
            formula: priceBaseFormula({
              amount: `D${r}`,
              priceYear: `E${r}`,
              baseYear: `F${r}`,
              years: `$A$2:$A$${last}`,
              index: `$B$2:$B$${last}`,
            }),
            numFmt: "0.000000000",
          }
        : null,
    ]);
  }
  const out = await evaluateInLibreOffice(rows);
  cases.forEach((c, i) => {
    const ours = priceBase(c.amount, c.priceYear, c.baseYear, series);
    const theirs = Number(out[i + 1][6]);
    expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(Math.max(1e-6, 1e-9 * Math.abs(ours)));
    // To the penny, except where the exact value sits on a half-penny (-199,261.875): there
    // two results equal to 1e-9 may round either way, which says nothing about either.
    const pence = Math.abs(ours * 100) % 1;
    if (Math.abs(pence - 0.5) > 1e-4) expect(Math.round(ours * 100)).toBe(Math.round(theirs * 100));
  });
  missing.forEach((c, k) => {
    expect(out[cases.length + k + 1][6]).toBe("#N/A");
    expect(() => priceBase(c.amount, c.priceYear, c.baseYear, series)).toThrow(/is not in/);
  });
  expect(cases.some((c) => typeof c.priceYear === "string")).toBe(true);
});
