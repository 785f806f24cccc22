/**
 * The SROI value map with mixed price years, built to .xlsx and recalculated by LibreOffice
 * Calc headless: the Deflators table's INDEX/MATCH conversion and everything after it (PV,
 * ratio, NPV, payback) equal the model to the penny (ratio and payback to 1e-9 relative),
 * on the shipped series and on a user's series of financial years; every check reads TRUE.
 */
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { parseSroi } from "../../src/journeys/sroi/validate";
import {
  expectSroiHeadlines,
  FINANCIAL_PRICE_YEARS,
  FINANCIAL_YEAR_INDICES,
  loadSroiExample,
  recalculatedSroiSummary,
} from "../support/sroi";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

jest.setTimeout(180000);

const priced = loadSroiExample("sroi-wellbeing-price-base.json");
const financial: SroiAnalysisCase = parseSroi({
  ...priced,
  priceBaseYear: "2024/25",
  discount: "STPR",
  deflators: {
    name: "Invented financial-year deflators",
    source: "test data",
    licence: "",
    rows: FINANCIAL_YEAR_INDICES,
  },
  outcomes: priced.outcomes.map((o, i) => ({
    ...o,
    priceYear: FINANCIAL_PRICE_YEARS[i],
    duration: o.duration + 32,
  })),
});

describe.each([
  ["the example: calendar years 2014, 2019, 2021 and 2024 in 2024 prices", priced],
  ["financial years in 2024/25 prices on a user's series, over 33+ years at the STPR", financial],
])("%s", (_name, c) => {
  const r = evaluateSroi(c);
  const { rows, value } = recalculatedSroiSummary(c);

  test("PV, inputs, NPV to the penny; ratio and payback to 1e-9", () => {
    expect(r.paybackMonths).not.toBeNull();
    expectSroiHeadlines(value, r);
  });

  test("the conversion matters: the ratio differs from the proxies as they stand", () => {
    const { priceBaseYear: _b, deflators: _d, ...plain } = c;
    expect(Math.abs(evaluateSroi(plain).ratio! - r.ratio!)).toBeGreaterThan(0.01);
  });

  test("every check reads TRUE, the price years' check among them", () => {
    const checks = rows().filter((row) => row[1] === "TRUE" || row[1] === "FALSE");
    expect(checks.map((row) => row[0])).toContain(
      "Every proxy's price year is in the Deflators table"
    );
    checks.forEach((row) => expect([row[0], row[1]]).toEqual([row[0], "TRUE"]));
  });
});
