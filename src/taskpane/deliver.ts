/**
 * Delivering a journey's workbook through the pane's host: in Excel, built beside anything
 * already there (fresh sheet names such as "Bid summary (2)", never over an existing sheet);
 * on the standalone page, downloaded as .xlsx. Returns the message the view shows.
 */
import { freshNames, freshSheetFor, type SheetNames } from "../workbook/sheet-names";
import type { WorkbookPlan } from "../workbook/types";
import type { WorkbookHost } from "./workbook-host";

export interface Status {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export async function deliverWorkbook(options: {
  host: WorkbookHost;
  plan: (sheets: SheetNames) => WorkbookPlan;
  sheets: SheetNames;
  fileName: string;
  /** What the summary sheet shows, for the message ("the scores"). */
  shows: string;
  /** What was downloaded, for the message ("workbook", "value map"). */
  noun?: string;
}): Promise<Status> {
  const { host } = options;
  try {
    if (host.inExcel) {
      const names = freshNames(await host.namesInUse(), options.sheets, options.plan);
      await host.applyPlan(options.plan(names), options.fileName);
      return { intent: "success", text: `Built; ${options.shows} are on ${names.summary}.` };
    }
    await host.applyPlan(options.plan(options.sheets), options.fileName);
    return {
      intent: "success",
      text: `The ${options.noun ?? "workbook"} has been downloaded. It calculates without the add-in.`,
    };
  } catch (e) {
    return { intent: "error", text: `The workbook could not be built: ${(e as Error).message}` };
  }
}

/**
 * Delivering a one-sheet record (Monte Carlo results, a tornado): in Excel on a new sheet
 * ("NPV simulation", then "(2)", … with its tables' names suffixed to stay unique), never over
 * an existing one; on the standalone page, downloaded as .xlsx.
 */
export async function deliverSheet(options: {
  host: WorkbookHost;
  /** The sheet's name before "(2)" and the like. */
  base: string;
  plan: (at: { name: string; suffix: string }) => WorkbookPlan;
  fileName: string;
}): Promise<Status> {
  const { host } = options;
  try {
    if (host.inExcel) {
      const at = freshSheetFor(await host.namesInUse(), options.base, options.plan);
      await host.applyPlan(options.plan(at), options.fileName);
      return { intent: "success", text: `Written to a new sheet, "${at.name}".` };
    }
    await host.applyPlan(options.plan({ name: options.base, suffix: "" }), options.fileName);
    return { intent: "success", text: `Downloaded as ${options.fileName}.` };
  } catch (e) {
    return { intent: "error", text: `The sheet could not be written: ${(e as Error).message}` };
  }
}
