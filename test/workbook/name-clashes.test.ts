/**
 * A build never collides with what the workbook has: its sheets, and its tables and
 * defined names too (Excel requires table and defined names unique in the workbook, and a
 * clash fails inside the single write, half-built). The recording fake models a workbook
 * that has its own tables and names, and fails a sync as Excel does on a clash.
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS } from "../../src/journeys";
import { applyPlan, namesForNewBuild } from "../../src/workbook/office";
import { clashes, freshNames } from "../../src/workbook/sheet-names";
import { installExcelEnums, recordingContext } from "../support/office-recorder";
import { EXAMPLES } from "../support/examples";

installExcelEnums();

const cases = JOURNEYS.map((j) => {
  const value = j.parse(JSON.parse(fs.readFileSync(path.join(EXAMPLES, j.examples[0]), "utf8")));
  const plan = j.plan(value, j.sheets);
  return {
    id: j.id,
    plan: (names: typeof j.sheets) => j.plan(value, names),
    sheets: j.sheets,
    tables: plan.sheets.flatMap((s) => s.tables.map((t) => t.name)),
    names: plan.names.map((n) => n.name),
  };
});

describe.each(cases)("$id", ({ plan, sheets, tables, names }) => {
  test("a workbook with the journey's table and defined names but none of its sheets: fresh names for all, two round trips", async () => {
    // Upper case: Excel compares names without regard to case.
    const book = { sheets: ["Sheet1"], tableNames: tables.map((t) => t.toUpperCase()), definedNames: names };
    const rec = recordingContext(book);
    const chosen = await namesForNewBuild(rec.context, sheets, plan);
    expect(chosen.suffix).not.toBe("");
    expect(clashes(plan(chosen), { sheets: book.sheets, tables: book.tableNames, names })).toEqual([]);
    await applyPlan(rec.context, plan(chosen));
    expect(rec.state.syncs).toBe(2);
  });

  test("checking the sheets alone, as before, builds into a clash that Excel refuses half-way", async () => {
    if (tables.length + names.length === 0) return;
    const rec = recordingContext({ sheets: ["Sheet1"], tableNames: tables, definedNames: names });
    const chosen = await namesForNewBuild(rec.context, sheets);
    expect(chosen.suffix).toBe("");
    await expect(applyPlan(rec.context, plan(chosen))).rejects.toThrow(/exists/);
  });
});

test("the business case beside a workbook's own Loans table and Horizon name builds with _2 names", () => {
  const bc = cases.find((c) => c.id === "business-case")!;
  expect(bc.tables).toContain("Loans");
  expect(bc.names).toContain("Horizon");
  const chosen = freshNames({ sheets: ["Budget"], tables: ["Loans"], names: ["horizon"] }, bc.sheets, bc.plan);
  expect(chosen.suffix).toBe("_2");
  expect(chosen.summary).toBe(`${bc.sheets.summary} (2)`);
});

test("clashes names each sheet, table or defined name a plan would add that the workbook has", () => {
  const bc = cases.find((c) => c.id === "business-case")!;
  const found = clashes(bc.plan(bc.sheets), { sheets: [bc.sheets.inputs.toLowerCase()], tables: ["HORIZON"], names: ["Loans"] });
  expect(found.sort()).toEqual([bc.sheets.inputs, "Horizon", "Loans"].sort());
});
