/**
 * The business case in one price base: a savings line or one-off cost given in another
 * year's prices is restated in the case's price base year with HM Treasury's GDP deflators
 * (December 2025: 2014 = 74.6524, 2019 = 81.1085, 2024 = 100), worked by hand below; a
 * case without any price year keeps its plan and results; the Price year columns and the
 * Deflators table read back.
 */
import * as fs from "fs";
import * as path from "path";
import {
  evaluateCase,
  oneOffCostFlow,
  optionFlows,
} from "../../../src/journeys/business-case/evaluate";
import { caseProblems, parseCase } from "../../../src/journeys/business-case/validate";
import { businessCasePlan } from "../../../src/journeys/business-case/workbook";
import { CASE_READER, SAVINGS, ONE_OFF_COSTS } from "../../../src/journeys/business-case/inputs";
import { caseSeries, inPriceBase } from "../../../src/journeys/business-case/prices";
import { CASE_TABLE } from "../../../src/journeys/business-case/pane/fields";
import { placeProblem } from "../../../src/taskpane/words";
import type { BusinessCase } from "../../../src/journeys/business-case/types";
import { planTables } from "../../support/plan-tables";
import { EXAMPLES } from "../../support/examples";
import { ownDeflators } from "../../support/case-deflators";
import { blankCase } from "../../../src/journeys/business-case/examples";

const load = (f: string): BusinessCase =>
  parseCase(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")));
const old = load("two-associations-merger.json");

/** The example in 2024 prices, its first saving in 2014 prices and its first one-off cost in 2019 prices. */
export function mixedPriceYears(c: BusinessCase = old): BusinessCase {
  const m: BusinessCase = JSON.parse(JSON.stringify(c));
  m.appraisal.priceBaseYear = 2024;
  m.options[0].savings[0].priceYear = 2014;
  m.options[0].oneOffCosts[0].priceYear = 2019;
  return parseCase(m);
}
const mixed = mixedPriceYears();

test("£1,000 in 2014 prices is £1,339.54 in 2024 prices; no price year leaves it exactly", () => {
  // By hand: 1000 × 100 / 74.6524 = 100000 / 74.6524 = 1339.5417 (to 4 places)
  expect(inPriceBase(1000, 2014, 2024)).toBeCloseTo(1339.5417, 4);
  expect(inPriceBase(1234.56, undefined, 2024)).toBe(1234.56);
});

test("a one-off cost in 2019 prices is restated before the optimism bias", () => {
  const k = mixed.options[0].oneOffCosts[0];
  const flow = oneOffCostFlow(k, mixed);
  // amount × 100 / 81.1085 × (1 + optimism bias)
  expect(flow[k.year]).toBeCloseTo(
    ((k.amount * 100) / 81.1085) * (1 + mixed.appraisal.optimismBias),
    6
  );
});

test("the savings line in 2014 prices ramps from its converted value", () => {
  const line = mixed.options[0].savings[0];
  const unconverted = JSON.parse(JSON.stringify(mixed)) as BusinessCase;
  delete unconverted.options[0].savings[0].priceYear;
  const a = optionFlows(mixed, mixed.options[0]).savings;
  const b = optionFlows(unconverted, unconverted.options[0]).savings;
  const last = a.length - 1;
  const expectedGap = line.fullAnnual * line.confidence * (100 / 74.6524 - 1);
  expect(a[last] - b[last]).toBeCloseTo(expectedGap, 6);
});

test("a case without price years keeps its results and its plan (no Price year column, no Deflators)", () => {
  const plan = businessCasePlan(old);
  const tables = planTables(plan, "");
  expect(tables.Deflators).toBeUndefined();
  expect(tables.Savings[0]).toEqual(Object.values(SAVINGS.columns).map((c) => c.header));
  expect(tables.OneOffCosts[0]).toEqual(Object.values(ONE_OFF_COSTS.columns).map((c) => c.header));
  // A 2026 price base is outside the series, and that is no problem without price years.
  const later = JSON.parse(JSON.stringify(old)) as BusinessCase;
  later.appraisal.priceBaseYear = 2026;
  expect(caseProblems(later)).toEqual([]);
  const same = JSON.parse(JSON.stringify(later)) as BusinessCase;
  same.options[0].savings[0].priceYear = 2026;
  // A line in the price base's own year is still checked against the series.
  expect(caseProblems(same).join(" ")).toMatch(
    /price base year 2026 is not in HM Treasury's GDP deflators/
  );
});

test("a line's price year outside the series is a problem naming its path", () => {
  const bad = JSON.parse(JSON.stringify(mixed)) as BusinessCase;
  bad.options[0].oneOffCosts[0].priceYear = 2030;
  expect(caseProblems(bad)).toEqual([
    expect.stringMatching(
      /^\/options\/0\/oneOffCosts\/0\/priceYear: its price year 2030 is not in/
    ),
  ]);
});

test("the workbook writes the price years and the Deflators table, and reads them back", () => {
  const plan = businessCasePlan(mixed);
  const tables = planTables(plan, "");
  expect(tables.Savings[0].at(-1)).toBe("Price year");
  expect(tables.Savings[1].at(-1)).toBe(2014);
  expect(tables.Savings[2]?.at(-1) ?? "").toBe("");
  expect(tables.Deflators[0]).toEqual(["Year", "Index"]);
  const title = plan.sheets
    .flatMap((s) => s.cells)
    .find((c) => String(c.value).startsWith("Inputs: "))!;
  const back = CASE_READER.from(tables, String(title.value));
  expect(back).toEqual(mixed);
  expect(evaluateCase(back)).toEqual(evaluateCase(mixed));
});

test("the calculations convert with INDEX/MATCH on the Deflators table only where a price year is given", () => {
  const calc = businessCasePlan(mixed).sheets.find((s) => s.name.startsWith("Calculations"))!;
  const converted = calc.cells.filter((c) =>
    c.formula?.includes("MATCH(PriceBaseYear,DeflatorYears,0)")
  );
  const lines = mixed.options.flatMap((o) => [...o.savings, ...o.oneOffCosts]).length;
  expect(converted.length).toBe(lines);
  expect(converted[0].formula).toMatch(/^IF\('?Inputs'?!\$[A-Z]+\$\d+="",/);
});

const own = ownDeflators(old);

describe("the case's own deflators", () => {
  test("convert its lines, financial years included: worked by hand", () => {
    const series = caseSeries(own);
    // 1000 × 102 / 80 = 1275; 1000 × 102 / 87.5 = 1165.714285…; 1000 × 102 / 88 = 1159.0909…
    expect(inPriceBase(1000, "2010/11", "2024/25", series)).toBeCloseTo(1275, 10);
    expect(inPriceBase(1000, 2014, "2024/25", series)).toBeCloseTo(1165.7142857, 6);
    expect(inPriceBase(1000, "2014/15", "2024/25", series)).toBeCloseTo(1159.0909091, 6);
    const line = own.options[0].savings[0];
    const plain = JSON.parse(JSON.stringify(own)) as BusinessCase;
    delete plain.options[0].savings[0].priceYear;
    const last = own.appraisal.horizon;
    const gap =
      optionFlows(own, own.options[0]).savings[last] -
      optionFlows(plain, plain.options[0]).savings[last];
    // Fully ramped by the horizon: the line adds full × confidence × (102/80 − 1).
    expect(gap).toBeCloseTo(line.fullAnnual * line.confidence * (102 / 80 - 1), 6);
    const k = own.options[0].oneOffCosts[0];
    expect(oneOffCostFlow(k, own)[k.year]).toBeCloseTo(
      ((k.amount * 102) / 87.5) * (1 + own.appraisal.optimismBias),
      6
    );
  });

  test("a price year not in them is a problem in words, placed on its line in the pane", () => {
    const bad = JSON.parse(JSON.stringify(own)) as BusinessCase;
    bad.options[0].savings[1].priceYear = "2011/12";
    const problems = caseProblems(bad);
    expect(problems).toEqual([
      "/options/0/savings/1/priceYear: its price year 2011/12 is not in My deflators (March 2026, with forecasts), which covers calendar years 2014 to 2024, with gaps, and financial years 2010/11 to 2024/25, with gaps.",
    ]);
    const placed = placeProblem(problems[0], CASE_TABLE.words);
    expect(placed.text).toBe(
      "Step 2 · Option 1 · Savings line 2: its price year 2011/12 is not in My deflators (March 2026, with forecasts), which covers calendar years 2014 to 2024, with gaps, and financial years 2010/11 to 2024/25, with gaps."
    );
    expect(placed.step).toBe(1);
    expect(placed.fieldId).toBe("pcba-field-step-2-option-1-savings-line-2-price-year");
  });

  test("a table that cannot be read is one problem naming the row, and the base year is checked", () => {
    const bad = JSON.parse(JSON.stringify(own)) as BusinessCase;
    bad.deflators!.rows[3] = ["2010-11", 88];
    expect(caseProblems(bad)).toEqual([
      "/deflators: The deflators: My deflators (March 2026, with forecasts) (row 4): year 2010/11 appears twice.",
    ]);
    expect(placeProblem(caseProblems(bad)[0], CASE_TABLE.words).text).toMatch(
      /^Step 5: The deflators: My deflators .* \(row 4\): year 2010\/11 appears twice\.$/
    );
    const base = JSON.parse(JSON.stringify(own)) as BusinessCase;
    base.appraisal.priceBaseYear = "2023/24";
    expect(caseProblems(base)[0]).toMatch(
      /^\/appraisal\/priceBaseYear: the price base year 2023\/24 is not in My deflators/
    );
  });

  test("the Inputs sheet holds them with their source and licence, and they read back", () => {
    const plan = businessCasePlan(own);
    const tables = planTables(plan, "");
    expect(tables.DeflatorSeries).toEqual([
      ["Deflator series", "Source", "Licence"],
      [own.deflators!.name, own.deflators!.source, own.deflators!.licence],
    ]);
    // Calendar years first, then financial years, each in order; financial years as text.
    expect(tables.Deflators).toEqual([
      ["Year", "Index"],
      [2014, 87.5],
      [2024, 100],
      ["2010/11", 80],
      ["2014/15", 88],
      ["2024/25", 102],
    ]);
    const settings = tables.Settings.find((r) => r[0] === "Price base year")!;
    expect(settings[1]).toBe("2024/25");
    const title = plan.sheets
      .flatMap((s) => s.cells)
      .find((c) => String(c.value).startsWith("Inputs: "))!;
    const back = CASE_READER.from(tables, String(title.value));
    expect(evaluateCase(back)).toEqual(evaluateCase(own));
    expect(back.deflators!.name).toBe(own.deflators!.name);
    expect(back.deflators!.rows).toEqual(tables.Deflators.slice(1));
    // An index edited in the sheet is kept as the case's own series.
    const edited = JSON.parse(JSON.stringify(tables)) as typeof tables;
    edited.Deflators[3][1] = 81;
    expect(CASE_READER.from(edited, String(title.value)).deflators!.rows).toContainEqual([
      "2010/11",
      81,
    ]);
  });

  test("the shipped series reads back as no deflators of the case's own, also without DeflatorSeries", () => {
    const plan = businessCasePlan(mixed);
    const tables = planTables(plan, "");
    expect(tables.DeflatorSeries[1][0]).toBe(caseSeries().name);
    const title = plan.sheets
      .flatMap((s) => s.cells)
      .find((c) => String(c.value).startsWith("Inputs: "))!;
    expect(CASE_READER.from(tables, String(title.value)).deflators).toBeUndefined();
    const older = { ...tables };
    delete older.DeflatorSeries; // a workbook built before the table was written
    expect(CASE_READER.from(older, String(title.value))).toEqual(mixed);
  });

  test("a case with its own deflators and no price year yet keeps them in the workbook", () => {
    const m = JSON.parse(JSON.stringify(own)) as BusinessCase;
    m.options.forEach((o) => {
      o.savings.forEach((l) => delete l.priceYear);
      o.oneOffCosts.forEach((k) => delete k.priceYear);
    });
    const plan = businessCasePlan(parseCase(m));
    const tables = planTables(plan, "");
    expect(tables.Deflators.length).toBe(6);
    const title = plan.sheets
      .flatMap((s) => s.cells)
      .find((c) => String(c.value).startsWith("Inputs: "))!;
    expect(CASE_READER.from(tables, String(title.value))).toEqual(parseCase(m));
  });
});

test("the examples and a blank case are in 2024 prices, the shipped series' latest year, not the clock's", () => {
  for (const f of [
    "two-associations-merger.json",
    "shared-back-office-vat.json",
    "merger-loan-repricing.json",
  ])
    expect(load(f).appraisal.priceBaseYear).toBe(2024);
  expect(blankCase().appraisal.priceBaseYear).toBe(2024);
});
