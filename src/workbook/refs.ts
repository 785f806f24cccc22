/**
 * A1 references and number formats shared by the workbook plans and their adapters.
 */

/**
 * Number formats: money in whole pounds with negatives in red (a board reads £12,345, not
 * 12345.67); pence only where they matter (unit costs: an hourly rate, a fee per referral);
 * shares and rates as percentages (margins and interest to two places); and the rest.
 */
export const MONEY = "£#,##0;[Red]-£#,##0";
export const MONEY_PENCE = "£#,##0.00;[Red]-£#,##0.00";
export const SHARE = "0.0%";
export const RATE = "0.00%";
export const WHOLE = "0";
export const FACTOR = "0.000000";
export const RATIO = "0.00";

/** A sheet-qualified reference, the sheet name always quoted: 'Inputs'!$B$6. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** Column letters for a 1-based index (1 → A, 27 → AA). */
export function columnName(index: number): string {
  let name = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** "B12" (or "$B$12") → row 12, column 2. */
export function decodeRef(ref: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}

/** A red–amber–green status's fill and font colours (hex RGB), as Excel's own good/neutral/bad styles. */
export const STATUS_COLOURS: readonly (readonly [status: string, fill: string, font: string])[] = [
  ["Green", "C6EFCE", "006100"],
  ["Amber", "FFEB9C", "9C5700"],
  ["Red", "FFC7CE", "9C0006"],
];
