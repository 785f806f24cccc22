/**
 * Reads an SROI analysis back from its workbook: the discount bands, stakeholders and inputs
 * on the SROI inputs sheet and the value map table, so reopening a workbook restores the
 * pane and edits made in the sheet carry into the next build. The inverse of the tables in
 * `src/plan/sroi.ts`; the tests round-trip the examples through both.
 */
import {
  number,
  records,
  text,
  type TableRecord,
  type JourneyReader,
  type TableValues,
} from "../../workbook/read-tables";
import { discountFromBands } from "../../workbook/discounting";
import type { SroiAnalysisCase } from "./types";

/** The tables an SROI workbook holds, by name before any suffix. */
export const SROI_INPUT_TABLES = [
  "SroiDiscountBands",
  "SroiStakeholders",
  "SroiInputs",
  "ValueMap",
] as const;

/** The analysis the tables describe. `title` is the inputs sheet's title cell. */
export function sroiFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): SroiAnalysisCase {
  const n = (r: TableRecord, column: string) => number(r[column], `ValueMap "${column}"`);
  return {
    schemaVersion: 1,
    title: title.replace(/^SROI inputs: /, ""),
    discount: discountFromBands(tables.SroiDiscountBands, "SroiDiscountBands"),
    stakeholders: records(tables.SroiStakeholders, "SroiStakeholders", ["Stakeholder"]).map((r) =>
      text(r["Stakeholder"])
    ),
    inputs: records(tables.SroiInputs, "SroiInputs", ["Stakeholder", "Input", "Value (£)"]).map(
      (r) => ({
        stakeholder: text(r["Stakeholder"]),
        description: text(r["Input"]),
        value: number(r["Value (£)"], `SroiInputs "Value (£)"`),
      })
    ),
    outcomes: records(tables.ValueMap, "ValueMap", [
      "Stakeholder",
      "Outcome",
      "Quantity",
      "Value (£)",
    ]).map((r) => ({
      stakeholder: text(r["Stakeholder"]),
      output: text(r["Output"]),
      outcome: text(r["Outcome"]),
      indicator: text(r["Indicator"]),
      quantity: n(r, "Quantity"),
      duration: n(r, "Duration (years)"),
      proxyDescription: text(r["Financial proxy"]),
      proxy: n(r, "Value (£)"),
      source: text(r["Source"]),
      priceYear: n(r, "Price year"),
      deadweight: n(r, "Deadweight"),
      displacement: n(r, "Displacement"),
      attribution: n(r, "Attribution"),
      dropOff: n(r, "Drop-off"),
      start: n(r, "Start year"),
    })),
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/plan/office.ts). */
export const SROI_READER: JourneyReader<SroiAnalysisCase> = {
  tables: SROI_INPUT_TABLES,
  from: sroiFromInputTables,
};
