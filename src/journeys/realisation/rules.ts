/**
 * The rules of a realisation review that its JSON Schema cannot say: the option exists, the
 * lines named are the option's, figures fall in the years reported, a re-forecast has the
 * shape its line needs, the bands are in order. Each message leads with the path at fault.
 */
import type { PlannedLine } from "./lines";
import { plannedLines } from "./lines";
import type { ActualFigure, LineKind, Realisation, Reforecast } from "./types";

const isOneOff = (r: Reforecast): boolean => "amount" in r;

function figureProblems(
  figures: readonly ActualFigure[],
  path: string,
  asAtYear: number
): string[] {
  const problems: string[] = [];
  const years = new Set<number>();
  figures.forEach((f, k) => {
    if (f.year > asAtYear) {
      problems.push(
        `${path}/figures/${k}/year ${f.year} is after the last year reported (asAtYear ${asAtYear})`
      );
    }
    if (years.has(f.year))
      problems.push(`${path}/figures/${k}/year ${f.year} has another figure already`);
    years.add(f.year);
  });
  return problems;
}

function reforecastProblems(
  r: Reforecast | null | undefined,
  kind: LineKind,
  path: string,
  asAtYear: number
): string[] {
  if (!r) return [];
  if (kind === "one_off_cost" && !isOneOff(r))
    return [`${path}/reforecast is { annual, year }; a one-off cost needs { amount, year }`];
  if (kind !== "one_off_cost" && isOneOff(r))
    return [
      `${path}/reforecast is { amount, year }; a saving or a recurring cost needs { annual, year }`,
    ];
  // Said without "must" straight after the path: Ajv's messages say "must", and a stored
  // draft with one of those is set aside as of the wrong shape (isStructural); this is a value
  // to fix in the pane.
  if (isOneOff(r) && r.year <= asAtYear) {
    return [
      `${path}/reforecast/year ${r.year} is not after the last year reported (asAtYear ${asAtYear}): what is still to be spent is spent later`,
    ];
  }
  return [];
}

/** The option's lines by id, or null when the option is not in the case. */
export function linesOf(r: Realisation): Map<string, PlannedLine> | null {
  const option = r.businessCase.options.find((o) => o.id === r.optionId);
  if (!option) return null;
  return new Map(plannedLines(r.businessCase, option).map((l) => [l.id, l]));
}

/** Problems with a review whose shape is right (its schema holds); empty when it is valid. */
export function realisationRuleProblems(r: Realisation): string[] {
  const problems: string[] = [];
  const c = r.businessCase;
  const { savings, costs } = r.thresholds;
  if (savings.amber > savings.green)
    problems.push(
      `/thresholds/savings/amber ${savings.amber} must be at most green ${savings.green}`
    );
  if (costs.green > costs.amber)
    problems.push(`/thresholds/costs/green ${costs.green} must be at most amber ${costs.amber}`);
  if (r.asAtYear > c.appraisal.horizon) {
    problems.push(
      `/asAtYear ${r.asAtYear} is after the case's horizon (${c.appraisal.horizon} years): the case plans nothing after it; extend the case's horizon`
    );
  }
  const lines = linesOf(r);
  if (!lines) {
    const ids = c.options.map((o) => `"${o.id}"`).join(", ");
    problems.push(`/optionId "${r.optionId}" is not an option of the case (${ids})`);
    return problems;
  }
  const seen = new Set<string>();
  r.actuals.forEach((a, i) => {
    const path = `/actuals/${i}`;
    const line = lines.get(a.line);
    if (!line) {
      const known = [...lines.keys()].join(", ");
      problems.push(
        `${path}/line "${a.line}" is not a line of option "${r.optionId}" (${known}); add it as an unplanned line`
      );
      return;
    }
    if (seen.has(a.line)) problems.push(`${path}/line "${a.line}" is listed twice`);
    seen.add(a.line);
    problems.push(...figureProblems(a.figures, path, r.asAtYear));
    problems.push(...reforecastProblems(a.reforecast, line.kind, path, r.asAtYear));
  });
  r.unplanned.forEach((u, i) => {
    const path = `/unplanned/${i}`;
    if (u.kind === "saving" && !u.source)
      problems.push(`${path}/source is needed for an unplanned saving`);
    if (u.kind !== "saving" && u.source)
      problems.push(
        `${path}/source is for savings only; this line is a ${u.kind.replace(/_/g, " ")}`
      );
    problems.push(...figureProblems(u.figures, path, r.asAtYear));
    problems.push(...reforecastProblems(u.reforecast, u.kind, path, r.asAtYear));
  });
  return problems;
}
