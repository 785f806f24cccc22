/**
 * A summary sheet's checks, as every generated workbook writes them: one row per check (what
 * it checks in column A, a formula that is TRUE when it holds in column B), then "All checks
 * pass" with the AND of them all. The adapters colour the range green (TRUE) or red (FALSE).
 */
import type { PlanCell } from "./types";

/** A check: what it says, and its formula (TRUE when it holds). */
export type Check = readonly [label: string, formula: string];

/**
 * The cells for `checks` from row `first`, the row of "All checks pass", and the range to
 * colour (every check and the overall one).
 */
export function checksBlock(
  first: number,
  checks: readonly Check[]
): { cells: PlanCell[]; allRow: number; range: string } {
  const allRow = first + checks.length;
  const cells: PlanCell[] = checks.flatMap(([label, formula], i) => [
    { ref: `A${first + i}`, value: label, role: "label" as const },
    { ref: `B${first + i}`, formula, role: "check" as const },
  ]);
  cells.push(
    { ref: `A${allRow}`, value: "All checks pass", role: "heading" },
    { ref: `B${allRow}`, formula: `AND(B${first}:B${allRow - 1})`, role: "check" }
  );
  return { cells, allRow, range: `B${first}:B${allRow}` };
}
