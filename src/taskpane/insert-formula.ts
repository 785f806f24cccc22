/**
 * Inserting a PCBA formula at the selected cell (the function browser). Nothing the user
 * typed is overwritten without asking: the pane first reads the cell, and only an empty
 * cell is written at once.
 */
/* global Excel, Office */

/** The formula a function's first documented example shows, without its result or notes. */
export function exampleFormula(example: string): string {
  return example
    .split("→")[0]
    .replace(/\s+\(.*\)\s*$/, "")
    .trim();
}

/** The active cell; before ExcelApi 1.7 (no getActiveCell), the selection's first cell. */
function activeCell(context: Excel.RequestContext): Excel.Range {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.7")
    ? context.workbook.getActiveCell()
    : context.workbook.getSelectedRange().getCell(0, 0);
}

/** What the selected cell holds: its address and formula ("" when empty). One sync. */
export async function selectedCell(
  context: Excel.RequestContext
): Promise<{ address: string; formula: string }> {
  const cell = activeCell(context);
  cell.load(["address", "formulas"]);
  await context.sync();
  return { address: cell.address, formula: String(cell.formulas[0][0] ?? "") };
}

/** Writes the formula into the selected cell. One sync. */
export async function writeToSelectedCell(
  context: Excel.RequestContext,
  formula: string
): Promise<void> {
  activeCell(context).formulas = [[formula]];
  await context.sync();
}
