/**
 * The range-table arguments of the range simulations, read from Excel's 2-D arrays.
 *
 * `ranges`: one row per uncertain input, columns
 *   input | outcome | distribution | low | mode | high | [sd]
 * with `input` one of quantity, proxy, duration, deadweight, displacement, attribution,
 * drop_off, discount; `outcome` the value-map row it applies to (blank or 0: every outcome,
 * each drawn independently; blank for discount); `distribution` one of triangular, pert,
 * uniform, normal, lognormal. Normal and lognormal take `mode` (the mean) and `sd` when sd
 * is above 0, else `low` and `high` as P10 and P90. An optional first row of headings
 * (its first cell "input") is skipped, and so are spare rows (all blank, or all 0 as Excel
 * on Windows and Mac passes empty cells).
 *
 * `correlations`: rows of  range row | range row | rank correlation  (rows of `ranges`,
 * counted from 1, skipping any heading and spare rows: the numbering every message and the
 * drivers table use too).
 */
import { isBlank, type Arg, type Cell } from "./args";
import { rangeDistribution } from "../model/distributions";
import { finiteResult, invalidArgument } from "../model/errors";
import {
  RANGE_INPUTS,
  type InputRange,
  type RangeInput,
  type RangeSimulation,
} from "../model/range-simulation";

function rowsOf(value: Arg, name: string): Cell[][] {
  if (isBlank(value as Cell)) return [];
  if (!Array.isArray(value)) throw invalidArgument(`${name} must be a range of rows.`);
  return value;
}

/** A spare row: every cell blank, or (as Excel desktop passes empty cells) 0. */
function spare(row: readonly Cell[]): boolean {
  return row.every((c) => isBlank(c) || c === 0);
}

function numberOrBlank(cell: Cell, where: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw invalidArgument(`${where} must be a number; got ${JSON.stringify(cell)}.`);
}

/**
 * An input's code from its cell: the code itself ("drop_off", "drop-off") or the words the
 * journey's SroiRanges table writes ("Financial proxy (£)", "Duration (years)", "Discount
 * rate"), so that table can be passed to the function as it stands.
 *
 * @example inputKey("Financial proxy (£)") → "proxy"
 */
export function inputKey(cell: string): string {
  const words = cell
    .trim()
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, "");
  if (words === "financial proxy") return "proxy";
  if (words === "discount rate") return "discount";
  return words.replace(/[-\s]/g, "_");
}

/** Reads the `ranges` table. */
export function rangesArg(value: Arg, outcomes: number): InputRange[] {
  const rows = rowsOf(value, "ranges");
  const width = rows[0]?.length ?? 0;
  if (rows.length && (width < 6 || width > 7)) {
    throw invalidArgument(
      `ranges must have 6 or 7 columns (input, outcome, distribution, low, mode, high, [sd]); got ${width}.`
    );
  }
  const start =
    rows.length && typeof rows[0][0] === "string" && rows[0][0].trim().toLowerCase() === "input"
      ? 1
      : 0;
  const out: InputRange[] = [];
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    if (spare(row)) continue;
    const where = `ranges (row ${out.length + 1})`;
    const inputCell = row[0];
    const key = typeof inputCell === "string" ? inputKey(inputCell) : "";
    const input = RANGE_INPUTS.find((i) => i === key) as RangeInput | undefined;
    if (!input) {
      throw invalidArgument(
        `${where}: input must be one of ${RANGE_INPUTS.map((i) => `"${i}"`).join(", ")}; got ${JSON.stringify(inputCell)}.`
      );
    }
    const outcomeCell = numberOrBlank(row[1], `${where}: outcome`);
    let outcome: number | undefined;
    if (outcomeCell !== undefined && outcomeCell !== 0) {
      if (!Number.isInteger(outcomeCell) || outcomeCell < 1 || outcomeCell > outcomes) {
        throw invalidArgument(
          `${where}: outcome must be a row of the value map, 1 to ${outcomes} (blank for every outcome); got ${outcomeCell}.`
        );
      }
      outcome = outcomeCell - 1;
    }
    if (typeof row[2] !== "string") {
      throw invalidArgument(
        `${where}: distribution must be text such as "triangular"; got ${JSON.stringify(row[2])}.`
      );
    }
    const name = row[2].trim().toLowerCase();
    const low = numberOrBlank(row[3], `${where}: low`);
    const mode = numberOrBlank(row[4], `${where}: mode`);
    const high = numberOrBlank(row[5], `${where}: high`);
    const sd = width > 6 ? numberOrBlank(row[6], `${where}: sd`) : undefined;
    const distribution = rangeDistribution({ distribution: name, low, mode, high, sd }, where);
    out.push({ input, outcome, distribution });
  }
  if (out.length === 0) {
    throw invalidArgument(
      "ranges needs at least one row: input, outcome, distribution, low, mode, high."
    );
  }
  return out;
}

/** Reads the `correlations` table against `rows` ranges: 0-based pairs. */
export function correlationsArg(value: Arg, rows: number): [number, number, number][] {
  const table = rowsOf(value, "correlations");
  if (table.length && table[0].length !== 3) {
    throw invalidArgument(
      `correlations must have 3 columns (range row, range row, rank correlation); got ${table[0].length}.`
    );
  }
  const out: [number, number, number][] = [];
  table.forEach((row, r) => {
    if (spare(row) || (typeof row[0] === "string" && r === 0)) return;
    const where = `correlations (row ${r + 1})`;
    const [a, b, rho] = row.map((c, i) => numberOrBlank(c, `${where}, column ${i + 1}`));
    for (const x of [a, b]) {
      if (x === undefined || !Number.isInteger(x) || x < 1 || x > rows) {
        throw invalidArgument(
          `${where}: range rows must be whole numbers from 1 to ${rows}; got ${x}.`
        );
      }
    }
    if (rho === undefined) throw invalidArgument(`${where}: the rank correlation is blank.`);
    out.push([a! - 1, b! - 1, rho]);
  });
  return out;
}

/** The spilled result of a finished range simulation, in the shape `result` names. */
export function rangeResult(run: RangeSimulation, shape: string): (string | number | boolean)[][] {
  if (shape === "histogram") return [["from", "to", "count"], ...run.histogram()];
  if (shape === "s_curve") return [["percentile", "ratio"], ...run.sCurve()];
  if (shape === "drivers") {
    return [
      ["range row", "input", "outcome", "rank correlation", "clipped"],
      ...run
        .drivers()
        .map((d) => [
          d.row + 1,
          d.input,
          d.outcome >= 0 ? d.outcome + 1 : d.input === "discount" ? "" : "all",
          d.correlation,
          d.clipped,
        ]),
    ];
  }
  const s = run.summary();
  return [
    [
      "P5",
      "P50",
      "P95",
      "mean",
      `P(ratio>${s.threshold})`,
      "SE(mean)",
      "SE(P50)",
      "iterations",
      "converged",
      "clipped",
    ],
    [
      finiteResult(s.p5, "P5"),
      finiteResult(s.p50, "P50"),
      finiteResult(s.p95, "P95"),
      s.mean,
      s.probabilityAbove,
      s.standardErrorMean,
      s.standardErrorP50 ?? "",
      s.iterations,
      s.converged === undefined ? "" : s.converged,
      s.clipped,
    ],
  ];
}
