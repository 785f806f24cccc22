/**
 * A sheet of Monte Carlo results: the settings, the percentiles and the chance of a good
 * result (an SROI ratio above 1, a business case NPV above 0), and a histogram table with a
 * column chart. Values, not formulas: they are the record of a run, and seeded, so the same
 * settings reproduce them (for SROI, `=PCBA.SROI_SIMULATE` with the same arguments). A run
 * with rank correlations lists them last, each pair of inputs in words with the correlation
 * asked and the one reached, and the gap between them as a formula beside the table.
 * Each journey gives its measure (what was simulated, its formats and labels). A run that
 * reports its precision adds, beside its settings, the tolerance asked, the iterations run,
 * whether it converged and the standard errors of the mean and of P50.
 */
import type { SimulationOptions } from "../model/uncertainty";
import type { ConvergenceRecord } from "../model/convergence";
import type { PlanCell, PlanChart, PlanTable, WorkbookPlan } from "./types";
import { sheetRef, SHARE } from "./refs";

/**
 * A bin's end as a board reads it: whole pounds with separators for money ("£1,805,859"),
 * two places for a ratio ("1.34"), never the raw double ("1805858.62119786").
 */
export function binEnd(x: number, numFmt: string): string {
  if (numFmt.includes("£")) {
    const pounds = Math.round(x).toLocaleString("en-GB");
    return pounds.startsWith("-") ? `-£${pounds.slice(1)}` : `£${pounds}`;
  }
  const decimals = (/\.(0+)/.exec(numFmt.split(";")[0])?.[1] ?? "").length;
  return x.toFixed(decimals);
}

/** One bar of a histogram: values from `from` to `to`, and how many iterations gave one. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** An input's rank correlation with the result (the drivers' tornado). */
export interface DriverRow {
  /** The input in words ("Range 2: Financial proxy (£), outcome 1"). */
  label: string;
  /** Spearman's rank correlation of the input's draws with the result. */
  correlation: number;
  /** Share of its draws clipped to the input's valid range. */
  clipped: number;
}

/** A rank correlation the run was asked for, between two inputs in words, and what it gave. */
export interface CorrelationUsed {
  /** The first input in words ("Range 1 (Financial proxy (£), outcome 1)"). */
  input: string;
  /** The input it is correlated with, in words. */
  withInput: string;
  /** The rank correlation asked for. */
  target: number;
  /** Spearman's rank correlation of the two inputs' draws over the run (block by block). */
  achieved: number;
}

/** How a run's inputs varied: the ± share on every input, or the analysis's own ranges. */
export interface RunRecord {
  /** Number of rows of ranges (0: every input by the ± share). */
  ranges: number;
  /** "random" or "lhs" (Latin hypercube). */
  sampling: "random" | "lhs";
}

/**
 * A finished run: the journey's summary of it (percentiles and the like) and its histogram;
 * a run of the range simulation adds its mean, S-curve, drivers and record.
 */
export interface SimulationResult<S> {
  summary: S;
  histogram: HistogramBin[];
  /** The mean of the iterations. */
  mean?: number;
  /** [cumulative share, value] at 0%, 5%, …, 100% (PERCENTILE.INC). */
  sCurve?: [number, number][];
  /** Largest rank correlation first. */
  drivers?: DriverRow[];
  /** The rank correlations asked for between inputs, with those reached (none: left out). */
  correlations?: CorrelationUsed[];
  run?: RunRecord;
  /** The standard errors, the iterations run and, when asked, whether the run converged. */
  convergence?: ConvergenceRecord;
}

/** The line that says what the percentiles mean, on the pane and on the sheet. */
export const PERCENTILES_EXPLAINED =
  "P5, P50 and P95: 5% of iterations gave less than P5, half less than P50 (the median), and 95% less than P95, so 90% lie between P5 and P95.";

/** What was simulated, for the sheet's labels and formats. */
export interface SimulatedMeasure<S> {
  /** Sheet name before "(2)" and the like. */
  readonly sheet: string;
  /** Histogram table name before its suffix. */
  readonly table: string;
  /** "ratio", "NPV (£)": what the percentiles are of. */
  readonly name: string;
  readonly numFmt: string;
  readonly note: string;
  readonly chanceLabel: string;
  readonly chance: (summary: S) => number;
  readonly chartTitle: string;
}

export function simulationPlan<S extends { p5: number; p50: number; p95: number }>(
  title: string,
  options: SimulationOptions,
  result: SimulationResult<S>,
  measure: SimulatedMeasure<S>,
  at: { name: string; suffix: string } = { name: measure.sheet, suffix: "" }
): WorkbookPlan {
  const on = (ref: string) => sheetRef(at.name, ref);
  const s = result.summary;
  const f = measure.numFmt;
  const cells: PlanCell[] = [
    { ref: "A1", value: `Monte Carlo: ${title}`, role: "title" },
    { ref: "A2", value: measure.note, role: "note" },
    // The run's settings are its record, not inputs: changing them here re-runs nothing.
    ...(result.run && result.run.ranges > 0
      ? ([
          { ref: "A4", value: "Uncertainty", role: "label" },
          {
            ref: "B4",
            value: `${result.run.ranges} ${result.run.ranges === 1 ? "range" : "ranges"} on the inputs sheet, ${result.run.sampling === "lhs" ? "Latin hypercube" : "random"} sampling`,
            role: "calc",
          },
        ] as PlanCell[])
      : ([
          { ref: "A4", value: "Uncertainty (± share of each value)", role: "label" },
          { ref: "B4", value: options.uncertainty, numFmt: SHARE, role: "calc" },
        ] as PlanCell[])),
    {
      ref: "A5",
      value: asked(result, options) ? "Most iterations (run until converged)" : "Iterations",
      role: "label",
    },
    { ref: "B5", value: options.iterations, numFmt: "#,##0", role: "calc" },
    { ref: "A6", value: "Seed", role: "label" },
    { ref: "B6", value: options.seed, numFmt: "0", role: "calc" },
    { ref: "A8", value: `P5 ${measure.name}`, role: "label" },
    { ref: "B8", value: s.p5, numFmt: f, role: "output" },
    { ref: "A9", value: `P50 ${measure.name}`, role: "label" },
    { ref: "B9", value: s.p50, numFmt: f, role: "output" },
    { ref: "A10", value: `P95 ${measure.name}`, role: "label" },
    { ref: "B10", value: s.p95, numFmt: f, role: "output" },
    { ref: "A11", value: measure.chanceLabel, role: "label" },
    { ref: "B11", value: measure.chance(s as S), numFmt: "0.0%", role: "output" },
  ];
  const extra = result.mean !== undefined || result.sCurve !== undefined;
  if (extra) {
    cells.push(
      { ref: "A3", value: PERCENTILES_EXPLAINED, role: "note" },
      { ref: "A12", value: `Mean ${measure.name}`, role: "label" },
      { ref: "B12", value: result.mean ?? null, numFmt: f, role: "output" }
    );
  }
  if (result.convergence) cells.push(...convergenceCells(result.convergence, options, f));
  // The histogram stays where it always was (row 13), with or without the mean above it.
  const top = 13;
  const first = top + 1;
  const last = top + result.histogram.length;
  const binFmt = f === "0.00" ? "0.000" : f;
  const later = laterTables(result, measure, at, last + 3, f);
  return {
    names: [],
    sheets: [
      {
        name: at.name,
        // Column A holds a correlation's pair of inputs in words, when there is one.
        widths: { A: result.correlations?.length ? 64 : 40, B: 16, C: 16, D: 24 },
        cells: [...cells, ...later.cells],
        tables: [
          {
            name: measure.table + at.suffix,
            ref: `A${top}`,
            columns: [
              { name: "From", numFmt: binFmt },
              { name: "To", numFmt: binFmt },
              { name: "Iterations", numFmt: "#,##0" },
              { name: "Range" },
            ],
            rows: result.histogram.map((b) => [
              b.from,
              b.to,
              b.count,
              `${binEnd(b.from, binFmt)} to ${binEnd(b.to, binFmt)}`,
            ]),
          },
          ...later.tables,
        ],
        checks: [],
        charts: [
          {
            kind: "column",
            title: measure.chartTitle,
            categories: on(`$D$${first}:$D$${last}`),
            series: [{ name: "Iterations", values: on(`$C$${first}:$C$${last}`) }],
            anchor: "F4:N24",
            yAxisTitle: "iterations",
            valueFormat: "#,##0",
          },
          ...later.charts,
        ],
      },
    ],
  };
}

/** The tolerance the run was asked to meet, if any (the record's, else the settings'). */
function asked<S>(result: SimulationResult<S>, options: SimulationOptions): number | undefined {
  const t = result.convergence ? result.convergence.tolerance : options.tolerance;
  return t !== undefined && t > 0 ? t : undefined;
}

/** Whether a run converged, in words short enough for a cell beside the chart. */
export function convergedWords(record: ConvergenceRecord): string {
  if (record.converged === undefined) return "Not asked: every iteration run";
  return record.converged ? "Yes" : "No: ran to the most";
}

/**
 * The run's own precision, beside its settings (C4:D9, so nothing of the older layout
 * moves): the tolerance asked on P50's standard error, the iterations actually run, whether
 * it converged, and the standard errors of the mean and of P50 (issue 15). A standard error
 * is shown to two more places than the measure (a ratio's 0.00 → 0.0000; pounds stay whole).
 */
function convergenceCells(
  record: ConvergenceRecord,
  options: SimulationOptions,
  f: string
): PlanCell[] {
  const seFmt = f.replace("0.00", "0.0000");
  const tolerance = record.tolerance ?? (options.tolerance ? options.tolerance : undefined);
  return [
    { ref: "C4", value: "Tolerance on the P50's standard error", role: "label" },
    tolerance !== undefined
      ? { ref: "D4", value: tolerance, numFmt: seFmt, role: "calc" }
      : { ref: "D4", value: "None: every iteration run", role: "calc" },
    { ref: "C5", value: "Iterations run", role: "label" },
    { ref: "D5", value: record.iterations, numFmt: "#,##0", role: "output" },
    { ref: "C6", value: "Converged", role: "label" },
    { ref: "D6", value: convergedWords(record), role: "output" },
    { ref: "C8", value: "Standard error of the mean", role: "label" },
    { ref: "D8", value: record.standardErrorMean, numFmt: seFmt, role: "output" },
    { ref: "C9", value: "Standard error of the P50", role: "label" },
    record.standardErrorP50 !== undefined
      ? { ref: "D9", value: record.standardErrorP50, numFmt: seFmt, role: "output" }
      : { ref: "D9", value: "Not available (under 3 iterations)", role: "output" },
  ];
}

/**
 * The S-curve (cumulative share against the value, a line chart) and the drivers (each
 * input's rank correlation with the result, a bar chart: the tornado of drivers), one under
 * the other from row `top`, when the run has them.
 */
function laterTables<S>(
  result: SimulationResult<S>,
  measure: SimulatedMeasure<S>,
  at: { name: string; suffix: string },
  top: number,
  f: string
): { cells: PlanCell[]; tables: PlanTable[]; charts: PlanChart[] } {
  const on = (ref: string) => sheetRef(at.name, ref);
  const out = { cells: [] as PlanCell[], tables: [] as PlanTable[], charts: [] as PlanChart[] };
  let row = top;
  if (result.sCurve && result.sCurve.length > 0) {
    const first = row + 1;
    const last = row + result.sCurve.length;
    out.cells.push({
      ref: `A${row - 1}`,
      value: `Cumulative distribution (S-curve): the share of iterations at or below each ${measure.name}`,
      role: "heading",
    });
    out.tables.push({
      name: `${measure.table}SCurve${at.suffix}`,
      ref: `A${row}`,
      columns: [
        { name: "Share of iterations", numFmt: "0%" },
        { name: `${measure.name[0].toUpperCase()}${measure.name.slice(1)}`, numFmt: f },
      ],
      rows: result.sCurve.map(([p, v]) => [p, v]),
    });
    out.charts.push({
      kind: "line",
      title: `S-curve: the ${measure.name} against the share of iterations at or below it`,
      categories: on(`$B$${first}:$B$${last}`),
      series: [{ name: "Share of iterations", values: on(`$A$${first}:$A$${last}`) }],
      anchor: `F${row}:N${row + 20}`,
      yAxisTitle: "share of iterations",
      valueFormat: "0%",
    });
    row = Math.max(last, row + 20) + 3;
  }
  if (result.drivers && result.drivers.length > 0) {
    const first = row + 1;
    const last = row + result.drivers.length;
    out.cells.push({
      ref: `A${row - 1}`,
      value: `Drivers: each input's rank correlation with the ${measure.name}, largest first`,
      role: "heading",
    });
    out.tables.push({
      name: `${measure.table}Drivers${at.suffix}`,
      ref: `A${row}`,
      columns: [
        { name: "Input" },
        { name: "Rank correlation", numFmt: "0.00" },
        { name: "Draws clipped", numFmt: "0.0%" },
      ],
      rows: result.drivers.map((d) => [d.label, d.correlation, d.clipped]),
    });
    out.charts.push({
      kind: "bar",
      title: `Drivers of the ${measure.name}: rank correlation with each input`,
      categories: on(`$A$${first}:$A$${last}`),
      series: [{ name: "Rank correlation", values: on(`$B$${first}:$B$${last}`) }],
      anchor: `F${row}:N${row + Math.max(12, result.drivers.length + 4)}`,
      yAxisTitle: "rank correlation",
      valueFormat: "0.00",
    });
    row = Math.max(last, row + Math.max(12, result.drivers.length + 4)) + 3;
  }
  if (result.correlations && result.correlations.length > 0) {
    const first = row + 1;
    out.cells.push(
      {
        ref: `A${row - 2}`,
        value:
          "Correlations used: the rank correlation asked for between two inputs, and the one their draws reached over the run",
        role: "heading",
      },
      {
        ref: `A${row - 1}`,
        value:
          "Reached: Spearman's rank correlation of the two inputs' draws, taken block by block (the draws are reordered by Iman–Conover a block at a time) and averaged over the blocks by their iterations. An input over every outcome counts each outcome's pair.",
        role: "note",
      },
      // The gap is a formula beside the table, so the sheet shows how it was found.
      { ref: `D${row}`, value: "Reached − asked", role: "heading" }
    );
    result.correlations.forEach((k, i) =>
      out.cells.push({
        ref: `D${first + i}`,
        formula: `C${first + i}-B${first + i}`,
        numFmt: "0.000",
        role: "calc",
        cached: k.achieved - k.target,
      })
    );
    out.tables.push({
      name: `${measure.table}Correlations${at.suffix}`,
      ref: `A${row}`,
      columns: [
        { name: "Inputs correlated" },
        { name: "Rank correlation asked", numFmt: "0.00" },
        { name: "Rank correlation reached", numFmt: "0.000" },
      ],
      rows: result.correlations.map((k) => [
        `${k.input} with ${k.withInput}`,
        k.target,
        k.achieved,
      ]),
    });
  }
  return out;
}
