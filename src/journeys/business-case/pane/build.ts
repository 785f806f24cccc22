/**
 * The business case's download name, from its title (the pane's skeleton builds it through
 * the workbook host: in Excel beside any existing case after asking, else as a download).
 */
import { fileStem } from "../../common";
import type { BusinessCase } from "../types";

/** A file name from the case's title. */
export function fileName(c: BusinessCase): string {
  const stem = fileStem(c.title) || "business-case";
  return `${stem.slice(0, 60)}.xlsx`;
}
