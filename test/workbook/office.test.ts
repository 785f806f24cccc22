/**
 * The Office.js adapter against a recording fake of Excel's request context: what it asks
 * Excel to do, and how many round trips (`context.sync()`) a build takes, whatever its size.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCase } from "../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { businessCasePlan, BUSINESS_CASE_SHEETS } from "../../src/journeys/business-case/workbook";
import { applyPlan, denseBlock, namesForNewBuild } from "../../src/workbook/office";
import {
  installExcelEnums,
  recordingContext,
  type Recorded,
} from "../support/office-recorder";
import { finishPlan } from "../../src/workbook/finish";
import { MONEY } from "../../src/workbook/refs";
import { tornadoPlan } from "../../src/workbook/tornado";
import { caseTornado } from "../../src/journeys/business-case/measures";
import { largeCase } from "../support/large-case";

installExcelEnums();
const EXAMPLES = path.resolve(__dirname, "../../examples");
const example = (f: string) =>
  parseCase(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")));
const c = example("two-associations-merger.json");

async function build(
  kase: BusinessCase,
  sheets: string[] = ["Sheet1"],
  apiSets?: Record<string, string>
) {
  const rec = recordingContext({ sheets, apiSets });
  const names = await namesForNewBuild(rec.context, BUSINESS_CASE_SHEETS);
  const plan = businessCasePlan(kase, names);
  await applyPlan(rec.context, plan);
  return { ...rec, plan, names };
}

describe("applyPlan", () => {
  test("a build is two round trips: list the sheets, then write everything", async () => {
    const { state } = await build(c);
    expect(state.syncs).toBe(2);
  });

  test("the same two round trips for a 30-year, 5-option, 50-savings-line case", async () => {
    const big = largeCase();
    expect(big.options).toHaveLength(5);
    expect(big.options.reduce((n, o) => n + o.savings.length, 0)).toBe(50);
    const { state } = await build(big);
    expect(state.syncs).toBe(2);
  });

  test("adds the three sheets and writes each in one dense formulas array", async () => {
    const { log, plan } = await build(c);
    const added = log
      .filter((r) => r.kind === "call" && r.path === "context.workbook.worksheets.add")
      .map((r) => r.args![0]);
    expect(added).toEqual(["Summary", "Inputs", "Calculations"]);
    const writes = log.filter((r) => r.kind === "set" && r.path.endsWith(".formulas"));
    expect(writes).toHaveLength(3);
    const summary = writes.find((w) => w.path.includes('add(["Summary"])'))!;
    const expected = denseBlock(plan.sheets[0].cells).formulas;
    expect(summary.value).toEqual(expected);
    expect((summary.value as string[][])[5][2]).toMatch(/^=SUMPRODUCT\(/);
  });

  test("creates every input table, every name, the check formats and a chart with a series per option", async () => {
    const { log, plan } = await build(c);
    const tableNames = log
      .filter((r) => r.kind === "set" && /tables\.add\(.*\)\.name$/.test(r.path))
      .map((r) => r.value);
    expect(tableNames).toEqual(plan.sheets[1].tables.map((t) => t.name));
    expect(
      log.filter((r) => r.kind === "call" && r.path === "context.workbook.names.add")
    ).toHaveLength(plan.names.length);
    expect(
      log.filter((r) => r.kind === "call" && r.path.endsWith(".conditionalFormats.add"))
    ).toHaveLength(2);
    expect(log.filter((r) => r.kind === "call" && r.path.endsWith(".charts.add"))).toHaveLength(1);
    expect(
      log.filter((r) => r.kind === "call" && /charts\.add\(.*\)\.series\.add$/.test(r.path))
    ).toHaveLength(c.options.length - 1);
  });

  test("never overwrites: with the sheets already there it builds into fresh ones and deletes nothing", async () => {
    const { log, names } = await build(c, ["Summary", "Inputs", "Calculations", "My notes"]);
    expect(names.inputs).toBe("Inputs (2)");
    const added = log
      .filter((r) => r.kind === "call" && r.path === "context.workbook.worksheets.add")
      .map((r) => r.args![0]);
    expect(added).toEqual(["Summary (2)", "Inputs (2)", "Calculations (2)"]);
    expect(log.some((r) => /delete|clear/i.test(r.path))).toBe(false);
  });
});

describe("a tornado sheet in Excel", () => {
  test("is a clustered bar chart of the two change columns, bars overlapping, widest at the top", async () => {
    const rows = [
      { label: "Savings", low: 80, high: 120, switching: -0.5 },
      { label: "VAT", low: 99, high: 101, switching: null },
    ];
    const plan = tornadoPlan("T", 100, 0.2, rows, caseTornado("Merger"), {
      name: "NPV sensitivity (2)",
      suffix: "_2",
    });
    const rec = recordingContext({ sheets: ["NPV sensitivity"] });
    await applyPlan(rec.context, plan);
    expect(rec.state.syncs).toBe(1);
    const add = rec.log.find((r) => r.kind === "call" && r.path.endsWith(".charts.add"))!;
    expect(add.args![0]).toBe("BarClustered");
    const sets = Object.fromEntries(
      rec.log
        .filter((r) => r.kind === "set")
        .map((r) => [r.path.replace(/^.*charts\.add\(.*?\)\./, ""), r.value])
    );
    expect(sets["series.getItemAt([0]).overlap"]).toBe(100);
    expect(sets["axes.categoryAxis.reversePlotOrder"]).toBe(true);
    expect(sets["axes.categoryAxis.tickLabelPosition"]).toBe("Low");
    const tableName = rec.log.find(
      (r) => r.kind === "set" && /tables\.add\(.*\)\.name$/.test(r.path)
    )!.value;
    expect(tableName).toBe("NpvSensitivity_2");
  });
});

describe("on an Excel with fewer API sets (requirement-set guards)", () => {
  const tornado = () =>
    tornadoPlan(
      "T",
      100,
      0.2,
      [{ label: "Savings", low: 80, high: 120, switching: -0.5 }],
      caseTornado("Merger"),
      { name: "NPV sensitivity", suffix: "" }
    );
  const calls = (rec: ReturnType<typeof recordingContext>, path: string) =>
    rec.log.filter((r) => r.kind === "call" && r.path === path);

  test("ExcelApi 1.4 (the declared minimum): sheets, formulas, tables and names; no colours, frozen panes or charts", async () => {
    const rec = recordingContext({ sheets: ["Sheet1"], apiSets: { ExcelApi: "1.4" } });
    const plan = businessCasePlan(c, await namesForNewBuild(rec.context, BUSINESS_CASE_SHEETS));
    await applyPlan(rec.context, plan);
    expect(rec.state.syncs).toBe(2);
    expect(calls(rec, "context.workbook.worksheets.add")).toHaveLength(3);
    expect(rec.log.filter((r) => r.kind === "set" && r.path.endsWith(".formulas"))).toHaveLength(3);
    expect(calls(rec, "context.workbook.names.add").length).toBe(plan.names.length);
    expect(
      rec.log.filter((r) => r.kind === "call" && r.path.endsWith(".tables.add")).length
    ).toBeGreaterThan(0);
    for (const later of ["conditionalFormats", "freezePanes", "charts", "getRangeByIndexes"])
      expect(rec.log.filter((r) => r.path.includes(later))).toEqual([]);
  });

  test("ExcelApi 1.7: the tornado chart, but its bars do not overlap (overlap is 1.8)", async () => {
    const rec = recordingContext({ apiSets: { ExcelApi: "1.7" } });
    await applyPlan(rec.context, tornado());
    expect(rec.log.filter((r) => r.kind === "call" && r.path.endsWith(".charts.add"))).toHaveLength(
      1
    );
    const sets = rec.log.filter((r) => r.kind === "set").map((r) => r.path);
    expect(sets.some((p) => p.endsWith("axes.categoryAxis.reversePlotOrder"))).toBe(true);
    expect(sets.some((p) => p.endsWith(".overlap"))).toBe(false);
  });

  test("ExcelApi 1.8: bars overlap", async () => {
    const rec = recordingContext({ apiSets: { ExcelApi: "1.8" } });
    await applyPlan(rec.context, tornado());
    expect(
      rec.log.some((r) => r.kind === "set" && r.path.endsWith(".overlap") && r.value === 100)
    ).toBe(true);
  });
});

describe("print set-up and axis formats, where the host supports them", () => {
  const layoutCalls = (log: Recorded[]) =>
    log.filter((r) => r.path.includes(".pageLayout.") || r.path.includes("horizontalPageBreaks"));

  test("ExcelApi 1.9: every sheet gets A4, its orientation, pages across, print area and titles", async () => {
    const { log, plan } = await build(c, undefined, { ExcelApi: "1.9" });
    const finished = finishPlan(plan);
    for (const s of finished.sheets) {
      const on = (suffix: string) =>
        log.find(
          (r) =>
            r.path.startsWith(`context.workbook.worksheets.add(${JSON.stringify([s.name])})`) &&
            r.path.endsWith(suffix)
        );
      expect(on(".pageLayout.orientation")?.value).toBe(
        s.print!.orientation === "landscape" ? "Landscape" : "Portrait"
      );
      expect(on(".pageLayout.paperSize")?.value).toBe("A4");
      expect(on(".pageLayout.zoom")?.value).toEqual({ horizontalFitToPages: s.print!.pagesWide });
      expect(on(".pageLayout.setPrintArea")?.args).toEqual([s.print!.area]);
      if (s.print!.titleRows)
        expect(on(".pageLayout.setPrintTitleRows")?.args).toEqual([
          `$${s.print!.titleRows.replace(":", ":$")}`,
        ]);
    }
    const axis = log.filter((r) => r.path.endsWith(".axes.valueAxis.numberFormat"));
    expect(axis.map((r) => r.value)).toEqual([MONEY]);
  });

  test("ExcelApi 1.8: axis formats but no page layout; 1.1 or no Office: neither, and no failure", async () => {
    let { log } = await build(c, undefined, { ExcelApi: "1.8" });
    expect(layoutCalls(log)).toEqual([]);
    expect(log.filter((r) => r.path.endsWith(".axes.valueAxis.numberFormat"))).toHaveLength(1);
    ({ log } = await build(c, undefined, { ExcelApi: "1.1" }));
    expect(layoutCalls(log)).toEqual([]);
    expect(log.filter((r) => r.path.endsWith(".axes.valueAxis.numberFormat"))).toEqual([]);
    // No Office global at all (a host that never loaded office.js's requirements).
    const rec = recordingContext({ sheets: ["Sheet1"] });
    delete (globalThis as { Office?: unknown }).Office;
    await applyPlan(rec.context, businessCasePlan(c, BUSINESS_CASE_SHEETS));
    expect(layoutCalls(rec.log)).toEqual([]);
    expect(rec.log.filter((r) => r.path.endsWith(".axes.valueAxis.numberFormat"))).toEqual([]);
  });
});
