/**
 * The mechanical FAST checks (FAST Standard Organisation, The FAST Standard; ICAEW Financial
 * Modelling Code; docs/domain.md, "Generated workbooks") on every journey's workbook, for every
 * example: one formula along each calculation row, no numbers typed inside formulas (0 and 1
 * as structural constants aside), and inputs only on the inputs sheet. The exceptions today's
 * workbooks make are listed, each with its reason, so a new one fails.
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS, type AnyJourney } from "../../src/journeys";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/types";
import { EXAMPLES, exampleFiles } from "../support/examples";

/** Known departures, by journey id. */
const EXCEPTIONS: Record<
  string,
  { constants?: number[]; inputSheets?: (j: AnyJourney) => string[] }
> = {
  // The payback month: 12 months a year, in the value map's payback row.
  // The value map is the SROI guide's table of outcomes: its inputs sit beside the calculations.
  sroi: { constants: [12], inputSheets: (j) => [j.sheets.calculations] },
};

const colIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** A formula with its relative references as offsets (columns along a row, rows down a column). */
function relative(formula: string, column: number, row: number, down: boolean): string {
  return formula
    .replace(/"[^"]*"/g, '""')
    .replace(
      /('(?:[^']|'')+'!)?(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
      (_m, sheet = "", absCol, col, absRow, r) =>
        down
          ? `${sheet}${absCol}${col}${absRow ? `$${r}` : `R[${Number(r) - row}]`}`
          : `${sheet}${absCol ? `$${col}` : `C[${colIndex(col) - column}]`}${absRow}${r}`
    );
}

/** Numbers typed inside a formula (not in references, sheet names, names or strings). */
function literals(formula: string): number[] {
  const stripped = formula
    .replace(/"[^"]*"/g, "")
    .replace(/'(?:[^']|'')+'!/g, "")
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "")
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, "");
  return (stripped.match(/\d+(\.\d+)?/g) ?? []).map(Number);
}

/**
 * Lines (rows, or columns when `down`) whose formula, from where it first repeats, changes
 * before the line ends; and how many lines repeat at all.
 */
function inconsistentLines(
  cells: readonly PlanCell[],
  down: boolean
): { bad: string[]; lines: number } {
  const lines = new Map<number, { col: number; row: number; ref: string; formula: string }[]>();
  for (const c of cells) {
    if (!c.formula) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(c.ref)!;
    const at = { col: colIndex(m[1]), row: Number(m[2]), ref: c.ref, formula: c.formula };
    const key = down ? at.col : at.row;
    lines.set(key, [...(lines.get(key) ?? []), at]);
  }
  const bad: string[] = [];
  let repeating = 0;
  for (const line of lines.values()) {
    line.sort((a, b) => (down ? a.row - b.row : a.col - b.col));
    const forms = line.map((x) => relative(x.formula, x.col, x.row, down));
    const from = forms.findIndex((f, k) => forms[k + 1] === f);
    if (from < 0) continue;
    repeating++;
    if (new Set(forms.slice(from)).size !== 1) bad.push(line[from].ref);
  }
  return { bad, lines: repeating };
}

const cases = JOURNEYS.flatMap((j) => exampleFiles(j.cli.name).map((f) => [j.id, f, j] as const));

describe.each(cases)("%s: %s", (id, file, j) => {
  const plan: WorkbookPlan = j.plan(
    j.parse(JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8")))
  );
  const allowed = EXCEPTIONS[id] ?? {};

  test("each calculation row is one formula along the timeline (or, one row per item, down each column)", () => {
    const calc = plan.sheets.find((s) => s.name === j.sheets.calculations)!;
    const rows = inconsistentLines(calc.cells, false);
    expect(rows.bad).toEqual([]);
    if (rows.lines === 0) {
      const columns = inconsistentLines(calc.cells, true);
      expect(columns.bad).toEqual([]);
      expect(columns.lines).toBeGreaterThan(0);
    } else expect(rows.lines).toBeGreaterThan(0);
  });

  test("no numbers typed inside formulas (0 and 1 as structural constants aside)", () => {
    const ok = new Set([0, 1, ...(allowed.constants ?? [])]);
    const typed = plan.sheets.flatMap((s) =>
      s.cells
        .filter((c) => c.formula && literals(c.formula).some((n) => !ok.has(n)))
        .map((c) => `${s.name}!${c.ref}`)
    );
    expect(typed).toEqual([]);
  });

  test("inputs only on the inputs sheet", () => {
    const inputSheets = [j.sheets.inputs, ...(allowed.inputSheets?.(j) ?? [])];
    const elsewhere = plan.sheets
      .filter((s) => !inputSheets.includes(s.name))
      .flatMap((s) => [
        ...s.cells.filter((c) => c.role === "input").map((c) => `${s.name}!${c.ref}`),
        ...s.tables.flatMap((t) =>
          t.columns.filter((c) => c.role === "input").map((c) => `${t.name}[${c.name}]`)
        ),
      ]);
    expect(elsewhere).toEqual([]);
    const inputs = plan.sheets.find((s) => s.name === j.sheets.inputs)!;
    expect(inputs.tables.length).toBeGreaterThan(0);
  });
});

describe("the journeys list", () => {
  test("every file in examples/ is exactly one journey's, and parses as it", () => {
    const files = fs
      .readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".json"))
      .sort();
    const claimed = JOURNEYS.flatMap((j) => j.examples).sort();
    expect(claimed).toEqual(files);
    for (const j of JOURNEYS)
      for (const f of j.examples)
        expect(j.problems(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")))).toEqual([]);
  });

  test("ids, command-line names, draft keys and default sheet names are each unique", () => {
    for (const key of [
      (j: AnyJourney) => j.id,
      (j: AnyJourney) => j.cli.name,
      (j: AnyJourney) => j.draftKey,
      (j: AnyJourney) => j.sheets.inputs,
    ])
      expect(new Set(JOURNEYS.map(key)).size).toBe(JOURNEYS.length);
  });
});
