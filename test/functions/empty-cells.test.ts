/**
 * Empty cells as each Excel passes them: `null` on the web, `0` on Windows and Mac. A table
 * with two spare rows, given either way, must give exactly what the table without them
 * gives, in every function that takes rows (docs/functions.md, "Empty cells, and spare
 * rows"). The spare rows are placed at the end (a whole table column with unused rows) and
 * in the middle, and a property test inserts them at random places in random tables.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { call, type Shown } from "../support/excel";

type Cell = number | string | boolean | null;
type Fn = (...args: any[]) => unknown;

/** One table function: its columns (the cells of the real rows) and how to call it. */
interface TableCase {
  readonly name: string;
  readonly fn: Fn;
  /** The table's columns, each a list of the real rows' cells (a 2-D amounts block is one column of rows). */
  readonly columns: readonly (readonly (Cell | Cell[])[])[];
  /** Arguments from the columns as ranges (column vectors, or rows × years for amounts). */
  readonly args: (columns: unknown[][][]) => unknown[];
  /** True when the result spills one value per row, in line with the rows (spare rows show ""). */
  readonly aligned?: boolean;
}

/** A column range from cells; a cell that is itself a list is a row of several columns. */
const range = (cells: readonly (Cell | Cell[])[]): unknown[][] =>
  cells.map((c) => (Array.isArray(c) ? c.slice() : [c]));

/** An empty cell as a given Excel passes it, for a cell of the shape of `like`. */
const emptyLike = (like: Cell | Cell[], empty: null | 0): Cell | Cell[] =>
  Array.isArray(like) ? like.map(() => empty) : empty;

/** The columns with `count` spare rows inserted before row `at` (at = length: at the end). */
function withSpareRows(c: TableCase, empty: null | 0, at: number, count = 2): unknown[][][] {
  return c.columns.map((column) => {
    const cells = column.slice();
    const spare = Array.from({ length: count }, () => emptyLike(column[0], empty));
    cells.splice(at, 0, ...spare);
    return range(cells);
  });
}

const sroiColumns = [
  [10, 40, 7], // quantity
  [1000, 250, 3200], // proxy
  [2, 3, 1.5], // duration
  [0.1, 0.2, 0], // deadweight
  [0, 0.05, 0.1], // displacement
  [0.25, 0, 0.3], // attribution
  [0.1, 0.2, 0], // drop_off
  [1, 1, 2], // start
];
const sroiArgs =
  (inputs: number | null, discount: unknown = 0.035) =>
  (c: unknown[][][]) => [
    ...(inputs === null ? [] : [inputs]),
    c[0],
    c[1],
    c[2],
    c[3],
    c[4],
    c[5],
    c[6],
    discount,
    c[7],
  ];

const cases: TableCase[] = [
  {
    name: "IMPACT",
    fn: F.impactFn,
    columns: [sroiColumns[0], sroiColumns[1], sroiColumns[3], sroiColumns[4], sroiColumns[5]],
    args: (c) => c,
  },
  { name: "SROI_PV", fn: F.sroiPvFn, columns: sroiColumns, args: sroiArgs(null) },
  { name: "SROI", fn: F.sroiFn, columns: sroiColumns, args: sroiArgs(50000) },
  { name: "SROI_NPV", fn: F.sroiNpvFn, columns: sroiColumns, args: sroiArgs(50000, "STPR") },
  {
    name: "SROI_SCHEDULE",
    fn: F.sroiScheduleFn,
    columns: sroiColumns,
    args: (c) => [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]],
  },
  { name: "SROI_PAYBACK", fn: F.sroiPaybackFn, columns: sroiColumns, args: sroiArgs(20000) },
  {
    name: "SROI_SENSITIVITY",
    fn: F.sroiSensitivityFn,
    columns: sroiColumns,
    args: (c) => [...sroiArgs(50000)(c), 0.2],
  },
  {
    name: "SROI_SWITCHING",
    fn: F.sroiSwitchingFn,
    columns: sroiColumns,
    args: (c) => ["deadweight", ...sroiArgs(50000)(c)],
  },
  {
    name: "SROI_SIMULATE",
    fn: F.sroiSimulateFn,
    columns: sroiColumns,
    args: (c) => [...sroiArgs(50000)(c), 0.2, 500, 7],
  },
  {
    name: "PERSPECTIVE_ROI",
    fn: F.perspectiveRoiFn,
    columns: [
      [
        [100, 100],
        [30, 20],
        [250, 300],
      ],
      ["cost", "cost", "benefit"],
      ["Council", "Volunteers", "NHS"],
      ["public", "private", "public"],
    ],
    args: (c) => [c[0], c[1], c[2], c[3], "societal", null, null, null],
  },
  {
    name: "PERSPECTIVE_TABLE",
    fn: F.perspectiveTableFn,
    columns: [
      [
        [100, 100],
        [30, 20],
        [250, 300],
      ],
      ["cost", "cost", "benefit"],
      ["Council", "Volunteers", "NHS"],
      ["public", "private", "public"],
    ],
    args: (c) => [c[0], c[1], c[2], c[3], 0.035, 1, false],
  },
  {
    name: "OPTIMISM_BIAS",
    fn: F.optimismBiasFn,
    columns: [
      [0.3, 0.5, 0.2],
      [0.51, 0.24, 0.66],
      [0.1, 0, 0.5],
    ],
    args: (c) => c,
  },
  {
    name: "LOAN_REPRICING_COST",
    fn: F.loanRepricingCostFn,
    columns: [
      [50e6, 20e6, 8e6],
      [0.003, 0.002, 0.004],
      [0.015, 0.015, 0.02],
      [20, 10, 25],
      [0.05, 0.05, 0.045],
      ["bullet", "straight", "annuity"],
      [0.05, 0.04, 0.045],
      [20, 5, 25],
      [0.001, 0, 0.002],
    ],
    args: (c) => c,
  },
  {
    name: "LOAN_REPRICING_SCHEDULE",
    fn: F.loanRepricingScheduleFn,
    columns: [
      [50e6, 20e6, 8e6],
      [0.003, 0.002, 0.004],
      [0.015, 0.015, 0.02],
      [20, 10, 25],
      [0.05, 0.05, 0.045],
      ["bullet", "straight", "annuity"],
      [0.05, 0.04, 0.045],
      [20, 5, 25],
      [0.001, 0, 0.002],
    ],
    args: (c) => c,
  },
  {
    name: "SWAP_BREAK_COST",
    fn: F.swapBreakCostFn,
    columns: [
      [10e6, 5e6, 2e6],
      [0.05, 0.045, 0.04],
      [0.03, 0.03, 0.035],
      [5, 10, 3],
      [0.03, 0.032, 0.035],
      ["bullet", "straight", "annuity"],
    ],
    args: (c) => c,
  },
  {
    name: "MEETING_COST",
    fn: F.meetingCostFn,
    columns: [
      [12, 4, 52],
      [8, 12, 3],
      [2, 3, 1],
      [45, 60, 30],
      [0.5, 0.25, 0],
    ],
    args: (c) => c,
  },
  {
    name: "PRICE_SCORE",
    fn: F.priceScoreFn,
    columns: [[100, 120, 150]],
    args: (c) => [120, c[0], 40, "linear"],
  },
  {
    name: "BID_SCORES",
    fn: F.bidScoresFn,
    columns: [
      [100, 125, 90],
      [0.6, 0.9, 0.5],
      [1000, 3000, 0],
    ],
    args: (c) => [c[0], c[1], 50, 40, c[2], 10, "relative"],
    aligned: true,
  },
  {
    name: "ABNORMALLY_LOW",
    fn: F.abnormallyLowFn,
    columns: [[100, 105, 110, 70, 200]],
    args: (c) => [c[0], 0.15],
    aligned: true,
  },
];

/** The result with the rows of an aligned spill at `at`…`at + count − 1` taken out. */
function withoutSpareResults(shown: Shown, at: number, count: number): Shown {
  if (!("value" in shown)) return shown;
  const value = shown.value as unknown[][];
  const removed = value.filter((_, i) => i < at || i >= at + count);
  for (let i = at; i < at + count; i++) expect(value[i]).toEqual([""]);
  return { value: removed };
}

/** A result, its promise settled (the simulations are asynchronous, as Excel allows). */
async function settled(shown: Shown): Promise<Shown> {
  return "value" in shown && shown.value instanceof Promise
    ? { value: await shown.value }
    : shown;
}

async function expectSame(
  c: TableCase,
  columns: unknown[][][],
  at: number,
  count: number
): Promise<void> {
  const base = await settled(call(c.fn, ...c.args(c.columns.map(range))));
  expect("value" in base).toBe(true); // each case is a valid table
  let shown = await settled(call(c.fn, ...c.args(columns)));
  if (c.aligned) shown = withoutSpareResults(shown, at, count);
  expect(shown).toEqual(base);
}

describe.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  const rows = c.columns[0].length;
  test.each([
    ["web (null)", null],
    ["desktop (0)", 0],
  ] as const)("two spare rows at the end, as %s, change nothing", async (_label, empty) => {
    await expectSame(c, withSpareRows(c, empty, rows), rows, 2);
  });
  test.each([
    ["web (null)", null],
    ["desktop (0)", 0],
  ] as const)("two spare rows in the middle, as %s, change nothing", async (_label, empty) => {
    await expectSame(c, withSpareRows(c, empty, 1), 1, 2);
  });
  test('spare rows given as "" (cells holding ="") change nothing', async () => {
    const columns = c.columns.map((column) => {
      const cells = [...column, emptyLike(column[0], null), emptyLike(column[0], null)];
      return range(cells.map((x) => (Array.isArray(x) ? x.map((y) => y ?? "") : (x ?? ""))));
    });
    await expectSame(c, columns, rows, 2);
  });
});

describe("in a kept row, an empty cell reads the same on both platforms where its default is 0 or text", () => {
  test("an empty optional share (deadweight) is 0 whether null or 0", () => {
    const q = [[10], [20]];
    const p = [[1000], [500]];
    const d = [[2], [3]];
    const web = call(F.sroiPvFn, q, p, d, [[0.2], [null]], null, null, null, null, null);
    const desktop = call(F.sroiPvFn, q, p, d, [[0.2], [0]], null, null, null, null, null);
    expect(desktop).toEqual(web);
  });
  test("an empty repayment cell (a text column) takes the default whether null or 0", () => {
    const args = (repayment: unknown[][]) => [
      [[1e6], [2e6]],
      0.003,
      0.015,
      10,
      0.05,
      repayment,
      null,
      null,
      null,
    ];
    const web = call(F.loanRepricingCostFn, ...args([["bullet"], [null]]));
    const desktop = call(F.loanRepricingCostFn, ...args([["bullet"], [0]]));
    expect("value" in web).toBe(true);
    expect(desktop).toEqual(web);
  });
  test("a kept row with an empty required text cell says it is blank on both platforms", () => {
    const amounts = [[100], [50]];
    const run = (empty: null | 0) =>
      call(
        F.perspectiveRoiFn,
        amounts,
        [["cost"], [empty]],
        [["NHS"], ["NHS"]],
        [["public"], ["public"]],
        "government"
      );
    for (const shown of [run(null), run(0)]) {
      expect(shown).toMatchObject({ error: "#VALUE!" });
      expect((shown as { message: string }).message).toMatch(/^kinds \(row 2\) must be/);
    }
  });
  test("a kept row with a required cell of 0 is read as 0, not skipped (years 0 is an error)", () => {
    const shown = call(
      F.loanRepricingCostFn,
      [[1e6], [2e6]],
      0.003,
      0.015,
      [[10], [0]],
      0.05,
      null,
      null,
      null,
      null
    );
    expect(shown).toMatchObject({ error: "#VALUE!" });
    expect((shown as { message: string }).message).toMatch(/years \(loan 2\)/);
  });
  test("a row whose required cells are all 0 is spare even when an optional cell is filled", () => {
    const a = call(
      F.meetingCostFn,
      [[12], [0]],
      [[8], [0]],
      [[2], [0]],
      [[45], [0]],
      [[0.5], [0.9]]
    );
    const b = call(F.meetingCostFn, [[12]], [[8]], [[2]], [[45]], [[0.5]]);
    expect(a).toEqual(b);
  });
});

describe("property: spare rows anywhere, as null, 0 or a mix, never change a result", () => {
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const outcome = fc.record({
    quantity: fc.integer({ min: 1, max: 500 }),
    proxy: fc.double({ min: -5000, max: 5000, noNaN: true }).filter((x) => x !== 0),
    duration: fc.integer({ min: 1, max: 12 }),
    deadweight: share,
    displacement: share,
    attribution: share,
    dropOff: share,
    start: fc.integer({ min: 0, max: 5 }),
  });
  /** Positions (0 … rows) and the empty value of each cell of each spare row. */
  const spares = (width: number) =>
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.array(fc.constantFrom<null | 0 | "">(null, 0, ""), {
          minLength: width,
          maxLength: width,
        })
      ),
      {
        minLength: 1,
        maxLength: 4,
      }
    );
  /** Inserts each spare row into the rows (a row is a list of cells). */
  const insert = (rows: Cell[][], extra: [number, (null | 0 | "")[]][]): Cell[][] => {
    const out = rows.map((r) => r.slice());
    for (const [at, cells] of extra) out.splice(at % (out.length + 1), 0, cells);
    return out;
  };
  const columnsOf = (rows: Cell[][], width: number): unknown[][][] =>
    Array.from({ length: width }, (_, j) => rows.map((r) => [r[j]]));

  test("SROI over a value map", () => {
    fc.assert(
      fc.property(
        fc.array(outcome, { minLength: 1, maxLength: 6 }),
        spares(8),
        (outcomes, extra) => {
          const rows: Cell[][] = outcomes.map((o) => [
            o.quantity,
            o.proxy,
            o.duration,
            o.deadweight,
            o.displacement,
            o.attribution,
            o.dropOff,
            o.start,
          ]);
          const c = columnsOf(rows, 8);
          const s = columnsOf(insert(rows, extra), 8);
          const run = (k: unknown[][][]) =>
            call(F.sroiFn, 1e5, k[0], k[1], k[2], k[3], k[4], k[5], k[6], 0.035, k[7]);
          expect(run(s)).toEqual(run(c));
          const schedule = (k: unknown[][][]) =>
            call(F.sroiScheduleFn, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7]);
          expect(schedule(s)).toEqual(schedule(c));
        }
      )
    );
  });

  test("a loan portfolio", () => {
    const loan = fc.record({
      balance: fc.integer({ min: 1, max: 1e8 }),
      oldMargin: fc.double({ min: 0, max: 0.02, noNaN: true }),
      newMargin: fc.double({ min: 0, max: 0.04, noNaN: true }),
      years: fc.integer({ min: 1, max: 40 }),
      rate: fc.double({ min: 0.001, max: 0.1, noNaN: true }),
      repayment: fc.constantFrom("bullet", "straight", "annuity"),
    });
    fc.assert(
      fc.property(fc.array(loan, { minLength: 1, maxLength: 6 }), spares(6), (loans, extra) => {
        const rows: Cell[][] = loans.map((l) => [
          l.balance,
          l.oldMargin,
          l.newMargin,
          l.years,
          l.rate,
          l.repayment,
        ]);
        const run = (k: unknown[][][]) =>
          call(F.loanRepricingCostFn, k[0], k[1], k[2], k[3], k[4], k[5], null, null, null);
        expect(run(columnsOf(insert(rows, extra), 6))).toEqual(run(columnsOf(rows, 6)));
        const schedule = (k: unknown[][][]) =>
          call(F.loanRepricingScheduleFn, k[0], k[1], k[2], k[3], k[4], k[5], null, null, null);
        expect(schedule(columnsOf(insert(rows, extra), 6))).toEqual(schedule(columnsOf(rows, 6)));
      })
    );
  });

  test("a flows table by perspective, over several years", () => {
    const flow = fc.record({
      amounts: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }),
      kind: fc.constantFrom("cost", "benefit", "transfer", "qol"),
      party: fc.constantFrom("NHS", "Council", "DWP", "Volunteers"),
      sector: fc.constantFrom("public", "private"),
    });
    fc.assert(
      fc.property(fc.array(flow, { minLength: 1, maxLength: 6 }), spares(6), (flows, extra) => {
        const rows: Cell[][] = flows.map((f) => [...f.amounts, f.kind, f.party, f.sector]);
        const run = (r: Cell[][]) =>
          call(
            F.perspectiveTableFn,
            r.map((x) => x.slice(0, 3)),
            r.map((x) => [x[3]]),
            r.map((x) => [x[4]]),
            r.map((x) => [x[5]]),
            0.035,
            1,
            true
          );
        expect(run(insert(rows, extra))).toEqual(run(rows));
      })
    );
  });

  test("bids: totals in line with the bids, an empty cell against each spare row", () => {
    const bid = fc.record({
      price: fc.integer({ min: 1, max: 1e6 }),
      quality: fc.double({ min: 0, max: 1, noNaN: true }),
      social: fc.integer({ min: 0, max: 1e4 }),
    });
    fc.assert(
      fc.property(fc.array(bid, { minLength: 2, maxLength: 6 }), spares(3), (bids, extra) => {
        const rows: Cell[][] = bids.map((b) => [b.price, b.quality, b.social]);
        const withSpare = insert(rows, extra);
        const run = (r: Cell[][]) =>
          call(
            F.bidScoresFn,
            r.map((x) => [x[0]]),
            r.map((x) => [x[1]]),
            50,
            40,
            r.map((x) => [x[2]]),
            10,
            null
          );
        const base = run(rows) as { value: unknown[][] };
        const spared = run(withSpare) as { value: unknown[][] };
        const kept = spared.value.filter((_, i) =>
          withSpare[i].some((x) => x !== null && x !== 0 && x !== "")
        );
        expect(kept).toEqual(base.value);
        expect(spared.value.filter((v) => v[0] === "")).toHaveLength(extra.length);
      })
    );
  });
});
