/**
 * A sheet recording a sensitivity analysis (HM Treasury, The Green Book 2022, Annex A5):
 * for each input, the result with the input lower and higher by the swing, its switching
 * value, and a tornado chart of the change from the base, widest bar at the top.
 *
 * The low and high results are values (the add-in's model computed them; a spreadsheet
 * cannot re-run a whole analysis per input without data tables); the changes the chart
 * plots are formulas on those values, so the chart can be audited against the table.
 * Each journey gives its measure (what the result is, its formats and labels).
 */
import { columnName, sheetRef } from "./refs";
import type { PlanCell, WorkbookPlan } from "./types";

export interface TornadoSheetRow {
  label: string;
  low: number;
  high: number;
  /** Where the result reaches its threshold, as a value or a change; null: none. */
  switching: number | null;
}

/** What the tornado is of, for the sheet's labels and formats. */
export interface TornadoMeasure {
  /** Sheet name before "(2)" and the like. */
  readonly sheet: string;
  /** Table name before its suffix. */
  readonly table: string;
  /** "SROI ratio", "NPV (£)". */
  readonly name: string;
  readonly numFmt: string;
  /** The switching column's heading and format. */
  readonly switchingLabel: string;
  readonly switchingFmt: string;
  readonly note: string;
}

export function tornadoPlan(
  title: string,
  base: number,
  swing: number,
  rows: readonly TornadoSheetRow[],
  measure: TornadoMeasure,
  at: { name: string; suffix: string } = { name: measure.sheet, suffix: "" }
): WorkbookPlan {
  const on = (ref: string) => sheetRef(at.name, ref);
  const pct = `${Math.round(swing * 100)}%`;
  const top = 7;
  const first = top + 1;
  const last = top + rows.length;
  // The chart's data: changes from the base, as formulas beside the table.
  const lowChange = columnName(6);
  const highChange = columnName(7);
  const cells: PlanCell[] = [
    { ref: "A1", value: `Sensitivity: ${title}`, role: "title" },
    { ref: "A2", value: measure.note, role: "note" },
    { ref: "A4", value: `Base ${measure.name}`, role: "label" },
    // The model's result and the run's swing: a record, not inputs (changing them re-runs nothing).
    { ref: "B4", value: base, numFmt: measure.numFmt, role: "output" },
    { ref: "A5", value: "Swing (± share of each input)", role: "label" },
    { ref: "B5", value: swing, numFmt: "0%", role: "calc" },
    { ref: `${lowChange}${top}`, value: `Change at −${pct}`, role: "heading" },
    { ref: `${highChange}${top}`, value: `Change at +${pct}`, role: "heading" },
  ];
  for (let r = first; r <= last; r++) {
    cells.push(
      {
        ref: `${lowChange}${r}`,
        formula: `B${r}-$B$4`,
        numFmt: measure.numFmt,
        role: "calc",
        cached: rows[r - first].low - base,
      },
      {
        ref: `${highChange}${r}`,
        formula: `C${r}-$B$4`,
        numFmt: measure.numFmt,
        role: "calc",
        cached: rows[r - first].high - base,
      }
    );
  }
  return {
    names: [],
    sheets: [
      {
        name: at.name,
        widths: { A: 34, B: 18, C: 18, D: 26, E: 2, F: 18, G: 18 },
        cells,
        tables: [
          {
            name: measure.table + at.suffix,
            ref: `A${top}`,
            columns: [
              { name: "Input" },
              { name: `${measure.name} at −${pct}`, numFmt: measure.numFmt },
              { name: `${measure.name} at +${pct}`, numFmt: measure.numFmt },
              { name: measure.switchingLabel, numFmt: measure.switchingFmt },
            ],
            rows: rows.map((r) => [r.label, r.low, r.high, r.switching]),
          },
        ],
        checks: [],
        charts: [
          {
            kind: "bar",
            title: `Tornado: change in the ${measure.name} from ${pct} lower and higher inputs`,
            categories: on(`$A$${first}:$A$${last}`),
            series: [
              { name: `−${pct}`, values: on(`$${lowChange}$${first}:$${lowChange}$${last}`) },
              { name: `+${pct}`, values: on(`$${highChange}$${first}:$${highChange}$${last}`) },
            ],
            anchor: `A${last + 3}:G${last + 22}`,
            yAxisTitle: `Change in the ${measure.name}`,
            valueFormat: measure.numFmt,
          },
        ],
      },
    ],
  };
}
