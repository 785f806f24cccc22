/**
 * A price year in a workbook's input table: a calendar year as a number (2014), a
 * financial year as text ("2010/11"), the form the Deflators table's lookups match
 * (`canonicalYear`). The journeys' table codecs read and write price years through these.
 */
import { canonicalYear, parsePriceYear, type PriceYear } from "../model/price-base";
import type { Kind } from "../workbook/table-codec";
import type { CellValue } from "../workbook/types";

/**
 * Reads a year cell in canonical form. A date (2010/11 typed into a cell becomes one) or
 * other text is an error naming the cell and saying how to type it.
 */
export const YEAR: Kind<PriceYear> = {
  read: (v, what) => {
    const raw = typeof v === "string" ? v.trim() : v;
    if (raw === null || raw === undefined || raw === "")
      throw new Error(`${what} is empty: it needs a year such as 2014 or 2010/11.`);
    if (typeof raw !== "number" && typeof raw !== "string")
      throw new Error(`${what} should be a year such as 2014 or 2010/11; it holds ${String(raw)}.`);
    return canonicalYear(parsePriceYear(raw, what).label);
  },
};

/** A year cell that may be blank (blank: the case's own price base), read as null. */
export const OPTIONAL_YEAR: Kind<PriceYear | null> = {
  read: (v, what) =>
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
      ? null
      : YEAR.read(v, what),
};

/** A year as its cell holds it: canonical when it is a year, as given otherwise (the schema reports it). */
export function yearCell(y: PriceYear | undefined | null): CellValue {
  if (y === undefined || y === null) return "";
  try {
    return canonicalYear(y);
  } catch {
    return y;
  }
}
