/* global CustomFunctions */
/**
 * Custom functions of the catalogue's "Social value (SROI)" section: thin adapters from a
 * value map's columns to `src/model/sroi.ts` and `uncertainty.ts`.
 */
import { excel } from "./excel-errors";
import { optNum, optText, scheduleArg, series, text, type Arg } from "./args";
import { outcomesArg } from "./value-map";
import { invalidArgument, notAvailable } from "../model/errors";
import {
  impact,
  impactSchedule,
  sroiNpv,
  sroiPayback,
  sroiPv,
  sroiRatio,
  type SroiAnalysis,
} from "../model/sroi";
import {
  sroiSensitivity,
  SroiSimulation,
  sroiSwitching,
  switchingInput,
} from "../model/uncertainty";
import { runInSlices } from "../uncertainty/slices";
import { excelAsync } from "./async";
import { correlationsArg, rangeResult, rangesArg } from "./ranges";
import { RangeSimulation } from "../model/range-simulation";

/** `inputs`: one value (taken as is) or a row of yearly inputs from year 0. */
function inputsArg(inputs: Arg): number | number[] {
  const { values } = series(inputs, "inputs");
  if (values.length === 0) throw invalidArgument("inputs is required.");
  return values.length === 1 ? values[0] : values;
}

/** The SROI arguments shared by SROI, SROI_NPV, SROI_PAYBACK and the uncertainty functions. */
function analysisArg(
  inputs: Arg,
  quantity: Arg,
  proxy: Arg,
  duration: Arg,
  deadweight: Arg,
  displacement: Arg,
  attribution: Arg,
  dropOff: Arg,
  discount: Arg,
  start: Arg
): SroiAnalysis {
  const outcomes = outcomesArg(
    quantity,
    proxy,
    duration,
    deadweight,
    displacement,
    attribution,
    dropOff,
    start
  );
  return { outcomes, inputs: inputsArg(inputs), discount: scheduleArg(discount, 0.035) };
}

/**
 * Year-1 impact of a value map's outcomes, net of deadweight, displacement and attribution.
 * @customfunction IMPACT
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#IMPACT
 * @param quantity The quantity of each outcome (e.g. people), one per outcome.
 * @param proxy The financial proxy: value of one unit of each outcome.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others' contribution (0 to 1; blank = 0).
 * @returns Σ quantity · proxy · (1 − deadweight) · (1 − displacement) · (1 − attribution).
 * @example =PCBA.IMPACT(10, 1000, 0.2, 0, 0.25) → 6000
 */
export function impactFn(
  quantity: any[][],
  proxy: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][]
): number {
  return excel("IMPACT", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      [[1]],
      deadweight,
      displacement,
      attribution,
      null,
      null
    );
    return impact(outcomes);
  });
}

/**
 * Present value of all impact in a value map, with drop-off and discounting.
 * @customfunction SROI_PV
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_PV
 * @param quantity The quantity of each outcome, one per outcome (a column of the value map).
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts; a fractional duration pro-rates its last year.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share of the outcome lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1: the year after the investment).
 * @returns The present value of impact.
 * @example =PCBA.SROI_PV(10, 1000, 2, 0, 0, 0, 0.1) → 18063.43
 */
export function sroiPvFn(
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_PV", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      start
    );
    return sroiPv(outcomes, scheduleArg(discount, 0.035));
  });
}

/**
 * The social return ratio: present value of impact per £1 of inputs.
 * @customfunction SROI
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI
 * @param inputs The value of inputs: one value (taken as is), or a row of yearly inputs from year 0 (discounted).
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns PV of impact / value of inputs; #DIV/0! if inputs are worth 0.
 * @example =PCBA.SROI(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 1.8063
 */
export function sroiFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI", () =>
    sroiRatio(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * Net social value: present value of impact less the value of inputs.
 * @customfunction SROI_NPV
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_NPV
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns PV of impact − value of inputs.
 * @example =PCBA.SROI_NPV(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 8063.43
 */
export function sroiNpvFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_NPV", () =>
    sroiNpv(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * Undiscounted impact by outcome and year, as in the value map's "year 1 … year 5" table.
 * @customfunction SROI_SCHEDULE
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SCHEDULE
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns Spills one row per outcome and one column per year from year 1 (year 0 too if an outcome starts then) to the last year of impact.
 * @example =PCBA.SROI_SCHEDULE(10, 1000, 3, , , , 0.1) → 10000, 9000, 8100
 */
export function sroiScheduleFn(
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  start?: any[][]
): number[][] {
  return excel("SROI_SCHEDULE", () => {
    const outcomes = outcomesArg(
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      start
    );
    const firstYear = outcomes.start.some((s) => s === 0) ? 0 : 1;
    const rows = impactSchedule(outcomes, firstYear);
    if (rows.length === 0 || rows[0].length === 0)
      throw notAvailable("No outcome has any impact to schedule.");
    return rows;
  });
}

/**
 * Months until the present value of impact covers the value of inputs.
 * @customfunction SROI_PAYBACK
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_PAYBACK
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns Months, with each year's impact spread evenly over its months; #N/A if never.
 * @example =PCBA.SROI_PAYBACK(10000, 10, 1000, 2, 0, 0, 0, 0.1) → 12.48
 */
export function sroiPaybackFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_PAYBACK", () =>
    sroiPayback(
      analysisArg(
        inputs,
        quantity,
        proxy,
        duration,
        deadweight,
        displacement,
        attribution,
        drop_off,
        discount,
        start
      )
    )
  );
}

/**
 * A tornado table: the ratio with each input scaled down and up by the swing.
 * @customfunction SROI_SENSITIVITY
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SENSITIVITY
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @param [swing] How far each input is scaled down and up (default 0.2 = ±20%).
 * @returns Spills a table with a header row: input, ratio at −swing, ratio at +swing, width; widest first.
 * @example =PCBA.SROI_SENSITIVITY(10000, 10, 1000, 2, 0, 0, 0, 0.1)
 */
export function sroiSensitivityFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][],
  swing?: number
): any[][] {
  return excel("SROI_SENSITIVITY", () => {
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    const s = optNum(swing, "swing", 0.2);
    const pct = `${Number((s * 100).toPrecision(6))}%`;
    const rows = sroiSensitivity(a, s);
    return [
      ["input", `ratio at -${pct}`, `ratio at +${pct}`, "width"],
      ...rows.map((r) => [r.input, r.low, r.high, r.width]),
    ];
  });
}

/**
 * The switching value: the uniform deadweight, displacement, attribution, drop-off or discount rate at which the ratio falls to 1.
 * @customfunction SROI_SWITCHING
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SWITCHING
 * @param input_name "deadweight", "displacement", "attribution", "drop_off" or "discount".
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0.
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @returns The value applied to every outcome at which the ratio equals 1; #N/A if none in its valid range.
 * @example =PCBA.SROI_SWITCHING("deadweight", 10000, 10, 1000, 2, 0, 0, 0, 0.1) → 0.4464
 */
export function sroiSwitchingFn(
  input_name: string,
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][]
): number {
  return excel("SROI_SWITCHING", () => {
    const which = switchingInput(text(input_name, "input_name"));
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    return sroiSwitching(a, which);
  });
}

/**
 * Monte Carlo: percentiles of the ratio, and the chance it exceeds 1, with every input uncertain.
 * @customfunction SROI_SIMULATE
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SIMULATE
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0 (not varied).
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @param [uncertainty] Half-width of each input's triangular distribution, as a share of its value (default 0.2).
 * @param [iterations] Number of iterations, 1 to 1,000,000 (default 10,000).
 * @param [seed] Random seed, a whole number (default 1); the same seed gives the same answer.
 * @returns Spills a header row (P5, P50, P95, P(ratio>1)) and a row of values.
 * @example =PCBA.SROI_SIMULATE(10000, 10, 1000, 2, 0, 0, 0, 0.1)
 * @cancelable
 */
export function sroiSimulateFn(
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][],
  uncertainty?: number,
  iterations?: number,
  seed?: number,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  // Asynchronous and sliced: a million iterations never hold Excel's thread (issue 13).
  return excelAsync("SROI_SIMULATE", invocation, async (cancelled) => {
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    const run = new SroiSimulation(a, {
      uncertainty: optNum(uncertainty, "uncertainty", 0.2),
      iterations: optNum(iterations, "iterations", 10000),
      seed: optNum(seed, "seed", 1),
    });
    if (!(await runInSlices(run, { cancelled }))) return [];
    const s = run.summary();
    return [
      ["P5", "P50", "P95", "P(ratio>1)"],
      [s.p5, s.p50, s.p95, s.probabilityAboveOne],
    ];
  });
}

/**
 * Monte Carlo with a range per input: triangular, PERT, uniform, normal or lognormal, rank correlations, Latin hypercube, and stopping once P50's standard error is under a tolerance.
 * @customfunction SROI_SIMULATE_RANGES
 * @category Social value (SROI)
 * @helpurl https://localhost:3000/taskpane.html#SROI_SIMULATE_RANGES
 * @param ranges Rows of input, outcome (row of the value map; blank = every outcome), distribution, low, mode, high, [sd]; inputs not listed are fixed.
 * @param inputs The value of inputs: one value, or a row of yearly inputs from year 0 (not varied).
 * @param quantity The quantity of each outcome, one per outcome.
 * @param proxy The financial proxy for one unit of each outcome.
 * @param duration Years each outcome lasts.
 * @param [deadweight] Share that would have happened anyway (0 to 1; blank = 0).
 * @param [displacement] Share that displaced other outcomes (0 to 1; blank = 0).
 * @param [attribution] Share due to others (0 to 1; blank = 0).
 * @param [drop_off] Share lost each later year (0 to 1; blank = 0).
 * @param [discount] A flat annual rate (default 0.035), or "STPR" or "HEALTH".
 * @param [start] Year of each outcome's first year of impact (default 1).
 * @param [correlations] Rows of range row, range row, rank correlation (Iman–Conover); range rows count from 1, skipping any heading and spare rows.
 * @param [sampling] "random" (default) or "lhs" (Latin hypercube).
 * @param [iterations] Most iterations, 1 to 1,000,000 (default 10,000).
 * @param [seed] Random seed, a whole number (default 1); the same seed gives the same answer.
 * @param [tolerance] Stop once P50's standard error is below this (default 0: run every iteration).
 * @param [threshold] The ratio whose chance of being exceeded is reported (default 1).
 * @param [result] "summary" (default), "histogram", "s_curve" or "drivers".
 * @returns Spills a header row and values: the summary (P5, P50, P95, mean, P(ratio>threshold), SE(mean), SE(P50), iterations, converged, clipped), or the chosen table.
 * @example =PCBA.SROI_SIMULATE_RANGES({"proxy","","triangular",800,1000,1500}, 10000, 10, 1000, 2, 0, 0, 0, 0.1)
 * @cancelable
 */
export function sroiSimulateRangesFn(
  ranges: any[][],
  inputs: any[][],
  quantity: any[][],
  proxy: any[][],
  duration: any[][],
  deadweight?: any[][],
  displacement?: any[][],
  attribution?: any[][],
  drop_off?: any[][],
  discount?: any,
  start?: any[][],
  correlations?: any[][],
  sampling?: string,
  iterations?: number,
  seed?: number,
  tolerance?: number,
  threshold?: number,
  result?: string,
  invocation?: CustomFunctions.CancelableInvocation
): Promise<any[][]> {
  return excelAsync("SROI_SIMULATE_RANGES", invocation, async (cancelled) => {
    const a = analysisArg(
      inputs,
      quantity,
      proxy,
      duration,
      deadweight,
      displacement,
      attribution,
      drop_off,
      discount,
      start
    );
    const rows = rangesArg(ranges, a.outcomes.n);
    const method = optText(sampling, "sampling", "random").toLowerCase();
    if (method !== "random" && method !== "lhs") {
      throw invalidArgument(`sampling must be "random" or "lhs"; got "${sampling}".`);
    }
    const shape = optText(result, "result", "summary").toLowerCase().replace("-", "_");
    if (!["summary", "histogram", "s_curve", "drivers"].includes(shape)) {
      throw invalidArgument(
        `result must be "summary", "histogram", "s_curve" or "drivers"; got "${result}".`
      );
    }
    const tol = optNum(tolerance, "tolerance", 0);
    const run = new RangeSimulation(a, rows, {
      iterations: optNum(iterations, "iterations", 10000),
      seed: optNum(seed, "seed", 1),
      sampling: method,
      tolerance: tol > 0 ? tol : undefined,
      threshold: optNum(threshold, "threshold", 1),
      correlations: correlationsArg(correlations, rows.length),
      drivers: shape === "drivers",
    });
    if (!(await runInSlices(run, { cancelled }))) return [];
    return rangeResult(run, shape);
  });
}
