/**
 * Building the business case from the pane, through the pane's workbook host: in Excel into
 * fresh sheets when the workbook already has a business case (never over it), and on the
 * standalone page as an .xlsx download.
 */
import { fileStem } from "../../common";
import type { BusinessCase } from "../types";
import { businessCasePlan, BUSINESS_CASE_SHEETS } from "../workbook";
import { freshNames, type SheetNames } from "../../../workbook/sheet-names";
import type { WorkbookHost } from "../../../taskpane/workbook-host";

/**
 * The sheets a build in Excel would use: the defaults, or fresh ones (sheets, tables and
 * defined names) if the workbook has any of those.
 */
export async function plannedSheets(host: WorkbookHost, c: BusinessCase): Promise<SheetNames> {
  return freshNames(await host.namesInUse(), BUSINESS_CASE_SHEETS, (names) =>
    businessCasePlan(c, names)
  );
}

/** A file name from the case's title. */
export function fileName(c: BusinessCase): string {
  const stem = fileStem(c.title) || "business-case";
  return `${stem.slice(0, 60)}.xlsx`;
}

/** Builds the case under the given names (in Excel) or downloads it (the default names). */
export async function buildCase(
  host: WorkbookHost,
  c: BusinessCase,
  sheets: SheetNames = BUSINESS_CASE_SHEETS
): Promise<void> {
  await host.applyPlan(businessCasePlan(c, sheets), fileName(c));
}
