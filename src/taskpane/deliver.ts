/**
 * Delivering a journey's workbook: in Excel, built beside anything already there (fresh
 * sheet names such as "Bid summary (2)", never over an existing sheet); on the standalone
 * page, downloaded as .xlsx. Returns the message the view shows.
 */
/* global Excel */
import type { SheetNames } from "../workbook/sheet-names";
import { applyPlan, namesForNewBuild, sheetForNewRecord } from "../workbook/office";
import type { WorkbookPlan } from "../workbook/types";
import { downloadPlan } from "./download";

export interface Status {
  intent: "success" | "error" | "info" | "warning";
  text: string;
}

export async function deliverWorkbook(options: {
  inExcel: boolean;
  plan: (sheets: SheetNames) => WorkbookPlan;
  sheets: SheetNames;
  fileName: string;
  /** What the summary sheet shows, for the message ("the scores"). */
  shows: string;
  /** What was downloaded, for the message ("workbook", "value map"). */
  noun?: string;
}): Promise<Status> {
  try {
    if (options.inExcel) {
      const summary = await Excel.run(async (context) => {
        const names = await namesForNewBuild(context, options.sheets, options.plan);
        await applyPlan(context, options.plan(names));
        return names.summary;
      });
      return { intent: "success", text: `Built; ${options.shows} are on ${summary}.` };
    }
    await downloadPlan(options.plan(options.sheets), options.fileName);
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
  inExcel: boolean;
  /** The sheet's name before "(2)" and the like. */
  base: string;
  plan: (at: { name: string; suffix: string }) => WorkbookPlan;
  fileName: string;
}): Promise<Status> {
  try {
    if (options.inExcel) {
      const name = await Excel.run(async (context) => {
        const at = await sheetForNewRecord(context, options.base, options.plan);
        await applyPlan(context, options.plan(at));
        return at.name;
      });
      return { intent: "success", text: `Written to a new sheet, "${name}".` };
    }
    await downloadPlan(options.plan({ name: options.base, suffix: "" }), options.fileName);
    return { intent: "success", text: `Downloaded as ${options.fileName}.` };
  } catch (e) {
    return { intent: "error", text: `The sheet could not be written: ${(e as Error).message}` };
  }
}
