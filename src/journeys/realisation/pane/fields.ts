/**
 * Benefits realisation: its fields' labels and units in one table, bounds from
 * realisation.schema.json, and the words its messages use ("Step 3: the savings: green at or
 * above must be 1000% or less"). The steps spread these into their fields rather than
 * repeating labels and bounds in JSX. Each line's own fields (its actual and evidence for
 * each year reported, its re-forecast) are scoped by the line's name and labelled by the
 * year, from the draft, so they are placed by {@link placeRealisation} rather than the table:
 * "Step 2 · Line 'One board' · Evidence for year 3".
 */
import schema from "../realisation.schema.json";
import { fieldTable, placedBy } from "../../../taskpane/field-table";
import type { FieldPlace, FieldWords } from "../../../taskpane/words";
import { money } from "../../common";
import { linesOf } from "../rules";
import { realisation } from "..";
import type { ActualFigure, LineKind, Realisation } from "../types";

export const REALISATION_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    optionId: { step: 0 },
    asAtYear: { step: 0 },
    businessCase: { step: 0 },
    actuals: { step: 1, item: "Line" },
    unplanned: { step: 1, item: "Unplanned line" },
    thresholds: { step: 2 },
  },
  {
    // Step 1: business case and option
    optionId: { path: "optionId", label: "Option the partnership went ahead with" },
    title: { path: "title", label: "Title of the review", blank: "enter a title" },
    asAtYear: { path: "asAtYear", label: "Last year reported", unit: "year" },
    // Step 2: an unplanned line (scoped "Unplanned line 2" by its place, as its fields are)
    unplannedKind: { path: "unplanned/*/kind", label: "Kind" },
    unplannedSource: { path: "unplanned/*/source", label: "Source" },
    unplannedDescription: {
      path: "unplanned/*/description",
      label: "Description",
      blank: "enter a description",
    },
    // Step 3: review
    savingsGreen: {
      path: "thresholds/savings/green",
      label: "Savings: green at or above",
      unit: "percent",
    },
    savingsAmber: {
      path: "thresholds/savings/amber",
      label: "Savings: amber at or above",
      unit: "percent",
    },
    costsGreen: {
      path: "thresholds/costs/green",
      label: "Costs: green at or below",
      unit: "percent",
    },
    costsAmber: {
      path: "thresholds/costs/amber",
      label: "Costs: amber at or below",
      unit: "percent",
    },
    assumption: {
      path: "thresholds/assumption",
      label: "The bands are suggested defaults still to review",
    },
  }
);

export const REALISATION_FIELDS = REALISATION_TABLE.fields;

/** The fields of one line, labelled by year or by what its re-forecast is. */
export const LINE_FIELDS = {
  /** Year t's actual (blank: not yet known). */
  actual: (t: number): FieldWords => ({ label: `Actual for year ${t}`, unit: "£" }),
  /** Where year t's actual comes from. */
  evidence: (t: number): FieldWords => ({ label: `Evidence for year ${t}` }),
  /** A one-off cost's re-forecast: what is still to be spent, and when. */
  stillToSpend: { label: "Still to spend", unit: "£" } as FieldWords,
  spentIn: { label: "Year it is spent", unit: "year" } as FieldWords,
  /** A saving's or recurring cost's re-forecast: the level now expected, and when. */
  expected: { label: "Full annual value now expected", unit: "£" } as FieldWords,
  reachedIn: { label: "Year it is reached", unit: "year" } as FieldWords,
} as const;

/** A planned line's field scope, by its name in the case ("Line 'One board'"). */
export const lineScope = (description: string): string => `Line '${description}'`;
/** An unplanned line's field scope, by its place (its name is typed beside its fields). */
export const unplannedScope = (i: number): string => `Unplanned line ${i + 1}`;

/** The re-forecast field at `prop` of a line of `kind`. */
function reforecastField(kind: LineKind, prop: string | undefined): FieldWords | undefined {
  const oneOff = kind === "one_off_cost";
  if (prop === "amount") return LINE_FIELDS.stillToSpend;
  if (prop === "annual") return LINE_FIELDS.expected;
  if (prop === "year") return oneOff ? LINE_FIELDS.spentIn : LINE_FIELDS.reachedIn;
  // The re-forecast as a whole (its shape): said at its amount, the field always shown.
  if (prop === undefined) return oneOff ? LINE_FIELDS.stillToSpend : LINE_FIELDS.expected;
  return undefined;
}

/** A figure's amount as the review says it: "£150,000", or "blank". */
const amountWords = (f: ActualFigure | undefined) =>
  f?.amount === null || f?.amount === undefined ? "blank" : money(f.amount);

/** A band as its field shows it ("95%"). */
const percent = (x: string) => `${Number((Number(x) * 100).toPrecision(12))}%`;

/**
 * A band's rule (amber above green) in the pane's words, its bands as percentages, at the
 * field the rule names (the table's own field for it).
 */
function placeBand(segments: readonly string[], said: string): FieldPlace | undefined {
  const [, group, band] = segments;
  const m = /^(\S+) must be at most (green|amber) (\S+)$/.exec(said);
  const key = `${group}${band === "green" ? "Green" : "Amber"}` as keyof typeof REALISATION_FIELDS;
  const field = REALISATION_FIELDS[key];
  if (!m || !field) return undefined;
  const other = REALISATION_FIELDS[`${group}${m[2] === "green" ? "Green" : "Amber"}` as typeof key];
  return {
    step: REALISATION_TABLE.words.at.thresholds.step,
    scope: [],
    field,
    says: `the ${field.label.toLowerCase()} (${percent(m[1])}) must be at most the ${other.label.toLowerCase()} (${percent(m[3])})`,
  };
}

/**
 * Where the field at a pointer's `segments` is in the pane, for a line's own fields and the
 * review's rules about them, given what the validator `said` after the pointer: a figure's
 * amount or evidence (the draft's figures are kept by year, in any order: figure 1 may be
 * year 3) on step 2, a re-forecast's on step 3; a rule about two fields at the later one (a
 * year given twice: its field, naming both figures; a figure after the last year reported:
 * that year, since the figure's field is not shown), naming both; undefined for anything
 * else (the table places it).
 * @example placeRealisation(r, ["actuals", "3", "figures", "0", "evidence"], "must NOT …")
 *   // { step: 1, scope: ["Line 'One board'"], field: { label: "Evidence for year 3", … } }
 */
export function placeRealisation(
  value: unknown,
  segments: readonly string[],
  said = ""
): FieldPlace | undefined {
  const r = value as Realisation;
  const [list, index, part, k, prop] = segments;
  if (list === "thresholds") return placeBand(segments, said);
  const i = Number(index);
  let found:
    { scope: string; kind: LineKind; figures: readonly ActualFigure[]; line?: string } | undefined;
  let unknownLine = false;
  try {
    if (list === "actuals") {
      const a = r.actuals[i];
      const line = linesOf(r)?.get(a.line);
      if (line)
        found = {
          scope: lineScope(line.description),
          kind: line.kind,
          figures: a.figures,
          line: a.line,
        };
      else unknownLine = linesOf(r) !== null && part === "line";
    } else if (list === "unplanned" && r.unplanned[i]) {
      const u = r.unplanned[i];
      found = { scope: unplannedScope(i), kind: u.kind, figures: u.figures };
    }
  } catch {
    return undefined; // a draft without the shape to say where it is: the table's words
  }
  if (unknownLine) {
    // Its figures have no fields (the option does not have the line): the option is what to change.
    return {
      step: REALISATION_TABLE.words.at.optionId.step,
      scope: [],
      field: REALISATION_FIELDS.optionId,
      says: `the review has actuals (entry ${i + 1}) for a line "${r.actuals[i].line}" that this option does not have: choose the option they belong to, or enter them as an unplanned line (step 2)`,
    };
  }
  if (!found) return undefined;
  if (part === "line" && /^"[^"]*" is listed twice$/.test(said)) {
    const first = r.actuals.findIndex((a) => a.line === found.line);
    return {
      step: 1,
      scope: [found.scope],
      field: LINE_FIELDS.actual(0),
      says: `its actuals are given twice (entries ${first + 1} and ${i + 1}); the pane shows the first and does not use the second: remove it from the file or the workbook's table`,
    };
  }
  if (part === "figures") {
    const figure = found.figures?.[Number(k)];
    const year = figure?.year;
    if (typeof year !== "number") return undefined;
    if (prop === "year" && / has another figure already$/.test(said)) {
      const before = found.figures.find((f) => f.year === year);
      return {
        step: 1,
        scope: [found.scope],
        field: LINE_FIELDS.actual(year),
        says: `year ${year} has two figures (${amountWords(before)}, then ${amountWords(figure)}); the pane shows the first: clear its actual and evidence for year ${year} to keep the second`,
      };
    }
    if (prop === "year" && / is after the last year reported /.test(said)) {
      return {
        step: REALISATION_TABLE.words.at.asAtYear.step,
        scope: [],
        field: REALISATION_FIELDS.asAtYear,
        says: `${found.scope} has a figure for year ${year} (${amountWords(figure)}), after the last year reported (${r.asAtYear}): make the last year reported ${year} or later to see it, or clear that figure`,
      };
    }
    const field =
      prop === "amount"
        ? LINE_FIELDS.actual(year)
        : prop === "evidence"
          ? LINE_FIELDS.evidence(year)
          : undefined;
    return field && { step: 1, scope: [found.scope], field };
  }
  if (part === "reforecast") {
    const field = reforecastField(found.kind, k);
    if (!field) return undefined;
    const place = { step: 2, scope: [found.scope], field };
    if (k === undefined && /^is \{/.test(said))
      return {
        ...place,
        says:
          found.kind === "one_off_cost"
            ? "the re-forecast is a level a year, and a one-off cost needs what is still to spend: enter it again"
            : "the re-forecast is an amount still to spend, and a saving or a recurring cost needs the full annual value now expected: enter it again",
      };
    const late = /^(\d+) is not after the last year reported/.exec(said);
    if (k === "year" && late)
      return {
        ...place,
        says: `the ${field.label.toLowerCase()} (${late[1]}) must be after the last year reported (${r.asAtYear}): what is still to spend is spent later`,
      };
    return place;
  }
  if (part === "source" && list === "unplanned" && /^is for savings only/.test(said)) {
    // The source field is shown for a saving only: the kind is what to change.
    return {
      step: 1,
      scope: [found.scope],
      field: REALISATION_FIELDS.unplannedKind,
      says: `it has a source, which only a saving has, and it is a ${found.kind.replace(/_/g, " ")}: make it a saving, or choose its kind again to drop the source`,
    };
  }
  return undefined;
}

/** The journey as its pane checks it: a line's own fields placed (see {@link placeRealisation}). */
export const REALISATION_IN_PANE = placedBy(realisation, placeRealisation);
