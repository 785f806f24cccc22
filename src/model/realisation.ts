/**
 * Benefits realisation: how what a partnership delivered compares with what its business
 * case planned, line by line, and where the line is now expected to go.
 *
 * Sources: HM Treasury, The Green Book (2022), on monitoring and evaluation (the benefits
 * promised at approval are tracked against what is delivered) and HM Treasury,
 * "Guide to developing the project business case" (2018), the management case (a benefits
 * realisation plan with owners and a red–amber–green status); `domain.md`, "The partnership
 * continuum" (savings are promised in merger business cases and rarely tracked: two
 * associations each aimed to take £5m a year out of costs by year five; one made £0.25m at
 * once, £4m a year after five years, then aimed at £6m a year). No published thresholds for
 * the red–amber–green bands exist: they are user inputs ({@link SUGGESTED_THRESHOLDS} are
 * labelled assumptions to review).
 */
import { divisionByZero, finiteResult, invalidArgument } from "./errors";
import { requireFinite, requireNonNegative, shown } from "./validate";

/** Whether more of a line is good (a saving, a benefit) or bad (a cost). */
export type LineDirection = "benefit" | "cost";

/** The status bands of a realisation rate. */
export type RagStatus = "green" | "amber" | "red";

/**
 * The bands of a realisation rate (actual ÷ planned):
 * - benefits: green when rate ≥ `green`, amber when rate ≥ `amber`, else red (amber ≤ green);
 * - costs: green when rate ≤ `green`, amber when rate ≤ `amber`, else red (green ≤ amber).
 */
export interface RagThresholds {
  readonly green: number;
  readonly amber: number;
}

/**
 * Bands a pane may pre-fill, each an assumption to review (no published figure exists):
 * savings green at 90% or more of plan, amber at 70% or more; costs green at 110% of plan
 * or less, amber at 125% or less.
 */
export const SUGGESTED_THRESHOLDS: {
  readonly savings: RagThresholds;
  readonly costs: RagThresholds;
  readonly assumption: true;
} = { savings: { green: 0.9, amber: 0.7 }, costs: { green: 1.1, amber: 1.25 }, assumption: true };

/**
 * Variance of an actual against its plan: actual − planned (£). Positive is favourable
 * for a benefit and unfavourable for a cost.
 *
 * @example realisationVariance(4e6, 5e6) = −1,000,000 (the £4m a year reached against £5m)
 */
export function realisationVariance(actual: number, planned: number): number {
  requireFinite(actual, "actual");
  requireFinite(planned, "planned");
  return finiteResult(actual - planned, "The variance");
}

function requirePlanned(planned: number, what: string): number {
  requireFinite(planned, "planned");
  if (planned === 0) throw divisionByZero(`Nothing was planned, so the ${what} is undefined.`);
  if (planned < 0) {
    throw invalidArgument(
      `planned must be more than 0 for a ${what} (a rate against a negative plan reads backwards); got ${shown(planned)}.`
    );
  }
  return planned;
}

/**
 * Realisation rate: actual ÷ planned, the share of the plan delivered (a saving) or spent
 * (a cost). `#DIV/0!` when nothing was planned; `#VALUE!` when the plan is negative.
 *
 * @example realisationRate(0.25e6, 2.13e6) = 0.1174 (a first year's £0.25m against £2.13m)
 */
export function realisationRate(actual: number, planned: number): number {
  requireFinite(actual, "actual");
  requirePlanned(planned, "realisation rate");
  return finiteResult(actual / planned, "The realisation rate");
}

/**
 * Variance as a share of the plan: (actual − planned) ÷ planned = rate − 1. `#DIV/0!` when
 * nothing was planned; `#VALUE!` when the plan is negative.
 *
 * @example varianceShare(4e6, 5e6) = −0.2
 */
export function varianceShare(actual: number, planned: number): number {
  requireFinite(actual, "actual");
  requirePlanned(planned, "variance share");
  return finiteResult((actual - planned) / planned, "The variance share");
}

/** Checks that the bands are in the order their direction needs. */
export function checkThresholds(t: RagThresholds, direction: LineDirection): RagThresholds {
  requireNonNegative(t.green, "green");
  requireNonNegative(t.amber, "amber");
  if (direction === "benefit" && t.amber > t.green) {
    throw invalidArgument(
      `For a benefit, amber must be at most green (amber ${shown(t.amber)} is above green ${shown(t.green)}).`
    );
  }
  if (direction === "cost" && t.green > t.amber) {
    throw invalidArgument(
      `For a cost, green must be at most amber (green ${shown(t.green)} is above amber ${shown(t.amber)}).`
    );
  }
  return t;
}

/**
 * The red–amber–green status of a realisation rate. A rate exactly on a threshold takes the
 * better band (Excel: `IF(rate>=green,"Green",IF(rate>=amber,"Amber","Red"))` for a benefit,
 * `<=` for a cost).
 *
 * @example ragStatus(0.9, { green: 0.9, amber: 0.7 }, "benefit") = "green";
 *   ragStatus(1.2, { green: 1.1, amber: 1.25 }, "cost") = "amber"
 */
export function ragStatus(
  rate: number,
  thresholds: RagThresholds,
  direction: LineDirection
): RagStatus {
  requireFinite(rate, "rate");
  checkThresholds(thresholds, direction);
  if (direction === "benefit") {
    return rate >= thresholds.green ? "green" : rate >= thresholds.amber ? "amber" : "red";
  }
  return rate <= thresholds.green ? "green" : rate <= thresholds.amber ? "amber" : "red";
}

/**
 * A re-forecast's value in a year after the last reported one: the line moves in a straight
 * line from where it stood in the last reported year (`anchor`, year `asAtYear`) to its
 * revised `level`, reached in `levelYear`, and stays there:
 * value(t) = level when t ≥ levelYear, else anchor + (level − anchor) · (t − asAtYear) / (levelYear − asAtYear).
 * A level reached already (levelYear ≤ asAtYear) holds from the next year.
 *
 * A linear ramp re-forecast from its own value in year `asAtYear` to its own full value and
 * year is the ramp itself, so a re-forecast that repeats the plan changes nothing.
 *
 * @example reforecastValue(5, 3, 2.9e6, 6e6, 7) = 2.9e6 + 3.1e6 · 2/4 = 4,450,000
 */
export function reforecastValue(
  year: number,
  asAtYear: number,
  anchor: number,
  level: number,
  levelYear: number
): number {
  requireFinite(anchor, "anchor");
  requireFinite(level, "level");
  if (!(year > asAtYear)) {
    throw invalidArgument(
      `A re-forecast covers the years after the last one reported (${shown(asAtYear)}); got year ${shown(year)}.`
    );
  }
  if (year >= levelYear) return level;
  return finiteResult(
    anchor + ((level - anchor) * (year - asAtYear)) / (levelYear - asAtYear),
    "The re-forecast"
  );
}
