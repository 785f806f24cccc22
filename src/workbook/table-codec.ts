/**
 * One definition per input table: a table codec lists its columns once (header, number
 * format, role, what kind of value it holds, and how an item fills it), and that one list
 * both writes the table into a plan and reads it back from the workbook. The reader knows
 * every column, so a renamed, missing or unknown column is an error that names the table and
 * the column, never a silent 0. Settings blocks (a row per setting: label, value, unit, note)
 * and the sheet's title ("Inputs: <title>") have codecs of their own.
 */
import {
  flag,
  number,
  records,
  rowOf,
  text,
  type TableRecord,
  type TableValues,
} from "./read-tables";
import type { CellRole, CellValue, PlanTable } from "./types";
import { MONEY_PENCE, SHARE } from "./refs";

/** How a column's cells read back: as text, a number (an empty cell is 0) or a yes/no. */
export interface Kind<V> {
  readonly read: (cell: CellValue, what: string) => V;
}
export const TEXT: Kind<string> = { read: (v) => text(v) };
export const NUMBER: Kind<number> = { read: (v, what) => number(v, what) };
export const FLAG: Kind<boolean> = { read: (v, what) => flag(v, what) };
/** A number that may be left blank: a blank cell reads as null (none), never as 0. */
export const OPTIONAL_NUMBER: Kind<number | null> = {
  read: (v, what) => (text(v) === "" ? null : number(v, what)),
};

/** One column: its header, format and role in the plan, its kind, and its cell for an item. */
export interface ColumnDef<T, V> {
  readonly header: string;
  readonly numFmt?: string;
  readonly role?: CellRole;
  readonly kind: Kind<V>;
  readonly write: (item: T) => CellValue;
}

type Columns<T> = Record<string, ColumnDef<T, unknown>>;

/** A row read back: each column's value by its field, as its kind reads it. */
export type RowOf<D> = { [K in keyof D]: D[K] extends ColumnDef<never, infer V> ? V : never };

export interface TableCodec<T, D extends Columns<T>> {
  readonly name: string;
  readonly columns: D;
  /** The header of a field's column (for formulas that refer to the column). */
  header(field: keyof D & string): string;
  /** The table of `items` for a plan (at A1: a layout places it). */
  table(items: readonly T[]): PlanTable;
  /**
   * The table's rows read back (blank rows dropped). Throws, naming the table and the
   * column, when the table is missing, a column is missing or renamed, or a column is one
   * the codec does not know.
   */
  read(values: TableValues | undefined): RowOf<D>[];
}

/** Unknown columns, after the missing ones have been reported. */
function unknownColumns(values: TableValues, name: string, headers: readonly string[]): void {
  const extra = values[0].map(text).filter((h) => h !== "" && !headers.includes(h));
  if (extra.length)
    throw new Error(
      `The ${name} table has ${extra.length === 1 ? "a column" : "columns"} the pane does not know: ${extra.map((e) => `"${e}"`).join(", ")}.`
    );
}

/** A codec for the table `name` of items `T` (call as `tableCodec<Item>()(name, columns)`). */
export const tableCodec =
  <T>() =>
  <D extends Columns<T>>(name: string, columns: D): TableCodec<T, D> => {
    const fields = Object.keys(columns) as (keyof D & string)[];
    const headers = fields.map((f) => columns[f].header);
    return {
      name,
      columns,
      header: (field) => columns[field].header,
      table: (items) => ({
        name,
        ref: "A1",
        columns: fields.map((f) => {
          const { header, numFmt, role } = columns[f];
          return { name: header, ...(numFmt ? { numFmt } : {}), ...(role ? { role } : {}) };
        }),
        rows: items.map((item) => fields.map((f) => columns[f].write(item))),
      }),
      read: (values) => {
        const rows: TableRecord[] = records(values, name, headers);
        unknownColumns(values!, name, headers);
        return rows.map(
          (r) =>
            Object.fromEntries(
              fields.map((f) => {
                const c = columns[f];
                const where = `Row ${rowOf(r)} of ${name} "${c.header}"`;
                return [f, c.kind.read(r[c.header], where)];
              })
            ) as RowOf<D>
        );
      },
    };
  };

/**
 * A setting's number format: its own, else one its unit implies (% a percentage, £ money with
 * pence, points and years as numbers); text and yes/no values keep the column's.
 */
function settingFormat<T>(s: SettingDef<T, unknown>, value: CellValue): string | undefined {
  if (typeof value !== "number") return undefined;
  if (s.numFmt) return s.numFmt;
  if (s.unit.startsWith("%")) return SHARE;
  if (s.unit.startsWith("£")) return MONEY_PENCE;
  if (s.unit === "points") return "0.##";
  if (/^years?$/.test(s.unit)) return "0";
  return undefined;
}

/** One setting: its row's label, unit and note, its kind, its value, and when it is written. */
export interface SettingDef<T, V> {
  readonly label: string;
  readonly unit: string;
  readonly note: string;
  readonly assumption?: boolean;
  /** Its number format, where its unit does not imply one. */
  readonly numFmt?: string;
  /** The defined name formulas use for its value cell (before the build's suffix). */
  readonly name?: string;
  readonly kind: Kind<V>;
  readonly write: (c: T) => CellValue;
  /** Written only when this holds (the payment-by-results settings); always by default. */
  readonly when?: (c: T) => boolean;
}

type Settings<T> = Record<string, SettingDef<T, unknown>>;

/** What each column of a settings table shows of a setting. */
export type SettingPart = "label" | "value" | "unit" | "note" | "assumption";

export interface SettingsCodec<T, D extends Settings<T>> {
  readonly name: string;
  readonly settings: D;
  /** The settings written for `c`, in order (the rows of the table). */
  rows(c: T): (keyof D & string)[];
  table(c: T): PlanTable;
  /**
   * The settings read back by field. A setting whose row is missing is an error naming the
   * table and the row; so is a row the codec does not know. Settings written only sometimes
   * (`when`) are required when `optional` is true, and otherwise read if their row is there.
   */
  read(
    values: TableValues | undefined,
    optional?: boolean
  ): Partial<RowOf<D>> & RowOf<Pick<D, RequiredKeys<D>>>;
}

type RequiredKeys<D> = { [K in keyof D]: D[K] extends { when: unknown } ? never : K }[keyof D];

/** A settings table: one row per setting, the columns given (header, role, format, part). */
export const settingsCodec =
  <T>() =>
  <D extends Settings<T>>(
    name: string,
    columns: readonly { header: string; part: SettingPart; role?: CellRole; numFmt?: string }[],
    settings: D
  ): SettingsCodec<T, D> => {
    const fields = Object.keys(settings) as (keyof D & string)[];
    const labelHeader = columns.find((c) => c.part === "label")!.header;
    const valueHeader = columns.find((c) => c.part === "value")!.header;
    const cell = (s: SettingDef<T, unknown>, part: SettingPart, c: T): CellValue =>
      part === "label"
        ? s.label
        : part === "value"
          ? s.write(c)
          : part === "unit"
            ? s.unit
            : part === "note"
              ? s.note
              : (s.assumption ?? false);
    const rows = (c: T) => fields.filter((f) => settings[f].when?.(c) ?? true);
    return {
      name,
      settings,
      rows,
      table: (c) => ({
        name,
        ref: "A1",
        columns: columns.map(({ header, numFmt, role }) => ({
          name: header,
          ...(numFmt ? { numFmt } : {}),
          ...(role ? { role } : {}),
        })),
        rows: rows(c).map((f) => columns.map((col) => cell(settings[f], col.part, c))),
        // The Value column mixes years, shares, points and money: each row its own format.
        cellFormats: rows(c).map((f) =>
          columns.map((col) =>
            col.part === "value" ? settingFormat(settings[f], settings[f].write(c)) : undefined
          )
        ),
      }),
      read: (values, optional = false) => {
        const found = new Map(
          records(values, name, [labelHeader, valueHeader]).map((r) => [
            text(r[labelHeader]),
            r[valueHeader],
          ])
        );
        const labels = fields.map((f) => settings[f].label);
        const extra = [...found.keys()].filter((l) => !labels.includes(l));
        if (extra.length)
          throw new Error(
            `The ${name} table has ${extra.length === 1 ? "a row" : "rows"} the pane does not know: ${extra.map((e) => `"${e}"`).join(", ")}.`
          );
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          const s = settings[f];
          if (!found.has(s.label)) {
            if (s.when && !optional) continue;
            throw new Error(`The ${name} table has no "${s.label}" row.`);
          }
          out[f] = s.kind.read(found.get(s.label)!, `${name} "${s.label}"`);
        }
        return out as ReturnType<SettingsCodec<T, D>["read"]>;
      },
    };
  };

/** The title cell of a sheet: "<prefix><title>", read back without the prefix. */
export const titleCodec = (prefix: string) => ({
  write: (title: string): string => `${prefix}${title}`,
  read: (cell: string): string =>
    cell.replace(new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), ""),
});
