/**
 * Offers a workbook plan as an .xlsx download (the standalone page). exceljs loads only now,
 * in its own chunk, so the pane itself stays small.
 */
/* global document, URL, Blob */
import type { WorkbookPlan } from "../workbook/types";

export async function downloadPlan(plan: WorkbookPlan, fileName: string): Promise<void> {
  const { planToXlsx } = await import(/* webpackChunkName: "xlsx" */ "../workbook/xlsx");
  const bytes = await planToXlsx(plan);
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
