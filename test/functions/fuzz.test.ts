/**
 * A seeded, replayable fuzz test of every registered custom function: thousands of random
 * calls each, shaped as Excel passes arguments (numbers from tiny to huge, −0, text, TRUE /
 * FALSE, null for an omitted argument or an empty web cell, "" for a formula returning "",
 * 1 × 1, 1 × m, n × 1 and n × m ranges, and tables whose spare rows arrive as 0 as desktop
 * Excel passes them). Every call must give a number, text, TRUE/FALSE or a matrix of them,
 * or an Excel error with a message where Excel shows one; never an exception, NaN,
 * Infinity or −0 (docs/functions.md, "Errors").
 *
 * The functions and their parameters come from the JSDoc of the modules webpack registers
 * (FUNCTION_SOURCES), so a new function is fuzzed as soon as it is registered.
 *
 * Replay a failure: FUZZ_SEED=<seed> npx jest test/functions/fuzz.test.ts -t <ID>
 * Search harder:    FUZZ_CALLS=20000 npx jest test/functions/fuzz.test.ts
 */
import * as fs from "fs";
import * as path from "path";
import { FakeCustomFunctionsError } from "../support/custom-functions-fake";
import { parseExample } from "../support/formula";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFunctions } = require("../../scripts/function-reference.js") as {
  readFunctions: () => {
    id: string;
    params: { name: string; optional: boolean }[];
    examples: string[];
  }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FUNCTION_SOURCES } = require("../../webpack.config.js") as { FUNCTION_SOURCES: string[] };

const ROOT = path.resolve(__dirname, "../..");
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
// The asynchronous simulations run thousands of sliced calls: minutes on a loaded machine.
jest.setTimeout(300000);
const CALLS = Number(process.env.FUZZ_CALLS ?? 2000);
/** Slow by design (a Monte Carlo run per call): fewer calls, and no million-iteration runs. */
const SLOW: Record<string, number> = { SROI_SIMULATE: 4 };

/** Seeds for functions whose documented examples use cell references. */
const EXTRA_EXAMPLES: Record<string, string[]> = {
  PERSPECTIVE_TABLE: [
    '=PCBA.PERSPECTIVE_TABLE({100;30;250;150;44}, {"cost";"cost";"benefit";"benefit";"transfer"}, {"Council";"Volunteers";"NHS";"Council";"DWP"}, {"public";"private";"public";"public";"public"})',
  ],
};

/** Each registered id and the exported adapter that carries its `@customfunction` tag. */
interface Registered {
  readonly id: string;
  readonly exportName: string;
  readonly module: string;
  readonly arity: number;
  /** The arguments of its documented examples, as Excel would pass them: seeds for mutation. */
  readonly examples: unknown[][];
}

function registered(): Registered[] {
  const docs = new Map(readFunctions().map((f) => [f.id, f]));
  const out: Registered[] = [];
  for (const source of FUNCTION_SOURCES) {
    const text = fs.readFileSync(path.join(ROOT, source), "utf8");
    const re =
      /@customfunction\s+([A-Z0-9_]+)[\s\S]*?\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const doc = docs.get(m[1]);
      const examples = [...(doc?.examples ?? []), ...(EXTRA_EXAMPLES[m[1]] ?? [])].flatMap((e) => {
        try {
          // Only the arguments matter here: examples without a result get a dummy one.
          const parsed = parseExample(e.includes("→") ? e : `${e} → 0`);
          return parsed ? [parsed.args] : [];
        } catch {
          return []; // an example written with cell references (B2:B6)
        }
      });
      out.push({
        id: m[1],
        exportName: m[2],
        module: source,
        arity: doc?.params.length ?? 0,
        examples,
      });
    }
  }
  return out;
}

/** mulberry32: a tiny generator that gives the same stream on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

type Cell = number | string | boolean | null;

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  2,
  3,
  5,
  10,
  12,
  20,
  30,
  100,
  1000,
  0.5,
  0.2,
  0.035,
  0.15,
  0.999,
  1.5,
  19,
  40547,
  60,
  2 ** 31,
  1e6,
  1e15,
  1e308,
  -1e308,
  1.7976931348623157e308,
  5e-324,
  -5e-324,
  1e-300,
  1e-12,
  -0.5,
  101,
  1001,
];
const TEXTS = [
  "",
  " ",
  "STPR",
  "health",
  "abc",
  "bullet",
  "Straight",
  "annuity",
  "linear",
  "s_curve",
  "immediate",
  "exempt",
  "taxable",
  "vat_group",
  "charge",
  "in_house",
  "government",
  "societal",
  "NHS",
  "Council",
  "cost",
  "benefit",
  "transfer",
  "qol",
  "public",
  "private",
  "deadweight",
  "drop_off",
  "discount",
  "displacement",
  "relative",
  "=1+1",
  "0x10",
  "1e3",
  "N*",
  "~users",
  "Ünïcødé",
  "0",
];

function fuzzer(random: () => number, slow: boolean) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const number = (): number => {
    const r = random();
    if (r < 0.45) return pick(NUMBERS);
    if (r < 0.7) return int(-5, 60);
    if (r < 0.85) return random();
    return (random() - 0.5) * 10 ** int(-10, 12);
  };
  const cell = (): Cell => {
    const r = random();
    if (r < 0.55) return number();
    if (r < 0.75) return pick(TEXTS);
    if (r < 0.82) return random() < 0.5;
    return null;
  };
  /** A plausible table cell: a small number, a choice or a share; sometimes anything. */
  const tableCell = (): Cell => {
    const r = random();
    if (r < 0.45) return int(0, 40);
    if (r < 0.7) return Math.round(random() * 1000) / 1000;
    if (r < 0.8) return pick(TEXTS);
    if (r < 0.9) return null;
    return cell();
  };
  const block = (rows: number, cols: number, make: () => Cell): Cell[][] =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, make));
  /** Spare rows as desktop (0) or the web (null) passes them, appended to a range. */
  const withSpare = (range: Cell[][]): Cell[][] => {
    const empty = random() < 0.5 ? 0 : null;
    const count = int(1, 3);
    const width = range[0]?.length ?? 1;
    return [...range, ...Array.from({ length: count }, () => Array<Cell>(width).fill(empty))];
  };
  const argument = (tableRows: number | null): unknown => {
    const r = random();
    if (tableRows !== null && r < 0.6) {
      // A column of a table that lines up with the other arguments.
      const column = block(tableRows, random() < 0.1 ? int(2, 4) : 1, tableCell);
      return random() < 0.3 ? withSpare(column) : column;
    }
    if (r < 0.5) return cell();
    if (r < 0.6) return [[cell()]];
    if (r < 0.72) return block(1, int(1, 8), cell);
    if (r < 0.84) return block(int(1, 8), 1, cell);
    if (r < 0.94) return block(int(1, 5), int(1, 5), cell);
    if (r < 0.97) return withSpare(block(int(1, 6), int(1, 3), tableCell));
    return block(int(8, 40), 1, tableCell);
  };
  /** A documented example with one or two arguments changed: reaches past the argument checks. */
  const mutate = (example: readonly unknown[], arity: number): unknown[] => {
    const args = example.map((a) => (Array.isArray(a) ? a.map((r: unknown[]) => r.slice()) : a));
    while (args.length < arity && random() < 0.5) args.push(null);
    for (let k = int(1, 2); k > 0; k--) {
      const i = int(0, Math.max(0, args.length - 1));
      const a = args[i];
      const r = random();
      if (Array.isArray(a) && r < 0.35) args[i] = withSpare(a as Cell[][]);
      else if (Array.isArray(a) && r < 0.5)
        args[i] = (a as Cell[][]).map((row) => row.map((c) => (random() < 0.3 ? number() : c)));
      else if (typeof a === "number" && r < 0.6) args[i] = number();
      else if (r < 0.7) args[i] = Array.isArray(a) ? a : [[a as Cell]];
      else if (r < 0.8) args[i] = pick([null, "", 0]);
      else args[i] = argument(null);
    }
    return args;
  };
  return (arity: number, examples: readonly unknown[][]): unknown[] => {
    let args: unknown[];
    if (examples.length && random() < 0.4) args = mutate(pick(examples), arity);
    else {
      const tableRows = random() < 0.5 ? int(1, 8) : null;
      const count = random() < 0.8 ? arity : int(0, arity);
      args = Array.from({ length: count }, () => argument(tableRows));
    }
    // A Monte Carlo run per call: keep the iterations argument (the 12th) small.
    if (slow && args.length > 11) args[11] = int(1, 300);
    return args;
  };
}

const ALLOWED_ERRORS = ["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"];

/** Why a value is not one Excel may receive, or null when it is fine. */
function badCell(v: unknown): string | null {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN";
    if (!Number.isFinite(v)) return String(v);
    if (Object.is(v, -0)) return "-0";
    return null;
  }
  if (typeof v === "string" || typeof v === "boolean") return null;
  if (v instanceof FakeCustomFunctionsError) {
    return ALLOWED_ERRORS.includes(v.code) ? null : `cell error ${v.code}`;
  }
  return `a ${v === null ? "null" : typeof v} (${String(v)})`;
}

function badResult(value: unknown): string | null {
  if (!Array.isArray(value))
    return value instanceof FakeCustomFunctionsError
      ? "an error returned, not thrown"
      : badCell(value);
  if (value.length === 0) return "an empty matrix";
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  for (const row of value) {
    if (!Array.isArray(row)) return "a matrix row that is not an array";
    if (row.length !== width || width === 0) return "a ragged or empty matrix";
    for (const v of row) {
      const bad = badCell(v);
      if (bad) return bad;
    }
  }
  return null;
}

/** Arguments as text a reader can paste back: −0, undefined and NaN kept visible. */
function shown(args: unknown[]): string {
  return JSON.stringify(args, (_k, v) =>
    Object.is(v, -0)
      ? "-0"
      : v === undefined
        ? "undefined"
        : typeof v === "number" && !Number.isFinite(v)
          ? String(v)
          : v
  );
}

const functions = registered();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const modules = new Map(
  FUNCTION_SOURCES.map((s) => [s, require(path.join(ROOT, s)) as Record<string, unknown>])
);

test("every function in the reference is fuzzed", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(
    readFunctions()
      .map((f) => f.id)
      .sort()
  );
  expect(functions.length).toBeGreaterThan(30);
});

test.each(functions.map((f) => [f.id, f] as const))(
  `%s: ${CALLS} random Excel-shaped calls (seed ${SEED})`,
  async (id, f) => {
    const fn = modules.get(f.module)![f.exportName] as (...args: unknown[]) => unknown;
    expect(typeof fn).toBe("function");
    const seed = (SEED ^ hash(id)) >>> 0;
    const nextArgs = fuzzer(generator(seed), id in SLOW);
    const calls = Math.ceil(CALLS / (SLOW[id] ?? 1));
    const counts = { values: 0, errors: 0 };
    for (let i = 0; i < calls; i++) {
      const args = nextArgs(f.arity, f.examples);
      const where = `${id} call ${i} (FUZZ_SEED=${SEED}) with ${shown(args)}`;
      let value: unknown;
      try {
        value = fn(...args);
        if (value instanceof Promise) value = await value;
      } catch (e) {
        if (!(e instanceof FakeCustomFunctionsError))
          throw new Error(`${where}: threw ${String(e)}`);
        if (!ALLOWED_ERRORS.includes(e.code)) throw new Error(`${where}: error ${e.code}`);
        if ((e.code === "#VALUE!" || e.code === "#N/A") && !e.message)
          throw new Error(`${where}: ${e.code} without a message`);
        if (/could not calculate/.test(e.message ?? ""))
          throw new Error(`${where}: an unexpected exception: ${e.message}`);
        counts.errors++;
        continue;
      }
      const bad = badResult(value);
      if (bad) throw new Error(`${where}: returned ${bad}`);
      counts.values++;
    }
    // The fuzzer must reach past argument checking for the test to mean anything.
    expect(counts.values + counts.errors).toBe(calls);
    expect(counts.values).toBeGreaterThan(0);
  }
);
