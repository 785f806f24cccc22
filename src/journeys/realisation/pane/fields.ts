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
  // The re-forecast as a whole (the schema's oneOf of null, a level and a one-off): said on
  // its step and line; no single field holds it.
  if (prop === undefined) return { label: "Re-forecast" };
  return undefined;
}

/**
 * Where the field at a pointer's `segments` is in the pane, for a line's own fields: a
 * figure's amount or evidence (the draft's figures are kept by year, in any order: figure 1
 * may be year 3) on step 2, a re-forecast's on step 3; undefined for anything else.
 * @example placeRealisation(r, ["actuals", "3", "figures", "0", "evidence"])
 *   // { step: 1, scope: ["Line 'One board'"], field: { label: "Evidence for year 3", … } }
 */
export function placeRealisation(
  value: unknown,
  segments: readonly string[]
): FieldPlace | undefined {
  const r = value as Realisation;
  const [list, index, part, k, prop] = segments;
  const i = Number(index);
  let found: { scope: string; kind: LineKind; figures: readonly ActualFigure[] } | undefined;
  try {
    if (list === "actuals") {
      const a = r.actuals[i];
      const line = linesOf(r)?.get(a.line);
      if (line) found = { scope: lineScope(line.description), kind: line.kind, figures: a.figures };
    } else if (list === "unplanned" && r.unplanned[i]) {
      const u = r.unplanned[i];
      found = { scope: unplannedScope(i), kind: u.kind, figures: u.figures };
    }
  } catch {
    return undefined; // a draft without the shape to say where it is: the table's words
  }
  if (!found) return undefined;
  if (part === "figures") {
    const year = found.figures?.[Number(k)]?.year;
    if (typeof year !== "number") return undefined;
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
    return field && { step: 2, scope: [found.scope], field };
  }
  return undefined;
}

/** The journey as its pane checks it: a line's own fields placed (see {@link placeRealisation}). */
export const REALISATION_IN_PANE = placedBy(realisation, placeRealisation);
