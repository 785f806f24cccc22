/**
 * The realisation workbook: built beside a business case and never over it, the Actuals
 * tables read back exactly (the generic round trips are in test/journeys/reopen.test.ts),
 * what the pane cannot show is an error naming the table, and the command line builds it.
 * The figures against the model are checked in LibreOffice (test/reference/realisation.test.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/pcba";
import { JOURNEYS } from "../../../src/journeys";
import realisation from "../../../src/journeys/realisation";
import { REALISATION_READER } from "../../../src/journeys/realisation/inputs";
import { normaliseRealisation } from "../../../src/journeys/realisation/normalise";
import {
  OPTION_FIRST_ROW,
  realisationLayout,
  realisationPlan,
  REALISATION_SHEETS,
} from "../../../src/journeys/realisation/workbook";
import { realisationTemplate } from "../../../src/journeys/realisation/template";
import { SUGGESTED_THRESHOLDS } from "../../../src/model/realisation";
import {
  businessCasePlan,
  BUSINESS_CASE_SHEETS,
} from "../../../src/journeys/business-case/workbook";
import type { Realisation, RealisationResult } from "../../../src/journeys/realisation/types";
import type { TableValues } from "../../../src/workbook/read-tables";
import type { WorkbookPlan } from "../../../src/workbook/types";
import { planToXlsx } from "../../../src/workbook/xlsx";
import { applyPlan, namesForNewBuild } from "../../../src/workbook/office";
import { installExcelEnums, recordingContext } from "../../support/office-recorder";
import { EXAMPLES } from "../../support/examples";

const raw = JSON.parse(
  fs.readFileSync(path.join(EXAMPLES, "realisation-two-associations.json"), "utf8")
);
const example = realisation.parse(raw) as Realisation;

const tablesOf = (plan: WorkbookPlan): Record<string, TableValues> =>
  Object.fromEntries(
    plan.sheets
      .flatMap((s) => s.tables)
      .map((t) => [t.name, [t.columns.map((c) => c.name), ...t.rows]])
  );
const title = (plan: WorkbookPlan) =>
  plan.sheets.find((s) => s.name === REALISATION_SHEETS.inputs)!.cells[0].value as string;

test("the journey is registered: one line in JOURNEYS, its own sheets", () => {
  expect(JOURNEYS.map((j) => j.cli.name)).toContain("realisation");
  const plan = realisationPlan(example);
  expect(plan.sheets.map((s) => s.name)).toEqual([
    "Realisation",
    "Actuals",
    "Realisation calculations",
  ]);
});

test("beside a business case, never over it: no sheet, table or name in common", () => {
  const bc = businessCasePlan(example.businessCase);
  const rv = realisationPlan(example);
  const sheetNames = (p: WorkbookPlan) => p.sheets.map((s) => s.name.toLowerCase());
  const tableNames = (p: WorkbookPlan) =>
    p.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
  const names = (p: WorkbookPlan) => p.names.map((n) => n.name.toLowerCase());
  for (const f of [sheetNames, tableNames, names])
    expect(f(rv).filter((n) => [...f(bc), ...tableNames(bc), ...names(bc)].includes(n))).toEqual(
      []
    );
  expect(Object.values(REALISATION_SHEETS)).not.toContain(BUSINESS_CASE_SHEETS.inputs);
});

test("parse gives the written form: every planned line listed, in the option's order", () => {
  const fewer = realisation.parse({
    ...raw,
    actuals: raw.actuals.filter((a: { line: string }) => a.line !== "savings/1"),
  }) as Realisation;
  expect(fewer.actuals.map((a) => a.line)).toEqual(example.actuals.map((a) => a.line));
  expect(fewer.actuals[1]).toEqual({ line: "savings/1", figures: [], reforecast: null, note: "" });
  expect(normaliseRealisation(example)).toEqual(example);
});

test("a template (no figures, the suggested bands) round-trips, and so does a review with a figure not yet known", () => {
  const t = realisation.parse(
    realisationTemplate(example.businessCase, "group", 0, SUGGESTED_THRESHOLDS)
  ) as Realisation;
  const plan = realisationPlan(t);
  expect(REALISATION_READER.from(tablesOf(plan), title(plan))).toEqual(t);
  const repricing = example.actuals.find((a) => a.line === "repricing")!;
  expect(repricing.figures.some((f) => f.amount === null)).toBe(true);
});

test("a figure typed into a blank row of the Actuals table is read back", () => {
  const plan = realisationPlan(example);
  const tables = tablesOf(plan);
  const figures = tables.ActualFigures;
  const row = figures.findIndex((r) => r[0] === "savings/0" && r[2] === 0);
  figures[row][3] = 95000;
  figures[row][4] = "Management accounts";
  const back = REALISATION_READER.from(tables, title(plan));
  expect(back.actuals[0].figures).toEqual([
    { year: 0, amount: 95000, evidence: "Management accounts" },
    ...example.actuals[0].figures,
  ]);
});

describe("what the pane cannot show is an error naming the table", () => {
  const fresh = () => {
    const plan = realisationPlan(example);
    return { tables: tablesOf(plan), title: title(plan) };
  };
  test("a plan figure edited away from the approved case", () => {
    const { tables, title: t } = fresh();
    tables.RealisationLines[1][tables.RealisationLines[0].indexOf("Plan year 3 (£)")] = 1;
    expect(() => REALISATION_READER.from(tables, t)).toThrow(
      /RealisationLines table's plan for "savings\/0" differs from the business case as approved/
    );
  });
  test("a discount band edited", () => {
    const { tables, title: t } = fresh();
    tables.RealisationDiscountBands[1][1] = 0.05;
    expect(() => REALISATION_READER.from(tables, t)).toThrow(
      /RealisationDiscountBands table differs/
    );
  });
  test("a re-forecast with a value and no year", () => {
    const { tables, title: t } = fresh();
    tables.RealisationLines[1][tables.RealisationLines[0].indexOf("Re-forecast year")] = null;
    expect(() => REALISATION_READER.from(tables, t)).toThrow(
      /re-forecast of "savings\/0" needs both/
    );
  });
  test("a figure for a line the review does not have", () => {
    const { tables, title: t } = fresh();
    tables.ActualFigures[2][0] = "savings/99";
    expect(() => REALISATION_READER.from(tables, t)).toThrow(/figure for "savings\/99"/);
  });
  test("the approved case cut short", () => {
    const { tables, title: t } = fresh();
    tables.ApprovedCase[1][1] = String(tables.ApprovedCase[1][1]).slice(0, 100);
    expect(() => REALISATION_READER.from(tables, t)).toThrow(/ApprovedCase table does not hold/);
  });
  test("a renamed column", () => {
    const { tables, title: t } = fresh();
    tables.ActualFigures[0][3] = "Amount";
    expect(() => REALISATION_READER.from(tables, t)).toThrow(
      /ActualFigures table has no "Amount \(£\)" column/
    );
  });
});

describe("npx pcba realisation build", () => {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...argv: string[]) =>
    main(
      argv,
      (s) => out.push(s),
      (s) => err.push(s)
    );
  test("builds the example's .xlsx with its sheets and tables, and prints the NPV then and now", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-")), "review.xlsx");
    expect(
      await run(
        "realisation",
        "build",
        path.join(EXAMPLES, "realisation-two-associations.json"),
        "-o",
        file
      )
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Realisation",
      "Actuals",
      "Realisation calculations",
    ]);
    expect(wb.getWorksheet("Actuals")!.getTable("ActualFigures")).toBeTruthy();
    const e = realisation.evaluate(example) as { outturn: { npv: number } };
    expect(e.outturn.npv).toBeGreaterThan(0);
    expect(out.join("\n")).toMatch(/NPV now £[\d,]+ against £[\d,]+ approved/);
    expect(out.join("\n")).toMatch(/savings £5,000,000 against £8,310,000 planned \(60\.2%, red\)/);
  });
  test("an invalid review exits 1 naming the path; the usage lists the journey", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-"));
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ ...raw, optionId: "nope" }));
    expect(await run("realisation", "build", bad, "-o", path.join(dir, "x.xlsx"))).toBe(1);
    expect(err.join("\n")).toMatch(/\/optionId "nope" is not an option of the case/);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
    out.length = 0;
    expect(await run("--help")).toBe(0);
    expect(out.join("\n")).toMatch(/pcba realisation build <review\.json> -o <review\.xlsx>/);
  });
});

test("the status column shows Green, Amber and Red in their colours (conditional formats in the .xlsx)", async () => {
  const plan = realisationPlan(example);
  const summary = plan.sheets.find((s) => s.name === REALISATION_SHEETS.summary)!;
  expect(summary.statuses).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await planToXlsx(plan)) as unknown as ExcelJS.Buffer);
  const formats = (
    wb.getWorksheet(REALISATION_SHEETS.summary) as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
    }
  ).conditionalFormattings;
  const status = formats.find((f) => f.ref === summary.statuses![0])!;
  expect(status.rules.map((r) => r.formulae![0])).toEqual(['"Green"', '"Amber"', '"Red"']);
});

test("the Office.js adapter writes the three sheets in two round trips, with the check and status formats", async () => {
  installExcelEnums();
  const rec = recordingContext({ sheets: ["Sheet1"] });
  const names = await namesForNewBuild(rec.context, REALISATION_SHEETS);
  await applyPlan(rec.context, realisationPlan(example, names));
  expect(rec.state.syncs).toBe(2);
  const adds = rec.log.filter(
    (x) => x.kind === "call" && x.path.endsWith(".conditionalFormats.add")
  );
  expect(adds).toHaveLength(2 + 3);
  const rules = rec.log
    .filter((x) => x.kind === "set" && x.path.endsWith(".cellValue.rule"))
    .map((x) => (x.value as { formula1: string }).formula1);
  expect(rules).toEqual(["=TRUE", "=FALSE", '="Green"', '="Amber"', '="Red"']);
});

test("the Realisation sheet shows words, never the codes its totals once keyed on, and caches the model's figures", () => {
  const plan = realisationPlan(example);
  const summary = plan.sheets.find((s) => s.name === REALISATION_SHEETS.summary)!;
  const e = realisation.evaluate(example) as RealisationResult;
  const at = realisationLayout(e.lines.length, e.sources.length);
  const cell = (ref: string) => summary.cells.find((c) => c.ref === ref)!;
  const shown = summary.cells.map((c) => (c.formula !== undefined ? c.cached : c.value));
  const codes = ["saving", "one_off_cost", "recurring_cost", "operational_staff", "procurement"];
  expect(shown.filter((x) => typeof x === "string" && (codes.includes(x) || /\//.test(x)))).toEqual(
    []
  );
  e.lines.forEach((l, i) => {
    const row = at.firstLine + i;
    expect(cell(`C${row}`).cached).toBe(
      { saving: "Saving", one_off_cost: "One-off cost", recurring_cost: "Recurring cost" }[l.kind]
    );
    expect(cell(`B${row}`).cached).toBe(l.planned ? "Yes" : "No");
    expect(cell(`G${row}`).cached).toBe(l.toDate.actual);
    expect(cell(`P${row}`).cached).toBe(l.totalOutturn);
  });
  expect(cell(`B${OPTION_FIRST_ROW}`).cached).toBe(e.approved.npv);
  expect(cell(`C${OPTION_FIRST_ROW}`).cached).toBe(e.outturn.npv);
  // Every result on the sheet has its cached value, but the checks (the sheet's own tests).
  const uncached = summary.cells.filter(
    (c) => c.formula !== undefined && c.role === "output" && c.cached === undefined
  );
  expect(uncached.map((c) => c.ref)).toEqual([]);
});
