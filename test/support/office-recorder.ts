/**
 * A recording stand-in for Excel's request context: every property read, assignment and
 * call made through Office.js is recorded with its path (arguments included), and
 * `context.sync()` is counted. Reads that an adapter syncs for are answered from a small
 * workbook description: the sheet names, and tables' values.
 */
import type { CellValue } from "../../src/workbook/types";

export interface Recorded {
  path: string;
  kind: "call" | "set";
  args?: unknown[];
  value?: unknown;
}

export interface FakeWorkbook {
  sheets?: string[];
  /** Table name → values, header row first. */
  tables?: Record<string, CellValue[][]>;
  /** Sheet name → A1's value. */
  titles?: Record<string, string>;
  /** Tables the workbook has besides those in `tables` (names only). */
  tableNames?: string[];
  /** Defined names the workbook has. */
  definedNames?: string[];
  /** The selected cell. */
  activeCell?: { address: string; formula: string };
  /**
   * The API sets this Excel supports, with the highest version of each, as
   * `Office.context.requirements.isSetSupported` answers; every set when absent.
   */
  apiSets?: Record<string, string>;
}

/** "1.10" >= "1.9". */
function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** Excel's enums as the adapters use them (strings, as in Office.js). */
export function installExcelEnums(): void {
  (globalThis as unknown as { Excel: unknown }).Excel = {
    ConditionalFormatType: { cellValue: "CellValue" },
    ConditionalCellValueOperator: { equalTo: "EqualTo" },
    ChartType: { line: "Line", columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartAxisTickLabelPosition: { low: "Low" },
    ChartSeriesBy: { rows: "Rows", columns: "Columns" },
  };
}

export function recordingContext(book: FakeWorkbook = {}) {
  // office.js's requirement check, answering for this workbook's Excel.
  (globalThis as unknown as { Office: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          !book.apiSets || (name in book.apiSets && atLeast(book.apiSets[name], version)),
      },
    },
  };
  const log: Recorded[] = [];
  const state = { syncs: 0 };
  const argOf = (path: string, method: string) => {
    const m = new RegExp(`${method}\\((\\[.*?\\])\\)`).exec(path);
    return m ? (JSON.parse(m[1])[0] as string) : undefined;
  };
  const existingTables = () => [...Object.keys(book.tables ?? {}), ...(book.tableNames ?? [])];
  /**
   * As Excel does, a sync fails when it adds a sheet, table or defined name the workbook
   * has (case-insensitively; tables and defined names share one namespace): everything
   * queued before the failing call has been done by then, so the workbook is half-built.
   */
  function clashOnSync(): string | null {
    const sheets = new Set((book.sheets ?? []).map((n) => n.toLowerCase()));
    const named = new Set([...existingTables(), ...(book.definedNames ?? [])].map((n) => n.toLowerCase()));
    for (const r of log) {
      if (r.kind === "call" && r.path === "context.workbook.worksheets.add" && sheets.has(String(r.args![0]).toLowerCase()))
        return `a sheet called ${r.args![0]} exists`;
      if (r.kind === "set" && /tables\.add\(.*\)\.name$/.test(r.path) && named.has(String(r.value).toLowerCase()))
        return `a table or name called ${r.value} exists`;
      if (r.kind === "call" && r.path === "context.workbook.names.add" && named.has(String(r.args![0]).toLowerCase()))
        return `a table or name called ${r.args![0]} exists`;
    }
    return null;
  }
  function answer(path: string): { found: boolean; value?: unknown } {
    if (path === "context.workbook.worksheets.items")
      return { found: true, value: (book.sheets ?? []).map((name) => ({ name })) };
    if (path === "context.workbook.tables.items")
      return { found: true, value: existingTables().map((name) => ({ name })) };
    if (path === "context.workbook.names.items")
      return { found: true, value: (book.definedNames ?? []).map((name) => ({ name })) };
    if (path === "context.workbook.getActiveCell([]).address")
      return { found: true, value: book.activeCell?.address };
    if (path === "context.workbook.getActiveCell([]).formulas")
      return { found: true, value: [[book.activeCell?.formula ?? ""]] };
    if (path.endsWith(".isNullObject")) {
      const sheet = argOf(path, "worksheets.getItemOrNullObject");
      if (sheet !== undefined) return { found: true, value: !(book.sheets ?? []).includes(sheet) };
      const table = argOf(path, "tables.getItemOrNullObject");
      if (table !== undefined) return { found: true, value: !(table in (book.tables ?? {})) };
    }
    if (path.endsWith(".values")) {
      const table = argOf(path, "tables.getItemOrNullObject");
      if (table !== undefined) return { found: true, value: book.tables?.[table] };
      const sheet = argOf(path, "worksheets.getItemOrNullObject");
      if (sheet !== undefined) return { found: true, value: [[book.titles?.[sheet] ?? ""]] };
    }
    return { found: false };
  }
  function node(path: string): any {
    return new Proxy(function () {}, {
      get(_t, prop) {
        if (typeof prop === "symbol" || prop === "then") return undefined;
        if (path === "context" && prop === "sync") {
          return async () => {
            state.syncs++;
            const clash = clashOnSync();
            if (clash) throw new Error(`InvalidArgument: ${clash}`);
          };
        }
        const next = `${path}.${prop}`;
        const a = answer(next);
        return a.found ? a.value : node(next);
      },
      set(_t, prop, value) {
        log.push({ path: `${path}.${String(prop)}`, kind: "set", value });
        return true;
      },
      apply(_t, _self, args) {
        log.push({ path, kind: "call", args });
        return node(`${path}(${JSON.stringify(args)})`);
      },
    });
  }
  return { context: node("context") as Excel.RequestContext, log, state };
}

