/**
 * The pane's changes to a review draft, as plain functions on the object (no React): where a
 * review starts from (an example review, a business case and one of its options, a file the
 * user opens), and setting one year's figure of a line. Each keeps the review in its written
 * form (`normaliseRealisation`), so what the pane shows is what the workbook will hold.
 */
import { SUGGESTED_THRESHOLDS } from "../../../model/realisation";
import type { BusinessCase } from "../business-case";
import { caseProblems } from "../business-case";
import { normaliseRealisation } from "../normalise";
import { realisationTemplate } from "../template";
import { realisationProblems } from "../validate";
import type { ActualFigure, LineKind, Realisation, Reforecast } from "../types";

/** A line of the draft: one of the option's (by id) or an unplanned one (by its place). */
export type LineRef = { planned: true; id: string } | { planned: false; index: number };

/**
 * A new review of `optionId` in case `c`: every line listed with no figures, the last year
 * reported 0, the suggested bands flagged as assumptions to review.
 */
export function startFromCase(c: BusinessCase, optionId?: string): Realisation {
  const id = optionId ?? c.options[0]?.id;
  if (!id) throw new Error("The business case has no option to review.");
  return normaliseRealisation(realisationTemplate(c, id, 0, SUGGESTED_THRESHOLDS));
}

/** A different option of the same case: its lines, the year and bands kept, no figures. */
export function chooseOption(r: Realisation, optionId: string): Realisation {
  return {
    ...startFromCase(r.businessCase, optionId),
    title: r.title,
    asAtYear: r.asAtYear,
    thresholds: r.thresholds,
  };
}

/**
 * What a file the user opened holds: a review (kept as it is, in its written form) or a
 * business case (a new review of its first option). Anything else is an error listing why.
 */
export function startFromFile(text: string): Realisation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("The file is not JSON: open a business case or a review saved from PCBA.");
  }
  const v = value as Record<string, unknown> | null;
  if (v && typeof v === "object" && "businessCase" in v) {
    const problems = realisationProblems(v);
    if (problems.length) throw new Error(`The review is not valid: ${problems.join("; ")}`);
    return normaliseRealisation(v as unknown as Realisation);
  }
  const problems = caseProblems(v);
  if (problems.length) throw new Error(`The business case is not valid: ${problems.join("; ")}`);
  return startFromCase(v as unknown as BusinessCase);
}

/** The figures and re-forecast of a line, to change in place on a draft copy. */
function entry(
  d: Realisation,
  line: LineRef
): { figures: ActualFigure[]; reforecast?: Reforecast | null; note?: string } {
  if (!line.planned) return d.unplanned[line.index];
  let a = d.actuals.find((x) => x.line === line.id);
  if (!a) {
    a = { line: line.id, figures: [], reforecast: null, note: "" };
    d.actuals.push(a);
  }
  return a;
}

/**
 * Sets one year's figure of a line on a draft copy: `amount` null is "not yet known"; a
 * figure with no amount and no evidence is removed (nothing is known about that year).
 */
export function setFigure(
  d: Realisation,
  line: LineRef,
  year: number,
  change: { amount?: number | null; evidence?: string }
): void {
  const e = entry(d, line);
  const k = e.figures.findIndex((f) => f.year === year);
  const was: ActualFigure = k >= 0 ? e.figures[k] : { year, amount: null, evidence: "" };
  const next: ActualFigure = { ...was, ...change };
  if (k >= 0) e.figures.splice(k, 1);
  if (next.amount !== null || next.evidence !== "") e.figures.push(next);
  e.figures.sort((a, b) => a.year - b.year);
}

/** Sets a line's re-forecast on a draft copy (null: the plan after the last year reported). */
export function setReforecast(d: Realisation, line: LineRef, r: Reforecast | null): void {
  entry(d, line).reforecast = r;
}

/** The figure of a line in a year, if any. */
export function figureOf(r: Realisation, line: LineRef, year: number): ActualFigure | undefined {
  const figures = line.planned
    ? r.actuals.find((a) => a.line === line.id)?.figures
    : r.unplanned[line.index]?.figures;
  return figures?.find((f) => f.year === year);
}

/**
 * A line's re-forecast in the shape its new kind needs, its number and year kept: a one-off
 * cost's is what is still to spend ({ amount, year }), a saving's or recurring cost's the
 * level now expected ({ annual, year }). Changing an unplanned line's kind would otherwise
 * leave the other shape, which the review's rules refuse.
 * @example reforecastFor("one_off_cost", { annual: 300000, year: 6 }) // { amount: 300000, year: 6 }
 */
export function reforecastFor(
  kind: LineKind,
  r: Reforecast | null | undefined
): Reforecast | null | undefined {
  if (!r) return r;
  if (kind === "one_off_cost") return "annual" in r ? { amount: r.annual, year: r.year } : r;
  return "amount" in r ? { annual: r.amount, year: r.year } : r;
}
