/**
 * `npm run bench`: speed of the calculation core, each figure beside a baseline measured in
 * the same process. Timings are medians of repeated runs after a warm-up; ratios, not
 * absolute times, are what compare across machines.
 *
 * Baseline: what a spreadsheet user has today: the same SROI written as native formulas
 * and evaluated by a spreadsheet engine (HyperFormula, a dev-only dependency), and Monte
 * Carlo done by changing the inputs and recalculating that sheet once per iteration.
 */
import * as os from "os";
import { HyperFormula } from "hyperformula";
import { flatSchedule } from "../src/model/discounting";
import { outcomeTable, sroiPv, sroiRatio, type Outcome } from "../src/model/sroi";
import { sroiSimulate } from "../src/model/uncertainty";
import { sroiPvFn } from "../src/functions/functions";
import { seededUniform } from "../src/model/numerics";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: class {
    constructor(
      public code: string,
      public message?: string
    ) {}
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `runs` calls after `warmup` calls. */
function time(fn: () => unknown, runs: number, warmup = Math.min(3, runs)): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

function randomOutcomes(n: number, seed: number, years = 10): Outcome[] {
  const u = seededUniform(seed);
  return Array.from({ length: n }, () => ({
    quantity: Math.round(1 + u() * 200),
    proxy: 100 + u() * 5000,
    duration: years,
    deadweight: u() * 0.4,
    displacement: u() * 0.2,
    attribution: u() * 0.3,
    dropOff: u() * 0.3,
    start: 1,
  }));
}

/** A value map as native spreadsheet formulas: one row per outcome, years 1..10 across. */
function valueMapSheet(outcomes: Outcome[], inputs: number, rate: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const n = outcomes.length;
  // Row 1: the total ratio; row 2: inputs and rate; outcomes from row 3.
  rows.push([`=SUM(L3:L${n + 2})/A2`]);
  rows.push([inputs, rate]);
  outcomes.forEach((o, i) => {
    const r = i + 3;
    const row: (string | number)[] = [
      o.quantity,
      o.proxy,
      o.duration,
      o.deadweight ?? 0,
      o.displacement ?? 0,
      o.attribution ?? 0,
      o.dropOff ?? 0,
      o.start ?? 1,
      `=A${r}*B${r}*(1-D${r})*(1-E${r})*(1-F${r})`,
      "",
      "",
      `=NPV($B$2,M${r}:V${r})`,
    ];
    for (let y = 1; y <= 10; y++) row.push(`=IF(AND(${y}>=H${r},${y}<H${r}+C${r}),I${r}*(1-G${r})^(${y}-H${r}),0)`);
    rows.push(row);
  });
  return rows;
}

function line(label: string, value: string, note = ""): void {
  console.log(`${label.padEnd(62)} ${value.padStart(14)}  ${note}`);
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`PCBA benchmark — ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`);
console.log("Median of repeated runs after warm-up; one core (JavaScript is single-threaded).\n");

// 1. SROI_PV, 10,000 outcomes × 10 years.
{
  const outcomes = randomOutcomes(10000, 1);
  const table = outcomeTable(outcomes);
  const schedule = flatSchedule(0.035);
  const core = time(() => sroiPv(table, schedule), 50);
  const col = (f: (o: Outcome) => number) => outcomes.map((o) => [f(o)]);
  const args = [
    col((o) => o.quantity),
    col((o) => o.proxy),
    col((o) => o.duration),
    col((o) => o.deadweight!),
    col((o) => o.displacement!),
    col((o) => o.attribution!),
    col((o) => o.dropOff!),
    0.035,
    col((o) => o.start!),
  ] as const;
  const adapter = time(() => sroiPvFn(...(args as unknown as Parameters<typeof sroiPvFn>)), 60);
  let hf: HyperFormula | undefined;
  const build = time(
    () => {
      hf?.destroy();
      hf = HyperFormula.buildFromArray(valueMapSheet(outcomes, 1e6, 0.035), { licenseKey: "gpl-v3" });
    },
    3,
    1
  );
  const check = (hf!.getCellValue({ sheet: 0, row: 0, col: 0 }) as number) * 1e6;
  hf!.destroy();
  console.log("SROI_PV: 10,000 outcomes × 10 years");
  line("  model (sroiPv, typed arrays)", `${core.toFixed(3)} ms`, "target < 5 ms");
  line("  custom function (=PCBA.SROI_PV, from Excel-shaped columns)", `${adapter.toFixed(3)} ms`);
  line("  baseline: HyperFormula, 110,000 native formulas, build + calc", `${build.toFixed(1)} ms`, `${(build / core).toFixed(0)}× the model`);
  const ours = sroiPv(table, schedule);
  line("  agreement (model vs spreadsheet PV)", `${(Math.abs(ours - check) / Math.abs(check)).toExponential(2)}`, "relative difference\n");
}

// 2. SROI_SIMULATE, 50 outcomes × 100,000 iterations, against recalculating a sheet.
{
  const outcomes = randomOutcomes(50, 2);
  const inputs = 50 * 100 * 2000;
  const analysis = { outcomes: outcomeTable(outcomes), inputs, discount: flatSchedule(0.035) };
  const options = { uncertainty: 0.2, iterations: 100000, seed: 1 };
  const simulate = time(() => sroiSimulate(analysis, options), 5, 1);
  const perIterationModel = simulate / options.iterations;

  const hf = HyperFormula.buildFromArray(valueMapSheet(outcomes, inputs, 0.035), { licenseKey: "gpl-v3" });
  const u = seededUniform(3);
  const tri = () => {
    const x = u();
    return x < 0.5 ? Math.sqrt(2 * x) - 1 : 1 - Math.sqrt(2 * (1 - x));
  };
  const recalcIterations = 300;
  const ratios: number[] = [];
  const recalc = time(
    () => {
      for (let i = 0; i < recalcIterations; i++) {
        hf.batch(() => {
          outcomes.forEach((o, k) => {
            const f = () => 1 + 0.2 * tri();
            const clip = (x: number) => Math.min(1, Math.max(0, x));
            hf.setCellContents({ sheet: 0, row: k + 2, col: 0 }, [
              [
                o.quantity * f(),
                o.proxy * f(),
                o.duration,
                clip(o.deadweight! * f()),
                clip(o.displacement! * f()),
                clip(o.attribution! * f()),
                clip(o.dropOff! * f()),
              ],
            ]);
          });
        });
        ratios.push(hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as number);
      }
    },
    3,
    1
  );
  hf.destroy();
  const perIterationSheet = recalc / recalcIterations;
  console.log("SROI_SIMULATE: 50 outcomes × 100,000 iterations");
  line("  model (SroiSimulation, xoroshiro128+, typed arrays)", `${simulate.toFixed(1)} ms`, "target < 1,000 ms");
  line("  per iteration, model", `${(perIterationModel * 1000).toFixed(3)} µs`);
  line(`  per iteration, baseline: HyperFormula recalc (${recalcIterations} measured)`, `${(perIterationSheet * 1000).toFixed(1)} µs`);
  line("  baseline scaled to 100,000 iterations", `${(perIterationSheet * 100000 / 1000).toFixed(1)} s`);
  line("  speed-up per iteration", `${(perIterationSheet / perIterationModel).toFixed(0)}×`, "target ≥ 100×");
  line("  base ratio (model) / median of sheet iterations", `${sroiRatio(analysis).toFixed(4)} / ${median(ratios).toFixed(4)}`, "\n");
}
