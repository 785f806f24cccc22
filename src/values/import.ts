/**
 * Importing a user's own list of financial proxies (a CSV or .xlsx file, such as their own
 * download of a unit-cost database): read the sheet, map its columns to the fields of a
 * {@link ProxyValue} (guessed from the headings, overridable), then turn each row into a
 * value with its source and licence, or a message naming the row that was rejected.
 *
 * Nothing here holds any values: the product ships only `./library`. Reading is separate
 * from mapping so a pane can show the headings and the guessed mapping before importing.
 */
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { invalidArgument } from "../model/errors";
import { canonicalYear, type PriceYear } from "../model/price-base";
import type { ProxyValue } from "./proxy-value";

/** One cell as read from a file: text, a number, or blank (null). */
export type ImportCell = string | number | null;

/** A sheet read from a file: its heading row and the rows below it. */
export interface ProxySheet {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ImportCell[])[];
  /** The file's row number (1-based) of `rows[0]`, so messages name the rows the user sees. */
  readonly firstRow: number;
}

/** The fields of a proxy a column can be mapped to. */
export const PROXY_FIELDS = [
  "code",
  "description",
  "unit",
  "value",
  "priceYear",
  "source",
  "licence",
] as const;
export type ProxyField = (typeof PROXY_FIELDS)[number];

/** Which column (0-based index into `headers`) holds each field; null for none. */
export type ColumnMapping = Record<ProxyField, number | null>;

/** How a field is named in messages. */
export const FIELD_LABELS: Record<ProxyField, string> = {
  code: "code",
  description: "description",
  unit: "unit",
  value: "value",
  priceYear: "price year",
  source: "source",
  licence: "licence",
};

function isBlankCell(cell: ImportCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * A sheet from rows of cells: the heading row is `headerRow` (1-based) if given, otherwise
 * the first row with at least two filled cells (a title line above the table is skipped).
 */
export function sheetFromRows(
  rows: readonly (readonly ImportCell[])[],
  headerRow?: number
): ProxySheet {
  const index =
    headerRow !== undefined
      ? headerRow - 1
      : rows.findIndex((r) => r.filter((c) => !isBlankCell(c)).length >= 2);
  if (index < 0 || index >= rows.length) {
    throw invalidArgument(
      headerRow !== undefined
        ? `the file has no row ${headerRow} to take the headings from.`
        : "the file has no row of headings (a row with at least two filled cells)."
    );
  }
  const headers = rows[index].map((c) => (c === null ? "" : String(c).trim()));
  return { headers, rows: rows.slice(index + 1), firstRow: index + 2 };
}

/** Reads a CSV file's text (any common delimiter; quoted fields such as "£1,200" kept whole). */
export function readProxyCsv(text: string, headerRow?: number): ProxySheet {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) {
    throw invalidArgument(
      `the CSV file could not be read at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`
    );
  }
  const rows = parsed.data.map((r) => r.map((c) => (c.trim() === "" ? null : c)));
  return sheetFromRows(rows, headerRow);
}

/** A cell of exceljs as text or a number: formulas give their result, rich text its text. */
function excelCell(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return excelCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ("hyperlink" in value) return excelCell(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return null;
}

/**
 * Reads an .xlsx file: the worksheet named `sheetName`, or the first one with any data.
 */
export async function readProxyXlsx(
  data: ArrayBuffer | Uint8Array,
  options: { sheetName?: string; headerRow?: number } = {}
): Promise<ProxySheet> {
  // exceljs loads only now, in the same chunk as the .xlsx download: the pane's first load
  // stays without it (test/build/bundle.test.ts).
  const { default: Excel } = await import(/* webpackChunkName: "xlsx" */ "exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw invalidArgument(`the file could not be read as an .xlsx workbook (${detail}).`);
  }
  const sheet = options.sheetName
    ? workbook.getWorksheet(options.sheetName)
    : workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) {
    throw invalidArgument(
      options.sheetName
        ? `the workbook has no sheet named "${options.sheetName}"; its sheets are ${workbook.worksheets.map((ws) => `"${ws.name}"`).join(", ")}.`
        : "the workbook has no sheet with any data."
    );
  }
  const rows: ImportCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: ImportCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(excelCell(sheet.getCell(r, c).value));
    rows.push(cells);
  }
  return sheetFromRows(rows, options.headerRow);
}

/** Lower case, words only: "Cost (£)" → "cost", "Source(s)" → "source s". */
function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Heading patterns for each field, strongest first. Fields are matched in this order, so
 * "Year of costs" is taken as the price year before "cost" is looked for, and "Unit cost"
 * is a value, not a unit.
 */
const PATTERNS: readonly [ProxyField, readonly RegExp[]][] = [
  [
    "priceYear",
    [
      /^price (base )?year$/,
      /^price base$/,
      /^year of (costs?|prices?|values?)$/,
      /^prices?$/,
      /price year|price base|year of cost|base year|prices/,
      /^year$/,
      /\byear\b/,
    ],
  ],
  ["code", [/^code$/, /^(cost |value )?(id|ref|reference)$/, /\bcode\b/, /\b(id|ref)\b/]],
  ["licence", [/^licen[cs]e$/, /licen[cs]/]],
  ["source", [/^sources?$/, /^source s$/, /\bsource/]],
  [
    "unit",
    [
      /^units?$/,
      /^unit of (measure|cost|value)$/,
      /^per$/,
      /\bunits?\b(?!.*\b(cost|value|price)\b)/,
    ],
  ],
  [
    "value",
    [
      /^value$/,
      /^(unit )?cost$/,
      /^amount$/,
      /^(financial )?proxy( value)?$/,
      /^(unit )?(cost|value) gbp$/,
      /\b(value|cost|amount|proxy)\b/,
    ],
  ],
  [
    "description",
    [
      /^description$/,
      /^outcome detail$/,
      /\b(desc|description|detail)\b/,
      /^(outcome|name|item)$/,
      /\b(outcome|name|item)\b/,
    ],
  ],
];

/** The mapping guessed from a sheet's headings: each field to the first heading that fits. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const names = headers.map(normalise);
  const used = new Set<number>();
  const mapping = Object.fromEntries(PROXY_FIELDS.map((f) => [f, null])) as ColumnMapping;
  for (const [field, patterns] of PATTERNS) {
    for (const pattern of patterns) {
      const i = names.findIndex((n, j) => !used.has(j) && n !== "" && pattern.test(n));
      if (i >= 0) {
        mapping[field] = i;
        used.add(i);
        break;
      }
    }
  }
  return mapping;
}

/** A caller's override for a field: a column index, a heading (any case), or null for none. */
export type MappingOverride = Partial<Record<ProxyField, number | string | null>>;

/** The guessed mapping with the caller's overrides applied (headings or indices). */
export function resolveMapping(
  headers: readonly string[],
  overrides: MappingOverride = {}
): ColumnMapping {
  const mapping = guessMapping(headers);
  for (const field of PROXY_FIELDS) {
    const o = overrides[field];
    if (o === undefined) continue;
    if (o === null) {
      mapping[field] = null;
      continue;
    }
    const i = typeof o === "number" ? o : headers.findIndex((h) => normalise(h) === normalise(o));
    if (!Number.isInteger(i) || i < 0 || i >= headers.length) {
      throw invalidArgument(
        `there is no column ${typeof o === "number" ? o : `headed "${o}"`} for the ${FIELD_LABELS[field]}; the headings are ${headers.map((h) => `"${h}"`).join(", ")}.`
      );
    }
    // A column given to this field is taken from whichever field guessed it.
    for (const other of PROXY_FIELDS)
      if (other !== field && mapping[other] === i) mapping[other] = null;
    mapping[field] = i;
  }
  return mapping;
}

/**
 * A value as a UK spreadsheet writes it: 1200, "1,200", "£1,200.50", "-£50", "£ 75".
 * Returns null for a blank; throws for text that is not such a number (never guesses:
 * "1.200,50" or "12 per week" are rejected).
 */
export function parseUkNumber(cell: ImportCell): number | null {
  if (isBlankCell(cell)) return null;
  if (typeof cell === "number") {
    if (Number.isFinite(cell)) return cell;
    throw invalidArgument(`${cell} is not a number.`);
  }
  const s = String(cell).replace(/\s+/g, "");
  const m = /^(-?)£?(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(s);
  if (!m || (m[1] && m[2])) {
    throw invalidArgument(
      `"${String(cell).trim()}" is not a number (allowed: 1200, 1,200, £1,200.50).`
    );
  }
  const n = Number(`${m[1] || m[2]}${m[3].replace(/,/g, "")}${m[4] ?? ""}`);
  return n;
}

/** A value imported from a row of the user's file. */
export interface ImportedProxy extends ProxyValue {
  /** The row of the file it came from (1-based, as a spreadsheet shows it). */
  readonly row: number;
}

/** A row that was not imported, and why. */
export interface RejectedRow {
  readonly row: number;
  readonly message: string;
}

export interface ImportOptions {
  /** Overrides of the guessed mapping. */
  readonly mapping?: MappingOverride;
  /** The source of rows with no source of their own (e.g. "GMCA Unit Cost Database, downloaded 3 March 2026"). */
  readonly source?: string;
  /** The licence of rows with none of their own (e.g. "CC BY 4.0"). */
  readonly licence?: string;
}

export interface ImportResult {
  readonly values: readonly ImportedProxy[];
  readonly rejected: readonly RejectedRow[];
  /** The mapping used, so a pane can show it and let the user change it. */
  readonly mapping: ColumnMapping;
  /** Things to put right that did not stop a row (no source or licence given). */
  readonly warnings: readonly string[];
}

function rowList(rows: readonly number[]): string {
  return rows.length > 5
    ? `${rows.slice(0, 5).join(", ")} and ${rows.length - 5} more`
    : rows.join(", ");
}

/**
 * Turns a sheet into proxies: rows whose cells are all blank are skipped; a row without a
 * value or a price year, or with one that cannot be read, is rejected with a message naming
 * its row (and code); source and licence come from the row's own columns, or else from
 * `options`, and are kept on every value.
 *
 * @example importProxies(readProxyCsv("Code,Value,Price year\nHO1.0,\"£1,200\",2010/11"), { source: "My list", licence: "CC BY 4.0" })
 * → values [{ code: "HO1.0", value: 1200, priceYear: "2010/11", source: "My list", licence: "CC BY 4.0", row: 2, … }]
 * @throws `#VALUE!` when no column is mapped to the value or the price year.
 */
export function importProxies(sheet: ProxySheet, options: ImportOptions = {}): ImportResult {
  const mapping = resolveMapping(sheet.headers, options.mapping);
  for (const field of ["value", "priceYear"] as const) {
    if (mapping[field] === null) {
      throw invalidArgument(
        `no column is mapped to the ${FIELD_LABELS[field]}; choose one of ${sheet.headers.map((h) => `"${h}"`).join(", ")}.`
      );
    }
  }
  const text = (cells: readonly ImportCell[], field: ProxyField): string => {
    const i = mapping[field];
    const cell = i === null ? null : cells[i];
    return isBlankCell(cell) ? "" : String(cell).trim();
  };
  const values: ImportedProxy[] = [];
  const rejected: RejectedRow[] = [];
  const noSource: number[] = [];
  const noLicence: number[] = [];

  sheet.rows.forEach((cells, k) => {
    if (cells.every(isBlankCell)) return;
    const row = sheet.firstRow + k;
    const code = text(cells, "code");
    const where = code ? `row ${row} (${code})` : `row ${row}`;
    const problems: string[] = [];

    let value: number | null = null;
    try {
      value = parseUkNumber(cells[mapping.value!] ?? null);
      if (value === null) problems.push("no value");
    } catch (error) {
      problems.push(`the value ${(error as Error).message.replace(/\.$/, "")}`);
    }
    let priceYear: PriceYear | null = null;
    const yearCell = cells[mapping.priceYear!] ?? null;
    if (isBlankCell(yearCell)) problems.push("no price year");
    else {
      try {
        priceYear = canonicalYear(yearCell as PriceYear, "the price year");
      } catch (error) {
        problems.push((error as Error).message.replace(/\.$/, ""));
      }
    }
    if (problems.length) {
      rejected.push({ row, message: `${where}: ${problems.join("; ")}.` });
      return;
    }
    const source = text(cells, "source") || options.source?.trim() || "";
    const licence = text(cells, "licence") || options.licence?.trim() || "";
    if (!source) noSource.push(row);
    if (!licence) noLicence.push(row);
    values.push({
      code,
      description: text(cells, "description"),
      unit: text(cells, "unit"),
      value: value!,
      priceYear: priceYear!,
      source,
      licence,
      row,
    });
  });

  const warnings: string[] = [];
  if (noSource.length) {
    warnings.push(
      `no source for row${noSource.length > 1 ? "s" : ""} ${rowList(noSource)}: give the file's source so each value can be attributed.`
    );
  }
  if (noLicence.length) {
    warnings.push(
      `no licence for row${noLicence.length > 1 ? "s" : ""} ${rowList(noLicence)}: give the licence under which you may use the values.`
    );
  }
  return { values, rejected, mapping, warnings };
}
