/**
 * A financial proxy with its provenance: the shape shared by the values the product ships
 * (`./library`) and the values a user imports from their own list (`./import`), so a
 * proxy picker, a value map and a workbook treat them alike and attribution travels with
 * every value used.
 */
import type { PriceYear } from "../model/price-base";

export interface ProxyValue {
  /** The source's own code for the value ("HO1.0"), or the product's ("HMT-WELLBY"); "" if none. */
  readonly code: string;
  readonly description: string;
  /** What one unit is ("per WELLBY", "per household per week"); "" if the source gives none. */
  readonly unit: string;
  /** £ per unit, in the prices of `priceYear`. */
  readonly value: number;
  /**
   * The year of the value's prices, canonical: a calendar year as a number (2019), a
   * financial year as its label ("2010/11"), as `canonicalYear` in `src/model/price-base.ts`.
   */
  readonly priceYear: PriceYear;
  /** Who published it and where, as a citation. */
  readonly source: string;
  /** The licence under which it may be used and shown ("Open Government Licence v3.0", "CC BY 4.0"). */
  readonly licence: string;
  /** A link to the source, where known. */
  readonly url?: string;
  /** The source's low and high values, where it gives a range (same unit and price year). */
  readonly low?: number;
  readonly high?: number;
}
