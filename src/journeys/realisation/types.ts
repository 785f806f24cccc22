/**
 * A benefits-realisation review: a business case as the board approved it, the option it
 * chose, and what was actually delivered and spent in each year so far, line by line, with
 * the evidence for each figure and a re-forecast of where each line is now going. The plain
 * object the pane's Realisation journey fills in and `npx pcba realisation build` reads;
 * its JSON Schema is `src/realisation/realisation.schema.json`.
 *
 * The case is embedded, not referenced by path: the approved NPV must be recomputed from
 * exactly the case the board saw (a later edit of a case file must not move the baseline),
 * the file goes to boards, lenders and the regulator on its own, and neither the CLI nor the
 * standalone page has to resolve a path.
 *
 * Amounts are in pounds at the case's price base year's prices, like the case's.
 */
import type { RagStatus, RagThresholds } from "../../model/realisation";
import type { BusinessCase, SavingsSource } from "./business-case";

/** What a line is: a saving, a one-off cost, or a cost that recurs each year. */
export type LineKind = "saving" | "one_off_cost" | "recurring_cost";

/** One year's actual figure for a line. */
export interface ActualFigure {
  /** The appraisal year: 0 = the year of the decision, as in the case. */
  year: number;
  /** £ delivered (a saving) or spent (a cost) in the year; null = not yet known. */
  amount: number | null;
  /** Where the figure comes from: management accounts, procurement records, a payroll. */
  evidence: string;
}

/**
 * A recurring line's re-forecast: the line moves in a straight line from where it stood in
 * the last reported year to `annual`, reached in `year`, and stays there. `annual` is what
 * is now expected: the plan's confidence is not applied again.
 */
export interface LevelReforecast {
  /** £ a year once reached. */
  annual: number;
  /** The appraisal year it is reached in (may be after the horizon). */
  year: number;
}

/** A one-off line's re-forecast: what is still to be spent, and when (after the last reported year). */
export interface OneOffReforecast {
  amount: number;
  year: number;
}

export type Reforecast = LevelReforecast | OneOffReforecast;

/** Actuals for a line of the business case's chosen option. */
export interface PlannedLineActuals {
  /**
   * The line, by its place in the option: "savings/0", "oneOffCosts/2", "forums/1",
   * "coordinationCost", "vat" or "repricing" (see {@link plannedLines}).
   */
  line: string;
  figures: ActualFigure[];
  /** null or absent: the plan, for the years after the last reported one. */
  reforecast?: Reforecast | null;
  note?: string;
}

/** A saving or cost the business case did not plan for. Its plan is 0 in every year. */
export interface UnplannedLine {
  kind: LineKind;
  /** The source of an unplanned saving (required for savings). */
  source?: SavingsSource;
  description: string;
  figures: ActualFigure[];
  /** null or absent: nothing after the last reported year (the plan, which is 0). */
  reforecast?: Reforecast | null;
  note?: string;
}

/** The bands of the status, set by the user (no published figure exists). */
export interface RealisationThresholds {
  /** Savings: green when delivered ÷ planned ≥ green, amber when ≥ amber. */
  savings: RagThresholds;
  /** Costs: green when spent ÷ planned ≤ green, amber when ≤ amber. */
  costs: RagThresholds;
  /** True while the bands are defaults still to review. */
  assumption: boolean;
}

export interface Realisation {
  schemaVersion: 1;
  title: string;
  /** The business case as approved. */
  businessCase: BusinessCase;
  /** The id of the option the partnership went ahead with. */
  optionId: string;
  /** The last appraisal year whose actuals are in (0 … the case's horizon). */
  asAtYear: number;
  thresholds: RealisationThresholds;
  /** Actuals for the planned lines; a line not listed has no actuals yet and keeps its plan. */
  actuals: PlannedLineActuals[];
  unplanned: UnplannedLine[];
}

/* ---------------------------------------------------------------- results */

/**
 * A status: a band, or why there is none. `no_actuals`: no figure is known yet;
 * `not_rated`: nothing (or less than nothing) was planned for the years reported, so the
 * rate is undefined.
 */
export type RealisationStatus = RagStatus | "no_actuals" | "not_rated";

/** Planned against actual over the years reported. */
export interface ToDate {
  /** Σ plan over years 0 … asAtYear. */
  planned: number;
  /** Σ plan over the years whose actual is known: what the actual is compared with. */
  plannedReported: number;
  /** Σ known actuals. */
  actual: number;
  /** actual − plannedReported. */
  variance: number;
  /** variance ÷ plannedReported; null when the rate is undefined. */
  variancePct: number | null;
  /** actual ÷ plannedReported; null when undefined (see `status`). */
  rate: number | null;
  status: RealisationStatus;
  /** Why there is no rate, or "". */
  note: string;
}

/** A recurring line's level: the plan's and the re-forecast's. */
export interface Maturity {
  /** The plan's full annual value (savings after confidence); 0 for an unplanned line. */
  planned: number;
  /** The first year the plan reaches it; null for an unplanned line. */
  plannedYear: number | null;
  /** The level now expected: the re-forecast's, else the plan's. */
  reforecast: number;
  /** The year it is reached; null for an unplanned line with no re-forecast. */
  reforecastYear: number | null;
  /** The re-forecast level is reached only after the horizon: the NPV sees only the ramp. */
  afterHorizon: boolean;
}

export interface LineReview {
  /** "savings/0" … for planned lines, "unplanned/0" … for the rest. */
  id: string;
  kind: LineKind;
  /** In the business case. */
  planned: boolean;
  source: SavingsSource | null;
  description: string;
  /** The case's figure for years 0 … horizon (savings after confidence, one-offs after optimism bias). */
  plan: number[];
  /** Years 0 … asAtYear; null = not yet known. */
  actual: (number | null)[];
  evidence: (string | null)[];
  /** Years up to asAtYear with no known actual where the plan is not 0: the outturn takes the plan there. */
  yearsAtPlan: number[];
  /** Years 0 … horizon: the actual (the plan where unknown) to asAtYear, then the re-forecast. */
  outturn: number[];
  toDate: ToDate;
  /** The re-forecast as given; null = the plan. */
  reforecast: Reforecast | null;
  /** A recurring line's level, planned and re-forecast; null for one-offs and for loan repricing's schedule. */
  maturity: Maturity | null;
  /** A one-off re-forecast after the horizon: outside the NPV. */
  beyondHorizon: boolean;
  /** Σ plan and Σ outturn over years 0 … horizon. */
  totalPlanned: number;
  totalOutturn: number;
  note: string;
}

/** The savings of one source, planned and unplanned lines together. */
export interface SourceReview {
  source: SavingsSource;
  toDate: ToDate;
  /** Σ of the lines' planned levels (savings after confidence). */
  plannedAtMaturity: number;
  /** Σ of the lines' re-forecast levels. */
  reforecastAtMaturity: number;
}

/** An option's figures: as the case approved them, or as now expected. */
export interface OptionFigures {
  npv: number;
  /** Discounted payback in years; null when it never pays back (#N/A in the sheet). */
  payback: number | null;
  pvSavings: number;
  pvCosts: number;
  /** Σ of the savings lines' levels at maturity. */
  savingsAtMaturity: number;
}

export interface ByYear {
  /** 0 … horizon. */
  year: number[];
  plannedSavings: number[];
  plannedCosts: number[];
  outturnSavings: number[];
  outturnCosts: number[];
  /** Years 0 … asAtYear: Σ of the known savings figures; null when none is known. */
  actualSavings: (number | null)[];
  /** Years 0 … asAtYear: Σ of the known cost figures; null when none is known. */
  actualCosts: (number | null)[];
  /** Cumulative discounted net value, 0 … horizon (as the case's chart). */
  plannedCumulative: number[];
  outturnCumulative: number[];
}

export interface RealisationResult {
  optionId: string;
  optionName: string;
  asAtYear: number;
  horizon: number;
  lines: LineReview[];
  /** Savings by source, in the case's order of sources (easiest first), sources with a line only. */
  sources: SourceReview[];
  savings: ToDate;
  costs: ToDate;
  /** The case's own figures for the option: what the board approved. */
  approved: OptionFigures;
  /** Actuals to date (the plan where unknown), then the re-forecast. */
  outturn: OptionFigures & {
    /** PV of the net outturn over years 0 … asAtYear. */
    pvToDate: number;
    /** PV of the net outturn over the years after. */
    pvRemaining: number;
  };
  /** outturn.npv − approved.npv. */
  npvVariance: number;
  byYear: ByYear;
}
