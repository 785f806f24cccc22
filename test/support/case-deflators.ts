/**
 * A business case with its own deflators (calendar and financial years, indices chosen so
 * the conversions are worked by hand exactly), in 2024/25 prices, with lines in 2010/11,
 * 2014 and 2014/15 prices: for the model, round-trip and LibreOffice tests.
 */
import { parseCase } from "../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../src/journeys/business-case/types";

/** `c` with the deflators, the price base year 2024/25 and three lines in other years' prices. */
export function ownDeflators(c: BusinessCase): BusinessCase {
  const m: BusinessCase = JSON.parse(JSON.stringify(c));
  m.appraisal.priceBaseYear = "2024/25";
  m.deflators = {
    name: "My deflators (March 2026, with forecasts)",
    source: "ONS, Quarterly National Accounts, March 2026; OBR forecast for 2024/25",
    licence: "Open Government Licence v3.0",
    // In the order the Deflators table writes them: calendar years, then financial years.
    rows: [
      [2014, 87.5],
      [2024, 100],
      ["2010/11", 80],
      ["2014/15", 88],
      ["2024/25", 102],
    ],
  };
  m.options[0].savings[0].priceYear = "2010/11";
  m.options[0].oneOffCosts[0].priceYear = 2014;
  m.options[1].savings[0].priceYear = "2014/15";
  return parseCase(m);
}
