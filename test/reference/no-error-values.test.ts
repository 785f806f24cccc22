/**
 * No sheet the product writes shows an error value for an expected situation (a payback
 * never reached, a party with no costs, an analysis with no inputs): every example of every
 * journey, plus cases made to hit those situations, is built to .xlsx, recalculated by
 * LibreOffice, and every cell of every sheet is read back.
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS } from "../../src/journeys";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { sroiPlan } from "../../src/journeys/sroi/workbook";
import { parsePerspectives } from "../../src/journeys/perspectives/validate";
import { planToXlsx } from "../../src/workbook/xlsx";
import type { WorkbookPlan } from "../../src/workbook/types";
import { recalculateAllSheets } from "../support/libreoffice";
import { EXAMPLES } from "../support/examples";

jest.setTimeout(300000);

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
const plans: [string, () => WorkbookPlan][] = JOURNEYS.flatMap((j) =>
  j.examples.map((f) => [f, () => j.plan(j.parse(read(f)))] as [string, () => WorkbookPlan])
);

/** The SROI example with proxies so small that the inputs are never paid back. */
const sroi = read("sroi-community-navigators.json");
plans.push([
  "an SROI analysis that never pays back",
  () =>
    sroiPlan(
      parseSroi({
        ...sroi,
        outcomes: sroi.outcomes.map((o: { proxy: number }) => ({ ...o, proxy: o.proxy / 1000 })),
      })
    ),
]);

/** Every cell LibreOffice computed as an error, with its sheet, row and column. */
function errorCells(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const [sheet, rows] of Object.entries(recalculateAllSheets(bytes)))
    rows.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (/^(#[A-Z0-9/]+[!?]?|Err:\d+)$/.test(cell))
          found.push(`${sheet} row ${i + 1} col ${j + 1}: ${cell}`);
      })
    );
  return found;
}

test("the cases include a payback never reached and a party with no costs", () => {
  const persp = parsePerspectives(read("perspectives-community-navigators.json"));
  expect(persp.flows.some((f) => f.party === "NHS" && f.kind === "benefit")).toBe(true);
  expect(persp.flows.some((f) => f.party === "NHS" && f.kind === "cost")).toBe(false);
});

test.each(plans)("%s: no error value on any sheet", async (_name, plan) => {
  const p = plan();
  const bytes = await planToXlsx(p);
  expect(Object.keys(recalculateAllSheets(bytes)).sort()).toEqual(
    p.sheets.map((s) => s.name).sort()
  );
  expect(errorCells(bytes)).toEqual([]);
});
