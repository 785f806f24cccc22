/**
 * Custom functions of the catalogue's "Partnership finance" section: thin adapters to
 * `src/model/vat.ts`, `loans.ts`, `merger.ts`, `partnership-costs.ts` and `shapley.ts`.
 */
import { excel } from "./excel-errors";
import {
  isBlank,
  num,
  numbers,
  optionalNumbers,
  optNum,
  optText,
  rawVector,
  scheduleArg,
  series,
  spill,
  table,
  texts,
  type Arg,
} from "./args";
import { invalidArgument } from "../model/errors";
import { vatBreakeven, vatRate, vatSharedServiceSaving } from "../model/vat";
import { loanRepricingCost, loanRepricingSchedule, swapBreakCost, type Loan } from "../model/loans";
import { mergerNpv, mergerPayback, savingsRamp, type MergerCase } from "../model/merger";
import { loadedHourlyRate, meetingCost } from "../model/partnership-costs";
import { shapley } from "../model/shapley";

/**
 * The UK standard VAT rate on a date.
 * @customfunction VAT_RATE
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#VAT_RATE
 * @param date An Excel date (a date cell, or DATE(2011,1,4)); any time of day is ignored.
 * @returns 17.5% from 1 Apr 1991, 15% from 1 Dec 2008, 17.5% from 1 Jan 2010, 20% from 4 Jan 2011; #N/A before 1 Apr 1991.
 * @example =PCBA.VAT_RATE(40547) → 0.2 (4 Jan 2011; =PCBA.VAT_RATE(DATE(2011,1,4)) in a sheet)
 * @example =PCBA.VAT_RATE(40000) → 0.15 (6 Jul 2009)
 */
export function vatRateFn(date: number): number {
  return excel("VAT_RATE", () => vatRate(num(date, "date")));
}

/**
 * The smallest saving a VAT-able shared service must make for a member to break even.
 * @customfunction VAT_SHARED_SERVICE_BREAKEVEN
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#VAT_SHARED_SERVICE_BREAKEVEN
 * @param vat_rate The VAT rate charged, such as 0.2.
 * @param [recovery_rate] Share of that VAT the member recovers, 0 to 1 (default 0).
 * @param [basis] "in_house" (default): as a share of today's in-house cost, v(1−r)/(1+v(1−r)); "charge": as a share of the service's ex-VAT charge, v(1−r).
 * @returns The break-even saving as a decimal share.
 * @example =PCBA.VAT_SHARED_SERVICE_BREAKEVEN(0.2) → 0.1667
 * @example =PCBA.VAT_SHARED_SERVICE_BREAKEVEN(0.2, 0, "charge") → 0.2
 */
export function vatSharedServiceBreakevenFn(
  vat_rate: number,
  recovery_rate?: number,
  basis?: string
): number {
  return excel("VAT_SHARED_SERVICE_BREAKEVEN", () =>
    vatBreakeven(
      num(vat_rate, "vat_rate"),
      optNum(recovery_rate, "recovery_rate", 0),
      optText(basis, "basis", "in_house")
    )
  );
}

/**
 * A member's annual saving from a shared service once VAT is counted, by VAT route.
 * @customfunction VAT_SHARED_SERVICE_SAVING
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#VAT_SHARED_SERVICE_SAVING
 * @param in_house_cost What the member spends on the service in house today.
 * @param cost_base The shared service's ex-VAT cost of serving the member, at exact reimbursement.
 * @param vat_rate The standard VAT rate, such as 0.2.
 * @param [recovery_rate] Share of the VAT it is charged that the member recovers, 0 to 1 (default 0).
 * @param [route] "taxable" (default): VAT charged on cost_base; "exempt": cost sharing exemption, the VAT on purchases sticks; "vat_group": supplies inside the group disregarded.
 * @param [purchases] The part of cost_base that is bought-in goods and services (default 0).
 * @returns in_house_cost − the member's cost after VAT; negative when VAT outweighs the saving.
 * @example =PCBA.VAT_SHARED_SERVICE_SAVING(1000000, 800000, 0.2) → 40000
 * @example =PCBA.VAT_SHARED_SERVICE_SAVING(1000000, 800000, 0.2, 0, "exempt", 200000) → 160000
 */
export function vatSharedServiceSavingFn(
  in_house_cost: number,
  cost_base: number,
  vat_rate: number,
  recovery_rate?: number,
  route?: string,
  purchases?: number
): number {
  return excel("VAT_SHARED_SERVICE_SAVING", () =>
    vatSharedServiceSaving({
      inHouseCost: num(in_house_cost, "in_house_cost"),
      costBase: num(cost_base, "cost_base"),
      vat: num(vat_rate, "vat_rate"),
      recovery: optNum(recovery_rate, "recovery_rate", 0),
      route: optText(route, "route", "taxable"),
      purchases: optNum(purchases, "purchases", 0),
    })
  );
}

/** The loans table: parallel columns (or single values), one row per loan; spare rows skipped. */
function loansArg(
  balance: Arg,
  oldMargin: Arg,
  newMargin: Arg,
  years: Arg,
  discountRate: Arg,
  repayment: Arg,
  interestRate: Arg,
  repricingInYears: Arg,
  consentFee: Arg
): Loan[] {
  const t = table([
    { name: "balance", value: balance, required: true },
    { name: "old_margin", value: oldMargin, required: true },
    { name: "new_margin", value: newMargin, required: true },
    { name: "years", value: years, required: true },
    { name: "discount_rate", value: discountRate, required: true },
    { name: "repayment", value: repayment, required: false, kind: "text" },
    { name: "interest_rate", value: interestRate, required: false, fallback: null },
    { name: "repricing_in_years", value: repricingInYears, required: false, fallback: null },
    { name: "consent_fee", value: consentFee, required: false, fallback: 0 },
  ]);
  if (t.rows === 0) throw invalidArgument("balance has no loans: fill in at least one row.");
  const rates = optionalNumbers(t, "interest_rate");
  const windows = optionalNumbers(t, "repricing_in_years");
  const fees = numbers(t, "consent_fee");
  const repayments = texts(t, "repayment");
  const oldMargins = numbers(t, "old_margin");
  const newMargins = numbers(t, "new_margin");
  const terms = numbers(t, "years");
  const discountRates = numbers(t, "discount_rate");
  return numbers(t, "balance").map((b, i) => ({
    balance: b,
    oldMargin: oldMargins[i],
    newMargin: newMargins[i],
    years: terms[i],
    discountRate: discountRates[i],
    repayment: repayments[i] || undefined, // blank: the model's default; any text, validated there
    interestRate: rates[i],
    repricingInYears: windows[i],
    consentFee: fees[i],
  }));
}

/**
 * Present value of the extra interest when lenders reprice loans on a merger, plus consent fees; one loan or a portfolio.
 * @customfunction LOAN_REPRICING_COST
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#LOAN_REPRICING_COST
 * @param balance Balance outstanding today; a column for a portfolio (one row per loan).
 * @param old_margin Today's margin over the reference rate, such as 0.003 for 0.30%.
 * @param new_margin The margin lenders would ask after the merger, such as 0.015.
 * @param years Remaining term in whole years (1 to 100).
 * @param discount_rate Annual rate for discounting the extra interest, such as 0.05.
 * @param [repayment] "bullet", "straight" or "annuity" (default: level payments at interest_rate).
 * @param [interest_rate] The loan's interest rate, which sets an annuity's payments (default: discount_rate).
 * @param [repricing_in_years] Years until the lender could reprice anyway (default: the whole term).
 * @param [consent_fee] Fee for the lender's consent as a share of the balance, paid now (default 0).
 * @returns Σ consent_fee · balance + Σ_t opening balance(t) · (new_margin − old_margin) / (1 + discount_rate)^t, for t = 1 … min(years, repricing_in_years).
 * @example =PCBA.LOAN_REPRICING_COST(50000000, 0.003, 0.015, 20, 0.05, "bullet") → 7477326.21
 * @example =PCBA.LOAN_REPRICING_COST(50000000, 0.003, 0.015, 20, 0.05, "bullet", , 5, 0.001) → 2647686.00
 */
export function loanRepricingCostFn(
  balance: any[][],
  old_margin: any[][],
  new_margin: any[][],
  years: any[][],
  discount_rate: any[][],
  repayment?: any[][],
  interest_rate?: any[][],
  repricing_in_years?: any[][],
  consent_fee?: any[][]
): number {
  return excel("LOAN_REPRICING_COST", () =>
    loanRepricingCost(
      loansArg(
        balance,
        old_margin,
        new_margin,
        years,
        discount_rate,
        repayment,
        interest_rate,
        repricing_in_years,
        consent_fee
      )
    )
  );
}

/**
 * The portfolio's undiscounted extra interest by year after a merger, as a row for years 1, 2, ….
 * @customfunction LOAN_REPRICING_SCHEDULE
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#LOAN_REPRICING_SCHEDULE
 * @param balance Balance outstanding today; a column for a portfolio (one row per loan).
 * @param old_margin Today's margin over the reference rate, such as 0.003 for 0.30%.
 * @param new_margin The margin lenders would ask after the merger, such as 0.015.
 * @param years Remaining term in whole years (1 to 100).
 * @param discount_rate Annual discount rate (sets an annuity's payments when interest_rate is blank).
 * @param [repayment] "bullet", "straight" or "annuity" (default: level payments at interest_rate).
 * @param [interest_rate] The loan's interest rate, which sets an annuity's payments (default: discount_rate).
 * @param [repricing_in_years] Years until the lender could reprice anyway (default: the whole term).
 * @param [consent_fee] Consent fee as a share of the balance; paid in year 0, so not in this row.
 * @returns Spills a row: the extra interest in years 1 … the longest repriced term.
 * @example =PCBA.LOAN_REPRICING_SCHEDULE(3000000, 0.01, 0.02, 3, 0.05, "straight") → 30000, 20000, 10000
 */
export function loanRepricingScheduleFn(
  balance: any[][],
  old_margin: any[][],
  new_margin: any[][],
  years: any[][],
  discount_rate: any[][],
  repayment?: any[][],
  interest_rate?: any[][],
  repricing_in_years?: any[][],
  consent_fee?: any[][]
): number[][] {
  return excel("LOAN_REPRICING_SCHEDULE", () => [
    loanRepricingSchedule(
      loansArg(
        balance,
        old_margin,
        new_margin,
        years,
        discount_rate,
        repayment,
        interest_rate,
        repricing_in_years,
        consent_fee
      )
    ),
  ]);
}

/**
 * Present value of breaking interest-rate swaps: (fixed_rate − market_rate) on each year's opening notional.
 * @customfunction SWAP_BREAK_COST
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#SWAP_BREAK_COST
 * @param notional The swap's notional today; a column for several swaps.
 * @param fixed_rate The fixed rate paid under the swap, such as 0.05.
 * @param market_rate Today's market swap rate for the remaining term, such as 0.03.
 * @param years Remaining term in whole years (1 to 100).
 * @param [discount_rate] Annual discount rate (default: market_rate).
 * @param [repayment] How the notional amortises: "bullet" (default), "straight" or "annuity" (at the fixed rate).
 * @returns Σ_t (fixed_rate − market_rate) · notional(t) / (1 + discount_rate)^t; positive is a cost of breaking.
 * @example =PCBA.SWAP_BREAK_COST(10000000, 0.05, 0.03, 5) → 915941.44
 */
export function swapBreakCostFn(
  notional: any[][],
  fixed_rate: any[][],
  market_rate: any[][],
  years: any[][],
  discount_rate?: any[][],
  repayment?: any[][]
): number {
  return excel("SWAP_BREAK_COST", () => {
    const t = table([
      { name: "notional", value: notional, required: true },
      { name: "fixed_rate", value: fixed_rate, required: true },
      { name: "market_rate", value: market_rate, required: true },
      { name: "years", value: years, required: true },
      { name: "discount_rate", value: discount_rate, required: false, fallback: null },
      { name: "repayment", value: repayment, required: false, kind: "text" },
    ]);
    if (t.rows === 0) throw invalidArgument("notional has no swaps: fill in at least one row.");
    const rates = optionalNumbers(t, "discount_rate");
    const repayments = texts(t, "repayment");
    const fixedRates = numbers(t, "fixed_rate");
    const marketRates = numbers(t, "market_rate");
    const terms = numbers(t, "years");
    return swapBreakCost(
      numbers(t, "notional").map((n, i) => ({
        notional: n,
        fixedRate: fixedRates[i],
        marketRate: marketRates[i],
        years: terms[i],
        discountRate: rates[i],
        repayment: repayments[i] || undefined,
      }))
    );
  });
}

/**
 * Savings by year as they ramp up to their full annual value.
 * @customfunction SAVINGS_RAMP
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#SAVINGS_RAMP
 * @param full_saving The full annual saving once reached.
 * @param years_to_full Years to reach it (0 = from year 1).
 * @param horizon Years to show, a whole number from 1 to 1000.
 * @param [shape] "linear" (default): full · min(1, k / years_to_full); "immediate"; "s_curve": slow, fast, slow, half-way at years_to_full / 2.
 * @returns Spills a row of savings for years 1 … horizon.
 * @example =PCBA.SAVINGS_RAMP(5000000, 5, 7) → 1000000, 2000000, 3000000, 4000000, 5000000, 5000000, 5000000
 */
export function savingsRampFn(
  full_saving: number,
  years_to_full: number,
  horizon: number,
  shape?: string
): number[][] {
  return excel("SAVINGS_RAMP", () => [
    savingsRamp(
      num(full_saving, "full_saving"),
      num(years_to_full, "years_to_full"),
      num(horizon, "horizon"),
      optText(shape, "shape", "linear")
    ),
  ]);
}

/** The arguments shared by MERGER_NPV and MERGER_PAYBACK. */
function mergerArg(
  fullSaving: Arg,
  yearsToFull: Arg,
  horizon: Arg,
  oneOffCosts: Arg,
  annualCosts: Arg,
  shape: Arg
): MergerCase {
  const annual = isBlank(annualCosts) ? [0] : series(annualCosts, "annual_costs").values;
  return {
    fullSaving: num(fullSaving, "full_saving"),
    yearsToFull: num(yearsToFull, "years_to_full"),
    horizon: num(horizon, "horizon"),
    oneOffCosts: series(oneOffCosts, "one_off_costs").values,
    annualCosts: annual.length === 1 ? annual[0] : annual,
    shape: optText(shape, "shape", "linear"),
  };
}

/**
 * NPV of a merger or partnership: ramped savings less one-off and recurring costs.
 * @customfunction MERGER_NPV
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#MERGER_NPV
 * @param full_saving The full annual saving once reached.
 * @param years_to_full Years to reach it (0 = from year 1).
 * @param horizon Years of savings to count, a whole number from 1 to 1000.
 * @param one_off_costs One-off costs in a row from year 0 (year 0, year 1, …).
 * @param [annual_costs] Recurring costs: one value for every year 1 … horizon, or a row from year 1 (default 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [shape] How savings ramp up: "linear" (default), "immediate" or "s_curve".
 * @returns Σ saving_k · DF(k) − Σ one_off_k · DF(k) − Σ annual_k · DF(k).
 * @example =PCBA.MERGER_NPV(2000000, 5, 10, {2000000,1000000}, 300000, 0.035) → 7435807.86
 */
export function mergerNpvFn(
  full_saving: number,
  years_to_full: number,
  horizon: number,
  one_off_costs: any[][],
  annual_costs?: any[][],
  discount?: any,
  shape?: string
): number {
  return excel("MERGER_NPV", () =>
    mergerNpv(
      mergerArg(full_saving, years_to_full, horizon, one_off_costs, annual_costs, shape),
      scheduleArg(discount, 0.035)
    )
  );
}

/**
 * Discounted payback of a merger or partnership, in years.
 * @customfunction MERGER_PAYBACK
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#MERGER_PAYBACK
 * @param full_saving The full annual saving once reached.
 * @param years_to_full Years to reach it (0 = from year 1).
 * @param horizon Years of savings to count, a whole number from 1 to 1000.
 * @param one_off_costs One-off costs in a row from year 0 (year 0, year 1, …).
 * @param [annual_costs] Recurring costs: one value for every year 1 … horizon, or a row from year 1 (default 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [shape] How savings ramp up: "linear" (default), "immediate" or "s_curve".
 * @returns Years until the cumulative discounted net value returns to zero, interpolated within the year; #N/A if it never does within the horizon.
 * @example =PCBA.MERGER_PAYBACK(2000000, 5, 10, {2000000,1000000}, 300000, 0.035) → 4.32
 */
export function mergerPaybackFn(
  full_saving: number,
  years_to_full: number,
  horizon: number,
  one_off_costs: any[][],
  annual_costs?: any[][],
  discount?: any,
  shape?: string
): number {
  return excel("MERGER_PAYBACK", () =>
    mergerPayback(
      mergerArg(full_saving, years_to_full, horizon, one_off_costs, annual_costs, shape),
      scheduleArg(discount, 0.035)
    )
  );
}

/**
 * Annual cost of the staff time that partnership meetings take; one forum or a table of them.
 * @customfunction MEETING_COST
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#MEETING_COST
 * @param meetings_per_year Meetings a year; a column for several forums.
 * @param attendees People at each meeting.
 * @param hours Hours per meeting.
 * @param hourly_rate Loaded cost of an attendee's hour (see LOADED_HOURLY_RATE).
 * @param [preparation] Preparation and travel time as a share of meeting time (default 0; 0.5 = half an hour per hour).
 * @returns Σ meetings · attendees · hours · (1 + preparation) · hourly_rate.
 * @example =PCBA.MEETING_COST(12, 8, 2, 45, 0.5) → 12960
 */
export function meetingCostFn(
  meetings_per_year: any[][],
  attendees: any[][],
  hours: any[][],
  hourly_rate: any[][],
  preparation?: any[][]
): number {
  return excel("MEETING_COST", () => {
    const t = table([
      { name: "meetings_per_year", value: meetings_per_year, required: true },
      { name: "attendees", value: attendees, required: true },
      { name: "hours", value: hours, required: true },
      { name: "hourly_rate", value: hourly_rate, required: true },
      { name: "preparation", value: preparation, required: false, fallback: 0 },
    ]);
    const attendees_ = numbers(t, "attendees");
    const hours_ = numbers(t, "hours");
    const rates = numbers(t, "hourly_rate");
    const preparation_ = numbers(t, "preparation");
    return meetingCost(
      numbers(t, "meetings_per_year").map((m, i) => ({
        meetingsPerYear: m,
        attendees: attendees_[i],
        hours: hours_[i],
        hourlyRate: rates[i],
        preparation: preparation_[i],
      }))
    );
  });
}

/**
 * Loaded cost of an hour of staff time: salary with on-costs over productive hours.
 * @customfunction LOADED_HOURLY_RATE
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#LOADED_HOURLY_RATE
 * @param salary Annual salary.
 * @param oncost On-costs (employer's NI, pension, overheads) as a share of salary, 0 to 1, such as 0.3. No published typical value: use your own.
 * @param productive_hours Productive hours a year (more than 0).
 * @returns salary · (1 + oncost) / productive_hours.
 * @example =PCBA.LOADED_HOURLY_RATE(45000, 0.3, 1650) → 35.45
 */
export function loadedHourlyRateFn(
  salary: number,
  oncost: number,
  productive_hours: number
): number {
  return excel("LOADED_HOURLY_RATE", () =>
    loadedHourlyRate(
      num(salary, "salary"),
      num(oncost, "oncost"),
      num(productive_hours, "productive_hours")
    )
  );
}

/**
 * Each partner's fair share of a joint result (the Shapley value).
 * @customfunction SHAPLEY
 * @category Partnership finance
 * @helpurl https://localhost:3000/taskpane.html#SHAPLEY
 * @param coalition_values 2^n values, n = 1 … 12 partners: entry i is the value of the coalition whose members are the set bits of i (entry 1, the empty coalition, is 0).
 * @returns Spills each partner's share (partner 1 first), following the orientation of coalition_values.
 * @example =PCBA.SHAPLEY({0;100;50;200}) → 125, 75
 */
export function shapleyFn(coalition_values: any[][]): number[][] {
  return excel("SHAPLEY", () => {
    const { cells, orientation } = rawVector(coalition_values, "coalition_values");
    const values = cells.map((c, i) => {
      if (isBlank(c)) {
        if (i === 0) return 0;
        throw invalidArgument(
          `coalition_values (entry ${i + 1}) is blank; every coalition needs a value.`
        );
      }
      return num(c, `coalition_values (entry ${i + 1})`);
    });
    return spill(shapley(values), orientation);
  });
}
