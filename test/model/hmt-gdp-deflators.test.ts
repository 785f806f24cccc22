/**
 * The shipped deflators: the checked-in module (src/data/hmt-gdp-deflators.ts) agrees with
 * the CSV it is generated from (data/hmt-gdp-deflators.csv), read here independently with
 * plain string splitting, and prices convert on the raw CSV as they do through the model.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HMT_GDP_DEFLATORS } from "../../src/data/hmt-gdp-deflators";
import { priceBase, shippedDeflators } from "../../src/model/price-base";

const ROOT = path.resolve(__dirname, "../..");
const csv = fs.readFileSync(path.join(ROOT, "data/hmt-gdp-deflators.csv"), "utf8");
const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
const header = Object.fromEntries(
  lines
    .filter((l) => l.startsWith("#"))
    .map((l) => {
      const [key, ...rest] = l.slice(1).split(":");
      return [key.trim(), rest.join(":").trim()];
    })
);
const dataLines = lines.filter((l) => !l.startsWith("#"));
const raw = new Map(
  dataLines.slice(1).map((l) => [Number(l.split(",")[0]), Number(l.split(",")[1])])
);

describe("data/hmt-gdp-deflators.csv and the module generated from it", () => {
  test("the CSV is HM Treasury's series, 1990–2024, 2024 = 100, with its provenance in the header", () => {
    expect(dataLines[0]).toBe("year,index");
    expect([...raw.keys()]).toEqual(Array.from({ length: 35 }, (_, i) => 1990 + i));
    expect(raw.get(2024)).toBe(100);
    expect(header.source).toMatch(
      /^HM Treasury, "GDP deflators at market prices, and money GDP", December 2025/
    );
    expect(header.licence).toBe("Open Government Licence v3.0 (Crown copyright)");
    expect(header.vintage).toBe("December 2025");
    expect(header.base).toBe("2024 = 100");
  });

  test("the module holds the same points and provenance", () => {
    expect(HMT_GDP_DEFLATORS.points.map(([y, i]) => [y, i])).toEqual([...raw.entries()]);
    for (const key of ["source", "url", "licence", "vintage", "base", "years", "note"] as const) {
      expect(HMT_GDP_DEFLATORS[key]).toBe(header[key]);
    }
  });

  test("scripts/deflators.js --check finds the module up to date", () => {
    const script = path.join(ROOT, "scripts/deflators.js");
    expect(() =>
      execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })
    ).not.toThrow();
  });

  test("every pair of years converts as the raw CSV says: amount × index(base) / index(price)", () => {
    const series = shippedDeflators();
    for (const [p, ip] of raw) {
      for (const [b, ib] of raw) {
        const expected = (1000 * ib) / ip;
        expect(Math.abs(priceBase(1000, p, b, series) - expected)).toBeLessThanOrEqual(
          1e-12 * expected
        );
      }
    }
  });
});
