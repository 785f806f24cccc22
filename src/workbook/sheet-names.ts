/**
 * The sheet names a build writes to. Another build into the same workbook uses fresh ones
 * rather than overwrite anything, and a suffix for its table and range names, which Excel
 * requires to be unique in the workbook. Each journey gives its default names (its
 * descriptor's `sheets`); these functions find the first free set.
 */

/** The sheets a journey's build writes, and the suffix of its tables and defined names. */
export interface SheetNames {
  inputs: string;
  calculations: string;
  summary: string;
  /** Appended to every table and defined name ("" for the first build). */
  suffix: string;
}

/**
 * The first set of names (the base names, then "Inputs (2)", "(3)", …) none of whose sheets
 * exist yet. `base` is a journey's default names.
 */
export function freshSheetNames(existing: readonly string[], base: SheetNames): SheetNames {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
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
