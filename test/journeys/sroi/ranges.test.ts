/**
 * An SROI analysis's own ranges: written to the SroiRanges and SroiRangeCorrelations tables
 * on the inputs sheet only when there are any (an analysis without them builds exactly as
 * before), read back through the plan's tables, the built .xlsx file and the Office.js
 * adapter; bad cells name their row and column; and the pane's worker job gives exactly what
 * =PCBA.SROI_SIMULATE_RANGES gives over the table as written, for a seed.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as F from "../../../src/functions/functions";
import { parseSroi, sroiProblems } from "../../../src/journeys/sroi/validate";
import { SROI_READER } from "../../../src/journeys/sroi/inputs";
import { sroiPlan, SROI_SHEETS } from "../../../src/journeys/sroi/workbook";
import { modelRanges, rangeWhere } from "../../../src/journeys/sroi/ranges";
import type { SroiAnalysisCase } from "../../../src/journeys/sroi/types";
import { runCaseRangesJob } from "../../../src/uncertainty/runner";
import { simulationPlan } from "../../../src/workbook/simulation";
import { SROI_RANGE_RATIO } from "../../../src/journeys/sroi/ranges";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { readFromWorkbook } from "../../../src/workbook/office";
import type { CellValue } from "../../../src/workbook/types";
import { planTables } from "../../support/plan-tables";
import { installExcelEnums, recordingContext } from "../../support/office-recorder";
import { valueMapColumn, valueMapColumns } from "../../support/sroi";

installExcelEnums();

const example = parseSroi(
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, "../../../examples/sroi-community-navigators.json"),
      "utf8"
    )
  )
);
const withRanges: SroiAnalysisCase = {
  ...example,
  ranges: [
    {
      input: "proxy",
      outcome: 1,
      distribution: "pert",
      low: example.outcomes[0].proxy * 0.6,
      mode: example.outcomes[0].proxy,
      high: example.outcomes[0].proxy * 1.5,
      sd: null,
    },
    {
      input: "deadweight",
      outcome: null,
      distribution: "uniform",
      low: 0.1,
      mode: null,
      high: 0.4,
      sd: null,
    },
    {
      input: "quantity",
      outcome: 2,
      distribution: "normal",
      low: null,
      mode: example.outcomes[1].quantity,
      high: null,
      sd: example.outcomes[1].quantity * 0.2,
    },
    {
      input: "discount",
      outcome: null,
      distribution: "lognormal",
      low: 0.02,
      mode: null,
      high: 0.05,
      sd: null,
    },
  ],
  correlations: [{ first: 1, second: 3, correlation: 0.6 }],
};
const title = (plan: ReturnType<typeof sroiPlan>) =>
  plan.sheets.find((s) => s.name === SROI_SHEETS.inputs)!.cells.find((c) => c.ref === "A1")!
    .value as string;

test("the example with ranges is valid against the schema, and the ranges are checked by it", () => {
  expect(sroiProblems(withRanges)).toEqual([]);
  const bad = { ...withRanges, ranges: [{ ...withRanges.ranges![0], distribution: "beta" }] };
  expect(sroiProblems(bad).join(" ")).toMatch(/distribution/);
});

test("without ranges there are no range tables: the plan equals the plan of the analysis as it was", () => {
  const plain = sroiPlan(example);
  expect(Object.keys(planTables(plain, ""))).not.toContain("SroiRanges");
  expect(sroiPlan({ ...example, ranges: [], correlations: [] })).toEqual(plain);
  // and reading it back gives no ranges property at all, so a restored draft is unchanged
  expect(SROI_READER.from(planTables(plain, ""), title(plain))).toEqual(example);
});

test("ranges and correlations round-trip through the plan's tables, in words", () => {
  const plan = sroiPlan(withRanges);
  const tables = planTables(plan, "");
  expect(tables.SroiRanges[0]).toEqual([
    "Input",
    "Outcome (value map row)",
    "Distribution",
    "Low (or P10)",
    "Most likely (or mean)",
    "High (or P90)",
    "Standard deviation",
  ]);
  expect(tables.SroiRanges.slice(1).map((r) => [r[0], r[2]])).toEqual([
    ["Financial proxy (£)", "PERT"],
    ["Deadweight", "Uniform"],
    ["Quantity", "Normal"],
    ["Discount rate", "Lognormal"],
  ]);
  expect(SROI_READER.from(tables, title(plan))).toEqual(withRanges);
});

test("they round-trip through the built .xlsx file and through the Office.js adapter", async () => {
  const plan = sroiPlan(withRanges);
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
  expect(SROI_READER.from(tables, title(plan))).toEqual(withRanges);

  const rec = recordingContext({
    sheets: plan.sheets.map((s) => s.name),
    tables: planTables(plan, ""),
    titles: { [SROI_SHEETS.inputs]: title(plan) },
  });
  expect(await readFromWorkbook(rec.context, SROI_SHEETS, SROI_READER)).toEqual(withRanges);
});

test("a range edited in the sheet into an unknown distribution or input is an error naming the cell", () => {
  const plan = sroiPlan(withRanges);
  const tables = planTables(plan, "");
  tables.SroiRanges[2][2] = "Beta";
  expect(() => SROI_READER.from(tables, title(plan))).toThrow(
    /Row 2 of SroiRanges "Distribution" should be a distribution: one of "Triangular", "PERT"/
  );
  tables.SroiRanges[2][2] = "uniform";
  tables.SroiRanges[1][0] = "Proxy value";
  expect(() => SROI_READER.from(tables, title(plan))).toThrow(/Row 1 of SroiRanges "Input"/);
  tables.SroiRanges[1][0] = "financial proxy (£)";
  tables.SroiRanges[1][3] = "lots";
  expect(() => SROI_READER.from(tables, title(plan))).toThrow(
    /Row 1 of SroiRanges "Low \(or P10\)"/
  );
});

test("rows the model cannot draw are messages naming the range", () => {
  const r = withRanges.ranges!;
  expect(() => modelRanges({ ...withRanges, ranges: [{ ...r[0], low: 5000, high: 10 }] })).toThrow(
    /Range 1 \(Financial proxy \(£\), outcome 1\)/
  );
  expect(() => modelRanges({ ...withRanges, ranges: [{ ...r[0], outcome: 99 }] })).toThrow(
    /outcome must be a row of the value map, 1 to/
  );
  expect(() =>
    modelRanges({ ...withRanges, correlations: [{ first: 1, second: 9, correlation: 0.5 }] })
  ).toThrow(/Correlation 1: a range row must be 1 to 4; got 9/);
});

/**
 * The same range run two ways: the pane's job, and =PCBA.SROI_SIMULATE_RANGES over the
 * SroiRanges and SroiRangeCorrelations tables as the plan writes them (Latin hypercube).
 */
async function paneAndCell(options: {
  iterations: number;
  seed: number;
  sampling: "lhs";
  tolerance?: number;
}) {
  const pane = await runCaseRangesJob(
    { kind: "sroi_case_ranges", analysis: withRanges, options },
    { pause: () => Promise.resolve() }
  );
  const table = planTables(sroiPlan(withRanges), "");
  const inputs = [[example.inputs.reduce((s, i) => s + i.value, 0)]];
  const simulate = F.sroiSimulateRangesFn as (...a: unknown[]) => Promise<unknown[][]>;
  const shown = await simulate(
    table.SroiRanges,
    inputs,
    ...valueMapColumns(example),
    example.discount,
    valueMapColumn(example, (o) => o.start),
    table.SroiRangeCorrelations.slice(1),
    "lhs",
    options.iterations,
    options.seed,
    options.tolerance ?? null,
    null,
    null
  );
  return { pane: pane!, shown };
}

test("the pane's job gives exactly =PCBA.SROI_SIMULATE_RANGES over the SroiRanges table as written, for a seed", async () => {
  const options = { iterations: 8000, seed: 11, sampling: "lhs" as const };
  const { pane, shown } = await paneAndCell(options);
  const s = pane.summary;
  expect(shown[1].slice(0, 5)).toEqual([s.p5, s.p50, s.p95, s.mean, s.probabilityAbove]);
  expect(pane.histogram.reduce((n, b) => n + b.count, 0)).toBe(8000);
  expect(pane.sCurve).toHaveLength(21);
  expect(pane.drivers!.map((d) => d.label)).toContain("Range 1 (Financial proxy (£), outcome 1)");
  // The PERT proxy and its correlated quantity drive the ratio upward.
  expect(pane.drivers![0].correlation).toBeGreaterThan(0.2);

  // The results sheet records the run: ranges and sampling, mean, S-curve and drivers.
  const sheet = simulationPlan(
    withRanges.title,
    { uncertainty: 0, ...options },
    pane,
    SROI_RANGE_RATIO
  ).sheets[0];
  expect(sheet.cells.find((c) => c.ref === "B4")!.value).toBe(
    "4 ranges on the inputs sheet, Latin hypercube sampling"
  );
  expect(sheet.cells.find((c) => c.ref === "B12")!.value).toBe(s.mean);
  expect(sheet.tables.map((t) => t.name)).toEqual([
    "SimulationHistogram",
    "SimulationHistogramSCurve",
    "SimulationHistogramDrivers",
    "SimulationHistogramCorrelations",
  ]);
  expect(sheet.charts.map((c) => c.kind)).toEqual(["column", "line", "bar"]);
  // The analysis's correlations, each in words with the one reached (and no chart of them).
  const used = sheet.tables.find((t) => t.name === "SimulationHistogramCorrelations")!;
  expect(used.rows.map((r) => [r[0], r[1]])).toEqual([
    [`${rangeWhere(withRanges.ranges![0], 0)} with ${rangeWhere(withRanges.ranges![2], 2)}`, 0.6],
  ]);
  expect(used.rows[0][0]).toBe(
    "Range 1 (Financial proxy (£), outcome 1) with Range 3 (Quantity, outcome 2)"
  );
  used.rows.forEach((r, i) => expect(r[2]).toBe(pane.correlations![i].achieved));
});

test("the same input of the same outcome twice is a message naming both ranges", () => {
  const r = withRanges.ranges![0];
  expect(() => modelRanges({ ...withRanges, ranges: [r, { ...r, outcome: null }] })).toThrow(
    "Range 2 (Financial proxy (£)): Financial proxy (£) of outcome 1 already has a range (range 1)."
  );
});

test("run until converged: the pane's job and =PCBA.SROI_SIMULATE_RANGES stop at the same iteration for a seed and tolerance", async () => {
  const { pane, shown } = await paneAndCell({
    iterations: 200000,
    seed: 11,
    sampling: "lhs",
    tolerance: 0.02,
  });
  const s = pane.summary;
  expect(s.converged).toBe(true);
  expect(s.iterations).toBeLessThan(200000);
  expect(s.standardErrorP50).toBeLessThan(0.02);
  expect(shown[1].slice(0, 9)).toEqual([
    s.p5,
    s.p50,
    s.p95,
    s.mean,
    s.probabilityAbove,
    s.standardErrorMean,
    s.standardErrorP50,
    s.iterations,
    s.converged,
  ]);
});
