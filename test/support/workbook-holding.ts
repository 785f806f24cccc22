/**
 * A workbook in Excel as the pane sees it, for the jsdom tests: a recording fake of Excel
 * holding what a plan built (its tables, which a test may edit as a user would in the sheet),
 * and a `WorkbookHost` that reads it through the Office.js adapter. Views get the host by
 * `WorkbookHostProvider`; no global `Excel` is patched.
 */
import { recordingContext } from "./office-recorder";
import type { WorkbookPlan } from "../../src/workbook/types";
import { readFromWorkbook, workbookNamesInUse } from "../../src/workbook/office";
import type { WorkbookHost } from "../../src/taskpane/workbook-host";

/** The recording fake of a workbook holding `plan`'s sheets and tables (edited by `edit`). */
export function workbookHolding(
  plan: WorkbookPlan,
  edit: (tables: Record<string, unknown[][]>) => void = () => undefined
): ReturnType<typeof recordingContext> {
  const tables: Record<string, unknown[][]> = Object.fromEntries(
    plan.sheets
      .flatMap((s) => s.tables)
      .map((t) => [t.name, [t.columns.map((c) => c.name), ...t.rows]])
  );
  edit(tables);
  return recordingContext({
    sheets: plan.sheets.map((s) => s.name),
    tables: tables as never,
    titles: Object.fromEntries(
      plan.sheets.map((s) => [s.name, s.cells.find((c) => c.ref === "A1")?.value as string])
    ),
  });
}

const refuse = () => Promise.reject(new Error("not part of reading the workbook"));

/** Excel as the pane's host sees it, reading `workbook()` (the workbook of the moment). */
export const readingHost = (workbook: () => ReturnType<typeof recordingContext>): WorkbookHost => ({
  inExcel: true,
  namesInUse: () => workbookNamesInUse(workbook().context as never),
  applyPlan: refuse,
  readJourney: (sheets, reader) => readFromWorkbook(workbook().context as never, sheets, reader),
  selectedCell: refuse,
  writeFormula: refuse,
});
