/**
 * The review computed by the model: per line and per savings source, planned against
 * actual to date with the variance, the realisation rate and its status; the re-forecast of
 * each line to maturity; and the option's NPV and payback with the actuals to date and the
 * re-forecast after, against the figures the board approved. Discounting, payback and the
 * plan of every line are the business case's own (`evaluateCase`, `optionFlows`), so when
 * every actual equals the plan and no line is re-forecast the outturn NPV is the case's.
 *
 * Rules (each a statement the Realisation sheet repeats):
 * - an actual not yet known (blank) is taken at plan in the outturn, and left out of the
 *   comparison to date: actual to date is compared with the plan of the years reported;
 * - a re-forecast runs from the last reported year's outturn in a straight line to its level
 *   ({@link reforecastValue}); without one, the years after the last reported follow the plan;
 * - a re-forecast's figures are expected values: the plan's confidence and optimism bias
 *   are not applied to them, nor to actuals;
 * - a rate against a plan of 0 or less is undefined: the status says so ("not_rated").
 */
import { npsv, payback, pv } from "../../model/appraisal";
import { discountFactors, discountSchedule } from "../../model/discounting";
import { invalidArgument, ModelError } from "../../model/errors";
import {
  ragStatus,
  realisationRate,
  realisationVariance,
  reforecastValue,
  varianceShare,
  type LineDirection,
  type RagThresholds,
} from "../../model/realisation";
import { evaluateCase, SAVINGS_SOURCES, type SavingsSource } from "./business-case";
import type { PlannedLine } from "./lines";
import { linesOf, realisationRuleProblems } from "./rules";
import type {
  ActualFigure,
  LevelReforecast,
  LineKind,
  LineReview,
  Maturity,
  OptionFigures,
  Realisation,
  RealisationResult,
  Reforecast,
  SourceReview,
  ToDate,
} from "./types";

const direction = (kind: LineKind): LineDirection => (kind === "saving" ? "benefit" : "cost");
const isLevel = (r: Reforecast): r is LevelReforecast => "annual" in r;

/**
 * Planned against actual over years 0 … asAtYear, for one line or several together: the
 * actual to date is compared with the plan of the years whose actual is known.
 */
export function compareToDate(
  rows: readonly { plan: readonly number[]; actual: readonly (number | null)[] }[],
  asAtYear: number,
  thresholds: RagThresholds,
  dir: LineDirection
): ToDate {
  let planned = 0;
  let plannedReported = 0;
  let actual = 0;
  let known = 0;
  for (const row of rows) {
    for (let t = 0; t <= asAtYear; t++) {
      const p = row.plan[t] ?? 0;
      planned += p;
      const a = row.actual[t];
      if (a === null || a === undefined) continue;
      plannedReported += p;
      actual += a;
      known++;
    }
  }
  const variance = realisationVariance(actual, plannedReported);
  const base = { planned, plannedReported, actual, variance };
  if (known === 0) {
    return {
      ...base,
      variancePct: null,
      rate: null,
      status: "no_actuals",
      note: "No actual is known yet.",
    };
  }
  if (plannedReported <= 0) {
    return {
      ...base,
      variancePct: null,
      rate: null,
      status: "not_rated",
      note:
        plannedReported === 0
          ? "Nothing was planned for the years reported, so there is no realisation rate."
          : "Less than nothing was planned for the years reported, so a rate would read backwards.",
    };
  }
  const rate = realisationRate(actual, plannedReported);
  return {
    ...base,
    variancePct: varianceShare(actual, plannedReported),
    rate,
    status: ragStatus(rate, thresholds, dir),
    note: "",
  };
}

interface LineInput {
  id: string;
  kind: LineKind;
  planned: boolean;
  source: SavingsSource | null;
  description: string;
  plan: number[];
  level: PlannedLine["level"];
  figures: readonly ActualFigure[];
  reforecast: Reforecast | null;
  note: string;
}

function reviewLine(x: LineInput, r: Realisation): LineReview {
  const n = r.asAtYear;
  const h = r.businessCase.appraisal.horizon;
  const byYear = new Map(x.figures.map((f) => [f.year, f]));
  const actual: (number | null)[] = [];
  const evidence: (string | null)[] = [];
  const yearsAtPlan: number[] = [];
  const outturn: number[] = [];
  for (let t = 0; t <= n; t++) {
    const f = byYear.get(t);
    const a = f?.amount ?? null;
    actual.push(a);
    evidence.push(f ? f.evidence : null);
    if (a === null && x.plan[t] !== 0) yearsAtPlan.push(t);
    outturn.push(a ?? x.plan[t]);
  }
  const rf = x.reforecast;
  const anchor = outturn[n];
  for (let t = n + 1; t <= h; t++) {
    if (!rf) outturn.push(x.plan[t]);
    else if (isLevel(rf)) outturn.push(reforecastValue(t, n, anchor, rf.annual, rf.year));
    else outturn.push(t === rf.year ? rf.amount : 0);
  }
  let maturity: Maturity | null = null;
  if (x.kind !== "one_off_cost" && (x.level || !x.planned)) {
    const level = rf && isLevel(rf) ? rf : null;
    const reforecastYear = level ? level.year : (x.level?.year ?? null);
    maturity = {
      planned: x.level?.annual ?? 0,
      plannedYear: x.level?.year ?? null,
      reforecast: level ? level.annual : (x.level?.annual ?? 0),
      reforecastYear,
      afterHorizon: reforecastYear !== null && reforecastYear > h,
    };
  }
  const sum = (row: number[]) => row.reduce((s, v) => s + v, 0);
  return {
    id: x.id,
    kind: x.kind,
    planned: x.planned,
    source: x.source,
    description: x.description,
    plan: x.plan,
    actual,
    evidence,
    yearsAtPlan,
    outturn,
    toDate: compareToDate(
      [{ plan: x.plan, actual }],
      n,
      x.kind === "saving" ? r.thresholds.savings : r.thresholds.costs,
      direction(x.kind)
    ),
    reforecast: rf,
    maturity,
    beyondHorizon: !!rf && !isLevel(rf) && rf.year > h,
    totalPlanned: sum(x.plan),
    totalOutturn: sum(outturn),
    note: x.note,
  };
}

function orNull(f: () => number): number | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModelError && e.code === "#N/A") return null;
    throw e;
  }
}

const addRows = (rows: readonly (readonly number[])[], length: number): number[] => {
  const out = new Array<number>(length).fill(0);
  for (const row of rows) row.forEach((v, t) => (out[t] += v));
  return out;
};

/** Σ of the known figures of each year 0 … asAtYear; null when none is known. */
const knownSums = (rows: readonly (readonly (number | null)[])[], asAtYear: number) =>
  Array.from({ length: asAtYear + 1 }, (_, t) => {
    const known = rows.map((row) => row[t]).filter((a): a is number => a !== null);
    return known.length ? known.reduce((s, a) => s + a, 0) : null;
  });

/**
 * Reviews a realisation: every line of the chosen option (with its actuals, or none yet)
 * and every unplanned line, by source, in total, and the option's NPV and payback now
 * against the case's. Throws `#VALUE!` listing every problem when the review breaks its
 * rules ({@link realisationRuleProblems}); check the shape first with `parseRealisation`.
 *
 * @example evaluateRealisation(example) for examples/realisation-two-associations.json:
 *   three years of a merger's savings at about half the plan, re-forecast to £6m a year.
 */
export function evaluateRealisation(r: Realisation): RealisationResult {
  const problems = realisationRuleProblems(r);
  if (problems.length)
    throw invalidArgument(`The realisation review is not valid:\n- ${problems.join("\n- ")}`);
  const c = r.businessCase;
  const h = c.appraisal.horizon;
  const option = c.options.find((o) => o.id === r.optionId)!;
  const planned = linesOf(r)!;
  const given = new Map(r.actuals.map((a) => [a.line, a]));
  const inputs: LineInput[] = [...planned.values()].map((l) => {
    const a = given.get(l.id);
    return {
      ...l,
      planned: true,
      figures: a?.figures ?? [],
      reforecast: a?.reforecast ?? null,
      note: a?.note ?? "",
    };
  });
  r.unplanned.forEach((u, i) =>
    inputs.push({
      id: `unplanned/${i}`,
      kind: u.kind,
      planned: false,
      source: u.kind === "saving" ? (u.source ?? null) : null,
      description: u.description,
      plan: new Array<number>(h + 1).fill(0),
      level: null,
      figures: u.figures,
      reforecast: u.reforecast ?? null,
      note: u.note ?? "",
    })
  );
  const lines = inputs.map((x) => reviewLine(x, r));
  const savingsLines = lines.filter((l) => l.kind === "saving");
  const costLines = lines.filter((l) => l.kind !== "saving");
  const n = r.asAtYear;
  const { savings: savingsBands, costs: costBands } = r.thresholds;

  const sources: SourceReview[] = SAVINGS_SOURCES.map((s) => s.id)
    .map((source) => ({ source, of: savingsLines.filter((l) => l.source === source) }))
    .filter((s) => s.of.length > 0)
    .map(({ source, of }) => ({
      source,
      toDate: compareToDate(of, n, savingsBands, "benefit"),
      plannedAtMaturity: of.reduce((sum, l) => sum + (l.maturity?.planned ?? 0), 0),
      reforecastAtMaturity: of.reduce((sum, l) => sum + (l.maturity?.reforecast ?? 0), 0),
    }));

  const schedule = discountSchedule(c.appraisal.discount);
  const df = discountFactors(h, schedule);
  const plannedSavings = addRows(
    savingsLines.map((l) => l.plan),
    h + 1
  );
  const plannedCosts = addRows(
    costLines.map((l) => l.plan),
    h + 1
  );
  const outturnSavings = addRows(
    savingsLines.map((l) => l.outturn),
    h + 1
  );
  const outturnCosts = addRows(
    costLines.map((l) => l.outturn),
    h + 1
  );
  const cumulative = (ben: number[], cost: number[]) => {
    let running = 0;
    return ben.map((b, t) => (running += (b - cost[t]) * df[t]));
  };
  const pvNet = (from: number, to: number) => {
    let sum = 0;
    for (let t = from; t <= to; t++) sum += (outturnSavings[t] - outturnCosts[t]) * df[t];
    return sum;
  };

  const caseResult = evaluateCase(c).find((o) => o.id === option.id)!;
  const approved: OptionFigures = {
    npv: caseResult.npv,
    payback: caseResult.payback,
    pvSavings: caseResult.pvSavings,
    pvCosts: caseResult.pvCosts,
    savingsAtMaturity: caseResult.savingsAtMaturity,
  };
  const npv = npsv(outturnSavings, outturnCosts, schedule);
  const outturn = {
    npv,
    payback: orNull(() => payback(outturnSavings, outturnCosts, schedule)),
    pvSavings: pv(outturnSavings, schedule),
    pvCosts: pv(outturnCosts, schedule),
    savingsAtMaturity: savingsLines.reduce((sum, l) => sum + (l.maturity?.reforecast ?? 0), 0),
    pvToDate: pvNet(0, n),
    pvRemaining: pvNet(n + 1, h),
  };

  return {
    optionId: option.id,
    optionName: option.name,
    asAtYear: n,
    horizon: h,
    lines,
    sources,
    savings: compareToDate(savingsLines, n, savingsBands, "benefit"),
    costs: compareToDate(costLines, n, costBands, "cost"),
    approved,
    outturn,
    npvVariance: npv - approved.npv,
    byYear: {
      year: Array.from({ length: h + 1 }, (_, t) => t),
      plannedSavings,
      plannedCosts,
      outturnSavings,
      outturnCosts,
      actualSavings: knownSums(
        savingsLines.map((l) => l.actual),
        n
      ),
      actualCosts: knownSums(
        costLines.map((l) => l.actual),
        n
      ),
      plannedCumulative: cumulative(plannedSavings, plannedCosts),
      outturnCumulative: cumulative(outturnSavings, outturnCosts),
    },
  };
}
