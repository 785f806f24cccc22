/**
 * Reads an SROI analysis back from its workbook: the discount bands, stakeholders and inputs
 * on the SROI inputs sheet and the value map table, so reopening a workbook restores the
 * pane and edits made in the sheet carry into the next build. Each table is defined once, as
 * a codec that also writes it (`./workbook.ts`); the tests round-trip the examples through both.
 */
import type { JourneyReader, TableValues } from "../../workbook/read-tables";
import { discountBandsCodec, discountFromBands } from "../../workbook/discounting";
import { MONEY, MONEY_PENCE, SHARE } from "../../workbook/refs";
import { NUMBER, TEXT, tableCodec, titleCodec } from "../../workbook/table-codec";
import type { SroiAnalysisCase, SroiInputRow, SroiOutcomeRow } from "./types";
import { RANGE_CORRELATIONS, RANGES } from "./ranges";

/** The inputs sheet's title: "SROI inputs: <the analysis's title>". */
export const SROI_INPUTS_TITLE = titleCodec("SROI inputs: ");

export const DISCOUNT_BANDS = discountBandsCodec("SroiDiscountBands");

export const STAKEHOLDERS = tableCodec<string>()("SroiStakeholders", {
  name: { header: "Stakeholder", role: "input", kind: TEXT, write: (s) => s },
});

export const INPUTS = tableCodec<SroiInputRow>()("SroiInputs", {
  stakeholder: { header: "Stakeholder", role: "input", kind: TEXT, write: (i) => i.stakeholder },
  description: { header: "Input", role: "input", kind: TEXT, write: (i) => i.description },
  value: { header: "Value (£)", numFmt: MONEY, role: "input", kind: NUMBER, write: (i) => i.value },
});

const mapText = (header: string, write: (o: SroiOutcomeRow) => string) =>
  ({ header, role: "input", kind: TEXT, write }) as const;
const mapNumber = (header: string, numFmt: string, write: (o: SroiOutcomeRow) => number) =>
  ({ header, numFmt, role: "input", kind: NUMBER, write }) as const;

/** The value map, in the SROI guide's column order; its columns are the outcomes' fields. */
export const VALUE_MAP = tableCodec<SroiOutcomeRow>()("ValueMap", {
  stakeholder: mapText("Stakeholder", (o) => o.stakeholder),
  output: mapText("Output", (o) => o.output),
  outcome: mapText("Outcome", (o) => o.outcome),
  indicator: mapText("Indicator", (o) => o.indicator),
  quantity: mapNumber("Quantity", "#,##0.##", (o) => o.quantity),
  duration: mapNumber("Duration (years)", "0.##", (o) => o.duration),
  proxyDescription: mapText("Financial proxy", (o) => o.proxyDescription),
  proxy: mapNumber("Value (£)", MONEY_PENCE, (o) => o.proxy),
  source: mapText("Source", (o) => o.source),
  priceYear: mapNumber("Price year", "0", (o) => o.priceYear),
  deadweight: mapNumber("Deadweight", SHARE, (o) => o.deadweight),
  displacement: mapNumber("Displacement", SHARE, (o) => o.displacement),
  attribution: mapNumber("Attribution", SHARE, (o) => o.attribution),
  dropOff: mapNumber("Drop-off", SHARE, (o) => o.dropOff),
  start: mapNumber("Start year", "0", (o) => o.start),
});

/** The tables an SROI workbook holds, by name before any suffix. */
export const SROI_INPUT_TABLES = [
  DISCOUNT_BANDS.name,
  STAKEHOLDERS.name,
  INPUTS.name,
  VALUE_MAP.name,
  // Written only when the analysis has ranges; absent tables are skipped.
  RANGES.name,
  RANGE_CORRELATIONS.name,
] as const;

/** The analysis the tables describe. `title` is the inputs sheet's title cell. */
export function sroiFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): SroiAnalysisCase {
  return {
    schemaVersion: 1,
    title: SROI_INPUTS_TITLE.read(title),
    discount: discountFromBands(tables.SroiDiscountBands, DISCOUNT_BANDS.name),
    stakeholders: STAKEHOLDERS.read(tables.SroiStakeholders).map((r) => r.name),
    inputs: INPUTS.read(tables.SroiInputs),
    outcomes: VALUE_MAP.read(tables.ValueMap),
    // Only a workbook with ranges has these tables: one without restores as it always did.
    ...(tables.SroiRanges ? { ranges: RANGES.read(tables.SroiRanges) } : {}),
    ...(tables.SroiRangeCorrelations
      ? { correlations: RANGE_CORRELATIONS.read(tables.SroiRangeCorrelations) }
      : {}),
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const SROI_READER: JourneyReader<SroiAnalysisCase> = {
  tables: SROI_INPUT_TABLES,
  from: sroiFromInputTables,
};
