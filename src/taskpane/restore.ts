/**
 * Restoring a journey from the workbook: once a journey's workbook is built, the workbook is
 * the source of truth, so in Excel the pane reads the journey back from its input tables
 * when it opens (the draft in browser storage is only for work not yet built). A workbook
 * whose tables were edited into something the pane cannot show keeps the draft and says why.
 */
/* global Excel */
import * as React from "react";
import type { SheetNames } from "../plan/business-case";
import { readFromWorkbook } from "../plan/office";
import type { JourneyReader } from "../plan/read-tables";

export interface RestoreStatus {
  intent: "info" | "warning";
  text: string;
}

/** In Excel, once on opening: the journey read back from `sheets`, handed to `restored`. */
export function useWorkbookRestore<T>(
  inExcel: boolean,
  sheets: SheetNames,
  reader: JourneyReader<T>,
  restored: (value: T, status: RestoreStatus) => void,
  failed: (status: RestoreStatus) => void
): void {
  React.useEffect(() => {
    if (!inExcel) return;
    let live = true;
    // Started inside a promise so that any failure, even a missing Excel, becomes the warning.
    Promise.resolve()
      .then(() => Excel.run((context) => readFromWorkbook(context, sheets, reader)))
      .then((value) => {
        if (live && value !== null)
          restored(value, {
            intent: "info",
            text: `Restored from this workbook's "${sheets.inputs}" sheet.`,
          });
      })
      .catch((e: Error) => {
        if (live)
          failed({
            intent: "warning",
            text: `The "${sheets.inputs}" sheet could not be read back, so the pane shows your draft: ${e.message}`,
          });
      });
    return () => {
      live = false;
    };
  }, [inExcel]);
}
