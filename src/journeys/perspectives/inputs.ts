/**
 * Reads a returns-by-perspective analysis back from its workbook's Perspective flows sheet
 * (settings, discount bands and the flows table, whose "Year n" headings give the first
 * year), so reopening a workbook restores the pane and edits made in the sheet carry into
 * the next build. Each table is defined once, as a codec that also writes it (`./workbook.ts`).
 */
import { FLOW_KINDS, SECTORS, type FlowKind, type Sector } from "../../model/perspectives";
import { text, type JourneyReader, type TableValues } from "../../workbook/read-tables";
import { discountBandsCodec, discountFromBands } from "../../workbook/discounting";
import { MONEY } from "../../workbook/refs";
import {
  FLAG,
  NUMBER,
  TEXT,
  settingsCodec,
  tableCodec,
  titleCodec,
  type ColumnDef,
} from "../../workbook/table-codec";
import type { PerspectiveAnalysis, PerspectiveFlow } from "./types";

/** The flows sheet's title: "Flows: <the analysis's title>". */
export const FLOWS_TITLE = titleCodec("Flows: ");

export const SETTINGS = settingsCodec<PerspectiveAnalysis>()(
  "PerspectiveSettings",
  [
    { header: "Input", part: "label" },
    { header: "Value", part: "value", role: "input" },
    { header: "Note", part: "note" },
  ],
  {
    includeQol: {
      label: "Count quality of life in the societal perspective",
      unit: "",
      note: "FALSE by default, as PSSRU's headline returns.",
      name: "IncludeQol",
      kind: FLAG,
      write: (c) => c.includeQol,
    },
  }
);

export const DISCOUNT_BANDS = discountBandsCodec("PerspectiveDiscountBands");

/** The flows table for `years` years from `start`: four columns, then one per year. */
export const flowsCodec = (start: number, years: number) =>
  tableCodec<PerspectiveFlow>()("Flows", {
    party: { header: "Party", role: "input", kind: TEXT, write: (f) => f.party },
    sector: { header: "Sector", role: "input", kind: TEXT, write: (f) => f.sector },
    kind: { header: "Kind", role: "input", kind: TEXT, write: (f) => f.kind },
    description: { header: "Description", role: "input", kind: TEXT, write: (f) => f.description },
    ...(Object.fromEntries(
      Array.from({ length: years }, (_, k) => [
        `year${k}`,
        {
          header: `Year ${start + k}`,
          numFmt: MONEY,
          role: "input",
          kind: NUMBER,
          write: (f: PerspectiveFlow) => f.amounts[k] ?? 0,
        },
      ])
    ) as Record<`year${number}`, ColumnDef<PerspectiveFlow, number>>),
  });

/** The tables a perspectives workbook holds, by name before any suffix. */
export const PERSPECTIVE_INPUT_TABLES = [SETTINGS.name, DISCOUNT_BANDS.name, "Flows"] as const;

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
  const setting = SETTINGS.read(tables.PerspectiveSettings);
  const flows = tables.Flows;
  if (!flows || flows.length === 0) throw new Error("The workbook has no Flows table.");
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
    title: FLOWS_TITLE.read(title),
    discount: discountFromBands(tables.PerspectiveDiscountBands, DISCOUNT_BANDS.name),
    start,
    includeQol: setting.includeQol,
    flows: flowsCodec(start, years.length)
      .read(flows)
      .map((r) => ({
        party: r.party,
        sector: oneOf<Sector>(SECTORS, r.sector, "Sector"),
        kind: oneOf<FlowKind>(FLOW_KINDS, r.kind, "Kind"),
        description: r.description,
        amounts: years.map((_, k) => (r as unknown as Record<string, number>)[`year${k}`]),
      })),
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const PERSPECTIVE_READER: JourneyReader<PerspectiveAnalysis> = {
  tables: PERSPECTIVE_INPUT_TABLES,
  from: perspectivesFromInputTables,
};
