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
import type { PriceYear } from "../../model/price-base";
import { deflatorsCodec, deflatorsFromTable, seriesColumns } from "../../values/user-deflators";
import { YEAR, yearCell } from "../../values/year-cell";
import { deflatorTableRows } from "../../values/deflator-table";
import type { SroiAnalysisCase, SroiInputRow, SroiOutcomeRow } from "./types";
import { sroiSeries } from "./prices";
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
  priceYear: {
    header: "Price year",
    numFmt: "0",
    role: "input",
    kind: YEAR,
    write: (o) => yearCell(o.priceYear),
  },
  deadweight: mapNumber("Deadweight", SHARE, (o) => o.deadweight),
  displacement: mapNumber("Displacement", SHARE, (o) => o.displacement),
  attribution: mapNumber("Attribution", SHARE, (o) => o.attribution),
  dropOff: mapNumber("Drop-off", SHARE, (o) => o.dropOff),
  start: mapNumber("Start year", "0", (o) => o.start),
});

const {
  stakeholder,
  output,
  outcome,
  indicator,
  quantity,
  duration,
  proxyDescription,
  proxy,
  priceYear,
  source,
  deadweight,
  displacement,
  attribution,
  dropOff,
  start,
} = VALUE_MAP.columns;

/**
 * The value map of an analysis in one price base, or whose proxies carry a code or licence:
 * the guide's columns with the proxy's code and licence beside its value and source, so
 * attribution travels with every value used. (A value map without them keeps the
 * {@link VALUE_MAP} layout, so files saved before the price base build as they did.)
 */
export const VALUE_MAP_PRICED = tableCodec<SroiOutcomeRow>()("ValueMap", {
  stakeholder,
  output,
  outcome,
  indicator,
  quantity,
  duration,
  proxyDescription,
  proxyCode: mapText("Proxy code", (o) => o.proxyCode ?? ""),
  proxy,
  priceYear,
  source,
  licence: mapText("Licence", (o) => o.licence ?? ""),
  deadweight,
  displacement,
  attribution,
  dropOff,
  start,
});

/** Whether an analysis's value map needs the {@link VALUE_MAP_PRICED} layout. */
export function usesPricedMap(c: SroiAnalysisCase): boolean {
  return (
    c.priceBaseYear !== undefined ||
    c.outcomes.some((o) => (o.proxyCode ?? "") !== "" || (o.licence ?? "") !== "")
  );
}

/** The price base: the year every proxy is converted to and the series converting it. */
export const PRICE_BASE = tableCodec<SroiAnalysisCase>()("SroiPriceBase", {
  year: {
    header: "Price base year",
    numFmt: "0",
    role: "input",
    kind: YEAR,
    write: (c) => yearCell(c.priceBaseYear!),
  },
  ...seriesColumns<SroiAnalysisCase>(sroiSeries),
});

/**
 * The Deflators table: a price index by year (the conversion's lookup table). Named
 * SroiDeflators, as the SROI tables and names all start Sroi, so an SROI value map and a
 * business case (whose table is Deflators) can share a workbook.
 */
export const DEFLATORS = deflatorsCodec("SroiDeflators");

/** The rows of the Deflators table an analysis's workbook holds. */
export function sroiDeflatorRows(c: SroiAnalysisCase): [PriceYear, number][] {
  return deflatorTableRows(sroiSeries(c));
}

/** The tables an SROI workbook holds, by name before any suffix (the last two only with a price base). */
export const SROI_INPUT_TABLES = [
  DISCOUNT_BANDS.name,
  STAKEHOLDERS.name,
  INPUTS.name,
  VALUE_MAP.name,
  // Written only when the analysis has a price base, or ranges; absent tables are skipped.
  PRICE_BASE.name,
  DEFLATORS.name,
  RANGES.name,
  RANGE_CORRELATIONS.name,
] as const;

/** Drops a blank code or licence, as an analysis without them holds none. */
function withoutBlanks(o: SroiOutcomeRow): SroiOutcomeRow {
  const { proxyCode, licence, ...row } = o;
  return {
    ...row,
    ...(proxyCode ? { proxyCode } : {}),
    ...(licence ? { licence } : {}),
  } as SroiOutcomeRow;
}

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
    ...outcomesAndPriceBase(tables),
    // Only a workbook with ranges has these tables: one without restores as it always did.
    ...(tables.SroiRanges ? { ranges: RANGES.read(tables.SroiRanges) } : {}),
    ...(tables.SroiRangeCorrelations
      ? { correlations: RANGE_CORRELATIONS.read(tables.SroiRangeCorrelations) }
      : {}),
  };
}

/** The outcomes, and the price base and deflators when the workbook has them. */
function outcomesAndPriceBase(
  tables: Record<string, TableValues>
): Pick<SroiAnalysisCase, "outcomes" | "priceBaseYear" | "deflators"> {
  const headers = (tables.ValueMap?.[0] ?? []).map((h) => String(h ?? "").trim());
  const priced = headers.includes(VALUE_MAP_PRICED.header("licence"));
  const outcomes = priced
    ? VALUE_MAP_PRICED.read(tables.ValueMap).map(withoutBlanks)
    : VALUE_MAP.read(tables.ValueMap);
  if (!tables[PRICE_BASE.name]) return { outcomes };
  const base = PRICE_BASE.read(tables[PRICE_BASE.name]);
  if (base.length !== 1)
    throw new Error(`The ${PRICE_BASE.name} table should have one row; it has ${base.length}.`);
  const rows = DEFLATORS.read(tables[DEFLATORS.name]).map(
    (r) => [r.year, r.index] as [PriceYear, number]
  );
  const deflators = deflatorsFromTable(base[0], rows);
  return { outcomes, priceBaseYear: base[0].year, ...(deflators ? { deflators } : {}) };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const SROI_READER: JourneyReader<SroiAnalysisCase> = {
  tables: SROI_INPUT_TABLES,
  from: sroiFromInputTables,
};
