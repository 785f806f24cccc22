/**
 * Building the workbook from the pane: in Excel through the Office.js adapter (into fresh
 * sheets when the workbook already has a business case, never over it), and on the
 * standalone page as an .xlsx download (exceljs, loaded only when needed).
 */
/* global Excel */
import { fileStem } from "../../common";
import type { BusinessCase } from "../types";
import { businessCasePlan, BUSINESS_CASE_SHEETS } from "../workbook";
import type { SheetNames } from "../../../workbook/sheet-names";
import { applyPlan, namesForNewBuild } from "../../../workbook/office";
import { downloadPlan } from "../../../taskpane/download";

/** The sheets a build in Excel would use: the defaults, or fresh ones if those exist. */
export async function plannedSheets(): Promise<SheetNames> {
  return Excel.run((context) => namesForNewBuild(context, BUSINESS_CASE_SHEETS));
}

/** Builds into Excel under the given names. */
export async function buildInExcel(c: BusinessCase, sheets: SheetNames): Promise<void> {
  await Excel.run((context) => applyPlan(context, businessCasePlan(c, sheets)));
}

/** A file name from the case's title. */
export function fileName(c: BusinessCase): string {
  const stem = fileStem(c.title) || "business-case";
  return `${stem.slice(0, 60)}.xlsx`;
}

/** Builds the .xlsx in the browser and offers it as a download. */
export async function downloadXlsx(c: BusinessCase): Promise<void> {
  await downloadPlan(businessCasePlan(c), fileName(c));
}
