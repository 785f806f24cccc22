/**
 * Reads a returns-by-perspective analysis back from its workbook's Perspective flows sheet
 * (settings, discount bands and the flows table, whose "Year n" headings give the first
 * year), so reopening a workbook restores the pane and edits made in the sheet carry into
 * the next build. The inverse of the inputs in `src/plan/perspectives.ts`.
 */
import { FLOW_KINDS, SECTORS, type FlowKind, type Sector } from "../../model/perspectives";
import {
  flag,
  number,
  records,
  settingsOf,
  text,
  type JourneyReader,
  type TableValues,
} from "../../workbook/read-tables";
import { discountFromBands } from "../../workbook/discounting";
import { INCLUDE_QOL_SETTING } from "./workbook";
import type { PerspectiveAnalysis } from "./types";

/** The tables a perspectives workbook holds, by name before any suffix. */
export const PERSPECTIVE_INPUT_TABLES = [
  "PerspectiveSettings",
  "PerspectiveDiscountBands",
  "Flows",
] as const;

const oneOf = <T extends string>(allowed: readonly T[], v: string, what: string): T => {
  if (!(allowed as readonly string[]).includes(v))
    throw new Error(`${what} must be one of ${allowed.join(", ")}; the Flows table holds "${v}".`);
  return v as T;
};

/** The analysis the tables describe. `title` is the flows sheet's title cell. */
export function perspectivesFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): PerspectiveAnalysis {
  const setting = settingsOf(tables.PerspectiveSettings, "PerspectiveSettings");
  const flows = tables.Flows;
  const rows = records(flows, "Flows", ["Party", "Sector", "Kind", "Description"]);
  const years = flows[0]
    .map((h) => /^Year (\d+)$/.exec(text(h)))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  if (years.length === 0) throw new Error('The Flows table has no "Year n" columns.');
  const start = years[0];
  if (years.some((y, k) => y !== start + k))
    throw new Error("The Flows table's year columns must run one year apart with no gaps.");
  return {
    schemaVersion: 1,
    title: title.replace(/^Flows: /, ""),
    discount: discountFromBands(tables.PerspectiveDiscountBands, "PerspectiveDiscountBands"),
    start,
    includeQol: flag(setting(INCLUDE_QOL_SETTING)),
    flows: rows.map((r) => ({
      party: text(r["Party"]),
      sector: oneOf<Sector>(SECTORS, text(r["Sector"]), "Sector"),
      kind: oneOf<FlowKind>(FLOW_KINDS, text(r["Kind"]), "Kind"),
      description: text(r["Description"]),
      amounts: years.map((y) => number(r[`Year ${y}`], `Flows "Year ${y}"`)),
    })),
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/plan/office.ts). */
export const PERSPECTIVE_READER: JourneyReader<PerspectiveAnalysis> = {
  tables: PERSPECTIVE_INPUT_TABLES,
  from: perspectivesFromInputTables,
};
