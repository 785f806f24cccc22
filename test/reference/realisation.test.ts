/**
 * End to end for benefits realisation: the example, and variants made to hit the sheet's
 * edge cases (actuals equal to the plan, no actuals at all, a payback never reached), built
 * to .xlsx and recalculated by LibreOffice, then the Realisation sheet compared with the
 * model (`evaluateRealisation`): every money figure to the penny, rates to 1e-9, statuses as
 * words, the NPV as approved and now, payback then and now; every check TRUE; no error value
 * on any sheet.
 */
import * as fs from "fs";
import * as path from "path";
import realisationJourney from "../../src/journeys/realisation";
import { evaluateRealisation } from "../../src/journeys/realisation/evaluate";
import { plannedLines } from "../../src/journeys/realisation/lines";
import { SAVINGS_SOURCES } from "../../src/journeys/realisation/business-case";
import { words } from "../../src/workbook/words";
import {
  OPTION_FIRST_ROW,
  realisationLayout,
  realisationPlan,
  REALISATION_SHEETS,
} from "../../src/journeys/realisation/workbook";
import type { Realisation, RealisationResult, ToDate } from "../../src/journeys/realisation/types";
import { planToXlsx } from "../../src/workbook/xlsx";
import { recalculateAllSheets } from "../support/libreoffice";
import { EXAMPLES } from "../support/examples";

jest.setTimeout(300000);

const example = realisationJourney.parse(
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, "realisation-two-associations.json"), "utf8"))
) as Realisation;

/** Every actual equal to the plan, no re-forecast, no unplanned line: the outturn is the case. */
function atPlan(r: Realisation): Realisation {
  const option = r.businessCase.options.find((o) => o.id === r.optionId)!;
  return {
    ...r,
    actuals: plannedLines(r.businessCase, option).map((l) => ({
      line: l.id,
      figures: Array.from({ length: r.asAtYear + 1 }, (_, t) => ({
        year: t,
        amount: l.plan[t],
        evidence: "As planned (test)",
      })),
      reforecast: null,
      note: "",
    })),
    unplanned: [],
  };
}

/** No figure known yet: every status "No actuals". */
const noActuals = (r: Realisation): Realisation => ({
  ...r,
  actuals: r.actuals.map((a) => ({ ...a, figures: [], reforecast: null })),
  unplanned: [],
});

/** Savings re-forecast to nothing: the option never pays back. */
const neverPaysBack = (r: Realisation): Realisation => ({
  ...r,
  actuals: r.actuals.map((a) =>
    a.line.startsWith("savings/") ? { ...a, reforecast: { annual: 0, year: r.asAtYear + 1 } } : a
  ),
  unplanned: r.unplanned.filter((u) => u.kind !== "saving"),
});

const KIND_WORDS: Record<string, string> = {
  saving: "Saving",
  one_off_cost: "One-off cost",
  recurring_cost: "Recurring cost",
};
const sourceLabel = (id: string) => SAVINGS_SOURCES.find((s) => s.id === id)!.label;

const STATUS: Record<string, string> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  no_actuals: "No actuals",
  not_rated: "Not rated",
};

/** A cell's number; LibreOffice's CSV keeps a percentage format's "%". */
const num = (cell: string) => (cell.endsWith("%") ? Number(cell.slice(0, -1)) / 100 : Number(cell));
const penny = (cell: string, x: number) =>
  expect(Math.abs(Number(cell) - x)).toBeLessThanOrEqual(0.005);

function expectToDate(row: string[], t: ToDate) {
  penny(row[4], t.planned);
  penny(row[5], t.plannedReported);
  penny(row[6], t.actual);
  penny(row[8], t.variance);
  if (t.rate === null) {
    expect(row[10]).toBe(STATUS[t.status]);
    expect(row[9]).toBe(STATUS[t.status]);
  } else {
    expect(Math.abs(num(row[10]) - t.rate)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(t.rate))
    );
    expect(Math.abs(num(row[9]) - t.variancePct!)).toBeLessThanOrEqual(1e-9);
  }
  expect(row[11]).toBe(STATUS[t.status]);
}

function expectPayback(cell: string, p: number | null) {
  if (p === null) expect(cell).toBe("not within the horizon");
  else expect(Math.abs(Number(cell) - p)).toBeLessThanOrEqual(1e-9 * Math.max(1, p));
}

describe.each([
  ["the example", example],
  ["actuals equal to the plan", atPlan(example)],
  ["no actuals yet", noActuals(example)],
  ["a re-forecast that never pays back", neverPaysBack(example)],
])("%s", (_name, r) => {
  let sheets: Record<string, string[][]>;
  let e: RealisationResult;
  beforeAll(async () => {
    e = evaluateRealisation(r);
    sheets = recalculateAllSheets(await planToXlsx(realisationPlan(r)));
  });
  const summary = () => sheets[REALISATION_SHEETS.summary];
  const at = () => realisationLayout(e.lines.length, e.sources.length);

  test("the option's NPV, PV savings and costs, payback and savings at maturity, as approved and now", () => {
    const row = (k: number) => summary()[OPTION_FIRST_ROW - 1 + k];
    penny(row(0)[1], e.approved.npv);
    penny(row(0)[2], e.outturn.npv);
    penny(row(0)[3], e.npvVariance);
    penny(row(1)[1], e.approved.pvSavings);
    penny(row(1)[2], e.outturn.pvSavings);
    penny(row(2)[1], e.approved.pvCosts);
    penny(row(2)[2], e.outturn.pvCosts);
    expectPayback(row(3)[1], e.approved.payback);
    expectPayback(row(3)[2], e.outturn.payback);
    penny(row(4)[1], e.approved.savingsAtMaturity);
    penny(row(4)[2], e.outturn.savingsAtMaturity);
    penny(row(5)[2], e.outturn.pvToDate);
    penny(row(6)[2], e.outturn.pvRemaining);
  });

  test("every line: planned to date, actual, variance, rate and status, maturity and totals", () => {
    e.lines.forEach((l, i) => {
      const row = summary()[at().firstLine - 1 + i];
      // Words, never the codes the Actuals tables keep ("savings/0", "one_off_cost").
      expect(row[0]).toBe(l.description);
      expect(row[1]).toBe(l.planned ? "Yes" : "No");
      expect(row[2]).toBe(KIND_WORDS[l.kind]);
      expect(row[3]).toBe(l.source ? words(l.source) : "");
      expectToDate(row, l.toDate);
      if (l.maturity) {
        penny(row[12], l.maturity.planned);
        penny(row[13], l.maturity.reforecast);
      } else expect([row[12], row[13]]).toEqual(["", ""]);
      penny(row[14], l.totalPlanned);
      penny(row[15], l.totalOutturn);
    });
  });

  test("every savings source and the totals", () => {
    e.sources.forEach((s, k) => {
      const row = summary()[at().firstSource - 1 + k];
      expect([row[0], row[2], row[3]]).toEqual([sourceLabel(s.source), "Saving", words(s.source)]);
      expectToDate(row, s.toDate);
      penny(row[12], s.plannedAtMaturity);
      penny(row[13], s.reforecastAtMaturity);
    });
    expectToDate(summary()[at().savingsTotal - 1], e.savings);
    expectToDate(summary()[at().costsTotal - 1], e.costs);
  });

  test("the outturn by year, as the chart shows it", () => {
    const calc = sheets[REALISATION_SHEETS.calculations];
    let planned = 0;
    let outturn = 0;
    e.byYear.year.forEach((t) => {
      planned += e.byYear.plannedSavings[t];
      outturn += e.byYear.outturnSavings[t];
      penny(calc[20][5 + t], planned);
      penny(calc[21][5 + t], outturn);
      penny(calc[17][5 + t], e.byYear.outturnCumulative[t]);
      penny(calc[10][5 + t], e.byYear.plannedCumulative[t]);
    });
  });

  test("every check reads TRUE", () => {
    const rows = summary().slice(at().checksTop);
    const checks = rows.filter((x) => x[1] === "TRUE" || x[1] === "FALSE");
    expect(checks.length).toBe(12);
    checks.forEach((x) => expect([x[0], x[1]]).toEqual([x[0], "TRUE"]));
  });

  test("no error value on any sheet", () => {
    const found: string[] = [];
    for (const [sheet, rows] of Object.entries(sheets))
      rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (/^(#[A-Z0-9/]+[!?]?|Err:\d+)$/.test(cell))
            found.push(`${sheet} ${i + 1},${j + 1}: ${cell}`);
        })
      );
    expect(found).toEqual([]);
  });
});

test("with actuals equal to the plan, the NPV now is the NPV approved (the model's rule, in the sheet)", async () => {
  const sheets = recalculateAllSheets(await planToXlsx(realisationPlan(atPlan(example))));
  const npv = sheets[REALISATION_SHEETS.summary][OPTION_FIRST_ROW - 1];
  expect(Math.abs(Number(npv[1]) - Number(npv[2]))).toBeLessThanOrEqual(0.005);
  expect(evaluateRealisation(atPlan(example)).npvVariance).toBeCloseTo(0, 6);
});

test("the variants reach the situations they are for", () => {
  expect(evaluateRealisation(neverPaysBack(example)).outturn.payback).toBeNull();
  expect(evaluateRealisation(example).outturn.payback).not.toBeNull();
  const none = evaluateRealisation(noActuals(example));
  expect(new Set(none.lines.map((l) => l.toDate.status))).toEqual(new Set(["no_actuals"]));
  const statuses = new Set(evaluateRealisation(example).lines.map((l) => l.toDate.status));
  for (const s of ["green", "amber", "red", "no_actuals", "not_rated"])
    expect(statuses).toContain(s);
});
