/**
 * Turns the model's errors into Excel errors. This is the only place the adapters touch
 * the `CustomFunctions` global when something goes wrong, so the model stays Office-free.
 */
/* global CustomFunctions */
import { ModelError, type ExcelErrorCode } from "../model/errors";

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
 * Runs an adapter body and converts any failure into a thrown `CustomFunctions.Error`,
 * the documented way for a custom function to show an error in its cell.
 */
export function excel<T>(functionName: string, body: () => T): T {
  try {
    return body();
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
