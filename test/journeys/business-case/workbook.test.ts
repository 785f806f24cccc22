/**
 * The business-case plan on its own: the layout rules of the FAST standard that a reviewer
 * would check by eye, checked mechanically on every example.
 */
import { exampleFiles } from "../../support/examples";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseCase, caseProblems } from "../../../src/journeys/business-case/validate";
import { businessCasePlan, BUSINESS_CASE_SHEETS } from "../../../src/journeys/business-case/workbook";
import { columnName } from "../../../src/workbook/refs";
import { freshSheetNames as freshNames } from "../../../src/workbook/sheet-names";

const freshSheetNames = (existing: readonly string[]) => freshNames(existing, BUSINESS_CASE_SHEETS);
import type { PlanCell, WorkbookPlan } from "../../../src/workbook/types";
import { main } from "../../../src/cli/pcba";
import type { BusinessCase } from "../../../src/journeys/business-case/types";
import { INPUT_TABLES } from "../../../src/journeys/business-case/inputs";
import { repricingByYear } from "../../../src/journeys/business-case/evaluate";
import { swapBreakCost } from "../../../src/model/loans";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const load = (f: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
const examples = exampleFiles("case");

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A formula with its relative column references written as offsets, so copies along a row compare equal. */
function relative(formula: string, column: number): string {
  return formula
    .replace(/"[^"]*"/g, '""')
    .replace(
      /('(?:[^']|'')+'!)?(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
      (_m, sheet = "", absCol, col, absRow, row) =>
        `${sheet}${absCol ? `$${col}` : `C[${colIndex(col) - column}]`}${absRow}${row}`
    );
}

/** Numbers typed inside a formula (not in references, sheet names or strings). */
function literals(formula: string): number[] {
  const stripped = formula
    .replace(/"[^"]*"/g, "")
    .replace(/'(?:[^']|'')+'!/g, "")
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "")
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, "");
  return (stripped.match(/\d+(\.\d+)?/g) ?? []).map(Number);
}

const sheet = (plan: WorkbookPlan, name: string) => plan.sheets.find((s) => s.name === name)!;
const byRow = (cells: PlanCell[]) => {
  const rows = new Map<number, PlanCell[]>();
  for (const c of cells) {
    const row = Number(/\d+$/.exec(c.ref)![0]);
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  return rows;
};

describe.each(examples)("%s", (file) => {
  const c = parseCase(load(file));
  const plan = businessCasePlan(c);
  const h = c.appraisal.horizon;

  test("three sheets: Summary first, then Inputs and Calculations", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Summary", "Inputs", "Calculations"]);
  });

  test("Calculations: one timeline of years 0 … horizon across the columns, and each row's formula is the same across it", () => {
    const calc = sheet(plan, "Calculations");
    const rows = byRow(calc.cells);
    const timeline = rows.get(2)!.filter((x) => x.formula && /^[E-Z]|^[A-Z]{2}/.test(x.ref));
    expect(timeline).toHaveLength(h + 1);
    let checked = 0;
    for (const [, cells] of rows) {
      const years = cells.filter((x) => colIndex(/^[A-Z]+/.exec(x.ref)![0]) >= 5);
      if (years.length === 0) continue;
      expect(years).toHaveLength(h + 1);
      const forms = new Set(
        years.map((x) => relative(x.formula!, colIndex(/^[A-Z]+/.exec(x.ref)![0])))
      );
      expect([...forms]).toHaveLength(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  test("no numbers typed inside formulas (0 and 1 as structural constants aside)", () => {
    for (const s of plan.sheets) {
      for (const x of s.cells) {
        if (!x.formula) continue;
        const typed = literals(x.formula).filter((n) => n !== 0 && n !== 1);
        expect({ ref: `${s.name}!${x.ref}`, typed }).toEqual({
          ref: `${s.name}!${x.ref}`,
          typed: [],
        });
      }
    }
  });

  test("Inputs: every input in an Excel table, with the named settings", () => {
    const inputs = sheet(plan, "Inputs");
    expect(inputs.tables.map((t) => t.name)).toEqual([...INPUT_TABLES]);
    const table = (n: string) => inputs.tables.find((t) => t.name === n)!;
    expect(table("Savings").rows.filter((r) => r[0] !== null)).toHaveLength(
      c.options.reduce((n, o) => n + o.savings.length, 0)
    );
    expect(table("Options").rows.map((r) => r[0])).toEqual(c.options.map((o) => o.id));
    expect(table("Settings").columns.map((col) => col.name)).toEqual([
      "Input",
      "Value",
      "Unit",
      "Source or note",
      "Assumption to review",
    ]);
    for (const n of [
      "Horizon",
      "PriceBaseYear",
      "OptimismBias",
      "VatRate",
      "VatRecovery",
      "CheckTolerance",
      "BandFrom",
      "BandRate",
      "OptionIds",
    ]) {
      expect(plan.names.find((x) => x.name === n)?.ref).toMatch(/^'Inputs'!\$[A-Z]+\$\d+/);
    }
  });

  test("Summary: a row per option after the baseline, checks, and a chart of each option's cumulative value", () => {
    const summary = sheet(plan, "Summary");
    expect(summary.cells.find((x) => x.ref === "A5")?.value).toBe("Do nothing (baseline)");
    c.options.forEach((_o, k) =>
      expect(summary.cells.find((x) => x.ref === `A${6 + k}`)?.formula).toMatch(
        /^'Inputs'!\$B\$\d+$/
      )
    );
    expect(summary.checks).toHaveLength(1);
    expect(summary.charts[0].series.map((s) => s.name)).toEqual(c.options.map((o) => o.name));
  });
});

describe("sheet names", () => {
  test("a build can target fresh sheet names, and every reference follows them", () => {
    const plan = businessCasePlan(parseCase(load(examples[0])), {
      inputs: "Inputs (2)",
      calculations: "Calc's (2)",
      summary: "Summary (2)",
      suffix: "_2",
    });
    expect(plan.sheets.map((s) => s.name)).toEqual(["Summary (2)", "Inputs (2)", "Calc's (2)"]);
    const formulas = plan.sheets.flatMap((s) => s.cells.map((x) => x.formula ?? "")).join("\n");
    expect(formulas).toContain("'Calc''s (2)'!");
    expect(formulas).not.toMatch(/'Inputs'!/);
    expect(
      plan.names.every((n) => n.ref.startsWith("'Inputs (2)'!") && n.name.endsWith("_2"))
    ).toBe(true);
    // Table and range names are unique in a workbook, so a second build's carry the suffix.
    expect(plan.sheets[1].tables.map((t) => t.name)).toContain("Savings_2");
    expect(formulas).toMatch(/OptimismBias_2/);
    expect(formulas).not.toMatch(/OptimismBias[^_]/);
  });
  test("freshSheetNames picks the first free set", () => {
    expect(freshSheetNames([]).inputs).toBe("Inputs");
    expect(freshSheetNames(["Sheet1", "inputs"])).toEqual({
      inputs: "Inputs (2)",
      calculations: "Calculations (2)",
      summary: "Summary (2)",
      suffix: "_2",
    });
    expect(freshSheetNames(["Summary", "Summary (2)"]).suffix).toBe("_3");
  });
});

describe("the case schema", () => {
  test("every example is valid", () => {
    for (const f of examples) expect(caseProblems(load(f))).toEqual([]);
  });
  test("problems name the path: a share typed as a percentage, a missing field, a duplicate option, a cost after the horizon", () => {
    const c = load(examples[0]) as BusinessCase;
    const bad = structuredClone(c) as any;
    bad.vat.recoveryRate = 20;
    delete bad.title;
    bad.options[1].id = bad.options[0].id;
    expect(caseProblems(bad).join("\n")).toMatch(/\/vat\/recoveryRate must be <= 1/);
    expect(caseProblems(bad).join("\n")).toMatch(/must have required property 'title'/);
    const dup = structuredClone(c);
    dup.options[1].id = dup.options[0].id;
    expect(caseProblems(dup)).toEqual([
      `/options/1/id "${c.options[0].id}" is used by another option`,
    ]);
    const late = structuredClone(c);
    late.options[0].oneOffCosts[0].year = 99;
    expect(caseProblems(late).join("\n")).toMatch(/\/options\/0\/oneOffCosts\/0\/year/);
  });
});

describe("npx pcba case build", () => {
  const out: string[] = [];
  const err: string[] = [];
  const run = (...argv: string[]) =>
    main(
      argv,
      (s) => out.push(s),
      (s) => err.push(s)
    );
  test("builds an .xlsx whose sheets and tables are there", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-")), "case.xlsx");
    expect(await run("case", "build", path.join(EXAMPLES, examples[0]), "-o", file)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Inputs", "Calculations"]);
    expect(wb.getWorksheet("Inputs")!.getTable("Savings")).toBeTruthy();
    expect(out.join("\n")).toMatch(/NPV £/);
  });
  test("an invalid case exits 1 listing its problems; a wrong command prints the usage and exits 2", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-"));
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ schemaVersion: 1 }));
    expect(await run("case", "build", bad, "-o", path.join(dir, "x.xlsx"))).toBe(1);
    expect(err.join("\n")).toMatch(/The case is not valid/);
    expect(await run("case", "frobnicate")).toBe(2);
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

test("columnName", () => {
  expect([1, 26, 27, 52, 703].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
});

test("repricing in year 0 is the consent fees plus the swap break costs", () => {
  const c = parseCase(load("merger-loan-repricing.json"));
  const fees = c.loans.reduce((sum, l) => sum + l.consentFee * l.balance, 0);
  expect(c.swaps.length).toBe(2);
  expect(repricingByYear(c)[0]).toBeCloseTo(fees + swapBreakCost(c.swaps), 6);
  expect(swapBreakCost(c.swaps)).toBeGreaterThan(0);
});
