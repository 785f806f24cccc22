/**
 * Returns by perspective ("Experts by Experience" style): flows by party, sector and kind,
 * with amounts by year from `start`. The plain object `npx pcba perspectives build` reads;
 * its JSON Schema is `src/journeys/perspectives/perspective-analysis.schema.json`.
 */
import type { FlowKind, Sector } from "../../model/perspectives";

export interface PerspectiveFlow {
  party: string;
  sector: Sector;
  kind: FlowKind;
  description: string;
  /** Amounts by year: the first falls in year `start`. */
  amounts: number[];
}

export interface PerspectiveAnalysis {
  schemaVersion: 1;
  title: string;
  discount: number | "STPR" | "HEALTH";
  /** The year of the first amount (1 = the year after the investment). */
  start: number;
  /** Count quality-of-life flows in the societal perspective. */
  includeQol: boolean;
  flows: PerspectiveFlow[];
}
