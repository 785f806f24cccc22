/**
 * A sheet of Monte Carlo results: the settings, the percentiles and the chance of a good
 * result (an SROI ratio above 1, a business case NPV above 0), and a histogram table with a
 * column chart. Values, not formulas: they are the record of a run, and seeded, so the same
 * settings reproduce them (for SROI, `=PCBA.SROI_SIMULATE` with the same arguments).
 * Each journey gives its measure (what was simulated, its formats and labels).
 */
import type { SimulationOptions } from "../model/uncertainty";
import type { PlanCell, WorkbookPlan } from "./types";
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

/** A finished run: the journey's summary of it (percentiles and the like) and its histogram. */
export interface SimulationResult<S> {
  summary: S;
  histogram: HistogramBin[];
}

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
    { ref: "A4", value: "Uncertainty (± share of each value)", role: "label" },
    // The run's settings are its record, not inputs: changing them here re-runs nothing.
    { ref: "B4", value: options.uncertainty, numFmt: SHARE, role: "calc" },
    { ref: "A5", value: "Iterations", role: "label" },
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
  const top = 13;
  const first = top + 1;
  const last = top + result.histogram.length;
  const binFmt = f === "0.00" ? "0.000" : f;
  return {
    names: [],
    sheets: [
      {
        name: at.name,
        widths: { A: 40, B: 16, C: 16 },
        cells,
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
        ],
      },
    ],
  };
}
