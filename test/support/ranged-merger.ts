/**
 * The two-associations merger example with two ranges on its first option (its first
 * savings line triangular ±50%, VAT PERT 0.8 / 1 / 1.6): the fixture the business-case
 * range and convergence tests share.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCase } from "../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../src/journeys/business-case/types";

export const merger: BusinessCase = parseCase(
  JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../examples/two-associations-merger.json"), "utf8")
  )
);
export const mergerOption = merger.options[0];
export const mergerFull = mergerOption.savings[0].fullAnnual;

export const rangedMerger: BusinessCase = {
  ...merger,
  ranges: [
    {
      option: mergerOption.id,
      line: "Savings line 1",
      distribution: "triangular",
      low: mergerFull * 0.5,
      mode: mergerFull,
      high: mergerFull * 1.5,
      sd: null,
    },
    {
      option: mergerOption.id,
      line: "VAT",
      distribution: "pert",
      low: 0.8,
      mode: 1,
      high: 1.6,
      sd: null,
    },
  ],
};
