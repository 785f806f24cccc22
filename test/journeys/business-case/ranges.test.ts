/**
 * A business case's own ranges: the CaseRanges table is written only when there are any
 * and read back; a range of zero width gives the option's NPV; a symmetric range on a
 * savings line leaves the mean NPV where the estimate puts it (the NPV is linear in each
 * line) while spreading it; the rate's range moves the NPV the way discounting does; bad
 * rows are messages naming the range; and the pane's job equals the model for a seed
 * however it is sliced.
 */
import { caseProblems } from "../../../src/journeys/business-case/validate";
import { CASE_READER } from "../../../src/journeys/business-case/inputs";
import {
  businessCasePlan,
  BUSINESS_CASE_SHEETS,
} from "../../../src/journeys/business-case/workbook";
import { evaluateCase } from "../../../src/journeys/business-case/evaluate";
import { CaseRangeSimulation, caseRangeProblem } from "../../../src/journeys/business-case/ranges";
import type { BusinessCase } from "../../../src/journeys/business-case/types";
import { runBusinessRangesJob } from "../../../src/uncertainty/runner";
import { planTables } from "../../support/plan-tables";
import { merger, mergerFull, mergerOption, rangedMerger } from "../../support/ranged-merger";

const kase = merger;
const option = mergerOption;
const full = mergerFull;
const withRanges = rangedMerger;
const npv = evaluateCase(kase).find((r) => r.id === option.id)!.npv;
const run = (c: BusinessCase, iterations = 20000, sampling: "random" | "lhs" = "lhs") => {
  const sim = new CaseRangeSimulation(c, option.id, { iterations, seed: 3, sampling });
  sim.step(iterations);
  return sim;
};

test("the CaseRanges table is written only with ranges, and round-trips through the reader", () => {
  const caseProblemsFound = (caseProblems as (c: unknown) => string[])(withRanges);
  expect(caseProblemsFound).toEqual([]);
  const plain = businessCasePlan(kase);
  expect(Object.keys(planTables(plain, ""))).not.toContain("CaseRanges");
  expect(businessCasePlan({ ...kase, ranges: [] })).toEqual(plain);
  const plan = businessCasePlan(withRanges);
  const tables = planTables(plan, "");
  expect(tables.CaseRanges[1].slice(0, 3)).toEqual([option.id, "Savings line 1", "Triangular"]);
  const title = plan.sheets
    .find((s) => s.name === BUSINESS_CASE_SHEETS.inputs)!
    .cells.find((c) => c.ref === "A1")!.value as string;
  expect(CASE_READER.from(tables, title)).toEqual(withRanges);
  tables.CaseRanges[2][2] = "Beta";
  expect(() => CASE_READER.from(tables, title)).toThrow(/Row 2 of CaseRanges "Distribution"/);
});

test("a range of zero width gives the option's NPV in every iteration", () => {
  const point: BusinessCase = {
    ...kase,
    ranges: [
      {
        option: option.id,
        line: "Savings line 1",
        distribution: "uniform",
        low: full,
        mode: null,
        high: full,
        sd: null,
      },
    ],
  };
  const s = run(point, 500).summary();
  for (const p of [s.p5, s.p50, s.p95]) expect(p).toBeCloseTo(npv, 4);
});

test("a symmetric range on a savings line keeps the mean NPV and spreads it; a higher rate lowers it", () => {
  const only: BusinessCase = { ...withRanges, ranges: [withRanges.ranges![0]] };
  const s = run(only).summary();
  expect(Math.abs(s.mean - npv)).toBeLessThan(3 * s.standardErrorMean + 1e-6 * Math.abs(npv));
  expect(s.p95 - s.p5).toBeGreaterThan(0);
  const rate = run({
    ...kase,
    ranges: [
      {
        option: option.id,
        line: "Discount rate",
        distribution: "uniform",
        low: 0.05,
        mode: null,
        high: 0.06,
        sd: null,
      },
    ],
  }).summary();
  expect(rate.p95).toBeLessThan(npv); // every drawn rate is above the 3.5% of the schedule
});

test("the drivers name the ranged lines, the savings line first; bad rows name the range", () => {
  const d = run(withRanges).drivers();
  expect(d.map((x) => x.label)).toEqual(["Range 1 (Savings line 1)", "Range 2 (VAT)"]);
  expect(d[0].correlation).toBeGreaterThan(0.5);
  expect(
    caseRangeProblem({
      ...withRanges,
      ranges: [{ ...withRanges.ranges![0], line: "Savings line 99" }],
    })
  ).toMatch(/Range 1 \(Savings line 99\): the line must be one of the option's: Savings line 1/);
  expect(
    caseRangeProblem({ ...withRanges, ranges: [{ ...withRanges.ranges![0], low: full * 2 }] })
  ).toMatch(/Range 1 \(Savings line 1\): needs low ≤ mode ≤ high/);
});

test("the pane's job gives exactly the model's summary for the seed, however it is sliced", async () => {
  const options = { iterations: 25000, seed: 3, sampling: "lhs" as const };
  const sliced = await runBusinessRangesJob(
    { kind: "case_ranges", case: withRanges, optionId: option.id, options },
    { slice: 3000, pause: () => Promise.resolve() }
  );
  expect(sliced!.summary).toEqual(run(withRanges, 25000).summary());
  expect(sliced!.run).toEqual({ ranges: 2, sampling: "lhs" });
  expect(sliced!.histogram.reduce((n, b) => n + b.count, 0)).toBe(25000);
});
