/**
 * Domain checks shared by the model's functions. Each names the argument as the catalogue
 * does, says what is allowed and what it got, so the message can go straight into an
 * Excel `#VALUE!` tooltip or under a task-pane field.
 */
import { invalidArgument } from "./errors";

/** Formats a number the way a user typed it, so "got 19" reads as they expect. */
export function shown(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(10)));
}

/** A finite number. */
export function requireFinite(x: number, name: string): number {
  if (typeof x !== "number" || !Number.isFinite(x)) {
    throw invalidArgument(`${name} must be a number; got ${String(x)}.`);
  }
  return x;
}

/**
 * A share between 0 and 1 inclusive (a cell formatted 20% holds 0.2). A value such as 19
 * is an input error, never silently rescaled to 0.19 (`docs/functions.md`, "Conventions").
 */
export function requireShare(x: number, name: string): number {
  requireFinite(x, name);
  if (x < 0 || x > 1) {
    const hint =
      x > 1 && x <= 100
        ? ` (for ${shown(x)}%, enter ${shown(x / 100)} or format the cell as a percentage)`
        : "";
    throw invalidArgument(`${name} must be a share between 0 and 1${hint}; got ${shown(x)}.`);
  }
  return x;
}

/** A number ≥ 0. */
export function requireNonNegative(x: number, name: string): number {
  requireFinite(x, name);
  if (x < 0) throw invalidArgument(`${name} must be 0 or more; got ${shown(x)}.`);
  return x;
}

/** A number > 0. */
export function requirePositive(x: number, name: string): number {
  requireFinite(x, name);
  if (x <= 0) throw invalidArgument(`${name} must be more than 0; got ${shown(x)}.`);
  return x;
}

/** A whole number within [min, max]. */
export function requireWhole(x: number, name: string, min: number, max: number): number {
  requireFinite(x, name);
  if (!Number.isInteger(x) || x < min || x > max) {
    throw invalidArgument(`${name} must be a whole number from ${min} to ${max}; got ${shown(x)}.`);
  }
  return x;
}

/** A number within [min, max]. */
export function requireWithin(
  x: number,
  name: string,
  min: number,
  max: number,
  what = "a number"
): number {
  requireFinite(x, name);
  if (x < min || x > max) {
    throw invalidArgument(
      `${name} must be ${what} from ${shown(min)} to ${shown(max)}; got ${shown(x)}.`
    );
  }
  return x;
}

/**
 * An annual rate as a decimal above −100% and at most 100% (interest, discount, margins
 * that may be negative). A value such as 5 almost always means 5%, so the message says so.
 */
export function requireRate(x: number, name: string): number {
  requireFinite(x, name);
  if (x <= -1 || x > 1) {
    const hint = x > 1 && x <= 100 ? ` (for ${shown(x)}%, enter ${shown(x / 100)})` : "";
    throw invalidArgument(
      `${name} must be a decimal rate above -1 and at most 1, such as 0.05 for 5%${hint}; got ${shown(x)}.`
    );
  }
  return x;
}

/**
 * A text that must be one of `allowed`, matched case-insensitively and ignoring spaces around
 * it (`docs/functions.md`: text arguments are case-insensitive); returns the canonical spelling.
 *
 * @example requireChoice(" Bullet", "repayment", ["bullet", "straight"]) → "bullet"
 */
export function requireChoice<T extends string>(
  value: string,
  name: string,
  allowed: readonly T[]
): T {
  const key = String(value).trim().toLowerCase();
  const found = allowed.find((a) => a === key);
  if (found !== undefined) return found;
  const quoted = allowed.map((a) => `"${a}"`);
  const list =
    quoted.length > 1
      ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`
      : quoted[0];
  throw invalidArgument(`${name} must be ${list}; got "${value}".`);
}
