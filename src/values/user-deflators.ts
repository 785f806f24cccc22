/**
 * A user's own deflator series (a newer release, forecast years, financial years such as
 * 2010/11), shared by every journey that converts to one price base (SROI's proxies, the
 * business case's lines): its shape in a case file, the series it builds, the problems
 * that stop it, and the workbook tables that hold it (written and read back by the same
 * codecs). Absent, a journey converts with HM Treasury's GDP deflators, shipped.
 */
import { ModelError } from "../model/errors";
import {
  deflatorSeries,
  shippedDeflators,
  type DeflatorSeries,
  type PriceYear,
} from "../model/price-base";
import { NUMBER, TEXT, tableCodec } from "../workbook/table-codec";
import { YEAR } from "./year-cell";

/** A user's deflator series, as a case file holds it. */
export interface UserDeflators {
  /** How messages and the workbook name it ("ONS GDP deflator, March 2026"): say its vintage. */
  name: string;
  source: string;
  licence: string;
  /** [year, index] pairs; years as 2014 or "2010/11". */
  rows: [PriceYear, number][];
}

/** Each user series built once (`seriesOf`), keyed by the deflators object it was built from. */
const cache = new WeakMap<UserDeflators, DeflatorSeries>();

/**
 * The series for a user's deflators, or HM Treasury's when there are none. Built once per
 * deflators object (a Monte Carlo converts thousands of times with the same one).
 *
 * @example seriesOf({ name: "My deflators", source: "", licence: "", rows: [["2010/11", 80], [2024, 100]] })
 * → a series with financial year 2010/11 and calendar year 2024
 * @throws `#VALUE!` for a bad year or index, a repeated year, or no rows ({@link deflatorProblems}).
 */
export function seriesOf(d: UserDeflators | undefined): DeflatorSeries {
  if (!d) return shippedDeflators();
  let series = cache.get(d);
  if (!series) {
    series = deflatorSeries(d.rows, {
      name: d.name,
      ...(d.source ? { source: d.source } : {}),
      ...(d.licence ? { licence: d.licence } : {}),
    });
    cache.set(d, series);
  }
  return series;
}

/** A model error as the first sentence of a problem. */
const sentence = (error: ModelError): string =>
  error.message.charAt(0).toUpperCase() + error.message.slice(1);

/**
 * What stops a user's series from being used, as a problem ("The deflators: the index in
 * ONS (row 3) must be a number more than 0; got 0."), or null. None for no deflators.
 */
export function deflatorProblem(d: UserDeflators | undefined): string | null {
  try {
    seriesOf(d);
    return null;
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return `The deflators: ${sentence(error)}`;
  }
}

/**
 * The table of a series' year and index: the conversion formulas' lookup table. Each
 * journey names its own (`Deflators`, `SroiDeflators`) so two can share a workbook.
 */
export const deflatorsCodec = (name: string) =>
  tableCodec<[PriceYear, number]>()(name, {
    year: { header: "Year", numFmt: "0", role: "input", kind: YEAR, write: (r) => r[0] },
    index: { header: "Index", numFmt: "0.0000", role: "input", kind: NUMBER, write: (r) => r[1] },
  });

/** The columns that say which series a workbook converts with: its name, source and licence. */
export const seriesColumns = <T>(seriesOfRow: (row: T) => DeflatorSeries) =>
  ({
    series: {
      header: "Deflator series",
      role: "input",
      kind: TEXT,
      write: (r: T) => seriesOfRow(r).name,
    },
    source: {
      header: "Source",
      role: "input",
      kind: TEXT,
      write: (r: T) => seriesOfRow(r).source ?? "",
    },
    licence: {
      header: "Licence",
      role: "input",
      kind: TEXT,
      write: (r: T) => seriesOfRow(r).licence ?? "",
    },
  }) as const;

/**
 * The deflators a workbook's tables describe: none (the shipped series) when they are the
 * shipped series unchanged, otherwise the table as the user's own series, with the name,
 * source and licence written beside it (so a series edited in the sheet is kept, and
 * attributed).
 */
export function deflatorsFromTable(
  about: { series: string; source: string; licence: string },
  rows: [PriceYear, number][]
): UserDeflators | undefined {
  const shipped = shippedDeflators();
  const same =
    about.series === shipped.name &&
    rows.length === shipped.points.length &&
    rows.every(([y, i]) => shipped.byLabel.get(String(y)) === i);
  if (same) return undefined;
  return {
    name: about.series || "the workbook's Deflators table",
    source: about.source,
    licence: about.licence,
    rows,
  };
}
