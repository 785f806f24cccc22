/**
 * The business case computed by the model: per option, the flows by year and the summary
 * figures the workbook's Summary sheet shows. The generated workbook computes the same with
 * Excel's built-in functions; the end-to-end tests recalculate it in LibreOffice and
 * require the two to agree to the penny.
 */
import { bcr, npsv, payback } from "../../model/appraisal";
import { discountFactors, discountSchedule } from "../../model/discounting";
import { loanRepricingSchedule, swapBreakCost } from "../../model/loans";
import { savingsRamp } from "../../model/merger";
import { meetingCost } from "../../model/partnership-costs";
import { sharedServiceCost } from "../../model/vat";
import { autonomyKept } from "./continuum";
import { caseSeries, inPriceBase } from "./prices";
import type { DeflatorSeries, PriceYear } from "../../model/price-base";
import type { BusinessCase, BusinessOption, OneOffCost, SavingsLine } from "./types";
import { orNull } from "../common";

/** One option's flows by year 0 … horizon (index = year). */
export interface OptionFlows {
  savings: number[];
  /** One-off costs with the optimism-bias uplift. */
  oneOff: number[];
  /** Forums and coordination. */
  hidden: number[];
  /** Irrecoverable VAT on the shared service's charges. */
  vat: number[];
  /** Extra interest and consent fees if lenders reprice. */
  repricing: number[];
  costs: number[];
  net: number[];
}

export interface OptionResult {
  id: string;
  name: string;
  npv: number;
  /** PV savings / PV costs; null when the costs are worth nothing (#DIV/0! in the sheet). */
  bcr: number | null;
  /** Discounted payback in years; null when it never pays back (#N/A in the sheet). */
  payback: number | null;
  savingsAtMaturity: number;
  pvSavings: number;
  pvCosts: number;
  pvVat: number;
  pvRepricing: number;
  autonomy: string;
  /** Cumulative discounted net value by year 0 … horizon (the chart). */
  cumulative: number[];
}

const zeros = (n: number) => new Array<number>(n).fill(0);

/**
 * The whole loan book's repricing cost by year 0 … horizon: consent fees and swap break
 * costs in year 0, extra interest after.
 */
export function repricingByYear(c: BusinessCase): number[] {
  const out = zeros(c.appraisal.horizon + 1);
  if (c.swaps.length) out[0] += swapBreakCost(c.swaps);
  if (c.loans.length === 0) return out;
  for (const l of c.loans) out[0] += l.consentFee * l.balance;
  // The schedule is undiscounted: the case's appraisal rate discounts it with the other flows.
  const loans = c.loans.map((l) => ({ ...l, discountRate: l.interestRate }));
  loanRepricingSchedule(loans).forEach((x, t) => {
    if (t + 1 < out.length) out[t + 1] += x;
  });
  return out;
}

/**
 * One savings line by year 0 … horizon: nothing in year 0, then the expected annual saving
 * (full annual × confidence) ramping up linearly over its years to full (`savingsRamp`).
 */
export function savingsLineFlow(
  line: SavingsLine,
  horizon: number,
  priceBaseYear: PriceYear,
  series: DeflatorSeries = caseSeries()
): number[] {
  // A line in another year's prices is first restated in the price base (`./prices.ts`).
  const full = inPriceBase(line.fullAnnual, line.priceYear, priceBaseYear, series);
  return [0, ...savingsRamp(full * line.confidence, line.yearsToFull, horizon)];
}

/**
 * One one-off cost by year 0 … horizon: its amount with the optimism-bias uplift
 * (HM Treasury Green Book, Annex A5) in its year, nothing otherwise.
 */
export function oneOffCostFlow(cost: OneOffCost, c: BusinessCase): number[] {
  const flow = zeros(c.appraisal.horizon + 1);
  if (cost.year <= c.appraisal.horizon)
    flow[cost.year] =
      inPriceBase(cost.amount, cost.priceYear, c.appraisal.priceBaseYear, caseSeries(c)) *
      (1 + c.appraisal.optimismBias);
  return flow;
}

/** The present value of flows by year 0 … n at the discount factors `df`. */
export const presentValue = (flows: readonly number[], df: ArrayLike<number>): number =>
  flows.reduce((sum, x, t) => sum + x * df[t], 0);

/** An option's flows by year. */
export function optionFlows(c: BusinessCase, o: BusinessOption): OptionFlows {
  const h = c.appraisal.horizon;
  const savings = zeros(h + 1);
  for (const line of o.savings)
    savingsLineFlow(line, h, c.appraisal.priceBaseYear, caseSeries(c)).forEach(
      (x, t) => (savings[t] += x)
    );
  const oneOff = zeros(h + 1);
  for (const cost of o.oneOffCosts) oneOffCostFlow(cost, c).forEach((x, t) => (oneOff[t] += x));
  const meetings = o.forums.length ? meetingCost(o.forums) : 0;
  const hidden = zeros(h + 1).map((_, t) => (t === 0 ? 0 : meetings + o.coordinationCost));
  const vatAnnual = o.vat
    ? sharedServiceCost({
        inHouseCost: 0,
        costBase: o.vat.costBase,
        vat: c.vat.rate,
        recovery: c.vat.recoveryRate,
        route: o.vat.route,
        purchases: o.vat.costBase * o.vat.boughtInShare,
      }) - o.vat.costBase
    : 0;
  const vat = zeros(h + 1).map((_, t) => (t === 0 ? 0 : vatAnnual));
  const repriced = o.loanRepricing.applies && !o.loanRepricing.keepLoansInSubsidiaries;
  const repricing = repriced ? repricingByYear(c) : zeros(h + 1);
  const costs = oneOff.map((x, t) => x + hidden[t] + vat[t] + repricing[t]);
  const net = savings.map((x, t) => x - costs[t]);
  return { savings, oneOff, hidden, vat, repricing, costs, net };
}

/** Every option's summary figures, in the case's order. */
export function evaluateCase(c: BusinessCase): OptionResult[] {
  const schedule = discountSchedule(c.appraisal.discount);
  const df = discountFactors(c.appraisal.horizon, schedule);
  const pvOf = (row: number[]) => presentValue(row, df);
  return c.options.map((o) => {
    const f = optionFlows(c, o);
    let running = 0;
    return {
      id: o.id,
      name: o.name,
      npv: npsv(f.savings, f.costs, schedule),
      bcr: orNull(() => bcr(f.savings, f.costs, schedule)),
      payback: orNull(() => payback(f.savings, f.costs, schedule)),
      savingsAtMaturity: o.savings.reduce(
        (s, l) =>
          s +
          inPriceBase(l.fullAnnual, l.priceYear, c.appraisal.priceBaseYear, caseSeries(c)) *
            l.confidence,
        0
      ),
      pvSavings: pvOf(f.savings),
      pvCosts: pvOf(f.costs),
      pvVat: pvOf(f.vat),
      pvRepricing: pvOf(f.repricing),
      autonomy: autonomyKept(o.form),
      cumulative: f.net.map((x, t) => (running += x * df[t])),
    };
  });
}
