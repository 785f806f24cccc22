/**
 * The sheet names a build writes to. Another build into the same workbook uses fresh ones
 * rather than overwrite anything, and a suffix for its table and range names, which Excel
 * requires to be unique in the workbook. Each journey gives its default names (its
 * descriptor's `sheets`); these functions find the first free set.
 */

import type { WorkbookPlan } from "./types";

/** The sheets a journey's build writes, and the suffix of its tables and defined names. */
export interface SheetNames {
  inputs: string;
  calculations: string;
  summary: string;
  /** Appended to every table and defined name ("" for the first build). */
  suffix: string;
}

/**
 * The first set of names (the base names, then "Inputs (2)", "(3)", …, counting from
 * `from`) none of whose sheets exist yet. `base` is a journey's default names.
 */
export function freshSheetNames(
  existing: readonly string[],
  base: SheetNames,
  from = 1
): SheetNames {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = from; ; n++) {
    const s: SheetNames =
      n === 1
        ? base
        : {
            inputs: `${base.inputs} (${n})`,
            calculations: `${base.calculations} (${n})`,
            summary: `${base.summary} (${n})`,
            suffix: `${base.suffix}_${n}`,
          };
    if (![s.inputs, s.calculations, s.summary].some((x) => taken.has(x.toLowerCase()))) return s;
  }
}

/**
 * A name for one new sheet that no existing sheet has ("SROI simulation", then "(2)", …),
 * with the suffix ("", "_2", …) that keeps its tables' names unique in the workbook.
 */
export function freshSheet(
  existing: readonly string[],
  base: string
): { name: string; suffix: string } {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return { name, suffix: n === 1 ? "" : `_${n}` };
  }
}

/**
 * What a workbook already holds, by name. Excel compares these names case-insensitively,
 * and a table and a defined name may not share a name.
 */
export interface NamesInUse {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

/**
 * The sheet, table and defined names a plan would add that the workbook already has: a
 * build that adds any of them would fail in Excel part-way, so none may be left.
 */
export function clashes(plan: WorkbookPlan, inUse: NamesInUse): string[] {
  const sheets = new Set(inUse.sheets.map((n) => n.toLowerCase()));
  const tablesAndNames = new Set([...inUse.tables, ...inUse.names].map((n) => n.toLowerCase()));
  return [
    ...plan.sheets.map((s) => s.name).filter((n) => sheets.has(n.toLowerCase())),
    ...plan.sheets
      .flatMap((s) => s.tables.map((t) => t.name))
      .concat(plan.names.map((n) => n.name))
      .filter((n) => tablesAndNames.has(n.toLowerCase())),
  ];
}

/**
 * The first set of names (the base names, then "(2)", "(3)", … with suffixes "_2", "_3", …)
 * under which the journey's plan adds no sheet, table or defined name the workbook has.
 */
export function freshNames(
  inUse: NamesInUse,
  base: SheetNames,
  plan: (names: SheetNames) => WorkbookPlan
): SheetNames {
  for (let n = 1; ; n++) {
    const s = freshSheetNames([], base, n);
    if (clashes(plan(s), inUse).length === 0) return s;
  }
}

/** As {@link freshNames}, for a one-sheet record (a tornado, a simulation). */
export function freshSheetFor(
  inUse: NamesInUse,
  base: string,
  plan: (at: { name: string; suffix: string }) => WorkbookPlan
): { name: string; suffix: string } {
  for (let n = 1; ; n++) {
    const at = { name: n === 1 ? base : `${base} (${n})`, suffix: n === 1 ? "" : `_${n}` };
    if (clashes(plan(at), inUse).length === 0) return at;
  }
}
