/**
 * Cached values for every formula of a plan: the plan's own formulas are evaluated
 * (`./formula`, in dependency order: a formula's references are evaluated first, on
 * demand, once each) and each result is written as the formula's cached value, so a
 * viewer that does not recalculate (a preview, a mail client, a phone) shows the numbers
 * on every sheet, not only the summary's. Excel and LibreOffice recalculate on opening
 * (the .xlsx asks for a full calculation) and replace them.
 *
 * Where the model already gave a cell's value (`PlanCell.cached`) it is kept: the tests
 * check the two agree. A formula the evaluator cannot be sure of (see `Unsupported`), one
 * that depends on such a formula, one in a cycle, and one whose value is an Excel error is
 * left without a cached value: never a wrong one.
 */
import type { CellValue, PlanCell, WorkbookPlan } from "./types";
import {
  columnIndex,
  evaluateFormula,
  FormulaError,
  parseFormula,
  Unsupported,
  type Book,
  type Node,
  type Ref,
  type Scalar,
} from "./formula";
import { decodeRef } from "./refs";

/** A formula the evaluator left without a value, and why. */
export interface Uncomputed {
  sheet: string;
  ref: string;
  formula: string;
  reason: string;
}

/** Every formula's value by sheet and cell reference, and those it could not compute. */
export interface PlanValues {
  /** sheet name → A1 reference → value (formula cells only; errors as FormulaError). */
  values: Map<string, Map<string, Scalar>>;
  uncomputed: Uncomputed[];
}

interface Entry {
  value?: CellValue;
  formula?: string;
  ref: string;
  node?: Node;
  state: "todo" | "busy" | "done" | "failed";
  result?: Scalar;
  reason?: string;
}

/** Rethrown through the cells that depend on a failed one, carrying the first reason. */
class Dependent extends Unsupported {}

const key = (row: number, column: number) => row * 20000 + column;

/** 'Inputs'!$B$6:$B$9 (or Inputs!B6) → a range. */
function rangeOf(ref: string): Ref | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
    ref
  );
  if (!m) return undefined;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  const [c1, r1] = [columnIndex(m[3]), Number(m[4])];
  const [c2, r2] = m[5] ? [columnIndex(m[5]), Number(m[6])] : [c1, r1];
  return { kind: "ref", sheet, r1, c1, r2, c2 };
}

/** Evaluates every formula of the plan (tables' cells and plain cells are its data). */
export function evaluatePlan(plan: WorkbookPlan): PlanValues {
  const sheets = new Map<string, Map<number, Entry>>();
  const lower = new Map<string, string>();
  for (const s of plan.sheets) {
    const cells = new Map<number, Entry>();
    sheets.set(s.name, cells);
    lower.set(s.name.toLowerCase(), s.name);
    for (const t of s.tables) {
      const { row, column } = decodeRef(t.ref);
      t.columns.forEach((c, j) =>
        cells.set(key(row, column + j), { value: c.name, ref: "", state: "done", result: c.name })
      );
      t.rows.forEach((r, i) =>
        r.forEach((v, j) =>
          cells.set(key(row + 1 + i, column + j), { value: v, ref: "", state: "done", result: v })
        )
      );
    }
    for (const c of s.cells) {
      const { row, column } = decodeRef(c.ref);
      cells.set(
        key(row, column),
        c.formula !== undefined
          ? { formula: c.formula, ref: c.ref, state: "todo" }
          : { value: c.value ?? null, ref: c.ref, state: "done", result: c.value ?? null }
      );
    }
  }
  const names = new Map<string, Ref | undefined>();
  for (const n of plan.names) names.set(n.name.toLowerCase(), rangeOf(n.ref));

  const run = (sheet: string, row: number, column: number, e: Entry): Scalar => {
    if (e.state === "done") return e.result ?? null;
    if (e.state === "failed") throw new Dependent(e.reason);
    if (e.state === "busy") throw new Unsupported(`a cycle through ${sheet}!${e.ref}`);
    e.state = "busy";
    try {
      e.node ??= parseFormula(e.formula!);
      e.result = evaluateFormula(e.node, book, { sheet, row, column });
      e.state = "done";
      return e.result;
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      e.state = "failed";
      e.reason = err instanceof Dependent ? err.message : `${sheet}!${e.ref}: ${err.message}`;
      throw new Dependent(e.reason);
    }
  };
  const book: Book = {
    cell(sheet, row, column) {
      const name = sheets.has(sheet) ? sheet : lower.get(sheet.toLowerCase());
      if (name === undefined) throw new Unsupported(`no sheet ${sheet}`);
      const e = sheets.get(name)!.get(key(row, column));
      if (!e) return null;
      return run(name, row, column, e);
    },
    name(n) {
      const r = names.get(n.toLowerCase());
      if (!r) return undefined;
      const sheet = sheets.has(r.sheet) ? r.sheet : lower.get(r.sheet.toLowerCase());
      return sheet === undefined ? undefined : { ...r, sheet };
    },
  };

  const values = new Map<string, Map<string, Scalar>>();
  const uncomputed: Uncomputed[] = [];
  for (const s of plan.sheets) {
    const out = new Map<string, Scalar>();
    values.set(s.name, out);
    for (const c of s.cells) {
      if (c.formula === undefined) continue;
      const { row, column } = decodeRef(c.ref);
      const e = sheets.get(s.name)!.get(key(row, column))!;
      try {
        const v = run(s.name, row, column, e);
        out.set(c.ref, v);
        if (v instanceof FormulaError)
          uncomputed.push({ sheet: s.name, ref: c.ref, formula: c.formula, reason: v.code });
      } catch (err) {
        if (!(err instanceof Unsupported)) throw err;
        uncomputed.push({
          sheet: s.name,
          ref: c.ref,
          formula: c.formula,
          reason: e.reason ?? err.message,
        });
      }
    }
  }
  return { values, uncomputed };
}

/**
 * The plan with a cached value on every formula cell the evaluator computed (the model's
 * own `cached` kept where it gave one); the plan itself is not changed.
 */
export function withCachedValues(plan: WorkbookPlan): WorkbookPlan {
  const { values } = evaluatePlan(plan);
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      const vs = values.get(s.name)!;
      return {
        ...s,
        cells: s.cells.map((c): PlanCell => {
          if (c.formula === undefined || (c.cached !== undefined && c.cached !== null)) return c;
          const v = vs.get(c.ref);
          if (v === undefined || v instanceof FormulaError) return c;
          return { ...c, cached: v };
        }),
      };
    }),
  };
}
