/**
 * Two columns of year and index pasted from a spreadsheet or typed as text, one row a line:
 * the deflator editor's paste. A spreadsheet copies cells separated by tabs; a CSV line
 * separates them by a comma (or a semicolon). A year never holds a comma, so a comma line is
 * split at its first comma only, and the index keeps its thousands commas ("2010/11,1,234.5"
 * is 2010/11 and 1234.5): a number is never split on a thousands comma.
 */
import { canonicalYear, type PriceYear } from "../model/price-base";

/** What a paste gives: the rows read, or (when any line cannot be read) the problems, by line. */
export interface PastedDeflators {
  readonly rows: [PriceYear, number][];
  readonly problems: readonly string[];
}

/** A cell as pasted: trimmed, its surrounding quotes (a CSV's "2010/11") removed. */
const cell = (s: string) =>
  s
    .trim()
    .replace(/^"(.*)"$/, "$1")
    .trim();

/** A line's two cells: split on a tab, else a semicolon, else the first comma, else spaces. */
function cellsOf(line: string): [string, string] | null {
  const split = (parts: string[]) => {
    const filled = parts.map(cell).filter((p) => p !== "");
    return filled.length === 2 ? ([filled[0], filled[1]] as [string, string]) : null;
  };
  if (line.includes("\t")) return split(line.split("\t"));
  if (line.includes(";")) return split(line.split(";"));
  const comma = line.indexOf(",");
  if (comma >= 0) return split([line.slice(0, comma), line.slice(comma + 1)]);
  return split(line.trim().split(/\s+/));
}

/**
 * An index as a spreadsheet writes it: "74.6524", "1,234.5" (thousands commas only in
 * groups of three), or null. Kept here rather than shared with `./import` so the pane's
 * editor does not load the CSV reader.
 */
function readIndex(s: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(s.replace(/\s+/g, ""));
  return m ? Number(`${m[1].replace(/,/g, "")}${m[2] ?? ""}`) : null;
}

const isYear = (s: string) => {
  try {
    canonicalYear(s);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads pasted lines of year and index. Blank lines are skipped, and so is a first line of
 * headings ("Year, Index": neither cell a year nor a number). Any other line that is not a
 * year and an index more than 0, or a year given twice, is a problem naming the line; then
 * no rows are returned, so nothing half-read is used.
 *
 * @example parsePastedDeflators("Year\tIndex\n2010/11\t80\n2024\t1,000.5")
 * → { rows: [["2010/11", 80], [2024, 1000.5]], problems: [] }
 */
export function parsePastedDeflators(text: string): PastedDeflators {
  const rows: [PriceYear, number][] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  let first = true;
  lines.forEach((raw, k) => {
    if (raw.trim() === "") return;
    const line = k + 1;
    const cells = cellsOf(raw);
    if (!cells) {
      problems.push(
        `Line ${line}: "${raw.trim()}" is not two cells, a year and an index (tab- or comma-separated).`
      );
      first = false;
      return;
    }
    const [y, x] = cells;
    const index = readIndex(x);
    if (first && !isYear(y) && index === null) {
      first = false; // a heading row
      return;
    }
    first = false;
    const said: string[] = [];
    let year: PriceYear | null = null;
    try {
      year = canonicalYear(y);
    } catch {
      said.push(`"${y}" is not a year such as 2014 or a financial year such as 2010/11`);
    }
    if (index === null || !(index > 0)) said.push(`the index "${x}" is not a number more than 0`);
    if (year !== null && seen.has(String(year)))
      said.push(`${String(year)} is also on line ${seen.get(String(year))}`);
    if (said.length) {
      problems.push(`Line ${line}: ${said.join("; ")}.`);
      return;
    }
    seen.set(String(year), line);
    rows.push([year!, index!]);
  });
  if (!problems.length && !rows.length)
    problems.push("Nothing to add: paste lines of year and index.");
  return problems.length ? { rows: [], problems } : { rows, problems };
}

/**
 * `rows` with the pasted rows merged in: a year already there takes the pasted index (a
 * newer release), other years are added; calendar years first, then financial years, each
 * in order, as the Deflators table lists them.
 */
export function mergeDeflatorRows(
  rows: readonly (readonly [PriceYear, number])[],
  pasted: readonly (readonly [PriceYear, number])[]
): [PriceYear, number][] {
  const byYear = new Map<string, [PriceYear, number]>();
  for (const [y, i] of rows) byYear.set(String(y), [y, i]);
  for (const [y, i] of pasted) byYear.set(String(y), [y, i]);
  const key = (y: PriceYear) => {
    const s = String(y);
    return /^\d{4}$/.test(s) ? [0, Number(s)] : [1, Number(s.slice(0, 4))];
  };
  return [...byYear.values()].sort((a, b) => {
    const [ka, sa] = key(a[0]);
    const [kb, sb] = key(b[0]);
    return ka - kb || sa - sb;
  });
}
