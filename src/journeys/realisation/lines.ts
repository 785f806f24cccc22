/**
 * The lines of a business case's option, each with the case's figure for every year, so
 * that actuals can be set against them. The lines add up, year by year, to the option's
 * flows as the case computes them (`optionFlows`): savings after confidence, one-off costs
 * after optimism bias, forums and coordination, irrecoverable VAT, loan repricing.
 */
import { meetingCost } from "../../model/partnership-costs";
import { savingsRamp } from "../../model/merger";
import {
  caseSeries,
  inPriceBase,
  optionFlows,
  type BusinessCase,
  type BusinessOption,
  type SavingsSource,
} from "./business-case";
import type { LineKind } from "./types";

/** A line of the plan. */
export interface PlannedLine {
  /** Its place in the option: "savings/0", "oneOffCosts/2", "forums/1", "coordinationCost", "vat", "repricing". */
  id: string;
  kind: LineKind;
  source: SavingsSource | null;
  description: string;
  /** The case's figure for years 0 … horizon. */
  plan: number[];
  /** A recurring line's full annual value and the first year it is reached; null for one-offs and repricing. */
  level: { annual: number; year: number } | null;
}

const ONE_OFF_LABELS: Record<string, string> = {
  due_diligence: "Due diligence",
  legal: "Legal",
  it_integration: "IT integration",
  redundancy: "Redundancy",
  rebranding: "Rebranding",
  advisers: "Advisers",
  other: "Other one-off cost",
};

/** A row that is `annual` in years 1 … horizon and 0 in year 0, as the case's recurring costs. */
const fromYearOne = (annual: number, horizon: number) =>
  Array.from({ length: horizon + 1 }, (_, t) => (t === 0 ? 0 : annual));

/**
 * The option's lines, in the order: savings, one-off costs, forums, coordination (when not
 * 0), VAT (when the option has a shared service), loan repricing (when lenders reprice).
 *
 * A saving's plan is full_annual · confidence · min(1, k / years_to_full) in year k ≥ 1
 * (`savingsRamp`), reaching its level in year max(1, years_to_full); a one-off cost's is
 * amount · (1 + optimism bias) in its year. A line given in another year's prices is first
 * restated in the case's price base (`inPriceBase`, with the case's deflators), as the case
 * itself does.
 */
export function plannedLines(c: BusinessCase, o: BusinessOption): PlannedLine[] {
  const h = c.appraisal.horizon;
  const lines: PlannedLine[] = [];
  const base = (
    amount: number,
    priceYear: BusinessCase["appraisal"]["priceBaseYear"] | undefined
  ) => inPriceBase(amount, priceYear, c.appraisal.priceBaseYear, caseSeries(c));
  o.savings.forEach((s, i) => {
    const expected = base(s.fullAnnual, s.priceYear) * s.confidence;
    lines.push({
      id: `savings/${i}`,
      kind: "saving",
      source: s.source,
      description: s.description,
      plan: [0, ...savingsRamp(expected, s.yearsToFull, h)],
      level: { annual: expected, year: Math.max(1, Math.ceil(s.yearsToFull)) },
    });
  });
  o.oneOffCosts.forEach((k, j) => {
    const plan = new Array<number>(h + 1).fill(0);
    if (k.year <= h) plan[k.year] = base(k.amount, k.priceYear) * (1 + c.appraisal.optimismBias);
    lines.push({
      id: `oneOffCosts/${j}`,
      kind: "one_off_cost",
      source: null,
      description: `${ONE_OFF_LABELS[k.category] ?? k.category} (year ${k.year})`,
      plan,
      level: null,
    });
  });
  o.forums.forEach((f, k) => {
    const annual = meetingCost([f]);
    lines.push({
      id: `forums/${k}`,
      kind: "recurring_cost",
      source: null,
      description: f.name || `Forum ${k + 1}`,
      plan: fromYearOne(annual, h),
      level: { annual, year: 1 },
    });
  });
  if (o.coordinationCost !== 0) {
    lines.push({
      id: "coordinationCost",
      kind: "recurring_cost",
      source: null,
      description: "Coordination",
      plan: fromYearOne(o.coordinationCost, h),
      level: { annual: o.coordinationCost, year: 1 },
    });
  }
  const flows = o.vat || o.loanRepricing.applies ? optionFlows(c, o) : null;
  if (o.vat && flows) {
    lines.push({
      id: "vat",
      kind: "recurring_cost",
      source: null,
      description: "Irrecoverable VAT on the shared service's charges",
      plan: flows.vat,
      level: { annual: flows.vat[1] ?? 0, year: 1 },
    });
  }
  if (o.loanRepricing.applies && !o.loanRepricing.keepLoansInSubsidiaries && flows) {
    lines.push({
      id: "repricing",
      kind: "recurring_cost",
      source: null,
      description: "Loan repricing: consent fees, swap breaks and extra interest",
      plan: flows.repricing,
      level: null,
    });
  }
  return lines;
}
