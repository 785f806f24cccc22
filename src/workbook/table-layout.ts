/**
 * Input tables laid out down a sheet, each under a heading (and an optional note), two rows
 * apart; each placement says where its data rows landed and which letter each column has,
 * so the calculations can refer to them.
 */
import { columnName } from "./refs";
import type { PlanCell, PlanTable } from "./types";

/** Where an input table landed: its data rows and its columns' letters. */
export interface Placed {
  first: number;
  last: number;
  col: (name: string) => string;
}

/** Lays tables out down a sheet, each under a heading, two rows apart. */
export class TableLayout {
  row: number;
  readonly tables: PlanTable[] = [];
  readonly cells: PlanCell[] = [];
  constructor(
    startRow: number,
    private readonly suffix: string
  ) {
    this.row = startRow;
  }
  add(heading: string, note: string, table: PlanTable): Placed {
    this.cells.push({ ref: `A${this.row}`, value: heading, role: "heading" });
    if (note) this.cells.push({ ref: `A${this.row + 1}`, value: note, role: "note" });
    const header = this.row + (note ? 2 : 1);
    // An Excel table needs a data row: an empty table gets one blank row to type into.
    const rows = table.rows.length ? table.rows : [table.columns.map(() => null)];
    this.tables.push({ ...table, name: table.name + this.suffix, ref: `A${header}`, rows });
    const first = header + 1;
    const last = header + rows.length;
    this.row = last + 3;
    const names = table.columns.map((c) => c.name);
    return {
      first,
      last,
      col: (name) => {
        const i = names.indexOf(name);
        if (i < 0) throw new Error(`no column ${name} in ${table.name}`);
        return columnName(i + 1);
      },
    };
  }
}
