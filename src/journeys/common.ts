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

/** The longest file-name stem {@link fileStem} gives (before ".xlsx" and any suffix). */
export const FILE_STEM_MAX = 60;

/**
 * A title as a file-name stem: letters and digits, hyphens between, lower case ("" if
 * none), at most `max` characters. A longer title is cut at the last word boundary (a
 * hyphen) within `max`, never mid-word, because a download named
 * "partnership-business-case-for-two-housing-associations-merg.xlsx" reads as a mistake;
 * only a single word longer than `max` is cut where it must be.
 *
 * @example fileStem("Merger of North & South (2026)") === "merger-of-north-south-2026"
 * @example fileStem("alpha beta gamma", 12) === "alpha-beta" (not "alpha-beta-g")
 */
export function fileStem(title: string, max: number = FILE_STEM_MAX): string {
  const stem = title
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  if (stem.length <= max) return stem;
  // The character just past the limit tells whether the cut falls between words.
  const boundary = stem.lastIndexOf("-", max);
  return boundary > 0 ? stem.slice(0, boundary) : stem.slice(0, max);
}
