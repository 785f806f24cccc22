/**
 * A sheet of Monte Carlo results: the settings, the percentiles and the chance the ratio
 * exceeds 1, and a histogram table with a column chart. Values, not formulas: they are the
 * record of a run (seeded, so `=PCBA.SROI_SIMULATE` with the same arguments reproduces them).
 */
import type { SimulationOptions } from "../model/uncertainty";
import type { SimulationResult } from "../uncertainty/runner";
import type { PlanCell, WorkbookPlan } from "./types";
import { sheetRef } from "./refs";

export function simulationPlan(
  title: string,
  options: SimulationOptions,
  result: SimulationResult,
  sheet = "SROI simulation"
): WorkbookPlan {
  const on = (ref: string) => sheetRef(sheet, ref);
  const s = result.summary;
  const cells: PlanCell[] = [
    { ref: "A1", value: `Monte Carlo: ${title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Every quantity, proxy, duration, adjustment and the discount rate varied on a symmetric triangular distribution; the value of inputs not varied.",
      role: "note",
    },
    { ref: "A4", value: "Uncertainty (± share of each value)", role: "label" },
    { ref: "B4", value: options.uncertainty, numFmt: "0.00%", role: "input" },
    { ref: "A5", value: "Iterations", role: "label" },
    { ref: "B5", value: options.iterations, numFmt: "#,##0", role: "input" },
    { ref: "A6", value: "Seed", role: "label" },
    { ref: "B6", value: options.seed, numFmt: "0", role: "input" },
    { ref: "A8", value: "P5 ratio", role: "label" },
    { ref: "B8", value: s.p5, numFmt: "0.00", role: "output" },
    { ref: "A9", value: "P50 ratio", role: "label" },
    { ref: "B9", value: s.p50, numFmt: "0.00", role: "output" },
    { ref: "A10", value: "P95 ratio", role: "label" },
    { ref: "B10", value: s.p95, numFmt: "0.00", role: "output" },
    { ref: "A11", value: "Chance the ratio exceeds 1", role: "label" },
    { ref: "B11", value: s.probabilityAboveOne, numFmt: "0.0%", role: "output" },
  ];
  const top = 13;
  const first = top + 1;
  const last = top + result.histogram.length;
  return {
    names: [],
    sheets: [
      {
        name: sheet,
        widths: { A: 40, B: 14, C: 14 },
        cells,
        tables: [
          {
            name: "SimulationHistogram",
            ref: `A${top}`,
            columns: [
              { name: "Ratio from", numFmt: "0.000" },
              { name: "Ratio to", numFmt: "0.000" },
              { name: "Iterations", numFmt: "#,##0" },
            ],
            rows: result.histogram.map((b) => [b.from, b.to, b.count]),
          },
        ],
        checks: [],
        charts: [
          {
            kind: "column",
            title: "Distribution of the SROI ratio",
            categories: on(`$A$${first}:$A$${last}`),
            series: [{ name: "Iterations", values: on(`$C$${first}:$C$${last}`) }],
            anchor: "E4:L22",
            yAxisTitle: "iterations",
          },
        ],
      },
    ],
  };
}
