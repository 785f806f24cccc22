/**
 * Fast paths for the column adapters: one fused pass from the cells as Excel passes them
 * (`[[v], [v], …]` columns, `[[v, v, …]]` rows, single values) straight into the arrays the
 * model reads, with the range checks inline.
 *
 * Each reader handles only the common case (every cell a plain finite number in range, or
 * an empty cell where one is allowed) and returns `null` at the first cell that is anything
 * else. The caller then runs the general path ({@link table} in `./args` and the model's
 * validators), which builds the message naming the argument, the row and what is allowed,
 * so the messages have one source and the fast path only has to be right about what it
 * accepts. Messages are built only on failure. Tested against the general path on random
 * tables (`test/functions/columns.test.ts`).
 */
import type { Arg } from "./args";
import { MAX_DURATION, MAX_START, type OutcomeTable } from "../model/sroi";

/** How to read row i of one argument without copying it first. */
interface Reader {
  /** 0: omitted (take the fallback); 1: one value for every row; 2: a column; 3: a row. */
  readonly kind: 0 | 1 | 2 | 3;
  readonly length: number;
  readonly scalar: unknown;
  readonly cells: unknown[][] | null;
}

const OMITTED: Reader = { kind: 0, length: 1, scalar: null, cells: null };

/** The reader of one argument, or null for a shape the general path must report (a 2-D block, an empty range). */
function reader(value: Arg): Reader | null {
  if (!Array.isArray(value)) {
    if (value === null || value === undefined) return OMITTED;
    return { kind: 1, length: 1, scalar: value, cells: null };
  }
  const rows = value.length;
  const cols = rows > 0 ? value[0].length : 0;
  if (rows === 0 || cols === 0) return null;
  if (rows === 1 && cols === 1) {
    const v = value[0][0];
    return v === null || v === undefined ? OMITTED : { kind: 1, length: 1, scalar: v, cells: null };
  }
  if (cols === 1) return { kind: 2, length: rows, scalar: null, cells: value };
  if (rows === 1) return { kind: 3, length: cols, scalar: null, cells: value };
  return null;
}

function cellAt(r: Reader, i: number): unknown {
  return r.kind === 2 ? r.cells![i][0] : r.kind === 3 ? r.cells![0][i] : r.scalar;
}

/** The common length of the vector arguments, or −1 when they differ (the general path says how). */
function commonLength(readers: readonly Reader[]): number {
  let length = 1;
  let seen = false;
  for (const r of readers) {
    if (r.kind < 2) continue;
    if (seen && r.length !== length) return -1;
    length = r.length;
    seen = true;
  }
  return length;
}

/** An empty cell of a table, as the web (null, undefined) or desktop (0) passes it; no text. */
const emptyOrZero = (v: unknown): boolean => v === null || v === undefined || v === 0;

/**
 * Copies one argument's cells into `out` (a view of `length` doubles): a number as it is,
 * an empty cell (null, undefined) as NaN, which no cell can be (a NaN in the input gives up,
 * so NaN means "empty" below). One value or an omitted argument fills every row. Returns
 * false at a cell that is not a number or empty (text, TRUE/FALSE, NaN).
 */
function copyCells(r: Reader, out: Float64Array, length: number): boolean {
  if (r.kind === 2) {
    const cells = r.cells!;
    for (let i = 0; i < length; i++) {
      const v = cells[i][0];
      if (typeof v === "number") {
        if (v !== v) return false;
        out[i] = v;
      } else if (v === null || v === undefined) out[i] = NaN;
      else return false;
    }
    return true;
  }
  if (r.kind === 3) {
    const cells = r.cells![0];
    for (let i = 0; i < length; i++) {
      const v = cells[i];
      if (typeof v === "number") {
        if (v !== v) return false;
        out[i] = v;
      } else if (v === null || v === undefined) out[i] = NaN;
      else return false;
    }
    return true;
  }
  const v = r.kind === 0 ? null : r.scalar;
  if (typeof v === "number" && v === v) out.fill(v);
  else if (v === null || v === undefined) out.fill(NaN);
  else return false;
  return true;
}

/**
 * The row pass of {@link fastOutcomeTable} over the eight copied columns: skips spare rows,
 * checks ranges, fills empty optional cells, closes up the kept rows in place. Returns the
 * number kept, or −1 at a row the general path must report. A function of its own so the
 * optimiser compiles the loop whole, not as an entry into a longer function.
 */
function keepValidRows(
  columns: readonly Float64Array[],
  length: number,
  decideQ: boolean,
  decideP: boolean,
  decideD: boolean
): number {
  const [q, p, d, dw, ds, at, dr, st] = columns;
  // Module constants read once: in CommonJS builds each read would be a property getter.
  const maxDuration = MAX_DURATION;
  const maxStart = MAX_START;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const cq = q[i];
    const cp = p[i];
    const cd = d[i];
    // Empty (NaN here) or 0 in every deciding cell: a spare row.
    if (
      (!decideQ || !(cq !== 0 && cq === cq)) &&
      (!decideP || !(cp !== 0 && cp === cp)) &&
      (!decideD || !(cd !== 0 && cd === cd))
    ) {
      continue;
    }
    // NaN (an empty required cell) fails each of these, as it should.
    if (!(cq >= 0 && cq <= Number.MAX_VALUE && cp >= -Number.MAX_VALUE && cp <= Number.MAX_VALUE)) {
      return -1;
    }
    if (!(cd >= 0 && cd <= maxDuration)) return -1;
    const v0 = dw[i] === dw[i] ? dw[i] : 0;
    const v1 = ds[i] === ds[i] ? ds[i] : 0;
    const v2 = at[i] === at[i] ? at[i] : 0;
    const v3 = dr[i] === dr[i] ? dr[i] : 0;
    const vs = st[i] === st[i] ? st[i] : 1;
    if (!(v0 >= 0 && v0 <= 1 && v1 >= 0 && v1 <= 1 && v2 >= 0 && v2 <= 1 && v3 >= 0 && v3 <= 1)) {
      return -1;
    }
    if (!(vs >= 0 && vs <= maxStart && Math.floor(vs) === vs)) return -1;
    q[n] = cq;
    p[n] = cp;
    d[n] = cd;
    dw[n] = v0;
    ds[n] = v1;
    at[n] = v2;
    dr[n] = v3;
    st[n] = vs;
    n++;
  }
  return n;
}

/** {@link keepValidRows} reading straight from eight column ranges: one pass, no copy first. */
function readColumnsRowWise(
  cells: readonly unknown[][][],
  columns: readonly Float64Array[],
  length: number
): number {
  const [cq_, cp_, cd_, c0_, c1_, c2_, c3_, cs_] = cells;
  const [q, p, d, dw, ds, at, dr, st] = columns;
  // Module constants read once: in CommonJS builds each read would be a property getter.
  const maxDuration = MAX_DURATION;
  const maxStart = MAX_START;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const cq = cq_[i][0];
    const cp = cp_[i][0];
    const cd = cd_[i][0];
    if (
      (cq === 0 || cq === null || cq === undefined) &&
      (cp === 0 || cp === null || cp === undefined) &&
      (cd === 0 || cd === null || cd === undefined)
    ) {
      continue; // a spare row
    }
    const c0 = c0_[i][0];
    const c1 = c1_[i][0];
    const c2 = c2_[i][0];
    const c3 = c3_[i][0];
    const cs = cs_[i][0];
    const v0 = c0 === null || c0 === undefined ? 0 : c0;
    const v1 = c1 === null || c1 === undefined ? 0 : c1;
    const v2 = c2 === null || c2 === undefined ? 0 : c2;
    const v3 = c3 === null || c3 === undefined ? 0 : c3;
    const vs = cs === null || cs === undefined ? 1 : cs;
    if (
      typeof cq !== "number" ||
      typeof cp !== "number" ||
      typeof cd !== "number" ||
      typeof v0 !== "number" ||
      typeof v1 !== "number" ||
      typeof v2 !== "number" ||
      typeof v3 !== "number" ||
      typeof vs !== "number"
    ) {
      return -1;
    }
    if (!(cq >= 0 && cq <= Number.MAX_VALUE && cp >= -Number.MAX_VALUE && cp <= Number.MAX_VALUE)) {
      return -1;
    }
    if (!(cd >= 0 && cd <= maxDuration)) return -1;
    if (!(v0 >= 0 && v0 <= 1 && v1 >= 0 && v1 <= 1 && v2 >= 0 && v2 <= 1 && v3 >= 0 && v3 <= 1)) {
      return -1;
    }
    if (!(vs >= 0 && vs <= maxStart && Math.floor(vs) === vs)) return -1;
    q[n] = cq;
    p[n] = cp;
    d[n] = cd;
    dw[n] = v0;
    ds[n] = v1;
    at[n] = v2;
    dr[n] = v3;
    st[n] = vs;
    n++;
  }
  return n;
}

/**
 * The outcome columns of a value map (quantity, proxy, duration, deadweight, displacement,
 * attribution, drop_off, start) read into an {@link OutcomeTable} with spare rows skipped;
 * `null` when any cell needs the general path. Each column is copied by one tight loop into
 * one shared buffer, then one pass over the rows checks ranges, fills empty optional cells
 * and closes up spare rows in place. Accepts exactly what `outcomesArg` (table() then
 * outcomeTableFromColumns) accepts, and nothing it would reject: quantity ≥ 0, proxy
 * finite, 0 ≤ duration ≤ MAX_DURATION, shares in [0, 1], start a whole year in
 * [0, MAX_START]; empty optional shares are 0, an empty start is 1.
 */
export function fastOutcomeTable(
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  start: Arg
): OutcomeTable | null {
  const readers = [
    reader(quantity),
    reader(proxy),
    reader(duration),
    reader(deadweight),
    reader(displacement),
    reader(attribution),
    reader(dropOff),
    reader(start),
  ];
  for (const r of readers) if (!r) return null;
  const [rq, rp, rd] = readers as Reader[];
  // A required argument left out: the general path says it is required.
  if (rq.kind === 0 || rp.kind === 0 || rd.kind === 0) return null;
  const length = commonLength(readers as Reader[]);
  if (length < 0) return null;

  // Eight arrays, not one of eight times the size: a buffer that large comes fresh from the
  // operating system on every call, and touching its pages costs more than the copy.
  const all: Float64Array[] = [];
  for (let k = 0; k < 8; k++) all.push(new Float64Array(length));
  if (readers.every((r) => r!.kind === 2)) {
    // The common case, every argument a column: one pass from the cells, rows checked as read.
    const n = readColumnsRowWise(
      readers.map((r) => r!.cells!),
      all,
      length
    );
    if (n < 0) return null;
    return viewOf(all, n);
  }
  for (let k = 0; k < 8; k++) if (!copyCells(readers[k]!, all[k], length)) return null;

  // Which required cells decide whether a row is spare (as keptRows in ./args).
  const anyVector = rq.kind >= 2 || rp.kind >= 2 || rd.kind >= 2;
  const n = keepValidRows(
    all,
    length,
    !anyVector || rq.kind >= 2,
    !anyVector || rp.kind >= 2,
    !anyVector || rd.kind >= 2
  );
  if (n < 0) return null;
  return viewOf(all, n);
}

/** The outcome table over the first n rows of the eight columns. */
function viewOf(all: readonly Float64Array[], n: number): OutcomeTable {
  const [q, p, d, dw, ds, at, dr, st] = all;
  return {
    n,
    quantity: q.subarray(0, n),
    proxy: p.subarray(0, n),
    duration: d.subarray(0, n),
    deadweight: dw.subarray(0, n),
    displacement: ds.subarray(0, n),
    attribution: at.subarray(0, n),
    dropOff: dr.subarray(0, n),
    start: st.subarray(0, n),
  };
}

/** One numeric column for {@link fastNumericTable}: required, or optional with a fallback (null keeps the blank as null). */
export interface FastColumn {
  readonly value: Arg;
  readonly required: boolean;
  readonly fallback?: number | null;
  readonly kind?: "number" | "text";
}

/** A table read by {@link fastNumericTable}: the same shape as `table()`'s. */
export interface FastTable {
  readonly columns: (number | string | null)[][];
  readonly rows: number;
  readonly orientation: "row" | "column";
  readonly source: number[];
  readonly length: number;
}

/**
 * The general table of `./args` (`table()`) in one pass, for the common case: numeric
 * cells plain finite numbers (or empty where allowed), text cells text; `null` at the
 * first cell that needs the general path (which then reports it). Spare rows, broadcast
 * values and fallbacks as in `table()`.
 */
export function fastNumericTable(specs: readonly FastColumn[]): FastTable | null {
  const readers: Reader[] = [];
  for (const spec of specs) {
    const r = reader(spec.value);
    if (!r) return null;
    if (r.kind === 0 && spec.required) return null;
    readers.push(r);
  }
  const length = commonLength(readers);
  if (length < 0) return null;
  let orientation: "row" | "column" = "column";
  for (const r of readers)
    if (r.kind >= 2) {
      orientation = r.kind === 3 ? "row" : "column";
      break;
    }
  const anyVector = specs.some((s, j) => s.required && readers[j].kind >= 2);
  const deciding: Reader[] = [];
  specs.forEach((spec, j) => {
    if (spec.required && (!anyVector || readers[j].kind >= 2)) deciding.push(readers[j]);
  });
  const source = keptRowsOf(deciding, length);
  if (source === null) return null;
  const columns: (number | string | null)[][] = [];
  for (let j = 0; j < specs.length; j++) {
    const spec = specs[j];
    const column =
      spec.kind === "text"
        ? spec.required
          ? null
          : textColumn(readers[j], source)
        : numberColumn(readers[j], source, spec.required, spec.fallback);
    if (column === null) return null;
    columns.push(column);
  }
  return { columns, rows: source.length, orientation, source, length };
}

/** The rows that are not spare (every deciding cell empty or 0); null at a text cell, which the general path judges. */
function keptRowsOf(deciding: readonly Reader[], length: number): number[] | null {
  const keep: number[] = [];
  for (let i = 0; i < length; i++) {
    let spare = true;
    for (let k = 0; k < deciding.length && spare; k++) {
      const c = cellAt(deciding[k], i);
      if (typeof c === "string") return null;
      spare = emptyOrZero(c);
    }
    if (!spare) keep.push(i);
  }
  return keep;
}

/** A numeric column's kept rows: finite numbers, or the fallback for an empty optional cell. */
function numberColumn(
  r: Reader,
  rows: readonly number[],
  required: boolean,
  fallback: number | null | undefined
): (number | null)[] | null {
  const blank = required ? undefined : fallback === undefined ? 0 : fallback;
  const out: (number | null)[] = [];
  if (r.kind === 2) {
    const cells = r.cells!;
    for (let k = 0; k < rows.length; k++) {
      const c = cells[rows[k]][0];
      if (typeof c === "number" && c - c === 0) out.push(c);
      else if ((c === null || c === undefined) && blank !== undefined) out.push(blank);
      else return null;
    }
    return out;
  }
  for (let k = 0; k < rows.length; k++) {
    const c = r.kind === 0 ? null : cellAt(r, rows[k]);
    if (typeof c === "number" && c - c === 0) out.push(c);
    else if ((c === null || c === undefined) && blank !== undefined) out.push(blank);
    else return null;
  }
  return out;
}

/** An optional text column's kept rows, trimmed; an empty cell (or a 0 from desktop Excel) is "". */
function textColumn(r: Reader, rows: readonly number[]): string[] | null {
  const out: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    const c = r.kind === 0 ? null : cellAt(r, rows[k]);
    if (c === null || c === undefined || c === 0) out.push("");
    else if (typeof c === "string") out.push(c.trim());
    else return null;
  }
  return out;
}
