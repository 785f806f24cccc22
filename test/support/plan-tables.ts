import type { TableValues } from "../../src/workbook/read-tables";
import type { WorkbookPlan } from "../../src/workbook/types";

/** The plan's tables as Excel would hand them back (header row first), keyed without the suffix. */
export function planTables(plan: WorkbookPlan, suffix: string): Record<string, TableValues> {
  return Object.fromEntries(
    plan.sheets
      .flatMap((s) => s.tables)
      .map((t) => [
        t.name.slice(0, t.name.length - suffix.length),
        [t.columns.map((c) => c.name), ...t.rows],
      ])
  );
}
