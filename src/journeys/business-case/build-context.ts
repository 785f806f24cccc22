/**
 * What the business case's sheet builders share: the case, the sheet names of this build,
 * and references into the Inputs sheet and to defined names with this build's suffix.
 */
import { sheetRef } from "../../workbook/refs";
import type { SheetNames } from "../../workbook/sheet-names";
import type { BusinessCase } from "./types";

export interface CaseBuild {
  readonly c: BusinessCase;
  readonly sheets: SheetNames;
  /** The horizon: the timeline runs over years 0 … h. */
  readonly h: number;
  /** A reference on the Inputs sheet. */
  readonly I: (ref: string) => string;
  /** A defined name as formulas use it, with this build's suffix. */
  readonly N: (name: string) => string;
}

export const caseBuild = (c: BusinessCase, sheets: SheetNames): CaseBuild => ({
  c,
  sheets,
  h: c.appraisal.horizon,
  I: (ref) => sheetRef(sheets.inputs, ref),
  N: (name) => name + sheets.suffix,
});
