/**
 * Turns the model's errors into Excel errors. This is the only place the adapters touch
 * the `CustomFunctions` global when something goes wrong, so the model stays Office-free.
 */
/* global CustomFunctions */
import { invalidArgument, ModelError, numericFailure, type ExcelErrorCode } from "../model/errors";

const CODE_TO_ERROR: Record<ExcelErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode,
};

/** Excel shows a custom message only on #VALUE! and #N/A; other codes carry none. */
const TAKES_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set<ExcelErrorCode>(["#VALUE!", "#N/A"]);

/** Builds the `CustomFunctions.Error` for a model error (or any unexpected exception). */
export function toExcelError(error: unknown, functionName: string): CustomFunctions.Error {
  if (error instanceof ModelError) return cellError(error.code, error.message);
  // A defect, not a user error: still an Excel error with a message, never a crash.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    "#VALUE!" as CustomFunctions.ErrorCode,
    `PCBA.${functionName} could not calculate: ${detail}`
  );
}

/**
 * Excel's limits on what one custom function may return: 5 MB of data and 5,000,000 cells
 * (Microsoft, "Resource limits and performance optimization for Office Add-ins"; over
 * them Excel shows `#BUSY!` or nothing). The payload limit is taken as 5,000,000 bytes,
 * the smaller reading of "5 MB".
 */
export const MAX_RESULT_CELLS = 5_000_000;
export const MAX_RESULT_BYTES = 5_000_000;

/** Most bytes one number takes in the payload ("-2.2250738585072014e-308") with its comma. */
const MAX_NUMBER_BYTES = 25;

/** UTF-8 length of a text (no Buffer or TextEncoder needed: the functions' runtime may lack them). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** 5000000 → "5,000,000" (without Intl, which a custom functions runtime may not have). */
function grouped(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function isCellError(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A number on its way to a cell: −0 becomes 0; NaN or ±Infinity is `#NUM!`. */
function finiteCell(value: number, functionName: string): number {
  if (value === 0) return 0; // also turns −0 into 0, which Excel would show as "-0" in places
  if (Number.isFinite(value)) return value;
  throw numericFailure(
    `PCBA.${functionName}'s result is too large (or too small) for a number: check the magnitudes of the inputs.`
  );
}

/** Bytes a cell takes in the payload, with its separator (text as UTF-8, at most 3 bytes a character). */
function cellBytes(value: unknown, exact: boolean): number {
  if (typeof value === "number") return exact ? String(value).length + 1 : MAX_NUMBER_BYTES;
  if (typeof value === "string") return (exact ? utf8Bytes(value) : 3 * value.length) + 3;
  if (typeof value === "boolean") return 6;
  return 200; // an error value with its message
}

function tooLarge(functionName: string, what: string): never {
  throw invalidArgument(
    `PCBA.${functionName}'s result would be ${what}, more than Excel accepts from a custom function ` +
      `(${grouped(MAX_RESULT_CELLS)} cells, ${MAX_RESULT_BYTES / 1e6} MB): pass fewer rows, or split the table.`
  );
}

/**
 * Checks a result before Excel gets it, so every function keeps the contract in one place
 * (`docs/functions.md`, "Errors" and "Excel's limits"): numbers finite (`#NUM!` otherwise),
 * −0 as 0, and a spill within Excel's cell and payload limits (`#VALUE!` naming the limit,
 * where Excel would drop the result). Spills are fixed in place: adapters build them fresh.
 */
export function checkedResult<T>(result: T, functionName: string): T {
  if (typeof result === "number") return finiteCell(result, functionName) as T;
  if (!Array.isArray(result)) return result;
  const rows = result as unknown[][];
  let cells = 0;
  let bound = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    cells += row.length;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === "number") {
        // Only a non-finite number (v − v is NaN) or a −0 (1 / v < 0) is touched; nothing else is written.
        if (v - v !== 0 || (v === 0 && 1 / v < 0)) row[j] = finiteCell(v, functionName);
        bound += MAX_NUMBER_BYTES;
      } else if (typeof v === "string" || isCellError(v) || typeof v === "boolean") {
        bound += cellBytes(v, false);
      }
    }
    bound += 2;
  }
  if (cells > MAX_RESULT_CELLS) {
    tooLarge(functionName, `${grouped(cells)} cells`);
  }
  if (bound > MAX_RESULT_BYTES) {
    // The quick bound is over: count the bytes (JSON as Excel receives it) to be sure.
    let bytes = 0;
    for (const row of rows) {
      if (!Array.isArray(row)) continue;
      for (const v of row) bytes += cellBytes(v, true);
      bytes += 2;
    }
    if (bytes > MAX_RESULT_BYTES) {
      tooLarge(functionName, `about ${(bytes / 1e6).toFixed(1)} MB (${grouped(cells)} cells)`);
    }
  }
  return result;
}

/**
 * Runs an adapter body, checks its result ({@link checkedResult}) and converts any failure
 * into a thrown `CustomFunctions.Error`, the documented way for a custom function to show
 * an error in its cell. A body that returns a promise (a long, asynchronous function) is
 * checked when it settles.
 */
export function excel<T>(functionName: string, body: () => T): T {
  try {
    const result = body();
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          try {
            return checkedResult(value, functionName);
          } catch (error) {
            throw toExcelError(error, functionName);
          }
        },
        (error: unknown) => {
          throw toExcelError(error, functionName);
        }
      ) as T;
    }
    return checkedResult(result, functionName);
  } catch (error) {
    throw toExcelError(error, functionName);
  }
}

/** An error value to place inside a spilled result (one cell of an array). */
export function cellError(code: ExcelErrorCode, message?: string): CustomFunctions.Error {
  const mapped = CODE_TO_ERROR[code];
  return message && TAKES_MESSAGE.has(code)
    ? new CustomFunctions.Error(mapped, message)
    : new CustomFunctions.Error(mapped);
}
