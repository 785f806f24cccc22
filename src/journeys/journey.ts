/**
 * What a journey is, for everything that drives journeys without knowing which one: the
 * command line, the pane's tabs and its restoring from a workbook, and the tests that run
 * every journey (round trips through the workbook, the FAST checks, LibreOffice). Each
 * journey's `index.ts` exports one of these; `JOURNEYS` (./index.ts) lists them.
 */
import type { SheetNames } from "../workbook/sheet-names";
import type { JourneyReader } from "../workbook/read-tables";
import type { WorkbookPlan } from "../workbook/types";

export interface Journey<T, R = unknown> {
  /** The journey's folder under src/journeys/ ("business-case"). */
  readonly id: string;
  /** The pane's tab ("Business case"). */
  readonly label: string;
  /** The command line's name for it (`pcba case build …`), with its usage line. */
  readonly cli: { readonly name: string; readonly file: string; readonly does: string };
  /** The journey's object from JSON, checked against its schema; throws listing every problem. */
  readonly parse: (value: unknown) => T;
  /** Problems with a value, empty when it is valid. */
  readonly problems: (value: unknown) => string[];
  /** The model's results for it (what the workbook's summary shows). */
  readonly evaluate: (value: T) => R;
  /** The sheets a first build writes to (a later build uses fresh ones). */
  readonly sheets: SheetNames;
  /** The workbook plan for it under the given sheet names. */
  readonly plan: (value: T, sheets?: SheetNames) => WorkbookPlan;
  /** Reading it back from its input tables. */
  readonly reader: JourneyReader<T>;
  /** Where the pane keeps its draft in the browser's storage. */
  readonly draftKey: string;
  /** The example files in examples/ that are this journey's. */
  readonly examples: readonly string[];
  /** What the command line prints about a build, one line each. */
  readonly summary: (value: T) => string[];
}

/** A journey of some type, for lists of journeys (its functions are used together). */
export type AnyJourney = Journey<unknown>;

/** The journey as a list entry: parse's result is what plan, evaluate and summary take. */
export const journey = <T, R>(j: Journey<T, R>): AnyJourney => j as unknown as AnyJourney;
