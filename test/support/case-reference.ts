/**
 * The business-case Monte Carlo's reference route, for the tests and the benchmark: one
 * iteration's draws applied to the case's own inputs (each savings line's amount, each
 * one-off cost, the forums' hourly rates and coordination, the VAT cost base, the discount
 * rate) and the whole case re-evaluated by `evaluateCase`; loan repricing, which is not
 * linear in the lenders' margins, is scaled as the cost it is (from `repricingByYear`).
 * The case must be on a flat discount rate, so the scaled rate can be written back into it.
 */
import { evaluateCase, repricingByYear } from "../../src/journeys/business-case/evaluate";
import type { BusinessCase } from "../../src/journeys/business-case/types";

export function referenceNpv(c: BusinessCase, optionId: string, draws: Float64Array, u: number): number {
  const s: BusinessCase = JSON.parse(JSON.stringify(c));
  const o = s.options.find((x) => x.id === optionId)!;
  const k = (i: number) => 1 + u * draws[i];
  let i = 0;
  s.appraisal.discount = (s.appraisal.discount as number) * k(i++);
  for (const line of o.savings) line.fullAnnual *= k(i++);
  for (const cost of o.oneOffCosts) cost.amount *= k(i++);
  const hidden = k(i++);
  o.forums.forEach((f) => (f.hourlyRate *= hidden));
  o.coordinationCost *= hidden;
  const vat = k(i++);
  if (o.vat) o.vat.costBase *= vat;
  const repricing = k(i++);
  const npv = evaluateCase(s).find((r) => r.id === optionId)!.npv;
  if (!o.loanRepricing.applies || o.loanRepricing.keepLoansInSubsidiaries) return npv;
  const rate = s.appraisal.discount as number;
  const pv = repricingByYear(s).reduce((sum, x, t) => sum + x / Math.pow(1 + rate, t), 0);
  return npv - (repricing - 1) * pv;
}
