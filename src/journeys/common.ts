/**
 * Small helpers the journeys share: a result that a model error makes undefined, money as
 * the pane shows it, and a file name from a title.
 */
import { ModelError } from "../model/errors";

/**
 * `f()`, or null when the model says the result is undefined (#DIV/0!, as a ratio with no
 * costs, or #N/A, as a payback that never comes); any other error is thrown.
 */
export function orNull(f: () => number): number | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModelError && (e.code === "#DIV/0!" || e.code === "#N/A")) return null;
    throw e;
  }
}

/** Whole pounds as the pane shows them: "£1,234", "-£56". */
export const money = (x: number): string =>
  x.toLocaleString("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** A title as a file-name stem: letters and digits, hyphens between, lower case ("" if none). */
export const fileStem = (title: string): string =>
  title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
