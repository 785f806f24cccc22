/**
 * A social return (SROI) analysis, after "A guide to Social Return on Investment" (2012):
 * stakeholders, the inputs they put in, and outcomes with their indicator, quantity,
 * duration, financial proxy (with its source and price year) and the four adjustments.
 * The plain object the pane's SROI view fills in and `npx pcba sroi build` reads; its JSON
 * Schema is `src/journeys/sroi/sroi-analysis.schema.json`. The add-in ships only values it may
 * redistribute (`src/values/library.ts`: HM Treasury's WELLBY, OGL); users pick from it, import
 * their own list (`src/values/import.ts`) or type their own, with a source.
 *
 * One price base (Green Book; SROI guide): with `priceBaseYear` set, each proxy is converted
 * from its `priceYear` to the base year's prices with a GDP deflator series (the shipped HM
 * Treasury series, or `deflators`); without it (an analysis saved before it had a price base)
 * proxies are summed as they stand, so no saved result changes.
 */
import type { PriceYear } from "../../model/price-base";
import type { UserDeflators } from "../../values/user-deflators";
export interface SroiOutcomeRow {
  stakeholder: string;
  /** What the activity produced (e.g. "12 workshops"). */
  output: string;
  outcome: string;
  indicator: string;
  quantity: number;
  /** Years the outcome lasts (may be fractional: the last year pro-rated). */
  duration: number;
  /** What the financial proxy is. */
  proxyDescription: string;
  /** £ per unit of outcome. */
  proxy: number;
  /** Where the proxy comes from (blank is warned about). */
  source: string;
  /** The year of the proxy's prices: 2014, or a financial year "2010/11". */
  priceYear: PriceYear;
  /** The source's own code for the proxy ("HO1.0", "HMT-WELLBY"), kept for attribution. */
  proxyCode?: string;
  /** The licence under which the proxy is used ("Open Government Licence v3.0", "CC BY 4.0"). */
  licence?: string;
  deadweight: number;
  displacement: number;
  attribution: number;
  dropOff: number;
  /** First year of impact: 1 = the year after the investment, 0 = at once. */
  start: number;
}

export interface SroiInputRow {
  stakeholder: string;
  description: string;
  /** £ value, in year 0. */
  value: number;
}

export interface SroiAnalysisCase {
  schemaVersion: 1;
  title: string;
  /** A flat rate such as 0.035, or "STPR" or "HEALTH" (Green Book). */
  discount: number | "STPR" | "HEALTH";
  stakeholders: string[];
  inputs: SroiInputRow[];
  outcomes: SroiOutcomeRow[];
  /**
   * The year whose prices every proxy is converted to (a calendar year, or a financial year
   * if the deflators have them). Absent: no conversion (proxies as they stand).
   */
  priceBaseYear?: PriceYear;
  /** The deflator series to convert with; absent: HM Treasury's GDP deflators, shipped. */
  deflators?: SroiDeflators;
  /**
   * Optional ranges for the Monte Carlo (the SroiRanges table on the inputs sheet): one row
   * per uncertain input. Absent or empty: every input varies by the pane's ± share, as before.
   */
  ranges?: SroiRangeRow[];
  /** Rank correlations between rows of `ranges` (the SroiRangeCorrelations table). */
  correlations?: SroiCorrelationRow[];
}

/** A user's deflator series (a newer release, forecast years, financial years): shared with the business case. */
export type SroiDeflators = UserDeflators;

/** The inputs a range may be given for (`RANGE_INPUTS` in src/model/range-simulation.ts). */
export type SroiRangeInput =
  | "quantity"
  | "proxy"
  | "duration"
  | "deadweight"
  | "displacement"
  | "attribution"
  | "drop_off"
  | "discount";

/** One range: an input of one outcome (or of every outcome, or the discount rate). */
export interface SroiRangeRow {
  /** Row of the value map, from 1; null: every outcome (each drawn on its own), or the rate. */
  outcome: number | null;
  input: SroiRangeInput;
  distribution: "triangular" | "pert" | "uniform" | "normal" | "lognormal";
  /** Low (P10 for normal and lognormal when no sd is given); null where not used. */
  low: number | null;
  /** Most likely (the mean for normal and lognormal with an sd). */
  mode: number | null;
  /** High (P90 for normal and lognormal when no sd is given). */
  high: number | null;
  /** Standard deviation (normal and lognormal from a mean and sd). */
  sd: number | null;
}

/** A rank correlation between two rows of the ranges (counted from 1). */
export interface SroiCorrelationRow {
  first: number;
  second: number;
  correlation: number;
}
