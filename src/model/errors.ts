/**
 * Errors raised by the calculation core.
 *
 * The core never returns NaN or Infinity and never lets a JavaScript exception escape
 * with an unexplained message: every failure is a {@link ModelError} carrying the Excel
 * error code the catalogue (`docs/functions.md`) assigns to it and a message that names the argument and what is
 * allowed. The custom-function adapters turn these into `CustomFunctions.Error`; the task
 * pane shows the message next to the field. Keeping the code here (not an Office enum)
 * keeps the core free of Office globals.
 */

/** The Excel error values the catalogue uses (`docs/functions.md`, "Conventions: Errors"). */
export type ExcelErrorCode = "#VALUE!" | "#DIV/0!" | "#N/A" | "#NUM!";

/** A failure the user can act on: an Excel error code and a message. */
export class ModelError extends Error {
  constructor(
    public readonly code: ExcelErrorCode,
    message: string
  ) {
    super(message);
    this.name = "ModelError";
  }
}

/** A bad argument: `#VALUE!` with a message naming it and what is allowed. */
export function invalidArgument(message: string): ModelError {
  return new ModelError("#VALUE!", message);
}

/** A ratio whose denominator (a present value) is zero: `#DIV/0!`. */
export function divisionByZero(message: string): ModelError {
  return new ModelError("#DIV/0!", message);
}

/** Something that never happens (no payback, no switching value): `#N/A`. */
export function notAvailable(message: string): ModelError {
  return new ModelError("#N/A", message);
}

/** A numerical method that did not converge, or a result too large to represent: `#NUM!`. */
export function numericFailure(message: string): ModelError {
  return new ModelError("#NUM!", message);
}

/** Guards a result on its way out: a non-finite number becomes `#NUM!`, never NaN. */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw numericFailure(`${what} is too large to represent (check the inputs' magnitudes).`);
  }
  return value;
}
