/**
 * Everything the realisation review takes from the business-case journey, in one place, so
 * that moving that journey re-points one file. The review evaluates the case's chosen
 * option exactly as the case does (`evaluateCase`, `optionFlows`).
 */
export type { BusinessCase, BusinessOption, SavingsSource } from "../case/types";
export { evaluateCase, optionFlows } from "../case/evaluate";
export { caseProblems } from "../case/validate";
export { SAVINGS_SOURCES } from "../case/continuum";
