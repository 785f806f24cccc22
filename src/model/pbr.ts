/**
 * Payment by results in supply chains: what a subcontractor can expect per referral after
 * the prime's top slice, and the working capital that payment in arrears ties up.
 *
 * Source: the Work Programme (DWP, 2011; `docs/domain.md`, "Facts and rules:
 * Payment by results"): payment groups with an
 * attachment fee, a job outcome fee and sustainment payments; small subcontractors
 * received as little as half the payment after primes' top slices while carrying set-up
 * costs and the working capital of payment in arrears. There is no published typical top
 * slice: it is a user input. Formulas from the catalogue
 * (`docs/functions.md`, "Payment by results and supply chains").
 */
import { finiteResult } from "./errors";
import {
  requireFinite,
  requireNonNegative,
  requireRate,
  requireShare,
  requireWhole,
} from "./validate";

/** A payment-by-results tariff for one payment group, as the subcontractor sees it. */
export interface PbrTariff {
  readonly attachmentFee: number;
  readonly outcomeFee: number;
  /** The most the sustainment payments can add for one person. */
  readonly sustainmentMax: number;
  /** Share of referrals that reach the outcome. */
  readonly outcomeRate: number;
  /** Share of sustainment_max earned, on average, by those who reach the outcome. */
  readonly sustainmentShare: number;
  /** Share the prime keeps. */
  readonly topSlice?: number;
}

/**
 * Expected payment per referral to a subcontractor:
 * (1 − top_slice) · (attachment_fee + outcome_rate · (outcome_fee + sustainment_share · sustainment_max)).
 *
 * @example pbrExpectedPayment({ attachmentFee: 400, outcomeFee: 1200, sustainmentMax: 2795,
 *   outcomeRate: 0.3, sustainmentShare: 0.5, topSlice: 0.2 }) = 943.4 (Work Programme
 *   JSA 25+ fees; the rates and the top slice are illustrative)
 */
export function pbrExpectedPayment(t: PbrTariff): number {
  requireNonNegative(t.attachmentFee, "attachment_fee");
  requireNonNegative(t.outcomeFee, "outcome_fee");
  requireNonNegative(t.sustainmentMax, "sustainment_max");
  requireShare(t.outcomeRate, "outcome_rate");
  requireShare(t.sustainmentShare, "sustainment_share");
  const topSlice = requireShare(t.topSlice ?? 0, "top_slice");
  return finiteResult(
    (1 - topSlice) *
      (t.attachmentFee + t.outcomeRate * (t.outcomeFee + t.sustainmentShare * t.sustainmentMax)),
    "The expected payment"
  );
}

/** The running total of a row of net cash flows. */
function runningTotals(cashflows: readonly number[]): number[] {
  let total = 0;
  return cashflows.map((x, i) => (total += requireFinite(x, `cashflows (value ${i + 1})`)));
}

/**
 * Peak funding need: −min(0, min_k running total_k), the most the provider is out of
 * pocket before payments catch up with costs.
 *
 * @example pbrWorkingCapital([-100, -50, 80, 120]) = 150
 */
export function pbrWorkingCapital(cashflows: readonly number[]): number {
  let low = 0;
  for (const total of runningTotals(cashflows)) low = Math.min(low, total);
  return finiteResult(Math.max(0, -low), "The working capital"); // +0, never −0
}

/**
 * Cost of financing the running deficit: Σ_k max(0, −running total_k) · annual_rate /
 * periods_per_year, one cash flow per period (monthly by default).
 *
 * @example pbrFinancingCost([-100, -50, 80, 120], 0.12) = (100 + 150 + 70) · 0.01 = 3.2
 */
export function pbrFinancingCost(
  cashflows: readonly number[],
  annualRate: number,
  periodsPerYear = 12
): number {
  requireRate(annualRate, "annual_rate");
  requireNonNegative(annualRate, "annual_rate");
  requireWhole(periodsPerYear, "periods_per_year", 1, 366);
  let sum = 0;
  for (const total of runningTotals(cashflows)) sum += Math.max(0, -total);
  return finiteResult((sum * annualRate) / periodsPerYear, "The financing cost");
}
