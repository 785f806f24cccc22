/**
 * Custom functions of the catalogue's "Payment by results and supply chains" section: thin
 * adapters to `src/model/pbr.ts`.
 */
import { excel } from "./excel-errors";
import { num, optNum, series, type Arg } from "./args";
import { invalidArgument } from "../model/errors";
import { pbrExpectedPayment, pbrFinancingCost, pbrWorkingCapital } from "../model/pbr";

/**
 * Expected payment per referral to a subcontractor after the prime's top slice.
 * @customfunction PBR_EXPECTED_PAYMENT
 * @category Payment by results and supply chains
 * @helpurl https://localhost:3000/taskpane.html#PBR_EXPECTED_PAYMENT
 * @param attachment_fee Fee paid when a person is referred (attached).
 * @param outcome_fee Fee paid when the person reaches the outcome (e.g. a job).
 * @param sustainment_max The most sustainment payments can add for one person.
 * @param outcome_rate Share of referrals that reach the outcome, 0 to 1.
 * @param sustainment_share Share of sustainment_max earned on average by those who reach the outcome, 0 to 1.
 * @param [top_slice] Share the prime keeps, 0 to 1 (default 0). No published typical value: use your contract's.
 * @returns (1 − top_slice) · (attachment_fee + outcome_rate · (outcome_fee + sustainment_share · sustainment_max)).
 * @example =PCBA.PBR_EXPECTED_PAYMENT(400, 1200, 2795, 0.3, 0.5, 0.2) → 943.40
 */
export function pbrExpectedPaymentFn(
  attachment_fee: number,
  outcome_fee: number,
  sustainment_max: number,
  outcome_rate: number,
  sustainment_share: number,
  top_slice?: number
): number {
  return excel("PBR_EXPECTED_PAYMENT", () =>
    pbrExpectedPayment({
      attachmentFee: num(attachment_fee, "attachment_fee"),
      outcomeFee: num(outcome_fee, "outcome_fee"),
      sustainmentMax: num(sustainment_max, "sustainment_max"),
      outcomeRate: num(outcome_rate, "outcome_rate"),
      sustainmentShare: num(sustainment_share, "sustainment_share"),
      topSlice: optNum(top_slice, "top_slice", 0),
    })
  );
}

/** A row of net cash flows; blank cells are periods with nothing. */
function cashflowsArg(cashflows: Arg): number[] {
  const { values } = series(cashflows, "cashflows");
  if (values.length === 0) throw invalidArgument("cashflows is required.");
  return values;
}

/**
 * Peak working capital a provider needs: the lowest point of the running total of its net cash flows.
 * @customfunction PBR_WORKING_CAPITAL
 * @category Payment by results and supply chains
 * @helpurl https://localhost:3000/taskpane.html#PBR_WORKING_CAPITAL
 * @param cashflows Net cash flows by period (payments received less delivery costs), in a row or column.
 * @returns −min(0, lowest running total): 0 if the provider is never out of pocket.
 * @example =PCBA.PBR_WORKING_CAPITAL({-100,-50,80,120}) → 150
 */
export function pbrWorkingCapitalFn(cashflows: any[][]): number {
  return excel("PBR_WORKING_CAPITAL", () => pbrWorkingCapital(cashflowsArg(cashflows)));
}

/**
 * Cost of financing the running deficit of payment in arrears.
 * @customfunction PBR_FINANCING_COST
 * @category Payment by results and supply chains
 * @helpurl https://localhost:3000/taskpane.html#PBR_FINANCING_COST
 * @param cashflows Net cash flows by period, in a row or column.
 * @param annual_rate Annual cost of borrowing, such as 0.08.
 * @param [periods_per_year] Periods a year of the cash flows (default 12, monthly).
 * @returns Σ max(0, −running total) · annual_rate / periods_per_year.
 * @example =PCBA.PBR_FINANCING_COST({-100,-50,80,120}, 0.12) → 3.2
 */
export function pbrFinancingCostFn(
  cashflows: any[][],
  annual_rate: number,
  periods_per_year?: number
): number {
  return excel("PBR_FINANCING_COST", () =>
    pbrFinancingCost(
      cashflowsArg(cashflows),
      num(annual_rate, "annual_rate"),
      optNum(periods_per_year, "periods_per_year", 12)
    )
  );
}
