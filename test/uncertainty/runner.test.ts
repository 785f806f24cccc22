/**
 * The Monte Carlo runner behind the pane's worker: the same seed gives exactly the
 * percentiles of PCBA.SROI_SIMULATE (the model's sroiSimulate), progress rises to the
 * iteration count, a cancel stops it, and the histogram counts every iteration.
 */
import * as fs from "fs";
import * as path from "path";
import { sroiSimulate } from "../../src/model/uncertainty";
import { sroiAnalysis } from "../../src/journeys/sroi/evaluate";
import { parseSroi } from "../../src/journeys/sroi/validate";
import {
  histogram,
  runJob,
  runSimulation,
  type SimulationResult,
} from "../../src/uncertainty/runner";
import {
  caseSimulate,
  type CaseSimulationSummary,
} from "../../src/journeys/business-case/simulation";
import { parseCase } from "../../src/journeys/business-case/validate";
import { simulationPlan } from "../../src/workbook/simulation";
import { caseNpv } from "../../src/journeys/business-case/measures";
import { SROI_RATIO } from "../../src/journeys/sroi/measures";
import { loadBuiltFunctions } from "../support/dist";
import { call, valueOf } from "../support/excel";
import { valueMapColumn, valueMapColumns } from "../support/sroi";

const example = parseSroi(
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, "../../examples/sroi-community-navigators.json"),
      "utf8"
    )
  )
);
const options = { uncertainty: 0.25, iterations: 7000, seed: 42 };
const immediate = () => Promise.resolve();

test("the same seed gives exactly the percentiles of sroiSimulate and of =PCBA.SROI_SIMULATE in the built bundle", async () => {
  const progress: number[] = [];
  const result = await runSimulation(example, options, {
    onProgress: (done) => progress.push(done),
    pause: immediate,
    slice: 1500,
  });
  const model = sroiSimulate(sroiAnalysis(example), options);
  expect(result!.summary).toEqual(model);
  expect(progress).toEqual([1500, 3000, 4500, 6000, 7000]);

  const fn = loadBuiltFunctions().registered.get("SROI_SIMULATE")!;
  const shown = (await valueOf(
    call(
      fn,
      114000,
      ...valueMapColumns(example),
      0.035,
      valueMapColumn(example, (o) => o.start),
      0.25,
      7000,
      42
    )
  )) as unknown[][];
  expect(shown[1]).toEqual([model.p5, model.p50, model.p95, model.probabilityAboveOne]);
});

test("a cancel between slices stops the run with no result", async () => {
  let slices = 0;
  const result = await runSimulation(
    example,
    { ...options, iterations: 100000 },
    { onProgress: () => slices++, cancelled: () => slices >= 2, pause: immediate }
  );
  expect(result).toBeNull();
  expect(slices).toBe(2);
});

test("the histogram counts every iteration; the results sheet holds the percentiles and the bins", async () => {
  const result = await runSimulation(example, options, { pause: immediate });
  expect(result!.histogram.reduce((n, b) => n + b.count, 0)).toBe(options.iterations);
  expect(histogram([1, 1, 1])).toEqual([{ from: 1, to: 1, count: 3 }]);
  const plan = simulationPlan(example.title, options, result!, SROI_RATIO);
  expect(plan.sheets[0].cells.find((c) => c.ref === "B9")!.value).toBe(result!.summary.p50);
  expect(plan.sheets[0].tables[0].rows).toHaveLength(20);
  expect(plan.sheets[0].charts[0].kind).toBe("column");
});

test("a business case job gives exactly caseSimulate's percentiles; its sheet labels the NPV in pounds", async () => {
  const c = parseCase(
    JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../examples/merger-loan-repricing.json"), "utf8")
    )
  );
  const o = c.options[c.options.length - 1];
  const opts = { uncertainty: 0.3, iterations: 4000, seed: 9 };
  const progress: number[] = [];
  const result = await runJob(
    { kind: "case", case: c, optionId: o.id, options: opts },
    { onProgress: (done) => progress.push(done), pause: immediate, slice: 1500 }
  );
  expect(result!.summary).toEqual(caseSimulate(c, o.id, opts));
  expect(progress).toEqual([1500, 3000, 4000]);
  expect(result!.histogram.reduce((n, b) => n + b.count, 0)).toBe(opts.iterations);
  const plan = simulationPlan(
    c.title,
    opts,
    result as SimulationResult<CaseSimulationSummary>,
    caseNpv(o.name),
    { name: "NPV simulation (3)", suffix: "_3" }
  );
  const cells = plan.sheets[0].cells;
  expect(cells.find((x) => x.ref === "A9")!.value).toBe("P50 NPV (£)");
  expect(cells.find((x) => x.ref === "B9")!.value).toBe(result!.summary.p50);
  expect(cells.find((x) => x.ref === "B11")!.value).toBe(
    (result!.summary as CaseSimulationSummary).probabilityPositive
  );
  expect(plan.sheets[0].name).toBe("NPV simulation (3)");
  expect(plan.sheets[0].tables[0].name).toBe("NpvSimulationHistogram_3");
  // The chart's categories are the bins' ranges in whole pounds, not the raw doubles.
  expect(plan.sheets[0].charts[0].categories).toBe("'NPV simulation (3)'!$D$14:$D$33");
  const table = plan.sheets[0].tables[0];
  expect(table.columns.map((x) => x.name)).toEqual(["From", "To", "Iterations", "Range"]);
  table.rows.forEach(([from, to, , range]) => {
    expect(range).toMatch(/^-?£[\d,]+ to -?£[\d,]+$/);
    const pounds = (x: string) => Number(x.replace(/[£,]/g, ""));
    const [a, b] = String(range).split(" to ").map(pounds);
    expect(a).toBe(Math.round(from as number));
    expect(b).toBe(Math.round(to as number));
  });
});
