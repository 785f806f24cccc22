/**
 * Rank correlations between a business case option's ranged lines (issue 15): Iman–Conover
 * reaches the rank correlations asked for (within 0.03 at 20,000 iterations) while every
 * line's sorted draws stay exactly those of the uncorrelated run; positive correlation
 * between savings lines widens the NPV's spread; bad rows (an unknown line, a line without
 * a range, a pair given twice, a value outside [−1, 1], a matrix not positive semi-definite)
 * are messages in words; the CaseRangeCorrelations table is written only with correlations
 * and round-trips through the plan's tables, the .xlsx file and the Office.js adapter; and
 * the pane's job gives exactly the model's answer for a seed however it is sliced.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseCase, caseProblems } from "../../../src/journeys/business-case/validate";
import { CASE_READER } from "../../../src/journeys/business-case/inputs";
import {
  businessCasePlan,
  BUSINESS_CASE_SHEETS,
} from "../../../src/journeys/business-case/workbook";
import {
  CaseRangeSimulation,
  caseRangeProblem,
  correlateLines,
} from "../../../src/journeys/business-case/ranges";
import type { BusinessCase, CaseRangeRow } from "../../../src/journeys/business-case/types";
import { rankCorrelation } from "../../../src/model/correlation";
import { runBusinessRangesJob } from "../../../src/uncertainty/runner";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { readFromWorkbook } from "../../../src/workbook/office";
import type { CellValue } from "../../../src/workbook/types";
import { planTables } from "../../support/plan-tables";
import { installExcelEnums, recordingContext } from "../../support/office-recorder";

installExcelEnums();

const kase = parseCase(
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, "../../../examples/two-associations-merger.json"),
      "utf8"
    )
  )
);
// The full merger: four savings lines and five one-off costs.
const option = kase.options.find((o) => o.id === "merger")!;
const saving = (k: number, distribution: CaseRangeRow["distribution"]): CaseRangeRow => {
  const full = option.savings[k].fullAnnual;
  return distribution === "normal"
    ? {
        option: option.id,
        line: `Savings line ${k + 1}`,
        distribution,
        low: null,
        mode: full,
        high: null,
        sd: full * 0.2,
      }
    : {
        option: option.id,
        line: `Savings line ${k + 1}`,
        distribution,
        low: full * 0.5,
        mode: full,
        high: full * 1.3,
        sd: null,
      };
};
const ranges: CaseRangeRow[] = [
  saving(0, "triangular"),
  saving(1, "pert"),
  saving(2, "normal"),
  {
    option: option.id,
    line: "One-off cost 1",
    distribution: "uniform",
    low: option.oneOffCosts[0].amount * 0.9,
    mode: null,
    high: option.oneOffCosts[0].amount * 1.6,
    sd: null,
  },
];
const independent: BusinessCase = { ...kase, ranges };
const correlated: BusinessCase = {
  ...independent,
  correlations: [
    { option: option.id, line: "Savings line 1", withLine: "Savings line 2", correlation: 0.7 },
    { option: option.id, line: "Savings line 3", withLine: "Savings line 1", correlation: 0.4 },
    { option: option.id, line: "Savings line 2", withLine: "One-off cost 1", correlation: -0.3 },
  ],
};
const run = (c: BusinessCase, iterations = 20000, sampling: "random" | "lhs" = "random") => {
  const sim = new CaseRangeSimulation(c, option.id, {
    iterations,
    seed: 11,
    sampling,
    keepDraws: true,
  });
  sim.step(iterations);
  return sim;
};
const byLine = (sim: CaseRangeSimulation) =>
  Object.fromEntries(sim.draws().map((d) => [d.line, d.values]));

test("the rank correlations asked for are reached within 0.03 at 20,000 iterations", () => {
  for (const sampling of ["random", "lhs"] as const) {
    const d = byLine(run(correlated, 20000, sampling));
    const rho = (a: string, b: string) => rankCorrelation(d[a], d[b], 20000);
    expect(Math.abs(rho("Savings line 1", "Savings line 2") - 0.7)).toBeLessThan(0.03);
    expect(Math.abs(rho("Savings line 1", "Savings line 3") - 0.4)).toBeLessThan(0.03);
    expect(Math.abs(rho("Savings line 2", "One-off cost 1") + 0.3)).toBeLessThan(0.03);
    // A pair not asked for stays near the 0 the matrix gives it.
    expect(Math.abs(rho("Savings line 3", "One-off cost 1"))).toBeLessThan(0.03);
  }
  // Without correlations the lines are independent: near 0, not 0.7.
  const free = byLine(run(independent));
  expect(
    Math.abs(rankCorrelation(free["Savings line 1"], free["Savings line 2"], 20000))
  ).toBeLessThan(0.03);
});

test("the correlations reached, as the results sheet lists them, are the draws' own rank correlations block by block", () => {
  // 25,000 iterations: blocks of 10,000, 10,000 and 5,000; the kept draws give the same
  // figure independently (Spearman's per block, weighted by the block's iterations).
  const sim = run(correlated, 25000, "lhs");
  const d = byLine(sim);
  const blockwise = (a: string, b: string) =>
    [0, 10000, 20000].reduce((sum, from) => {
      const to = Math.min(from + 10000, 25000);
      return (
        sum + rankCorrelation(d[a].slice(from, to), d[b].slice(from, to), to - from) * (to - from)
      );
    }, 0) / 25000;
  const reached = sim.correlations();
  expect(reached.map((k) => [k.line, k.withLine, k.target])).toEqual([
    ["Savings line 1", "Savings line 2", 0.7],
    ["Savings line 3", "Savings line 1", 0.4],
    ["Savings line 2", "One-off cost 1", -0.3],
  ]);
  for (const k of reached) {
    expect(k.achieved).toBeCloseTo(blockwise(k.line, k.withLine), 12);
    expect(Math.abs(k.achieved - k.target)).toBeLessThan(0.03);
    // Over the whole run at once it is within 0.01 of the blockwise figure.
    expect(Math.abs(k.achieved - rankCorrelation(d[k.line], d[k.withLine], 25000))).toBeLessThan(
      0.01
    );
  }
  // One block: exactly the rank correlation over the run.
  const one = run(correlated, 8000);
  const e = byLine(one);
  for (const k of one.correlations())
    expect(k.achieved).toBeCloseTo(rankCorrelation(e[k.line], e[k.withLine], 8000), 14);
  // No correlation rows: none listed.
  expect(run(independent, 2000).correlations()).toEqual([]);
});

test("each line keeps its marginal exactly: the sorted draws equal those of the independent run", () => {
  const a = byLine(run(correlated, 25000));
  const b = byLine(run(independent, 25000));
  for (const line of Object.keys(b)) {
    expect(a[line]).not.toEqual(b[line]); // every ranged line here is correlated, so reordered
    expect(Float64Array.from(a[line]).sort()).toEqual(Float64Array.from(b[line]).sort());
  }
});

test("positively correlated savings lines widen the NPV's spread; the mean stays (NPV is linear)", () => {
  const only: BusinessCase = {
    ...kase,
    ranges: ranges.slice(0, 3),
    correlations: correlateLines(
      { ...kase, ranges: ranges.slice(0, 3) },
      option.id,
      ["Savings line 1", "Savings line 2", "Savings line 3"],
      0.8
    ),
  };
  expect(only.correlations).toHaveLength(3);
  const c = run(only).summary();
  const i = run({ ...only, correlations: [] }).summary();
  expect(c.p95 - c.p5).toBeGreaterThan(1.3 * (i.p95 - i.p5));
  // Same draws, only paired differently: the sum over iterations is (nearly) the same.
  expect(Math.abs(c.mean - i.mean)).toBeLessThan(1e-6 * Math.abs(i.mean));
});

test("bad correlation rows are messages in words; a matrix not positive semi-definite is an error", () => {
  const at = (k: Partial<NonNullable<BusinessCase["correlations"]>[number]>) =>
    caseRangeProblem({
      ...independent,
      correlations: [{ ...correlated.correlations![0], ...k }],
    });
  expect(caseRangeProblem(correlated)).toBeNull();
  expect(at({ withLine: "Savings line 9" })).toMatch(
    /Correlation 1 \(Savings line 1 with Savings line 9, Full merger\): "Savings line 9" is not a line of the option/
  );
  expect(at({ withLine: "Savings line 4" })).toMatch(
    /Savings line 4 has no range, so it is held at its estimate and cannot be correlated/
  );
  expect(at({ withLine: "Savings line 1" })).toMatch(/a line cannot be correlated with itself/);
  expect(at({ correlation: 1.2 })).toMatch(/the rank correlation must be from −1 to 1; it is 1.2/);
  expect(at({ option: "nope" })).toMatch(/names the option "nope", which the case does not have/);
  expect(
    caseRangeProblem({
      ...independent,
      correlations: [
        correlated.correlations![0],
        { ...correlated.correlations![0], line: "Savings line 2", withLine: "Savings line 1" },
      ],
    })
  ).toMatch(
    /Correlation 2 .*: Savings line 2 and Savings line 1 are already correlated \(correlation 1\)/
  );
  // 1 with 2 at 0.9, 2 with 3 at 0.9, 1 with 3 at −0.9: no three quantities can do that.
  const impossible: BusinessCase = {
    ...independent,
    correlations: [
      { option: option.id, line: "Savings line 1", withLine: "Savings line 2", correlation: 0.9 },
      { option: option.id, line: "Savings line 2", withLine: "Savings line 3", correlation: 0.9 },
      { option: option.id, line: "Savings line 1", withLine: "Savings line 3", correlation: -0.9 },
    ],
  };
  expect(caseRangeProblem(impossible)).toMatch(
    /The correlations of Full merger: these correlations cannot hold together \(the matrix is not positive semi-definite; the first inconsistency involves Savings line 3 \(Full merger\)\)/
  );
  expect(() => run(impossible, 10)).toThrow(/not positive semi-definite/);
});

const title = (plan: ReturnType<typeof businessCasePlan>) =>
  plan.sheets
    .find((s) => s.name === BUSINESS_CASE_SHEETS.inputs)!
    .cells.find((c) => c.ref === "A1")!.value as string;

test("the CaseRangeCorrelations table is written only with correlations and round-trips in words", () => {
  const plain = businessCasePlan(independent);
  expect(Object.keys(planTables(plain, ""))).not.toContain("CaseRangeCorrelations");
  expect(businessCasePlan({ ...independent, correlations: [] })).toEqual(plain);
  expect(CASE_READER.from(planTables(plain, ""), title(plain))).toEqual(independent);
  expect(caseProblems(correlated)).toEqual([]);
  expect(
    caseProblems({
      ...correlated,
      correlations: [{ ...correlated.correlations![0], correlation: 2 }],
    }).join(" ")
  ).toMatch(/correlation/);
  const plan = businessCasePlan(correlated);
  const tables = planTables(plan, "");
  expect(tables.CaseRangeCorrelations).toEqual([
    ["Option", "Line", "With line", "Rank correlation"],
    ["merger", "Savings line 1", "Savings line 2", 0.7],
    ["merger", "Savings line 3", "Savings line 1", 0.4],
    ["merger", "Savings line 2", "One-off cost 1", -0.3],
  ]);
  expect(CASE_READER.from(tables, title(plan))).toEqual(correlated);
  tables.CaseRangeCorrelations[1][3] = "strong";
  expect(() => CASE_READER.from(tables, title(plan))).toThrow(
    /Row 1 of CaseRangeCorrelations "Rank correlation"/
  );
});

test("they round-trip through the built .xlsx file and through the Office.js adapter", async () => {
  const plan = businessCasePlan(correlated);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await planToXlsx(plan)) as unknown as ExcelJS.Buffer);
  const tables: Record<string, CellValue[][]> = {};
  wb.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
      const [from, to] = t.table.tableRef.split(":");
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      const rows: CellValue[][] = [];
      for (let r = Number(a.row); r <= Number(b.row); r++) {
        const row: CellValue[] = [];
        for (let c = Number(a.col); c <= Number(b.col); c++)
          row.push((ws.getCell(r, c).value ?? null) as CellValue);
        rows.push(row);
      }
      tables[t.table.name] = rows;
    }
  });
  expect(tables.CaseRangeCorrelations).toBeDefined();
  expect(CASE_READER.from(tables, title(plan))).toEqual(correlated);

  const rec = recordingContext({
    sheets: plan.sheets.map((s) => s.name),
    tables: planTables(plan, ""),
    titles: { [BUSINESS_CASE_SHEETS.inputs]: title(plan) },
  });
  expect(await readFromWorkbook(rec.context, BUSINESS_CASE_SHEETS, CASE_READER)).toEqual(
    correlated
  );
});

test("the pane's job gives exactly the model's correlated answer for the seed, however it is sliced", async () => {
  const options = { iterations: 25000, seed: 11, sampling: "lhs" as const };
  const model = new CaseRangeSimulation(correlated, option.id, options);
  model.step(25000);
  const sliced = await runBusinessRangesJob(
    { kind: "case_ranges", case: correlated, optionId: option.id, options },
    { slice: 3000, pause: () => Promise.resolve() }
  );
  expect(sliced!.summary).toEqual(model.summary());
  expect(sliced!.drivers).toEqual(model.drivers());
  // and the correlation is what makes the difference: the independent run differs.
  const free = new CaseRangeSimulation(independent, option.id, options);
  free.step(25000);
  expect(free.summary().p95 - free.summary().p5).not.toBeCloseTo(
    model.summary().p95 - model.summary().p5,
    0
  );
});
