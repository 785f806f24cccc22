/**
 * One price base: an amount in one year's prices restated in another year's prices with a
 * price index (a GDP deflator series).
 *
 * Source: HM Treasury, "The Green Book" (2022): costs and benefits are appraised in real
 * terms, in the prices of one base year, removing general inflation with the GDP deflator;
 * a value map ("A guide to Social Return on Investment", 2012) adds proxies found in
 * different years, so they need the same treatment before they are summed. The series shipped is
 * HM Treasury's "GDP deflators at market prices, and money GDP" (data/hmt-gdp-deflators.csv,
 * see {@link shippedDeflators}); users may give their own (a newer release, forecast years,
 * financial years such as 2010/11, which unit-cost tables use).
 *
 * Years are calendar years (2014) or financial years, written 2010/11 (also accepted:
 * 2010-11, 2010–11, 2010/2011). The two kinds are never mixed up: a financial year is
 * found only in a series that has it, never silently mapped to a calendar year.
 */
import { HMT_GDP_DEFLATORS } from "../data/hmt-gdp-deflators";
import { finiteResult, invalidArgument, notAvailable } from "./errors";
import { requireFinite } from "./validate";

/** A year as a user writes it: a calendar year (2014) or a financial-year label ("2010/11"). */
export type PriceYear = number | string;

/** A year, parsed. */
export interface YearKey {
  readonly kind: "calendar" | "financial";
  /** The calendar year, or the year a financial year starts in (2010 for 2010/11). */
  readonly start: number;
  /** The canonical label: "2014" or "2010/11" (what a workbook's lookup column holds). */
  readonly label: string;
}

/** One year of a series and its index. */
export interface DeflatorPoint {
  readonly year: YearKey;
  readonly index: number;
}

/** Where a series comes from, so a pane or a workbook can show it beside the values. */
export interface SeriesProvenance {
  /** How messages name the series, e.g. "HM Treasury's GDP deflators (December 2025)". */
  readonly name: string;
  readonly source?: string;
  readonly licence?: string;
  readonly vintage?: string;
  readonly url?: string;
}

/** A price index by year: built by {@link deflatorSeries}, looked up by {@link indexFor}. */
export interface DeflatorSeries extends SeriesProvenance {
  /** Calendar years first, then financial years, each in year order. */
  readonly points: readonly DeflatorPoint[];
  /** Index by canonical label. */
  readonly byLabel: ReadonlyMap<string, number>;
}

const ALLOWED =
  "a year such as 2014, or a financial year such as 2010/11 (also 2010-11 or 2010/2011)";

function describe(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : String(value);
}

function calendar(year: number): YearKey {
  return { kind: "calendar", start: year, label: String(year) };
}

function financial(start: number): YearKey {
  return {
    kind: "financial",
    start,
    label: `${start}/${String((start + 1) % 100).padStart(2, "0")}`,
  };
}

/**
 * Reads a year: a whole number from 1000 to 9999, its text ("2014"), or a financial-year
 * label whose second year follows the first ("2010/11", "2010-11", "2010–11",
 * "2010/2011"; "1999/00" is 1999/2000).
 *
 * @example parsePriceYear("2010-11") → { kind: "financial", start: 2010, label: "2010/11" }
 * @throws `#VALUE!` naming `name` for anything else (2014.5, "2010/12", a date serial).
 */
export function parsePriceYear(value: unknown, name = "price_year"): YearKey {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return calendar(value);
  } else if (typeof value === "string") {
    const s = value.trim();
    if (/^\d{4}$/.test(s)) return calendar(Number(s));
    const m = /^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/.exec(s);
    if (m) {
      const start = Number(m[1]);
      const end = Number(m[2]);
      const follows = m[2].length === 2 ? end === (start + 1) % 100 : end === start + 1;
      if (follows) return financial(start);
    }
  }
  // Typed into a cell, 2010/11 becomes a date (a serial number such as 40483).
  const date =
    typeof value === "number" && Number.isInteger(value) && value > 9999 && value < 2958466
      ? " (a date? Excel turns 2010/11 typed in a cell into a date: type '2010/11, or format the cell as Text)"
      : "";
  throw invalidArgument(`${name} must be ${ALLOWED}; got ${describe(value)}${date}.`);
}

/** The canonical label of a year ("2010-11" → "2010/11"; 2014 → "2014"). */
export function yearLabel(value: PriceYear, name = "price_year"): string {
  return parsePriceYear(value, name).label;
}

/**
 * A year in the form a workbook's lookup column holds it: a calendar year as a number
 * (2014), a financial year as its canonical label ("2010/11"), so MATCH finds it.
 */
export function canonicalYear(value: PriceYear, name = "price_year"): PriceYear {
  const key = parsePriceYear(value, name);
  return key.kind === "calendar" ? key.start : key.label;
}

function order(a: DeflatorPoint, b: DeflatorPoint): number {
  if (a.year.kind !== b.year.kind) return a.year.kind === "calendar" ? -1 : 1;
  return a.year.start - b.year.start;
}

/**
 * A series from rows of [year, index]: each year once, each index a number more than 0.
 * `where(i)` names row i in messages (default "row i + 1").
 *
 * @example deflatorSeries([[2014, 74.6524], [2024, 100]], { name: "my deflators" })
 * @throws `#VALUE!` for a bad year or index, a repeated year, or no rows.
 */
export function deflatorSeries(
  rows: readonly (readonly [PriceYear, number])[],
  provenance: SeriesProvenance,
  where: (i: number) => string = (i) => `${provenance.name} (row ${i + 1})`
): DeflatorSeries {
  if (rows.length === 0) throw invalidArgument(`${provenance.name} has no years.`);
  const byLabel = new Map<string, number>();
  const points: DeflatorPoint[] = [];
  rows.forEach(([year, index], i) => {
    const key = parsePriceYear(year, `the year in ${where(i)}`);
    if (typeof index !== "number" || !Number.isFinite(index) || index <= 0) {
      throw invalidArgument(
        `the index in ${where(i)} must be a number more than 0; got ${describe(index)}.`
      );
    }
    if (byLabel.has(key.label)) {
      throw invalidArgument(`${where(i)}: year ${key.label} appears twice.`);
    }
    byLabel.set(key.label, index);
    points.push({ year: key, index });
  });
  points.sort(order);
  return { ...provenance, points, byLabel };
}

/**
 * A series extended with more years (forecast years, financial years) on the same base.
 * A year in both must have the same index: different indices mean a different base or
 * vintage, and mixing them would be wrong, so that is an error (replace the series instead).
 */
export function extendSeries(
  base: DeflatorSeries,
  extra: DeflatorSeries,
  provenance: SeriesProvenance = { name: `${base.name} extended with ${extra.name}` }
): DeflatorSeries {
  for (const p of extra.points) {
    const existing = base.byLabel.get(p.year.label);
    if (existing !== undefined && existing !== p.index) {
      throw invalidArgument(
        `${p.year.label} is in ${base.name} (index ${existing}) and in ${extra.name} (index ${p.index}): ` +
          "an extension must be on the same base; replace the series instead."
      );
    }
  }
  const extraOnly = extra.points.filter((p) => !base.byLabel.has(p.year.label));
  return deflatorSeries(
    [...base.points, ...extraOnly].map((p) => [p.year.label, p.index] as const),
    provenance
  );
}

/** The years a series covers, for messages: "calendar years 1990 to 2024". */
export function seriesCoverage(series: DeflatorSeries): string {
  const parts: string[] = [];
  for (const kind of ["calendar", "financial"] as const) {
    const years = series.points.filter((p) => p.year.kind === kind);
    if (!years.length) continue;
    const first = years[0].year;
    const last = years[years.length - 1].year;
    const gaps = last.start - first.start + 1 > years.length ? ", with gaps" : "";
    const noun = kind === "calendar" ? "calendar year" : "financial year";
    parts.push(
      years.length === 1
        ? `${noun} ${first.label}`
        : `${noun}s ${first.label} to ${last.label}${gaps}`
    );
  }
  // "calendar years 2014 to 2024, with gaps, and financial years …": the gaps stay with their kind.
  return parts.join(parts[0]?.endsWith("gaps") ? ", and " : " and ");
}

/**
 * The index for a year, or `#N/A` naming the series and the years it covers (with a hint
 * when the year is of the other kind, e.g. a financial year on a calendar-year series).
 */
export function indexFor(year: PriceYear, series: DeflatorSeries, name = "price_year"): number {
  const key = parsePriceYear(year, name);
  const index = series.byLabel.get(key.label);
  if (index !== undefined) return index;
  const hasKind = series.points.some((p) => p.year.kind === key.kind);
  const hint = hasKind
    ? ""
    : key.kind === "financial"
      ? "; for a financial year, give a series with financial years"
      : "; for a calendar year, give a series with calendar years";
  throw notAvailable(
    `${name} ${key.label} is not in ${series.name}, which covers ${seriesCoverage(series)}${hint}.`
  );
}

/**
 * An amount in one year's prices restated in a base year's prices:
 *
 *   amount × index(base_year) / index(price_year)
 *
 * The same year gives the amount unchanged; the index's base (2024 = 100) cancels out.
 *
 * @example priceBase(100, 2014, 2024, shippedDeflators()) = 100 × 100 / 74.6524 = 133.95:
 * £100 in 2014 prices is £133.95 in 2024 prices (HM Treasury GDP deflators, December 2025).
 * @throws `#VALUE!` for an amount that is not a number or a year that is not a year;
 * `#N/A` for a year outside the series.
 */
export function priceBase(
  amount: number,
  priceYear: PriceYear,
  baseYear: PriceYear,
  series: DeflatorSeries,
  /** How messages name the price year (an adapter names the row: "price_year (row 3)"). */
  priceYearName = "price_year"
): number {
  requireFinite(amount, "amount");
  const from = indexFor(priceYear, series, priceYearName);
  const to = indexFor(baseYear, series, "base_year");
  // amount × (to / from), not (amount × to) / from: the ratio is exactly 1 for the same year.
  return finiteResult(amount * (to / from), "The converted amount");
}

/**
 * What stops a conversion, as a message for a list of problems, or null when there is
 * none (for the pane: "a proxy whose price year is outside the series").
 */
export function priceBaseProblem(
  priceYear: PriceYear,
  baseYear: PriceYear,
  series: DeflatorSeries
): string | null {
  try {
    indexFor(priceYear, series, "price_year");
    indexFor(baseYear, series, "base_year");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The latest year of a series of one kind (the default price base year). */
export function latestYear(
  series: DeflatorSeries,
  kind: YearKey["kind"] = "calendar"
): YearKey | undefined {
  const years = series.points.filter((p) => p.year.kind === kind);
  return years.length ? years[years.length - 1].year : undefined;
}

let shipped: DeflatorSeries | undefined;

/**
 * HM Treasury's GDP deflators at market prices, calendar years 1990–2024, 2024 = 100,
 * December 2025 release, Open Government Licence v3.0 (data/hmt-gdp-deflators.csv).
 */
export function shippedDeflators(): DeflatorSeries {
  shipped ??= deflatorSeries(HMT_GDP_DEFLATORS.points, {
    name: `HM Treasury's GDP deflators (${HMT_GDP_DEFLATORS.vintage})`,
    source: HMT_GDP_DEFLATORS.source,
    licence: HMT_GDP_DEFLATORS.licence,
    vintage: HMT_GDP_DEFLATORS.vintage,
    url: HMT_GDP_DEFLATORS.url,
  });
  return shipped;
}
