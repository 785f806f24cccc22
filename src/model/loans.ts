/**
 * Loan repricing and swap break costs: what a merger or group restructuring costs when it is
 * a "material event" that lets lenders reprice the loan portfolio.
 *
 * Rule (`docs/domain.md`, "Facts and rules: Loan repricing"): the cost is the present value of
 * the margin increase on each year's opening balance over the shorter of the remaining term and the next
 * repricing window, plus consent fees and any swap break cost. The catalogue
 * (`docs/functions.md`, "Partnership finance") fixes the repayment profiles and the timing:
 * extra interest for year t is paid at the end of year t; consent fees at year 0.
 */
import { discountFactors, flatSchedule } from "./discounting";
import { finiteResult } from "./errors";
import {
  requireChoice,
  requireNonNegative,
  requireRate,
  requireShare,
  requireWhole,
} from "./validate";

/** How the balance is repaid over the remaining term. */
export type Repayment = "bullet" | "straight" | "annuity";
export const REPAYMENTS: readonly Repayment[] = ["bullet", "straight", "annuity"];

/** Longest remaining term accepted, in years. */
export const MAX_LOAN_YEARS = 100;

/**
 * Opening balance of each year t = 1 … years, as a share of the balance today:
 * - `bullet`: 1 every year (repaid at the end);
 * - `straight`: equal principal each year, 1 − (t − 1) / n;
 * - `annuity`: level payments at `rate`, ((1 + i)^n − (1 + i)^(t−1)) / ((1 + i)^n − 1),
 *   which is `straight` when i = 0. Computed with expm1/log1p so a rate near 0 loses nothing.
 *
 * @example openingShares(3, "straight") → [1, 2/3, 1/3]
 * @example openingShares(2, "annuity", 0.1) → [1, 0.52381] (payment 0.57619, interest 0.1)
 */
export function openingShares(years: number, repayment: Repayment, rate = 0): Float64Array {
  const n = years;
  const out = new Float64Array(n);
  if (repayment === "bullet") {
    out.fill(1);
  } else if (repayment === "straight" || rate === 0) {
    for (let t = 1; t <= n; t++) out[t - 1] = 1 - (t - 1) / n;
  } else {
    const growth = Math.log1p(rate);
    const total = Math.expm1(n * growth);
    for (let t = 1; t <= n; t++) out[t - 1] = (total - Math.expm1((t - 1) * growth)) / total;
  }
  return out;
}

/** One loan of a portfolio (one row of the loans table). */
export interface Loan {
  /** Balance outstanding today. */
  readonly balance: number;
  /** Margin over the reference rate today, as a decimal (0.003 = 0.30%). */
  readonly oldMargin: number;
  /** Margin the lender would ask after the event. */
  readonly newMargin: number;
  /** Remaining term in whole years. */
  readonly years: number;
  /** Annual rate for discounting the extra interest. */
  readonly discountRate: number;
  /** "bullet", "straight" or "annuity" (default), in any case. */
  readonly repayment?: Repayment | string;
  /** Rate of the level payments of an annuity loan; default the discount rate. */
  readonly interestRate?: number;
  /** Years until the lender could reprice anyway; default the whole remaining term. */
  readonly repricingInYears?: number;
  /** Fee for the lender's consent, as a share of the balance, paid in year 0. */
  readonly consentFee?: number;
}

function checkLoan(loan: Loan, where: string): void {
  requireNonNegative(loan.balance, `balance${where}`);
  requireShare(loan.oldMargin, `old_margin${where}`);
  requireShare(loan.newMargin, `new_margin${where}`);
  requireWhole(loan.years, `years${where}`, 1, MAX_LOAN_YEARS);
  requireRate(loan.discountRate, `discount_rate${where}`);
  if (loan.interestRate !== undefined) requireRate(loan.interestRate, `interest_rate${where}`);
  if (loan.repricingInYears !== undefined) {
    requireWhole(loan.repricingInYears, `repricing_in_years${where}`, 0, MAX_LOAN_YEARS);
  }
  requireShare(loan.consentFee ?? 0, `consent_fee${where}`);
  requireRepayment(loan.repayment ?? "annuity", `repayment${where}`);
}

function requireRepayment(repayment: string, name: string): Repayment {
  return requireChoice(repayment, name, REPAYMENTS);
}

/** Where a loan sits in a portfolio, for messages. */
const rowLabel = (i: number, count: number, noun = "loan") =>
  count > 1 ? ` (${noun} ${i + 1})` : "";

/** Years of extra interest: t = 1 … min(years, repricing_in_years). */
function repricedYears(loan: Loan): number {
  return Math.min(loan.years, loan.repricingInYears ?? loan.years);
}

/**
 * One loan's undiscounted extra interest for years 1 … min(years, repricing_in_years):
 * opening balance(t) · (new_margin − old_margin).
 *
 * @example loanExtraInterest({ balance: 50e6, oldMargin: 0.003, newMargin: 0.015, years: 20,
 *   discountRate: 0.05, repayment: "bullet" }) → 600,000 a year for 20 years
 */
export function loanExtraInterest(loan: Loan): Float64Array {
  checkLoan(loan, "");
  return extraInterest(loan);
}

function extraInterest(loan: Loan): Float64Array {
  const m = repricedYears(loan);
  const shares = openingShares(
    loan.years,
    requireRepayment(loan.repayment ?? "annuity", "repayment"),
    loan.interestRate ?? loan.discountRate
  );
  const gap = loan.newMargin - loan.oldMargin;
  const out = new Float64Array(m);
  for (let t = 0; t < m; t++) out[t] = loan.balance * shares[t] * gap;
  return out;
}

/**
 * The portfolio's undiscounted extra interest by year, years 1 … the longest repriced term
 * (at least year 1; consent fees, paid in year 0, are not in it).
 *
 * @example loanRepricingSchedule([{ balance: 1000, oldMargin: 0.01, newMargin: 0.02, years: 3,
 *   discountRate: 0.05, repayment: "straight" }]) → [10, 6.67, 3.33]
 */
export function loanRepricingSchedule(loans: readonly Loan[]): number[] {
  loans.forEach((loan, i) => checkLoan(loan, rowLabel(i, loans.length)));
  // At least year 1, so a portfolio that is never repriced shows a row of 0, not nothing.
  const length = loans.reduce((m, loan) => Math.max(m, repricedYears(loan)), 1);
  const total = new Array<number>(length).fill(0);
  for (const loan of loans) {
    const extra = extraInterest(loan);
    for (let t = 0; t < extra.length; t++) total[t] += extra[t];
  }
  return total.map((x) => finiteResult(x, "The extra interest"));
}

/**
 * Present value of repricing a portfolio:
 * Σ_loans [ consent_fee · balance + Σ_{t=1}^{min(years, window)} B(t) · (m_new − m_old) / (1 + d)^t ].
 * A margin that falls gives a negative cost (a saving).
 *
 * @example loanRepricingCost([{ balance: 50e6, oldMargin: 0.003, newMargin: 0.015, years: 20,
 *   discountRate: 0.05, repayment: "bullet" }]) = 7,477,326.21 (the catalogue's example: £600,000 a year
 *   for 20 years at 5%)
 */
export function loanRepricingCost(loans: readonly Loan[]): number {
  let total = 0;
  // Portfolios usually share one discount rate: compute its factors once.
  const factors = new Map<number, Float64Array>();
  loans.forEach((loan, i) => {
    checkLoan(loan, rowLabel(i, loans.length));
    const extra = extraInterest(loan);
    let df = factors.get(loan.discountRate);
    if (!df) {
      df = discountFactors(MAX_LOAN_YEARS, flatSchedule(loan.discountRate, "discount_rate"));
      factors.set(loan.discountRate, df);
    }
    let pv = (loan.consentFee ?? 0) * loan.balance;
    for (let t = 0; t < extra.length; t++) pv += extra[t] * df[t + 1];
    total += pv;
  });
  return finiteResult(total, "The repricing cost");
}

/** An interest-rate swap to be broken (one row of a swaps table). */
export interface Swap {
  readonly notional: number;
  /** The fixed rate the borrower pays under the swap. */
  readonly fixedRate: number;
  /** Today's market rate for the remaining term. */
  readonly marketRate: number;
  /** Remaining term in whole years. */
  readonly years: number;
  /** Annual rate for discounting; default the market rate. */
  readonly discountRate?: number;
  /** How the notional amortises ("bullet" by default); an annuity amortises at the fixed rate. */
  readonly repayment?: Repayment | string;
}

/**
 * Present value of breaking swaps: Σ_t (fixed_rate − market_rate) · N(t) / (1 + d)^t for
 * t = 1 … years, with N(t) the opening notional of year t. Positive is a cost of breaking
 * (the borrower pays above market); negative, a gain.
 *
 * @example swapBreakCost([{ notional: 10e6, fixedRate: 0.05, marketRate: 0.03, years: 5 }])
 *   = 200,000 · annuity(5 years, 3%) = 915,941.44
 */
export function swapBreakCost(swaps: readonly Swap[]): number {
  let total = 0;
  swaps.forEach((s, i) => {
    const where = rowLabel(i, swaps.length, "swap");
    requireNonNegative(s.notional, `notional${where}`);
    requireRate(s.fixedRate, `fixed_rate${where}`);
    requireRate(s.marketRate, `market_rate${where}`);
    requireWhole(s.years, `years${where}`, 1, MAX_LOAN_YEARS);
    const d = requireRate(s.discountRate ?? s.marketRate, `discount_rate${where}`);
    const repayment = requireRepayment(s.repayment ?? "bullet", `repayment${where}`);
    const shares = openingShares(s.years, repayment, s.fixedRate);
    const df = discountFactors(s.years, flatSchedule(d, "discount_rate"));
    const gap = s.fixedRate - s.marketRate;
    for (let t = 0; t < s.years; t++) total += s.notional * shares[t] * gap * df[t + 1];
  });
  return finiteResult(total, "The swap break cost");
}
