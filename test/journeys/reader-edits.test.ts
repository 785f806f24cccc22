/**
 * Reading a workbook back never changes a number silently. For every journey, in every
 * input table: a renamed column, and in each number column text, a hex string such as
 * "0x10" and a cleared cell, are errors that name the table, the column and the row (a
 * settings table: the setting), read directly and through the Office.js adapter. The pane
 * then keeps the draft and names the sheet it could not read (test/taskpane/restore.test.tsx).
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS } from "../../src/journeys";
import { readFromWorkbook } from "../../src/workbook/office";
import { number } from "../../src/workbook/read-tables";
import type { CellValue } from "../../src/workbook/types";
import { installExcelEnums, recordingContext } from "../support/office-recorder";
import { EXAMPLES } from "../support/examples";
import { planTables } from "../support/plan-tables";

installExcelEnums();

const journeys = JOURNEYS.map((j) => {
  const value = j.parse(JSON.parse(fs.readFileSync(path.join(EXAMPLES, j.examples[0]), "utf8")));
  const plan = j.plan(value, j.sheets);
  const title = plan.sheets.find((s) => s.name === j.sheets.inputs)!.cells.find((c) => c.ref === "A1")!.value as string;
  return { j, value, tables: planTables(plan, ""), title };
});

/** Every (table, column) whose first data row holds a number, as the reader would see it. */
const numberCells = journeys.flatMap(({ j, tables, title }) =>
  Object.entries(tables)
    .filter(([name, t]) => j.reader.tables.includes(name) && t.length > 1)
    .flatMap(([name, t]) =>
      t[0].flatMap((header, col) => (typeof t[1][col] === "number" ? [{ j, tables, title, name, header: String(header), col }] : []))
    )
);

/**
 * How a message names the cell: row and column in a table of items; in a settings table
 * (a row per setting, labelled in its first column) the setting's label.
 */
const where = (c: (typeof numberCells)[number]) =>
  c.header === "Value" ? `${c.name} "${c.tables[c.name][1][0]}"` : `Row 1 of ${c.name} "${c.header}"`;

test("every journey has number columns to edit", () => {
  for (const { j } of journeys) expect(numberCells.some((c) => c.j === j)).toBe(true);
});

/**
 * Number columns where a blank cell has a meaning of its own, by journey and column: each
 * reads a blank as "none" (null), never as 0. Any other number column must refuse a blank.
 */
const BLANK_MEANS_NONE: Record<string, string[]> = {
  // A one-off line has no full annual value; a line without a re-forecast follows the plan.
  realisation: [
    "Planned full annual (£)",
    "Planned full from year",
    "Re-forecast (£ a year; a one-off: £ still to spend)",
    "Re-forecast year",
  ],
  // Units, stand-alone costs and a typed allocation may be left out; a coalition not yet
  // valued is a problem the pane lists (see src/journeys/sharing/evaluate.ts).
  sharing: ["Units of use", "Stand-alone cost (£)", "Your allocation (£)", "Cost on its own (£)", "Value on its own (£)"],
};
const blankAllowed = (c: (typeof numberCells)[number], bad: CellValue) =>
  (bad === null || bad === "") && (BLANK_MEANS_NONE[c.j.id] ?? []).includes(c.header);

describe.each(["0x10", "", "about forty", "1,2,3", "Infinity", null] as CellValue[])("a number cell holding %p", (bad) => {
  test.each(numberCells.map((c) => [`${c.j.id}: ${c.name} "${c.header}"`, c] as const))("%s is an error naming table, column and row", (_label, c) => {
    if (blankAllowed(c, bad)) return;
    const edited = { ...c.tables, [c.name]: c.tables[c.name].map((r) => [...r]) };
    edited[c.name][1][c.col] = bad;
    // A row whose cells are all blank is a spare row; keep the row's other cells.
    let message = "";
    try {
      c.j.reader.from(edited, c.title);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(where(c));
  });
});

test.each(journeys.flatMap(({ j, tables, title }) => Object.keys(tables).filter((n) => j.reader.tables.includes(n)).map((name) => [`${j.id}: ${name}`, { j, tables, title, name }] as const)))(
  "%s: a renamed column is an error naming the table and the column",
  (_label, { j, tables, title, name }) => {
    const edited = { ...tables, [name]: tables[name].map((r) => [...r]) };
    const header = String(edited[name][0][0]);
    edited[name][0][0] = `${header} (edited)`;
    expect(() => j.reader.from(edited, title)).toThrow(new RegExp(`${name}.*"${header.replace(/[()£]/g, ".")}"`));
  }
);

test.each(journeys.map(({ j, tables, title }) => [j.id, { j, tables, title }] as const))(
  "%s: through the Office.js adapter too (the pane's note names the sheet: test/taskpane/restore.test.tsx)",
  async (_id, { j, tables, title }) => {
    const c = numberCells.find((x) => x.j === j)!;
    const edited = { ...tables, [c.name]: tables[c.name].map((r) => [...r]) };
    edited[c.name][1][c.col] = "0x10";
    const rec = recordingContext({ sheets: [j.sheets.inputs], tables: edited, titles: { [j.sheets.inputs]: title } });
    await expect(readFromWorkbook(rec.context, j.sheets, j.reader)).rejects.toThrow(
      where(c)
    );
  }
);

test("number: decimals only, never hex, binary, octal, a blank or Infinity", () => {
  expect(number(12.5)).toBe(12.5);
  expect(number(" 1.5E+3 ")).toBe(1500);
  expect(number("-0.25")).toBe(-0.25);
  for (const bad of ["0x10", "0b11", "0o7", "", "  ", null, "Infinity", "1e999", "12abc"])
    expect(() => number(bad as CellValue, "X")).toThrow(/^X /);
  expect(() => number(Number.POSITIVE_INFINITY, "X")).toThrow(/X should be a number/);
});
