/**
 * A partnership business case: the plain object the task pane's journey fills in, the
 * command line reads from JSON, and the workbook plan is generated from. Its JSON Schema is
 * `src/journeys/business-case/business-case.schema.json` (every example and every case the pane builds is validated against it).
 *
 * Amounts are in pounds at the price base year's prices; rates and shares are decimals. A
 * savings line or one-off cost found in another year's prices says so (`priceYear`) and is
 * converted to the price base with the case's `deflators` (a user's own series: a newer
 * release, forecast years, financial years such as 2010/11), else HM Treasury's GDP
 * deflators, shipped (`./prices.ts`).
 */
import type { PriceYear } from "../../model/price-base";
import type { UserDeflators } from "../../values/user-deflators";

/** What the partnership is for (`docs/domain.md`, "The partnership continuum"). */
export type Purpose = "buying" | "selling" | "sharing_services" | "growing" | "diversifying";

/** Forms along the partnership continuum, from loose to tight. */
export type PartnershipForm =
  | "informal_collaboration"
  | "procurement_consortium"
  | "shared_service"
  | "joint_venture"
  | "group_structure"
  | "merger";

/** Sources of savings, easiest first (`docs/domain.md`, "The partnership continuum"). */
export type SavingsSource =
  "procurement" | "executive" | "borrowing" | "operational_staff" | "board" | "other";

export type Difficulty = "easy" | "moderate" | "hard";

export type OneOffCategory =
  "due_diligence" | "legal" | "it_integration" | "redundancy" | "rebranding" | "advisers" | "other";

export interface Partner {
  name: string;
  /** e.g. "housing association", "charity". */
  type: string;
  /** Annual turnover, £. */
  turnover: number;
  /** Homes owned or beneficiaries served. */
  homes: number;
}

export interface SavingsLine {
  source: SavingsSource;
  description: string;
  /** Full annual saving once reached, £ a year. */
  fullAnnual: number;
  /** Years to reach it; 0 = from year 1. Savings ramp up linearly. */
  yearsToFull: number;
  difficulty: Difficulty;
  /** The share of it the user expects to realise, 0 to 1 (no published odds exist). */
  confidence: number;
  /** True while the figure is a default or estimate still to review. */
  assumption: boolean;
  /** The year of `fullAnnual`'s prices, if not the case's price base year (absent: the price base). */
  priceYear?: PriceYear;
}

export interface OneOffCost {
  category: OneOffCategory;
  /** Year it falls in: 0 = now. */
  year: number;
  amount: number;
  /** The year of `amount`'s prices, if not the case's price base year (absent: the price base). */
  priceYear?: PriceYear;
}

/** A forum the partnership adds (board, steering group, joint committee). */
export interface Forum {
  name: string;
  meetingsPerYear: number;
  attendees: number;
  hours: number;
  /** Loaded cost of an attendee's hour, £. */
  hourlyRate: number;
  /** Preparation and travel as a share of meeting time. */
  preparation: number;
}

/** VAT on a shared service's charges, for options that share services. */
export interface SharedServiceVat {
  route: "taxable" | "exempt" | "vat_group";
  /** The shared service's annual ex-VAT cost of serving the members, £. */
  costBase: number;
  /** Share of costBase that is bought-in goods and services (VAT-able purchases). */
  boughtInShare: number;
}

export interface LoanRepricing {
  /** The option is a material event that lets lenders reprice the loan book. */
  applies: boolean;
  /** Mitigation: keep loans and security in the existing subsidiaries (no repricing). */
  keepLoansInSubsidiaries: boolean;
}

export interface BusinessOption {
  /** Short identifier used in the workbook, e.g. "merger". Unique within the case. */
  id: string;
  name: string;
  form: PartnershipForm;
  savings: SavingsLine[];
  oneOffCosts: OneOffCost[];
  forums: Forum[];
  /** Other recurring coordination cost, £ a year. */
  coordinationCost: number;
  vat: SharedServiceVat | null;
  loanRepricing: LoanRepricing;
}

export interface CaseLoan {
  name: string;
  balance: number;
  oldMargin: number;
  newMargin: number;
  /** Remaining term, whole years. */
  years: number;
  repayment: "bullet" | "straight" | "annuity";
  /** The loan's interest rate (sets an annuity's level payments). */
  interestRate: number;
  /** Years until the lender could reprice anyway. */
  repricingInYears: number;
  /** Lender's consent fee as a share of the balance, paid in year 0. */
  consentFee: number;
}

/** An interest-rate swap that would have to be broken if the loans are refinanced or repriced. */
export interface CaseSwap {
  name: string;
  notional: number;
  /** The fixed rate paid under the swap. */
  fixedRate: number;
  /** Today's market rate for the remaining term (also the discount rate of the break cost). */
  marketRate: number;
  /** Remaining term, whole years. */
  years: number;
  repayment: "bullet" | "straight" | "annuity";
}

export interface AppraisalSettings {
  /** Years of the appraisal after year 0. */
  horizon: number;
  /** "STPR" (Green Book) or a flat real rate. */
  discount: "STPR" | number;
  /** Uplift on one-off costs for optimism bias (0.2 = 20%). */
  optimismBias: number;
  /**
   * The year whose prices the amounts are in: a calendar year (2024), or a financial year
   * ("2024/25") when the deflators have financial years.
   */
  priceBaseYear: PriceYear;
}

export interface BusinessCase {
  schemaVersion: 1;
  title: string;
  purpose: Purpose;
  partners: Partner[];
  appraisal: AppraisalSettings;
  /** VAT rate and the members' recovery rate, for options with a shared service. */
  vat: { rate: number; recoveryRate: number };
  loans: CaseLoan[];
  /** Swaps to break when lenders reprice (their break cost falls in year 0). */
  swaps: CaseSwap[];
  /** The options to compare with doing nothing (the baseline). */
  options: BusinessOption[];
  /**
   * The deflator series lines in other years' prices are converted with (the Deflators
   * table); absent: HM Treasury's GDP deflators, shipped. The same shape as SROI's.
   */
  deflators?: UserDeflators;
  /**
   * Optional ranges for the NPV's Monte Carlo (the CaseRanges table): absent or empty, every
   * line varies by the pane's ± share, as before.
   */
  ranges?: CaseRangeRow[];
  /**
   * Rank correlations between ranged lines of one option (the CaseRangeCorrelations table),
   * applied by Iman–Conover so each line keeps its own distribution. Absent or empty: the
   * lines are drawn independently, as before.
   */
  correlations?: CaseCorrelationRow[];
}

/**
 * A range on one line of an option: a savings line's full annual value or a one-off cost's
 * amount (£), forums and coordination, VAT or loan repricing (a multiple of the estimate,
 * 1 = as estimated), or the discount rate (year 1's; the schedule scales with it).
 */
export interface CaseRangeRow {
  /** The option's id. */
  option: string;
  /** "Savings line 2", "One-off cost 1", "Forums and coordination", "VAT", "Loan repricing", "Discount rate". */
  line: string;
  distribution: "triangular" | "pert" | "uniform" | "normal" | "lognormal";
  low: number | null;
  mode: number | null;
  high: number | null;
  sd: number | null;
}

/**
 * A rank correlation between two ranged lines of one option, named as the ranges name them
 * ("Savings line 1" with "Savings line 2"): both lines must have a range for the option.
 */
export interface CaseCorrelationRow {
  /** The option's id. */
  option: string;
  /** A line with a range, as `CaseRangeRow.line` names it. */
  line: string;
  /** The other line, of the same option. */
  withLine: string;
  /** Spearman's rank correlation, from −1 to 1. */
  correlation: number;
}
