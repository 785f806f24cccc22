/**
 * Helpers to call functions the way Excel does: ranges as 2-D arrays, omitted optionals as
 * null, and errors caught as the `CustomFunctions.Error` Excel would show.
 */
import { FakeCustomFunctionsError } from "./custom-functions-fake";

/** A column range: [[a], [b], …]. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** A row range: [[a, b, …]]. */
export const row = (...values: unknown[]): unknown[][] => [values];

/** What a cell shows: the value, or the error code and message. */
export type Shown = { value: unknown } | { error: string; message?: string };

export function call(fn: (...args: any[]) => unknown, ...args: unknown[]): Shown {
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (e instanceof FakeCustomFunctionsError || (e && typeof e === "object" && "code" in e)) {
      const err = e as FakeCustomFunctionsError;
      return { error: err.code, message: err.message };
    }
    throw e; // an unhandled exception: the test fails, as it should
  }
}

/** Calls and expects an Excel error with the given code; returns its message. */
export function expectExcelError(shown: Shown, code: string): string {
  if (!("error" in shown))
    throw new Error(`expected ${code}, got value ${JSON.stringify(shown.value)}`);
  if (shown.error !== code)
    throw new Error(`expected ${code}, got ${shown.error}: ${shown.message}`);
  return shown.message ?? "";
}

/** Calls and expects a value. */
export function valueOf(shown: Shown): any {
  if ("error" in shown) throw new Error(`expected a value, got ${shown.error}: ${shown.message}`);
  return shown.value;
}
