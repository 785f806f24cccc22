/**
 * The pane's one seam to the workbook: everything a view asks of it (the names in use,
 * writing a plan, reading a journey back from its tables, the selected cell and writing a
 * formula there), so no view calls `Excel.run` itself. In Excel the host goes through the
 * Office.js adapter; on the standalone page "writing a plan" downloads it as .xlsx and there
 * is nothing to read. The App provides the host through React context; tests can provide a
 * fake one.
 */
/* global Excel */
import * as React from "react";
import type { NamesInUse, SheetNames } from "../workbook/sheet-names";
import type { JourneyReader } from "../workbook/read-tables";
import type { WorkbookPlan } from "../workbook/types";
import { applyPlan, readFromWorkbook, workbookNamesInUse } from "../workbook/office";
import { selectedCell, writeToSelectedCell } from "./insert-formula";
import { downloadPlan } from "./download";

export interface WorkbookHost {
  /** Whether plans go into a live workbook (Excel) or are downloaded (the standalone page). */
  readonly inExcel: boolean;
  /** The workbook's sheet, table and defined names (none on the standalone page). */
  namesInUse(): Promise<NamesInUse>;
  /** Writes the plan's sheets into the workbook, or offers it as `fileName` to download. */
  applyPlan(plan: WorkbookPlan, fileName: string): Promise<void>;
  /** A journey read back from its tables under `sheets`; null when the workbook has none. */
  readJourney<T>(sheets: SheetNames, reader: JourneyReader<T>): Promise<T | null>;
  /** The selected cell's address and formula ("" when empty). */
  selectedCell(): Promise<{ address: string; formula: string }>;
  /** Writes a formula into the selected cell. */
  writeFormula(formula: string): Promise<void>;
  /**
   * The id that makes this workbook's drafts its own (`src/taskpane/draft.ts`): read from
   * the workbook, written there the first time; null where there is no workbook (the
   * standalone page: one draft per browser). A host without it counts as having none.
   */
  workbookId?(): Promise<string | null>;
}

/**
 * The workbook setting that holds its id. Excel keeps settings in the file, per add-in
 * (`Excel.SettingCollection`, ExcelApi 1.4, which the manifests require), so the id travels
 * with the workbook and no other add-in sees it; it is kept once the user saves the file.
 */
export const WORKBOOK_ID_SETTING = "PCBA.workbookId";

/* global crypto */

/** A random id: a UUID where the webview has `crypto.randomUUID`, else 128 random bits. */
export function randomWorkbookId(): string {
  const c = typeof crypto !== "undefined" ? crypto : undefined;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * This workbook's id (see `WORKBOOK_ID_SETTING`): the one stored, or a new one written
 * there. One `context.sync()` to read it, one more the first time, to write it.
 */
export async function workbookIdentity(
  context: Excel.RequestContext,
  newId: () => string = randomWorkbookId
): Promise<string> {
  const settings = context.workbook.settings;
  const setting = settings.getItemOrNullObject(WORKBOOK_ID_SETTING);
  setting.load("value");
  await context.sync();
  if (!setting.isNullObject && typeof setting.value === "string" && setting.value !== "")
    return setting.value;
  const id = newId();
  settings.add(WORKBOOK_ID_SETTING, id);
  await context.sync();
  return id;
}

/** Excel, through the Office.js adapter: each call is one `Excel.run`. */
export const EXCEL_HOST: WorkbookHost = {
  inExcel: true,
  namesInUse: () => Excel.run((context) => workbookNamesInUse(context)),
  applyPlan: (plan) => Excel.run((context) => applyPlan(context, plan)),
  readJourney: (sheets, reader) =>
    Excel.run((context) => readFromWorkbook(context, sheets, reader)),
  selectedCell: () => Excel.run((context) => selectedCell(context)),
  writeFormula: (formula) => Excel.run((context) => writeToSelectedCell(context, formula)),
  workbookId: () => Excel.run((context) => workbookIdentity(context)),
};

const noCell = () =>
  Promise.reject(new Error("There is no workbook here: open the add-in in Excel."));

/** The standalone page: plans are downloaded as .xlsx; there is no workbook to read. */
export const DOWNLOAD_HOST: WorkbookHost = {
  inExcel: false,
  namesInUse: () => Promise.resolve({ sheets: [], tables: [], names: [] }),
  applyPlan: (plan, fileName) => downloadPlan(plan, fileName),
  readJourney: () => Promise.resolve(null),
  selectedCell: noCell,
  writeFormula: noCell,
  workbookId: () => Promise.resolve(null),
};

const HostContext = React.createContext<WorkbookHost | null>(null);

/** Gives the views below it this host. */
export const WorkbookHostProvider = HostContext.Provider;

/**
 * The host the App provides; a view rendered on its own (as some tests do) gets Excel's or
 * the download one by `inExcel`.
 */
export function useWorkbookHost(inExcel: boolean): WorkbookHost {
  const provided = React.useContext(HostContext);
  return provided ?? (inExcel ? EXCEL_HOST : DOWNLOAD_HOST);
}
