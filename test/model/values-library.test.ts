/**
 * The values the product ships: HM Treasury's WELLBY with its provenance, converted to
 * other price bases by hand, and a guard that nothing from HACT's Social Value Bank or the
 * National TOMs is bundled (their terms do not allow it; users import their own copy).
 */
import * as fs from "fs";
import * as path from "path";
import { priceBase, shippedDeflators } from "../../src/model/price-base";
import { VALUE_LIBRARY, WELLBY } from "../../src/values/library";
import { importProxies, sheetFromRows } from "../../src/values/import";

const ROOT = path.resolve(__dirname, "../..");
/** Names of value banks that may not be shipped. */
const NOT_SHIPPABLE =
  /HACT|Social Value Bank|\bTOMs?\b|Themes,? Outcomes and Measures|Social Value Portal/i;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

describe("the WELLBY", () => {
  test("HM Treasury's value: £13,000 (£10,000–£16,000) per WELLBY, 2019 prices, OGL, July 2021 guidance", () => {
    expect(WELLBY).toEqual({
      code: "HMT-WELLBY",
      description: expect.stringMatching(/one-point change in life satisfaction/),
      unit: "per WELLBY",
      value: 13000,
      low: 10000,
      high: 16000,
      priceYear: 2019,
      source:
        'HM Treasury, "Wellbeing guidance for appraisal: supplementary Green Book guidance", July 2021',
      licence: "Open Government Licence v3.0 (Crown copyright)",
      url: "https://www.gov.uk/government/publications/green-book-supplementary-guidance-wellbeing",
    });
  });
  test("in 2024 prices on the shipped deflators: 13,000 × 100 / 81.1085 = £16,027.91", () => {
    expect(priceBase(WELLBY.value, WELLBY.priceYear, 2024, shippedDeflators())).toBeCloseTo(
      16027.91,
      2
    );
    expect(priceBase(WELLBY.low!, WELLBY.priceYear, 2024, shippedDeflators())).toBeCloseTo(
      12329.16, // 10,000 × 100 / 81.1085
      2
    );
  });
});

describe("the library", () => {
  test("every value has a code, a unit, a positive value, a price year on the shipped series, a source, a URL and an open licence", () => {
    const codes = new Set<string>();
    for (const v of VALUE_LIBRARY) {
      expect(v.code).toMatch(/^[A-Z0-9-]+$/);
      expect(codes.has(v.code)).toBe(false);
      codes.add(v.code);
      expect(v.unit).not.toBe("");
      expect(v.value).toBeGreaterThan(0);
      if (v.low !== undefined) expect(v.low).toBeLessThanOrEqual(v.value);
      if (v.high !== undefined) expect(v.high).toBeGreaterThanOrEqual(v.value);
      expect(() => priceBase(v.value, v.priceYear, 2024, shippedDeflators())).not.toThrow();
      expect(v.source.length).toBeGreaterThan(20);
      expect(v.url).toMatch(/^https:\/\/www\.gov\.uk\//);
      expect(v.licence).toMatch(/^Open Government Licence v3\.0/);
    }
  });
});

describe("no HACT Social Value Bank or National TOMs values are shipped", () => {
  test("no library value names them", () => {
    for (const v of VALUE_LIBRARY) expect(JSON.stringify(v)).not.toMatch(NOT_SHIPPABLE);
  });
  test("the guard recognises them (so the checks below can fail)", () => {
    for (const s of [
      "HACT Social Value Bank",
      "National TOMs",
      "National Themes, Outcomes and Measures",
      "TOM NT1",
    ]) {
      expect(s).toMatch(NOT_SHIPPABLE);
    }
  });
  test("no shipped data file, values module or example mentions them", () => {
    const files = [
      ...filesUnder(path.join(ROOT, "data")),
      ...filesUnder(path.join(ROOT, "src/data")),
      ...filesUnder(path.join(ROOT, "src/values")),
      ...filesUnder(path.join(ROOT, "examples")),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const text = fs.readFileSync(f, "utf8");
      expect({
        file: path.relative(ROOT, f),
        match: NOT_SHIPPABLE.exec(text)?.[0] ?? null,
      }).toEqual({
        file: path.relative(ROOT, f),
        match: null,
      });
    }
  });
  test("the import holds no values of its own: an empty file gives none", () => {
    expect(importProxies(sheetFromRows([["Code", "Value", "Price year"]])).values).toEqual([]);
  });
});
