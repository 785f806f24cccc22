/**
 * A social return (SROI) analysis, after "A guide to Social Return on Investment" (2012):
 * stakeholders, the inputs they put in, and outcomes with their indicator, quantity,
 * duration, financial proxy (with its source and price year) and the four adjustments.
 * The plain object the pane's SROI view fills in and `npx pcba sroi build` reads; its JSON
 * Schema is `src/journeys/sroi/sroi-analysis.schema.json`. The add-in ships no proxy values: users
 * enter their own, with a source.
 */
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
  priceYear: number;
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
}
