/**
 * A small evaluator for exactly the Excel formulas the workbook plans write, so that every
 * formula's value can be written with it as its cached result (a preview or viewer that
 * does not recalculate then still shows the numbers). It is not a spreadsheet engine: it
 * parses Excel's English syntax (cell and range references with `$`, quoted sheet names,
 * defined names, strings, numbers, booleans, `{…}` array constants, the operators
 * `: ^ * / + - & = <> < > <= >= %` and unary minus) and knows the functions listed in
 * `FUNCTIONS` below. Why not a library: `fast-formula-parser` (MIT) lacks 11 of the 34
 * functions the plans use (MIN, MAX, MATCH, SUMIFS, COUNTIFS, SUBSTITUTE, LOOKUP, RANK,
 * COUNTA, COUNTBLANK, IPMT), `hot-formula-parser` has no array arithmetic (the plans'
 * `SUMPRODUCT((range<>"")*(COUNTIF(names, range)=0))`), and HyperFormula is GPL.
 *
 * Its rule is "right or nothing": wherever Excel and LibreOffice could disagree, or a
 * construct is outside the subset (a multi-cell range where one value is wanted outside an
 * array context, a string compared by order, text that looks like a number used in
 * arithmetic, a booleans-only array in SUMPRODUCT, an unknown function), evaluation throws
 * `Unsupported` and the cell is left without a cached value rather than given a guess.
 *
 * Semantics follow Excel's documentation (and LibreOffice's, which the tests compare
 * against): blanks are 0 in arithmetic and "" in text; comparisons rank numbers < text <
 * booleans and compare text case-insensitively; numbers equal within 2⁻⁴⁸ relative compare
 * equal, and a sum or difference of two such numbers is 0 (LibreOffice's `approxEqual`,
 * `approxAdd`, `approxSub`; Excel snaps the same way); ranges passed to `SUMPRODUCT` are
 * evaluated as arrays, scalar functions and criteria lifted element by element inside it.
 */

/** An Excel error value, kept as a value (IFERROR and ISNUMBER read them). */
export class FormulaError {
  constructor(readonly code: "#DIV/0!" | "#N/A" | "#VALUE!" | "#NUM!" | "#REF!" | "#NAME?") {}
}

/** Thrown where the evaluator cannot be sure of Excel's answer: the cell gets no cached value. */
export class Unsupported extends Error {}

export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangle of cells on a sheet, 1-based and inclusive. */
export interface Ref {
  kind: "ref";
  sheet: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A computed array (rows of scalars). */
export interface Arr {
  kind: "arr";
  rows: Scalar[][];
}

export type Value = Scalar | Ref | Arr;

/** The parsed formula. */
export type Node =
  | { t: "lit"; v: Scalar }
  | { t: "ref"; sheet?: string; r1: number; c1: number; r2: number; c2: number }
  | { t: "name"; name: string }
  | { t: "fn"; name: string; args: (Node | null)[] }
  | { t: "neg"; a: Node }
  | { t: "pct"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "arr"; rows: Scalar[][] };

/** What the evaluator needs from a workbook: cell values (evaluating formulas on demand) and names. */
export interface Book {
  /** The value of one cell: its formula's value, its typed value, or null when empty. */
  cell(sheet: string, row: number, column: number): Scalar;
  /** A defined name's range, undefined when there is none. */
  name(name: string): Ref | undefined;
}

/** Where a formula is: its sheet and cell (for ROW(), COLUMN() and references without a sheet). */
export interface Where {
  sheet: string;
  row: number;
  column: number;
}

// ---------------------------------------------------------------------------------------
// Parsing

/** Column letters to a 1-based index: A → 1, AA → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

type Token =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "err"; v: FormulaError["code"] }
  | { k: "ref"; sheet?: string; row: number; column: number }
  | { k: "id"; v: string; sheet?: string }
  | { k: "op"; v: string };

const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#NUM!", "#REF!", "#NAME?"] as const;

/** Splits a formula into tokens; throws `Unsupported` on anything it does not know. */
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " " || ch === "\n" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Unsupported("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ k: "str", v: s });
      continue;
    }
    if (ch === "#") {
      const e = ERRORS.find((x) => src.startsWith(x, i));
      if (!e) throw new Unsupported(`unknown error literal at ${i}`);
      out.push({ k: "err", v: e });
      i += e.length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^\d+[A-Za-z_]/.test(src.slice(i))) {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    // A sheet: 'quoted' or plain, followed by "!".
    let sheet: string | undefined;
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(src.slice(i));
      if (!m) throw new Unsupported(`bad quoted sheet at ${i}`);
      sheet = m[1].replace(/''/g, "'");
      i += m[0].length;
    } else {
      const m = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(src.slice(i));
      if (m) {
        sheet = m[1];
        i += m[0].length;
      }
    }
    const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_.(!])/.exec(src.slice(i));
    if (cell) {
      out.push({ k: "ref", sheet, row: Number(cell[2]), column: columnIndex(cell[1]) });
      i += cell[0].length;
      continue;
    }
    const id = /^[A-Za-z_\\][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: "id", v: id[0], sheet });
      i += id[0].length;
      continue;
    }
    if (sheet !== undefined) throw new Unsupported(`a sheet with nothing after it at ${i}`);
    const op = ["<>", "<=", ">="].find((x) => src.startsWith(x, i)) ?? ch;
    if (!"+-*/^&=<>(),:{};%".includes(op[0])) throw new Unsupported(`unknown character ${ch}`);
    out.push({ k: "op", v: op });
    i += op.length;
  }
  return out;
}

/**
 * Parses a formula (without its "="). Precedence, after Excel: `:` then unary minus, then
 * `%`, `^` (left to right, so `-2^2` is 4), `* /`, `+ -`, `&`, then the comparisons.
 */
export function parseFormula(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => {
    const t = toks[p];
    return t !== undefined && t.k === "op" && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Unsupported(`expected ${v}`);
    p++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    for (;;) {
      const t = peek();
      if (!t || t.k !== "op" || !ops.includes(t.v)) return a;
      p++;
      a = { t: "bin", op: t.v, a, b: next() };
    }
  };
  const constant = (): Scalar => {
    const t = toks[p++];
    if (!t) throw new Unsupported("array constant cut short");
    if (t.k === "num" || t.k === "str") return t.v;
    if (t.k === "op" && t.v === "-") {
      const n = toks[p++];
      if (n?.k !== "num") throw new Unsupported("bad array constant");
      return -n.v;
    }
    if (t.k === "id" && /^(TRUE|FALSE)$/i.test(t.v)) return t.v.toUpperCase() === "TRUE";
    throw new Unsupported("bad array constant");
  };
  const primary = (): Node => {
    const t = toks[p++];
    if (!t) throw new Unsupported("formula cut short");
    switch (t.k) {
      case "num":
      case "str":
        return { t: "lit", v: t.v };
      case "err":
        return { t: "lit", v: new FormulaError(t.v) };
      case "ref": {
        const a = { row: t.row, column: t.column };
        let b = a;
        if (isOp(":") && toks[p + 1]?.k === "ref" && !(toks[p + 1] as { sheet?: string }).sheet) {
          const r = toks[p + 1] as { row: number; column: number };
          b = { row: r.row, column: r.column };
          p += 2;
        }
        return {
          t: "ref",
          sheet: t.sheet,
          r1: Math.min(a.row, b.row),
          c1: Math.min(a.column, b.column),
          r2: Math.max(a.row, b.row),
          c2: Math.max(a.column, b.column),
        };
      }
      case "id": {
        if (isOp("(")) {
          if (t.sheet !== undefined) throw new Unsupported("a function after a sheet");
          p++;
          const args: (Node | null)[] = [];
          if (isOp(")")) {
            p++;
            return { t: "fn", name: t.v.toUpperCase(), args };
          }
          for (;;) {
            args.push(isOp(",") || isOp(")") ? null : comparison());
            if (isOp(",")) {
              p++;
              continue;
            }
            expect(")");
            return { t: "fn", name: t.v.toUpperCase(), args };
          }
        }
        if (t.sheet === undefined && /^(TRUE|FALSE)$/i.test(t.v))
          return { t: "lit", v: t.v.toUpperCase() === "TRUE" };
        if (t.sheet !== undefined) throw new Unsupported("a sheet-scoped name");
        return { t: "name", name: t.v };
      }
      case "op":
        if (t.v === "(") {
          const e = comparison();
          expect(")");
          return e;
        }
        if (t.v === "{") {
          const rows: Scalar[][] = [[]];
          for (;;) {
            rows[rows.length - 1].push(constant());
            if (isOp(",")) p++;
            else if (isOp(";")) {
              p++;
              rows.push([]);
            } else break;
          }
          expect("}");
          if (rows.some((r) => r.length !== rows[0].length))
            throw new Unsupported("ragged array constant");
          return { t: "arr", rows };
        }
        throw new Unsupported(`unexpected ${t.v}`);
    }
  };
  const unary = (): Node => {
    if (isOp("-")) {
      p++;
      return { t: "neg", a: unary() };
    }
    if (isOp("+")) {
      p++;
      return unary();
    }
    let a = primary();
    while (isOp("%")) {
      p++;
      a = { t: "pct", a };
    }
    return a;
  };
  const power = binary(unary, ["^"]);
  const product = binary(power, ["*", "/"]);
  const sum = binary(product, ["+", "-"]);
  const concat = binary(sum, ["&"]);
  const comparison: () => Node = binary(concat, ["=", "<>", "<", ">", "<=", ">="]);
  const node = comparison();
  if (p !== toks.length) throw new Unsupported("text after the formula");
  return node;
}

// ---------------------------------------------------------------------------------------
// Values

const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
const isRef = (v: Value): v is Ref =>
  typeof v === "object" && v !== null && !isError(v) && v.kind === "ref";
const isArr = (v: Value): v is Arr =>
  typeof v === "object" && v !== null && !isError(v) && v.kind === "arr";

/** LibreOffice's rtl::math::approxEqual: equal, or within 2⁻⁴⁸ of a's size. */
export function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) < Math.abs(a) * 2 ** -48;
}

/** A sum that is 0 when the two cancel to within rounding (LibreOffice's approxAdd). */
function approxAdd(a: number, b: number): number {
  if (((a < 0 && b > 0) || (a > 0 && b < 0)) && approxEqual(a, -b)) return 0;
  return a + b;
}

/** A range or array's cells as rows of scalars. */
function matrix(v: Value, book: Book): Scalar[][] {
  if (isRef(v)) {
    const rows: Scalar[][] = [];
    for (let r = v.r1; r <= v.r2; r++) {
      const row: Scalar[] = [];
      for (let c = v.c1; c <= v.c2; c++) row.push(book.cell(v.sheet, r, c));
      rows.push(row);
    }
    return rows;
  }
  if (isArr(v)) return v.rows;
  return [[v]];
}

/** The cells of a range or array in reading order. */
const flat = (v: Value, book: Book): Scalar[] => matrix(v, book).flat();

const dims = (v: Value): [number, number] =>
  isRef(v)
    ? [v.r2 - v.r1 + 1, v.c2 - v.c1 + 1]
    : isArr(v)
      ? [v.rows.length, v.rows[0].length]
      : [1, 1];

/** One value from a value: a single cell's, or `Unsupported` for many (no implicit intersection). */
function scalar(v: Value, book: Book): Scalar {
  if (!isRef(v) && !isArr(v)) return v;
  const [r, c] = dims(v);
  if (r !== 1 || c !== 1) throw new Unsupported("a range where one value is wanted");
  return isRef(v) ? book.cell(v.sheet, v.r1, v.c1) : v.rows[0][0];
}

/** A number for arithmetic: blank 0, TRUE 1; text is #VALUE! (numeric text: `Unsupported`). */
function toNumber(v: Scalar): number | FormulaError {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v === null) return 0;
  if (isError(v)) return v;
  if (v.trim() !== "" && !Number.isNaN(Number(v)))
    throw new Unsupported("text that looks like a number, in arithmetic");
  return new FormulaError("#VALUE!");
}

/**
 * A number as Excel's General format writes it into text (`1.5&""` is "1.5"): at most 15
 * significant digits; a number that would need an exponent is `Unsupported`.
 */
export function generalText(n: number): string {
  const s = String(Number(n.toPrecision(15)));
  if (/e/i.test(s)) throw new Unsupported("a number in exponent form, as text");
  return s === "-0" ? "0" : s;
}

function toText(v: Scalar): string | FormulaError {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return generalText(v);
}

/** TRUE/FALSE for IF and AND: numbers by ≠ 0, blank FALSE, text #VALUE!. */
function toBool(v: Scalar): boolean | FormulaError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (isError(v)) return v;
  return new FormulaError("#VALUE!");
}

const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

/**
 * Compares two values as Excel's `=`, `<` … do: a blank takes the other side's type (0, ""
 * or FALSE); numbers < text < booleans; text case-insensitively (ordering text is
 * `Unsupported`: Excel's and LibreOffice's collations differ); numbers within 2⁻⁴⁸ equal.
 * Returns -1, 0 or 1.
 */
function compare(
  a: Exclude<Scalar, FormulaError>,
  b: Exclude<Scalar, FormulaError>,
  ordered: boolean
): number {
  const blank = (x: typeof a, other: typeof a) =>
    x !== null ? x : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = blank(a, b);
  const y = blank(b, a);
  if (rank(x) !== rank(y)) return rank(x) < rank(y) ? -1 : 1;
  if (typeof x === "number" && typeof y === "number") return approxEqual(x, y) ? 0 : x < y ? -1 : 1;
  if (typeof x === "string" && typeof y === "string") {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    if (p === q) return 0;
    if (ordered) throw new Unsupported("text compared by order");
    return 1;
  }
  return x === y ? 0 : x ? 1 : -1;
}

/** An operator on two scalars. */
function binaryScalar(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    if (isError(a)) return a;
    if (isError(b)) return b;
    const c = compare(a, b, op !== "=" && op !== "<>");
    switch (op) {
      case "=":
        return c === 0;
      case "<>":
        return c !== 0;
      case "<":
        return c < 0;
      case ">":
        return c > 0;
      case "<=":
        return c <= 0;
      default:
        return c >= 0;
    }
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  let r: number;
  switch (op) {
    case "+":
      r = approxAdd(x, y);
      break;
    case "-":
      r = approxAdd(x, -y);
      break;
    case "*":
      r = x * y;
      break;
    case "/":
      if (y === 0) return new FormulaError("#DIV/0!");
      r = x / y;
      break;
    case "^":
      if (x === 0 && y === 0) throw new Unsupported("0^0");
      r = x ** y;
      break;
    default:
      throw new Unsupported(`operator ${op}`);
  }
  return Number.isFinite(r) ? r : new FormulaError("#NUM!");
}

/** Applies `f` element by element over arrays (same size, or one a single value). */
function lift(book: Book, args: Value[], f: (...xs: Scalar[]) => Scalar): Value {
  const shapes = args.map(dims);
  const many = shapes.filter(([r, c]) => r !== 1 || c !== 1);
  if (many.length === 0) return f(...args.map((a) => scalar(a, book)));
  const [rows, cols] = many[0];
  if (many.some(([r, c]) => r !== rows || c !== cols))
    throw new Unsupported("arrays of different sizes");
  const ms = args.map((a) => matrix(a, book));
  const out: Scalar[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++)
      row.push(f(...ms.map((m) => (m.length === 1 && m[0].length === 1 ? m[0][0] : m[i][j]))));
    out.push(row);
  }
  return { kind: "arr", rows: out };
}

// ---------------------------------------------------------------------------------------
// Criteria (SUMIF, SUMIFS, COUNTIF, COUNTIFS)

/** A wildcard pattern (`*`, `?`, `~` escapes) as a whole-text, case-insensitive test. */
function wildcard(pattern: string): (s: string) => boolean {
  if (!/[*?~]/.test(pattern)) {
    const p = pattern.toLowerCase();
    return (s) => s.toLowerCase() === p;
  }
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1])) {
      re += "\\" + pattern[++i];
    } else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const rx = new RegExp(`^${re}$`, "i");
  return (s) => rx.test(s);
}

/**
 * A criterion as a test of a cell, after Excel's rules: a number or boolean matches equal
 * cells of its type; text may start with `=`, `<>`, `<`, `>`, `<=` or `>=`; what follows is
 * a number (compared with numeric cells) or text (equal with wildcards; `<>` not equal);
 * `=` alone matches blank cells, `<>` alone cells that are not blank, "" blank or empty
 * text. A blank criterion cell is 0. Ordering text criteria are `Unsupported`.
 */
export function criterion(c: Scalar): (v: Scalar) => boolean {
  if (isError(c)) throw new Unsupported("an error as a criterion");
  if (c === null) c = 0;
  if (typeof c === "number") return (v) => typeof v === "number" && approxEqual(v, c as number);
  if (typeof c === "boolean") return (v) => v === c;
  const m = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "";
  const rest = m[2];
  if (rest === "") {
    if (op === "=") return (v) => v === null;
    if (op === "<>") return (v) => v !== null;
    if (op === "") return (v) => v === null || v === "";
    throw new Unsupported(`criterion ${c}`);
  }
  const n = rest.trim() !== "" && !Number.isNaN(Number(rest)) ? Number(rest) : undefined;
  if (n !== undefined) {
    const test = (v: Scalar): boolean | undefined =>
      typeof v !== "number"
        ? undefined
        : approxEqual(v, n)
          ? op.includes("=") || op === ""
          : undefined;
    switch (op) {
      case "":
      case "=":
        return (v) => typeof v === "number" && approxEqual(v, n);
      case "<>":
        return (v) => !(typeof v === "number" && approxEqual(v, n));
      default:
        return (v) => {
          if (typeof v !== "number") return false;
          const eq = test(v);
          if (eq !== undefined) return eq;
          return op.startsWith("<") ? v < n : v > n;
        };
    }
  }
  if (/^(TRUE|FALSE)$/i.test(rest)) throw new Unsupported("a boolean criterion written as text");
  if (op !== "" && op !== "=" && op !== "<>") throw new Unsupported("text compared by order");
  const match = wildcard(rest);
  const textOf = (v: Scalar) => (typeof v === "string" ? v : null);
  if (op === "<>") return (v) => !(textOf(v) !== null && match(textOf(v)!));
  return (v) => textOf(v) !== null && match(textOf(v)!);
}

// ---------------------------------------------------------------------------------------
// Functions

interface Ctx {
  book: Book;
  where: Where;
  /** Inside SUMPRODUCT: ranges are arrays and scalar functions lift over them. */
  array: boolean;
}

type Fn = (args: Value[], ctx: Ctx) => Value;

/** Sums, counts, minima: the numbers of the arguments, errors first. */
function collectNumbers(args: Value[], book: Book): number[] | FormulaError {
  const out: number[] = [];
  for (const a of args) {
    if (isRef(a) || isArr(a)) {
      for (const v of flat(a, book)) {
        if (isError(v)) return v;
        if (typeof v === "number") out.push(v);
      }
    } else {
      if (isError(a)) return a;
      if (a === null) continue;
      const n = toNumber(a);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

/** Neumaier's compensated sum (LibreOffice's SUM compensates too). */
function sumOf(xs: number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

const numberArg = (v: Scalar): number | FormulaError => toNumber(v);

/** A scalar function lifted over arrays inside SUMPRODUCT; one value outside. */
const scalarFn =
  (arity: [number, number], f: (...xs: Scalar[]) => Scalar): Fn =>
  (args, ctx) => {
    if (args.length < arity[0] || args.length > arity[1])
      throw new Unsupported("wrong number of arguments");
    if (!ctx.array) return f(...args.map((a) => scalar(a, ctx.book)));
    return lift(ctx.book, args, f);
  };

const numeric1 = (f: (x: number) => number | FormulaError): Fn =>
  scalarFn([1, 1], (a) => {
    const x = numberArg(a);
    if (isError(x)) return x;
    const r = f(x);
    return isError(r) || Number.isFinite(r) ? r : new FormulaError("#NUM!");
  });

function factorial(n: number): number {
  let r = 1;
  for (let k = 2; k <= n; k++) r *= k;
  return r;
}

/** Rounds away from zero at `digits` decimals, as Excel's ROUNDUP (tiny binary excess ignored). */
function roundUp(x: number, digits: number): number {
  const f = 10 ** Math.trunc(digits);
  const scaled = Math.abs(x) * f;
  const near = Math.round(scaled);
  const up = Math.abs(scaled - near) < 1e-9 * Math.max(1, near) ? near : Math.ceil(scaled);
  return (Math.sign(x) * up) / f;
}

/**
 * `TEXT(number, format)` for formats of the form `[prefix]#,##0[.00…][%]` (what the plans
 * use: "£#,##0.00"); others are `Unsupported`. Rounds half away from zero on the number's
 * 15 significant digits, as Excel shows it.
 */
export function formatNumber(x: number, format: string): string {
  const m = /^([^#0.%,]*)(#,##0|0)(\.0+)?(%?)$/.exec(format);
  if (!m) throw new Unsupported(`TEXT format ${format}`);
  const [, prefix, whole, dec, pct] = m;
  const places = dec ? dec.length - 1 : 0;
  let v = Math.abs(pct ? x * 100 : x);
  v = Number(v.toPrecision(15));
  const [int, frac = ""] = v.toFixed(Math.min(20, places + 3)).split(".");
  // Round the decimal string half up at `places`.
  const digits = (int + frac.slice(0, places)).split("").map(Number);
  if (Number(frac[places] ?? "0") >= 5) {
    let k = digits.length - 1;
    while (k >= 0 && digits[k] === 9) digits[k--] = 0;
    if (k < 0) digits.unshift(1);
    else digits[k]++;
  }
  const all = digits.join("");
  let intPart = all.slice(0, all.length - places) || "0";
  const fracPart = all.slice(all.length - places);
  intPart = intPart.replace(/^0+(?=\d)/, "");
  if (whole === "#,##0") intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = intPart + (places ? "." + fracPart : "") + (pct ? "%" : "");
  const zero = /^[0.,%]*$/.test(body.replace(/[^0-9.,%]/g, "")) && !/[1-9]/.test(body);
  return (x < 0 && !zero ? "-" : "") + prefix + body;
}

/** The interest part of a loan's payment (Excel's IPMT; `type` 0, payments at period ends). */
export function ipmt(
  rate: number,
  per: number,
  nper: number,
  pv: number,
  fv = 0
): number | FormulaError {
  if (per < 1 || per > nper) return new FormulaError("#NUM!");
  if (rate === 0) return 0;
  const g = (1 + rate) ** nper;
  const pmt = (-rate * (pv * g + fv)) / (g - 1);
  const before = (1 + rate) ** (per - 1);
  // The balance after per − 1 payments, in the sign convention of pv.
  const balance = pv * before + (pmt * (before - 1)) / rate;
  return -balance * rate;
}

/** Criteria pairs (range, criterion) → which cells of the ranges match them all. */
function matching(pairs: [Value, Scalar][], book: Book): boolean[] | FormulaError {
  let size: [number, number] | undefined;
  let ok: boolean[] | undefined;
  for (const [range, c] of pairs) {
    if (!isRef(range) && !isArr(range))
      throw new Unsupported("a criteria range that is not a range");
    const d = dims(range);
    if (size && (d[0] !== size[0] || d[1] !== size[1])) return new FormulaError("#VALUE!");
    size = d;
    const test = criterion(c);
    const cells = flat(range, book);
    ok = cells.map((v, k) => (ok ? ok[k] : true) && test(v));
  }
  return ok!;
}

/** A criteria function over its (range, criterion) pairs, lifted over array criteria in SUMPRODUCT. */
function criteriaFn(
  ctx: Ctx,
  ranges: Value[],
  criteria: Value[],
  f: (ok: boolean[]) => Scalar
): Value {
  const pairs = (cs: Scalar[]) => {
    const m = matching(
      ranges.map((r, k) => [r, cs[k]] as [Value, Scalar]),
      ctx.book
    );
    return isError(m) ? m : f(m);
  };
  if (criteria.every((c) => (!isRef(c) && !isArr(c) ? true : dims(c).every((n) => n === 1))))
    return pairs(criteria.map((c) => scalar(c, ctx.book)));
  if (!ctx.array) throw new Unsupported("an array of criteria outside SUMPRODUCT");
  return lift(ctx.book, criteria, (...cs) => pairs(cs));
}

const sumIfs = (sumRange: Value, ok: boolean[], book: Book): Scalar => {
  const xs: number[] = [];
  const cells = flat(sumRange, book);
  for (let k = 0; k < ok.length; k++) {
    if (!ok[k]) continue;
    const v = cells[k];
    if (isError(v)) return v;
    if (typeof v === "number") xs.push(v);
  }
  return sumOf(xs);
};

/** SUMIF's sum range: the same size as the criteria range, from its top-left cell. */
function sameShape(range: Value, like: Value): Value {
  if (!isRef(range) || !isRef(like)) return range;
  return {
    kind: "ref",
    sheet: range.sheet,
    r1: range.r1,
    c1: range.c1,
    r2: range.r1 + (like.r2 - like.r1),
    c2: range.c1 + (like.c2 - like.c1),
  };
}

/** The values of a one-row or one-column range or array (for MATCH, LOOKUP, INDEX). */
function vector(v: Value, book: Book): Scalar[] {
  const [r, c] = dims(v);
  if (r !== 1 && c !== 1) throw new Unsupported("a two-dimensional lookup");
  return flat(v, book);
}

export const FUNCTIONS: Record<string, Fn> = {
  SUM: (args, { book }) => {
    const xs = collectNumbers(args, book);
    return isError(xs) ? xs : sumOf(xs);
  },
  MIN: (args, { book }) => {
    const xs = collectNumbers(args, book);
    return isError(xs) ? xs : xs.length ? Math.min(...xs) : 0;
  },
  MAX: (args, { book }) => {
    const xs = collectNumbers(args, book);
    return isError(xs) ? xs : xs.length ? Math.max(...xs) : 0;
  },
  COUNT: (args, { book }) => {
    let n = 0;
    for (const a of args)
      for (const v of isRef(a) || isArr(a) ? flat(a, book) : [a]) if (typeof v === "number") n++;
    return n;
  },
  COUNTA: (args, { book }) => {
    let n = 0;
    for (const a of args)
      for (const v of isRef(a) || isArr(a) ? flat(a, book) : [a]) if (v !== null) n++;
    return n;
  },
  COUNTBLANK: ([a], { book }) => {
    if (!isRef(a)) throw new Unsupported("COUNTBLANK of a value");
    return flat(a, book).filter((v) => v === null || v === "").length;
  },
  ROWS: ([a]) => dims(a)[0],
  ROW: ([a], { where }) => {
    if (a === undefined) return where.row;
    if (!isRef(a) || a.r1 !== a.r2) throw new Unsupported("ROW of a range");
    return a.r1;
  },
  COLUMN: ([a], { where }) => {
    if (a === undefined) return where.column;
    if (!isRef(a) || a.c1 !== a.c2) throw new Unsupported("COLUMN of a range");
    return a.c1;
  },
  AND: (args, { book }) => logical(args, book, (xs) => xs.every((x) => x)),
  OR: (args, { book }) => logical(args, book, (xs) => xs.some((x) => x)),
  NOT: scalarFn([1, 1], (a) => {
    const b = toBool(a);
    return isError(b) ? b : !b;
  }),
  ABS: numeric1(Math.abs),
  INT: numeric1(Math.floor),
  FACT: numeric1((x) => (x < 0 ? new FormulaError("#NUM!") : factorial(Math.trunc(x)))),
  COMBIN: scalarFn([2, 2], (a, b) => {
    const n = numberArg(a);
    if (isError(n)) return n;
    const k = numberArg(b);
    if (isError(k)) return k;
    const [nn, kk] = [Math.trunc(n), Math.trunc(k)];
    if (nn < 0 || kk < 0 || kk > nn) return new FormulaError("#NUM!");
    let r = 1;
    for (let i = 1; i <= kk; i++) r = (r * (nn - kk + i)) / i;
    return Math.round(r);
  }),
  ROUNDUP: scalarFn([2, 2], (a, b) => {
    const x = numberArg(a);
    if (isError(x)) return x;
    const d = numberArg(b);
    return isError(d) ? d : roundUp(x, d);
  }),
  N: ([a], { book }) => {
    const v = isRef(a) ? book.cell(a.sheet, a.r1, a.c1) : scalar(a, book);
    return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : isError(v) ? v : 0;
  },
  ISNUMBER: scalarFn([1, 1], (a) => typeof a === "number"),
  ISNA: scalarFn([1, 1], (a) => isError(a) && a.code === "#N/A"),
  SUBSTITUTE: scalarFn([3, 3], (a, b, c) => {
    const [s, from, to] = [toText(a), toText(b), toText(c)];
    if (isError(s)) return s;
    if (isError(from)) return from;
    if (isError(to)) return to;
    return from === "" ? s : s.split(from).join(to);
  }),
  TEXT: scalarFn([2, 2], (a, b) => {
    if (isError(a)) return a;
    if (typeof b !== "string") throw new Unsupported("TEXT with a format that is not text");
    if (typeof a !== "number") throw new Unsupported("TEXT of a value that is not a number");
    return formatNumber(a, b);
  }),
  IPMT: scalarFn([4, 5], (...xs) => {
    const ns = xs.map(numberArg);
    const e = ns.find(isError);
    if (e) return e;
    const [rate, per, nper, pv, fv] = ns as number[];
    return ipmt(rate, per, nper, pv, fv ?? 0);
  }),
  SUMPRODUCT: (args, { book }) => {
    if (args.length === 0) throw new Unsupported("SUMPRODUCT()");
    const shape = dims(args[0]);
    const ms = args.map((a) => matrix(a, book));
    if (args.some((a) => dims(a)[0] !== shape[0] || dims(a)[1] !== shape[1]))
      return new FormulaError("#VALUE!");
    const terms: number[] = [];
    for (let i = 0; i < shape[0]; i++)
      for (let j = 0; j < shape[1]; j++) {
        let t = 1;
        for (const m of ms) {
          const v = m[i][j];
          if (isError(v)) return v;
          // Excel counts a TRUE in SUMPRODUCT's arrays as 0, LibreOffice as 1: not guessed.
          if (typeof v === "boolean") throw new Unsupported("a boolean array in SUMPRODUCT");
          t *= typeof v === "number" ? v : 0;
        }
        terms.push(t);
      }
    return sumOf(terms);
  },
  SUMIF: (args, ctx) => {
    const [range, crit, sum] = args;
    if (!isRef(range)) throw new Unsupported("SUMIF over a value");
    const sumRange = sum === undefined || sum === null ? range : sameShape(sum, range);
    return criteriaFn(ctx, [range], [crit], (ok) => sumIfs(sumRange, ok, ctx.book));
  },
  SUMIFS: (args, ctx) => {
    const [sum, ...rest] = args;
    if (rest.length % 2 !== 0 || rest.length === 0) throw new Unsupported("SUMIFS arguments");
    const ranges = rest.filter((_, k) => k % 2 === 0);
    const criteria = rest.filter((_, k) => k % 2 === 1);
    if (ranges.some((r) => dims(r)[0] !== dims(sum)[0] || dims(r)[1] !== dims(sum)[1]))
      return new FormulaError("#VALUE!");
    return criteriaFn(ctx, ranges, criteria, (ok) => sumIfs(sum, ok, ctx.book));
  },
  COUNTIF: (args, ctx) => {
    if (args.length !== 2) throw new Unsupported("COUNTIF arguments");
    return criteriaFn(ctx, [args[0]], [args[1]], (ok) => ok.filter((x) => x).length);
  },
  COUNTIFS: (args, ctx) => {
    if (args.length % 2 !== 0 || args.length === 0) throw new Unsupported("COUNTIFS arguments");
    const ranges = args.filter((_, k) => k % 2 === 0);
    const criteria = args.filter((_, k) => k % 2 === 1);
    return criteriaFn(ctx, ranges, criteria, (ok) => ok.filter((x) => x).length);
  },
  INDEX: (args, { book }) => {
    const [a, r, c] = args;
    const row = numberArg(scalar(r, book));
    if (isError(row)) return row;
    const [rows, cols] = dims(a);
    let i: number;
    let j: number;
    if (c === undefined) {
      if (rows !== 1 && cols !== 1) throw new Unsupported("INDEX of a table without a column");
      const k = Math.trunc(row);
      if (k === 0) throw new Unsupported("INDEX of a whole row or column");
      [i, j] = rows === 1 ? [1, k] : [k, 1];
    } else {
      const col = numberArg(scalar(c, book));
      if (isError(col)) return col;
      [i, j] = [Math.trunc(row), Math.trunc(col)];
      if (i === 0 || j === 0) throw new Unsupported("INDEX of a whole row or column");
    }
    if (i < 1 || j < 1 || i > rows || j > cols) return new FormulaError("#REF!");
    return matrix(a, book)[i - 1][j - 1];
  },
  MATCH: (args, { book, array }) => {
    const [v, list, type] = args;
    const t = type === undefined ? 1 : scalar(type, book);
    if (t !== 0) throw new Unsupported("MATCH other than exact");
    const vs = vector(list, book);
    const one = (x: Scalar): Scalar => {
      if (isError(x)) return x;
      if (x === null) throw new Unsupported("MATCH of a blank");
      // Exact MATCH takes wildcards in text, as a criterion does (but never an operator).
      const test = typeof x === "string" ? wildcard(x) : null;
      for (let k = 0; k < vs.length; k++) {
        const y = vs[k];
        if (
          test
            ? typeof y === "string" && test(y)
            : typeof y === typeof x && compare(x, y as typeof x, false) === 0
        )
          return k + 1;
      }
      return new FormulaError("#N/A");
    };
    return array ? lift(book, [v], one) : one(scalar(v, book));
  },
  LOOKUP: (args, { book }) => {
    const [v, look, result] = args;
    if (result === undefined) throw new Unsupported("LOOKUP's array form");
    const x = scalar(v, book);
    if (isError(x)) return x;
    if (typeof x !== "number") throw new Unsupported("LOOKUP of a value that is not a number");
    const keys = vector(look, book);
    const values = vector(result, book);
    if (keys.length !== values.length) throw new Unsupported("LOOKUP vectors of different lengths");
    if (keys.some((k) => typeof k !== "number")) throw new Unsupported("LOOKUP over non-numbers");
    const ks = keys as number[];
    // Excel searches by halves on the assumption of ascending keys; unsorted keys are not guessed.
    for (let k = 1; k < ks.length; k++)
      if (ks[k] < ks[k - 1]) throw new Unsupported("LOOKUP over unsorted keys");
    let found = -1;
    for (let k = 0; k < ks.length; k++) if (ks[k] <= x || approxEqual(ks[k], x)) found = k;
    return found < 0 ? new FormulaError("#N/A") : values[found];
  },
  RANK: (args, { book }) => {
    const [v, ref, order] = args;
    const x = scalar(v, book);
    if (isError(x)) return x;
    if (typeof x !== "number") return new FormulaError("#VALUE!");
    const asc = order !== undefined && toBool(scalar(order, book)) === true;
    const xs = collectNumbers([ref], book);
    if (isError(xs)) return xs;
    if (!xs.some((y) => y === x)) return new FormulaError("#N/A");
    return 1 + xs.filter((y) => (asc ? y < x : y > x)).length;
  },
};

function logical(args: Value[], book: Book, f: (xs: boolean[]) => boolean): Scalar {
  const xs: boolean[] = [];
  for (const a of args) {
    if (isRef(a) || isArr(a)) {
      for (const v of flat(a, book)) {
        if (isError(v)) return v;
        if (typeof v === "boolean") xs.push(v);
        else if (typeof v === "number") xs.push(v !== 0);
      }
    } else {
      const b = toBool(a);
      if (isError(b)) return b;
      xs.push(b);
    }
  }
  if (xs.length === 0) return new FormulaError("#VALUE!");
  return f(xs);
}

// ---------------------------------------------------------------------------------------
// Evaluation

/** Evaluates a node to a value (ranges stay ranges; functions decide what they take). */
function evaluate(node: Node, ctx: Ctx): Value {
  switch (node.t) {
    case "lit":
      return node.v;
    case "arr":
      return { kind: "arr", rows: node.rows };
    case "ref":
      return {
        kind: "ref",
        sheet: node.sheet ?? ctx.where.sheet,
        r1: node.r1,
        c1: node.c1,
        r2: node.r2,
        c2: node.c2,
      };
    case "name": {
      const r = ctx.book.name(node.name);
      if (!r) throw new Unsupported(`no name ${node.name}`);
      return r;
    }
    case "neg":
      return operate(ctx, [evaluate(node.a, ctx)], (a) => binaryScalar("-", 0, a));
    case "pct":
      return operate(ctx, [evaluate(node.a, ctx)], (a) => binaryScalar("/", a, 100));
    case "bin":
      return operate(ctx, [evaluate(node.a, ctx), evaluate(node.b, ctx)], (a, b) =>
        binaryScalar(node.op, a, b)
      );
    case "fn":
      return call(node, ctx);
  }
}

/** An operator: on arrays element by element inside SUMPRODUCT, on single values outside. */
function operate(ctx: Ctx, args: Value[], f: (...xs: Scalar[]) => Scalar): Value {
  if (!ctx.array) return f(...args.map((a) => scalar(a, ctx.book)));
  return lift(ctx.book, args, f);
}

function call(node: Extract<Node, { t: "fn" }>, ctx: Ctx): Value {
  const { name, args } = node;
  if (name === "IF") {
    if (args.length < 2 || args.length > 3) throw new Unsupported("IF arguments");
    const c = scalar(evaluate(args[0] ?? { t: "lit", v: null }, ctx), ctx.book);
    const b = toBool(c);
    if (isError(b)) return b;
    const branch = b ? args[1] : args[2];
    if (branch === undefined) return false;
    return branch === null ? 0 : evaluate(branch, ctx);
  }
  if (name === "IFERROR") {
    if (args.length !== 2 || !args[0] || !args[1]) throw new Unsupported("IFERROR arguments");
    const v = evaluate(args[0], ctx);
    if (isRef(v) || isArr(v)) {
      if (ctx.array) throw new Unsupported("IFERROR over an array");
      const s = scalar(v, ctx.book);
      return isError(s) ? evaluate(args[1], ctx) : s;
    }
    return isError(v) ? evaluate(args[1], ctx) : v;
  }
  const f = FUNCTIONS[name];
  if (!f) throw new Unsupported(`function ${name}`);
  const inner: Ctx = name === "SUMPRODUCT" ? { ...ctx, array: true } : ctx;
  const values = args.map((a) => (a === null ? null : evaluate(a, inner)));
  return f(values, inner);
}

/**
 * A formula's value in a cell, as one scalar: a reference to one cell gives its value (a
 * blank one 0, as Excel shows it); a result of many cells is `Unsupported`.
 */
export function evaluateFormula(node: Node, book: Book, where: Where): Scalar {
  const v = scalar(evaluate(node, { book, where, array: false }), book);
  return v === null ? 0 : v;
}
