/**
 * One written form of a review, the one its workbook holds: every line of the chosen option
 * listed (in the option's order, a line with no actuals yet has no figures), figures in year
 * order, a missing re-forecast written as null and a missing note as "", an unplanned line's
 * source only on savings. Reading a workbook back gives this form, so the journey's `parse`
 * returns it too and a file round-trips through the workbook exactly. Nothing is changed in
 * meaning: a line not listed has no actuals and keeps its plan either way (docs/realisation.md).
 */
import { linesOf } from "./rules";
import type { ActualFigure, PlannedLineActuals, Realisation, UnplannedLine } from "./types";

const byYear = (figures: readonly ActualFigure[]): ActualFigure[] =>
  [...figures]
    .sort((a, b) => a.year - b.year)
    .map((f) => ({ year: f.year, amount: f.amount, evidence: f.evidence }));

/**
 * The review in its written form. Lines the option does not have are kept at the end as
 * given (the rules report them), so a review with problems is not silently changed.
 */
export function normaliseRealisation(r: Realisation): Realisation {
  const lines = linesOf(r);
  const given = new Map(r.actuals.map((a) => [a.line, a]));
  const one = (a: PlannedLineActuals | undefined, line: string): PlannedLineActuals => ({
    line,
    figures: byYear(a?.figures ?? []),
    reforecast: a?.reforecast ?? null,
    note: a?.note ?? "",
  });
  const planned = lines ? [...lines.keys()] : [];
  const actuals = [
    ...planned.map((id) => one(given.get(id), id)),
    ...r.actuals.filter((a) => !planned.includes(a.line)),
  ];
  const unplanned = r.unplanned.map((u): UnplannedLine => ({
    kind: u.kind,
    ...(u.kind === "saving" && u.source ? { source: u.source } : {}),
    description: u.description,
    figures: byYear(u.figures),
    reforecast: u.reforecast ?? null,
    note: u.note ?? "",
  }));
  return { ...r, actuals, unplanned };
}
