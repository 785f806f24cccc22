/**
 * Everything the realisation review takes from the business-case journey, in one place, so
 * that moving that journey re-points one file. The review evaluates the case's chosen
 * option exactly as the case does (`evaluateCase`, `optionFlows`).
 */
export type { BusinessCase, BusinessOption, SavingsSource } from "../business-case/types";
export { evaluateCase, optionFlows } from "../business-case/evaluate";
export { caseSeries, inPriceBase } from "../business-case/prices";
export { caseProblems } from "../business-case/validate";
export { SAVINGS_SOURCES } from "../business-case/continuum";
