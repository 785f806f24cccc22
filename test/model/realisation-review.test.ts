/**
 * The realisation review of a business case's option: when the actuals are the plan, the
 * outturn NPV is the business case's own for every shipped case and option; worked cases by
 * hand; the edge cases (no actuals yet, planned 0, unknown figures, years beyond the
 * horizon); the rules; and the shipped example against its schema.
 */
import fc from "fast-check";
import { npv as financialNpv } from "financial";
import * as fs from "fs";
import * as path from "path";
import { evaluateCase, optionFlows } from "../../src/journeys/business-case/evaluate";
import { caseProblems } from "../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { ModelError } from "../../src/model/errors";
import { evaluateRealisation } from "../../src/journeys/realisation/evaluate";
import { plannedLines } from "../../src/journeys/realisation/lines";
import { realisationRuleProblems } from "../../src/journeys/realisation/rules";
import type {
  PlannedLineActuals,
  Realisation,
  RealisationResult,
} from "../../src/journeys/realisation/types";
import { realisationTemplate } from "../../src/journeys/realisation/template";
import { parseRealisation, realisationProblems } from "../../src/journeys/realisation/validate";
import { SUGGESTED_THRESHOLDS } from "../../src/model/realisation";
import { errorCode } from "../support/model";
import { ownDeflators } from "../support/case-deflators";

const EXAMPLES = path.resolve(__dirname, "../../examples");
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
/** Every shipped example that is a business case (whatever its file is called). */
const caseFiles = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".json") && caseProblems(readJson(f)).length === 0);
const cases = caseFiles.map((f) => [f, readJson(f) as BusinessCase] as const);
const options = cases.flatMap(([f, c]) => c.options.map((o) => [f, o.id, c] as const));

const thresholds = {
  savings: { green: 0.9, amber: 0.7 },
  costs: { green: 1.1, amber: 1.25 },
  assumption: true,
};

function review(
  c: BusinessCase,
  optionId: string,
  asAtYear: number,
  actuals: PlannedLineActuals[] = [],
  unplanned: Realisation["unplanned"] = []
): Realisation {
  return {
    schemaVersion: 1,
    title: "A test review",
    businessCase: c,
    optionId,
    asAtYear,
    thresholds,
    actuals,
    unplanned,
  };
}

/** Every line's actual for years 0 … asAtYear equal to its plan. */
function planAsActuals(c: BusinessCase, optionId: string, asAtYear: number): PlannedLineActuals[] {
  const o = c.options.find((x) => x.id === optionId)!;
  return plannedLines(c, o).map((l) => ({
    line: l.id,
    figures: l.plan
      .slice(0, asAtYear + 1)
      .map((amount, year) => ({ year, amount, evidence: "The plan" })),
  }));
}

const relClose = (a: number, b: number, rel = 1e-9) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

/** Every number anywhere in the result is finite. */
function expectAllFinite(x: unknown, where = "result"): void {
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new Error(`${where} is ${x}`);
  } else if (Array.isArray(x)) x.forEach((v, i) => expectAllFinite(v, `${where}[${i}]`));
  else if (x && typeof x === "object")
    Object.entries(x).forEach(([k, v]) => expectAllFinite(v, `${where}.${k}`));
}

test("the shipped business cases are found: at least the three the business-case issue asks for", () => {
  expect(caseFiles).toEqual(
    expect.arrayContaining([
      "two-associations-merger.json",
      "shared-back-office-vat.json",
      "merger-loan-repricing.json",
    ])
  );
  expect(caseFiles).not.toContain("realisation-two-associations.json");
});

test("a case with its own deflators and lines in other years' prices: the plan's lines add up to its flows", () => {
  const c = ownDeflators(readJson("two-associations-merger.json"));
  for (const o of c.options.slice(0, 2)) {
    const f = optionFlows(c, o);
    const lines = plannedLines(c, o);
    const savings = f.savings.map((_, t) =>
      lines.filter((l) => l.id.startsWith("savings/")).reduce((s, l) => s + l.plan[t], 0)
    );
    const oneOff = f.oneOff.map((_, t) =>
      lines.filter((l) => l.id.startsWith("oneOffCosts/")).reduce((s, l) => s + l.plan[t], 0)
    );
    savings.forEach((v, t) => relClose(v, f.savings[t], 1e-12));
    oneOff.forEach((v, t) => relClose(v, f.oneOff[t], 1e-12));
  }
  // The first line, in 2010/11 prices, at its level: full × confidence × 102 / 80.
  const s = c.options[0].savings[0];
  expect(plannedLines(c, c.options[0])[0].level!.annual).toBeCloseTo(
    (s.fullAnnual * s.confidence * 102) / 80,
    6
  );
});

describe.each(options)("%s, option %s", (_file, optionId, c) => {
  const approved = evaluateCase(c).find((o) => o.id === optionId)!;
  const o = c.options.find((x) => x.id === optionId)!;

  test("the lines add up, year by year, to the case's flows", () => {
    const f = optionFlows(c, o);
    const lines = plannedLines(c, o);
    const sum = (pick: (id: string) => boolean) =>
      f.savings.map((_, t) => lines.filter((l) => pick(l.id)).reduce((s, l) => s + l.plan[t], 0));
    const rows = {
      savings: sum((id) => id.startsWith("savings/")),
      oneOff: sum((id) => id.startsWith("oneOffCosts/")),
      hidden: sum((id) => id.startsWith("forums/") || id === "coordinationCost"),
      vat: sum((id) => id === "vat"),
      repricing: sum((id) => id === "repricing"),
    };
    for (const [k, row] of Object.entries(rows)) {
      row.forEach((v, t) => relClose(v, f[k as keyof typeof rows][t], 1e-12));
    }
  });

  const years = [0, 1, 3, c.appraisal.horizon];
  test.each(years)(
    "actuals equal to the plan to year %i: the outturn is the approved case",
    (n) => {
      const r = evaluateRealisation(review(c, optionId, n, planAsActuals(c, optionId, n)));
      relClose(r.outturn.npv, approved.npv);
      expect(r.approved.npv).toBe(approved.npv);
      relClose(r.npvVariance, 0);
      relClose(r.outturn.pvSavings, approved.pvSavings);
      relClose(r.outturn.pvCosts, approved.pvCosts);
      if (approved.payback === null) expect(r.outturn.payback).toBeNull();
      else relClose(r.outturn.payback!, approved.payback);
      relClose(r.outturn.pvToDate + r.outturn.pvRemaining, approved.npv);
      r.byYear.outturnCumulative.forEach((v, t) => relClose(v, approved.cumulative[t]));
      for (const l of r.lines) {
        expect(l.toDate.variance).toBe(0);
        if (l.toDate.plannedReported > 0) {
          expect(l.toDate.rate).toBe(1);
          expect(l.toDate.status).toBe("green");
        } else expect(l.toDate.rate).toBeNull();
      }
      expect(r.savings.status).toBe(n === 0 ? "not_rated" : "green");
      expectAllFinite(r);
    }
  );

  test("re-forecasts that repeat the plan's levels change nothing (the anchored ramp is the plan's)", () => {
    for (const n of [0, 1, 2, 4]) {
      if (n > c.appraisal.horizon) continue;
      const actuals = planAsActuals(c, optionId, n).map((a) => {
        const line = plannedLines(c, o).find((l) => l.id === a.line)!;
        if (line.level) return { ...a, reforecast: { ...line.level } };
        const later = line.plan.findIndex((v, t) => t > n && v !== 0);
        if (line.kind === "one_off_cost" && later > 0)
          return { ...a, reforecast: { amount: line.plan[later], year: later } };
        return a;
      });
      const r = evaluateRealisation(review(c, optionId, n, actuals));
      relClose(r.outturn.npv, approved.npv);
      relClose(r.outturn.savingsAtMaturity, approved.savingsAtMaturity);
    }
  });

  test("no actuals yet: every status says so, and the outturn is the plan", () => {
    const r = evaluateRealisation(review(c, optionId, 2));
    relClose(r.outturn.npv, approved.npv);
    for (const t of [...r.lines.map((l) => l.toDate), ...r.sources.map((s) => s.toDate)]) {
      expect(t.status).toBe("no_actuals");
      expect(t.rate).toBeNull();
      expect(t.variancePct).toBeNull();
      expect(t.actual).toBe(0);
      expect(t.variance).toBe(0);
      expect(t.note).toMatch(/No actual/);
    }
    expectAllFinite(r);
  });
});

/** A case small enough to work by hand: one saving, one one-off cost, 10% flat, 3 years. */
const tiny: BusinessCase = {
  schemaVersion: 1,
  title: "Tiny",
  purpose: "buying",
  partners: [{ name: "A", type: "charity", turnover: 1, homes: 0 }],
  appraisal: { horizon: 3, discount: 0.1, optimismBias: 0, priceBaseYear: 2026 },
  vat: { rate: 0.2, recoveryRate: 0 },
  loans: [],
  swaps: [],
  options: [
    {
      id: "pool",
      name: "Pooled buying",
      form: "procurement_consortium",
      savings: [
        {
          source: "procurement",
          description: "Joint buying",
          fullAnnual: 100,
          yearsToFull: 2,
          difficulty: "easy",
          confidence: 1,
          assumption: false,
        },
      ],
      oneOffCosts: [{ category: "legal", year: 0, amount: 50 }],
      forums: [],
      coordinationCost: 0,
      vat: null,
      loanRepricing: { applies: false, keepLoansInSubsidiaries: false },
    },
  ],
};

describe("worked by hand", () => {
  test("the tiny case's plan: savings 0, 50, 100, 100 against 50 now, at 10%", () => {
    const r = evaluateRealisation(review(tiny, "pool", 0));
    expect(r.approved.npv).toBeCloseTo(-50 + 50 / 1.1 + 100 / 1.1 ** 2 + 100 / 1.1 ** 3, 10);
  });

  test("a year of actuals and a re-forecast: saving 20 in year 1, then to 80 a year by year 3; legal 60", () => {
    const r = evaluateRealisation(
      review(tiny, "pool", 1, [
        {
          line: "savings/0",
          figures: [{ year: 1, amount: 20, evidence: "Accounts" }],
          reforecast: { annual: 80, year: 3 },
        },
        { line: "oneOffCosts/0", figures: [{ year: 0, amount: 60, evidence: "Invoice" }] },
      ])
    );
    const saving = r.lines.find((l) => l.id === "savings/0")!;
    // Year 2 lies half way from 20 (year 1) to 80 (year 3).
    expect(saving.outturn).toEqual([0, 20, 50, 80]);
    expect(saving.toDate).toMatchObject({
      planned: 50,
      plannedReported: 50,
      actual: 20,
      variance: -30,
      rate: 0.4,
      status: "red",
    });
    expect(saving.toDate.variancePct).toBeCloseTo(-0.6, 15);
    expect(saving.maturity).toEqual({
      planned: 100,
      plannedYear: 2,
      reforecast: 80,
      reforecastYear: 3,
      afterHorizon: false,
    });
    const legal = r.lines.find((l) => l.id === "oneOffCosts/0")!;
    expect(legal.toDate).toMatchObject({ planned: 50, actual: 60, variance: 10, rate: 1.2 });
    expect(legal.toDate.status).toBe("amber");
    const npv = -60 + 20 / 1.1 + 50 / 1.1 ** 2 + 80 / 1.1 ** 3;
    expect(r.outturn.npv).toBeCloseTo(npv, 10);
    expect(r.outturn.pvToDate).toBeCloseTo(-60 + 20 / 1.1, 10);
    // Cumulative −60, −41.8, −0.50, then +59.6: it turns in year 3.
    const before = -60 + 20 / 1.1 + 50 / 1.1 ** 2;
    expect(r.outturn.payback).toBeCloseTo(2 + -before / (80 / 1.1 ** 3), 10);
    expect(r.npvVariance).toBeCloseTo(npv - r.approved.npv, 10);
  });

  test("the merger's executive line: £0.1m, £0.9m, £1.1m against £1.08m a year is red at 64.8%", () => {
    const c = readJson("two-associations-merger.json") as BusinessCase;
    const figures = (xs: number[]) =>
      xs.map((amount, k) => ({ year: k + 1, amount, evidence: "Accounts" }));
    const at = (xs: number[]) =>
      evaluateRealisation(review(c, "merger", 3, [{ line: "savings/1", figures: figures(xs) }]))
        .lines[1].toDate;
    const exec = at([0.1e6, 0.9e6, 1.1e6]);
    expect(exec.planned).toBeCloseTo(3 * 1.2e6 * 0.9, 6);
    expect(exec.actual).toBeCloseTo(2.1e6, 6);
    expect(exec.variance).toBeCloseTo(-1.14e6, 6);
    expect(exec.rate).toBeCloseTo(2.1 / 3.24, 12);
    expect(exec.status).toBe("red");
    // Exactly 90% and 70% of £3.24m: on the threshold takes the better band.
    expect(at([972000, 972000, 972000]).status).toBe("green");
    expect(at([972000, 972000, 971999]).status).toBe("amber");
    expect(at([756000, 756000, 756000]).status).toBe("amber");
    expect(at([756000, 756000, 755999]).status).toBe("red");
  });
});

describe("properties", () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
  const withSaving = (a: number, level: number, cost: number) =>
    evaluateRealisation(
      review(tiny, "pool", 1, [
        {
          line: "savings/0",
          figures: [{ year: 1, amount: a, evidence: "x" }],
          reforecast: { annual: level, year: 3 },
        },
        { line: "oneOffCosts/0", figures: [{ year: 0, amount: cost, evidence: "x" }] },
      ])
    );
  test("more delivered, or a higher re-forecast, never lowers the NPV; more spent never raises it", () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, (a, level, cost, more) => {
        const base = withSaving(a, level, cost).outturn.npv;
        const slack = 1e-9 * Math.max(1, Math.abs(base));
        expect(withSaving(a + more, level, cost).outturn.npv).toBeGreaterThanOrEqual(base - slack);
        expect(withSaving(a, level + more, cost).outturn.npv).toBeGreaterThanOrEqual(base - slack);
        expect(withSaving(a, level, cost + more).outturn.npv).toBeLessThanOrEqual(base + slack);
      })
    );
  });
  test("the outturn NPV is its PV to date plus its PV after", () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, level, cost) => {
        const o = withSaving(a, level, cost).outturn;
        expect(Math.abs(o.pvToDate + o.pvRemaining - o.npv)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(o.npv))
        );
      })
    );
  });
});

describe("edge cases", () => {
  test("an unknown actual is taken at plan in the outturn and left out of the comparison", () => {
    const r = evaluateRealisation(
      review(tiny, "pool", 2, [
        {
          line: "savings/0",
          figures: [
            { year: 1, amount: 45, evidence: "Accounts" },
            { year: 2, amount: null, evidence: "Awaiting audit" },
          ],
        },
      ])
    );
    const l = r.lines[0];
    expect(l.actual).toEqual([null, 45, null]);
    expect(l.evidence).toEqual([null, "Accounts", "Awaiting audit"]);
    expect(l.yearsAtPlan).toEqual([2]);
    expect(l.outturn).toEqual([0, 45, 100, 100]);
    expect(l.toDate).toMatchObject({ planned: 150, plannedReported: 50, actual: 45, rate: 0.9 });
    expect(l.toDate.status).toBe("green");
    // The one-off has no figure: year 0 is at plan.
    expect(r.lines[1].yearsAtPlan).toEqual([0]);
  });

  test("planned 0: an unplanned line has no rate, a stated status and its actual as the variance", () => {
    const r = evaluateRealisation(
      review(
        tiny,
        "pool",
        1,
        [],
        [
          {
            kind: "saving",
            source: "other",
            description: "Office given up",
            figures: [{ year: 1, amount: 30, evidence: "Lease" }],
          },
          {
            kind: "recurring_cost",
            description: "Pay harmonisation",
            figures: [{ year: 1, amount: 12, evidence: "Payroll" }],
            reforecast: { annual: 15, year: 2 },
          },
          { kind: "one_off_cost", description: "Not yet known", figures: [] },
        ]
      )
    );
    const [, , saving, cost, nothing] = r.lines;
    expect(saving.planned).toBe(false);
    expect(saving.toDate).toMatchObject({ rate: null, variancePct: null, status: "not_rated" });
    expect(saving.toDate.variance).toBe(30);
    expect(saving.toDate.note).toMatch(/Nothing was planned/);
    // With no re-forecast, an unplanned line's plan (0) carries on.
    expect(saving.outturn).toEqual([0, 30, 0, 0]);
    expect(cost.outturn).toEqual([0, 12, 15, 15]);
    expect(cost.maturity).toMatchObject({ planned: 0, plannedYear: null, reforecast: 15 });
    expect(nothing.toDate.status).toBe("no_actuals");
    const other = r.sources.find((s) => s.source === "other")!;
    expect(other.toDate.status).toBe("not_rated");
    expect(r.sources.map((s) => s.source)).toEqual(["procurement", "other"]);
    const npv = -50 + (50 + 30 - 12) / 1.1 + (100 - 15) / 1.1 ** 2 + (100 - 15) / 1.1 ** 3;
    expect(r.outturn.npv).toBeCloseTo(npv, 10);
    expectAllFinite(r);
  });

  test("a level reached only after the horizon is flagged; the NPV sees the ramp", () => {
    const r = evaluateRealisation(
      review(tiny, "pool", 1, [
        {
          line: "savings/0",
          figures: [{ year: 1, amount: 10, evidence: "Accounts" }],
          reforecast: { annual: 190, year: 10 },
        },
      ])
    );
    const l = r.lines[0];
    expect(l.maturity!.afterHorizon).toBe(true);
    expect(l.outturn).toEqual([0, 10, 30, 50]);
    expect(r.outturn.savingsAtMaturity).toBe(190);
  });

  test("a one-off re-forecast after the horizon is flagged and outside the NPV", () => {
    const base = evaluateRealisation(review(tiny, "pool", 1));
    const r = evaluateRealisation(
      review(tiny, "pool", 1, [
        { line: "oneOffCosts/0", figures: [], reforecast: { amount: 999, year: 12 } },
      ])
    );
    const l = r.lines[1];
    expect(l.beyondHorizon).toBe(true);
    expect(l.outturn).toEqual([50, 0, 0, 0]);
    expect(r.outturn.npv).toBe(base.outturn.npv);
  });

  test("actuals after the horizon are refused, with the reason", () => {
    const bad = review(tiny, "pool", 4);
    expect(realisationRuleProblems(bad).join()).toMatch(/asAtYear 4 is after the case's horizon/);
    expect(errorCode(() => evaluateRealisation(bad))).toBe("#VALUE!");
  });
});

describe("rules", () => {
  const problems = (r: Realisation) => realisationRuleProblems(r);
  test("each broken rule is named with its path", () => {
    expect(problems(review(tiny, "nope", 1))).toEqual([
      '/optionId "nope" is not an option of the case ("pool")',
    ]);
    const found = problems(
      review(
        tiny,
        "pool",
        1,
        [
          { line: "vat", figures: [] },
          {
            line: "savings/0",
            figures: [
              { year: 2, amount: 1, evidence: "x" },
              { year: 2, amount: 1, evidence: "x" },
            ],
            reforecast: { amount: 3, year: 2 },
          },
          { line: "savings/0", figures: [] },
          { line: "oneOffCosts/0", figures: [], reforecast: { amount: 3, year: 1 } },
        ],
        [{ kind: "saving", description: "No source", figures: [] }]
      )
    );
    expect(found).toEqual([
      '/actuals/0/line "vat" is not a line of option "pool" (savings/0, oneOffCosts/0); add it as an unplanned line',
      "/actuals/1/figures/0/year 2 is after the last year reported (asAtYear 1)",
      "/actuals/1/figures/1/year 2 is after the last year reported (asAtYear 1)",
      "/actuals/1/figures/1/year 2 has another figure already",
      "/actuals/1/reforecast is { amount, year }; a saving or a recurring cost needs { annual, year }",
      '/actuals/2/line "savings/0" is listed twice',
      "/actuals/3/reforecast/year 1 is not after the last year reported (asAtYear 1): what is still to be spent is spent later",
      "/unplanned/0/source is needed for an unplanned saving",
    ]);
    const swapped = {
      ...review(tiny, "pool", 1),
      thresholds: { ...thresholds, savings: { green: 0.7, amber: 0.9 } },
    };
    expect(problems(swapped)).toEqual(["/thresholds/savings/amber 0.9 must be at most green 0.7"]);
  });
  test("evaluate refuses a broken review with #VALUE! and every problem", () => {
    try {
      evaluateRealisation(review(tiny, "nope", 1));
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ModelError);
      expect((e as ModelError).message).toMatch(/optionId "nope"/);
    }
  });
});

describe("the template", () => {
  test.each(options)(
    "%s, option %s: lists every line, is valid, and reviews as the plan",
    (_f, id, c) => {
      const t = realisationTemplate(c, id, 1, SUGGESTED_THRESHOLDS);
      expect(realisationProblems(t)).toEqual([]);
      const o = c.options.find((x) => x.id === id)!;
      expect(t.actuals.map((a) => a.line)).toEqual(plannedLines(c, o).map((l) => l.id));
      expect(t.thresholds.assumption).toBe(true);
      const r = evaluateRealisation(t);
      relClose(r.outturn.npv, r.approved.npv);
    }
  );
  test("an unknown option is refused", () => {
    expect(() => realisationTemplate(tiny, "nope", 0, SUGGESTED_THRESHOLDS)).toThrow(
      '"nope" is not an option of the case ("pool").'
    );
  });
});

describe("the schema and the shipped example", () => {
  const example = readJson("realisation-two-associations.json");
  let result: RealisationResult;
  beforeAll(() => {
    result = evaluateRealisation(parseRealisation(example));
  });

  test("the example is valid and embeds the shipped merger case unchanged", () => {
    expect(realisationProblems(example)).toEqual([]);
    expect(example.businessCase).toEqual(readJson("two-associations-merger.json"));
    expect(example.title).toMatch(/illustrative/);
  });

  test("it echoes the published case: £0.25m at once, about £4m a year after five years, then £6m", () => {
    const s = result.byYear;
    expect(s.actualSavings[1]).toBe(250000);
    expect(s.outturnSavings[5]).toBeGreaterThan(4e6);
    expect(s.outturnSavings[5]).toBeLessThan(4.5e6);
    expect(result.outturn.savingsAtMaturity).toBeCloseTo(6e6, 6);
    expect(result.approved.savingsAtMaturity).toBeCloseTo(3.69e6, 6);
    expect(result.savings.status).toBe("red");
    expectAllFinite(result);
  });

  test("year 5 by hand: each line on its straight line from year 3 to its re-forecast level", () => {
    const procurement = 1.0e6 + ((1.5e6 - 1.0e6) * 2) / 3; // to £1.5m in year 6
    const executive = 1.2e6; // reached in year 4
    const operations = 0.5e6 + ((2.7e6 - 0.5e6) * 2) / 6; // to £2.7m in year 9
    const board = 0.3e6;
    const office = (0.3e6 * 2) / 3; // unplanned, from 0 in year 3 to £0.3m in year 6
    relClose(
      result.byYear.outturnSavings[5],
      procurement + executive + operations + board + office,
      1e-12
    );
  });

  test("the outturn NPV by the financial package: STPR is 3.5% flat up to year 30", () => {
    const s = result.byYear;
    const net = s.outturnSavings.map((x, t) => x - s.outturnCosts[t]);
    relClose(result.outturn.npv, financialNpv(0.035, net)); // numpy convention: net[0] at t = 0
    const planned = s.plannedSavings.map((x, t) => x - s.plannedCosts[t]);
    relClose(result.approved.npv, financialNpv(0.035, planned));
  });

  test("the schema refuses a figure without evidence, a wrong type, an unknown field", () => {
    const withFigure = (figure: unknown) => ({
      ...example,
      actuals: [{ line: "savings/0", figures: [figure] }],
    });
    expect(realisationProblems(withFigure({ year: 1, amount: 5 })).join()).toMatch(
      /must have required property 'evidence'/
    );
    expect(realisationProblems(withFigure({ year: 1, amount: 5, evidence: "" })).join()).toMatch(
      /evidence must NOT have fewer than 1 characters/
    );
    expect(realisationProblems(withFigure({ year: 1, amount: "5", evidence: "x" })).join()).toMatch(
      /amount must be number,null/
    );
    expect(realisationProblems({ ...example, extra: 1 }).join()).toMatch(
      /must NOT have additional properties/
    );
    const both = {
      ...example,
      actuals: [{ line: "savings/0", figures: [], reforecast: { annual: 1, amount: 1, year: 2 } }],
    };
    expect(realisationProblems(both).join()).toMatch(/reforecast/);
  });

  test("a broken embedded case is reported under /businessCase", () => {
    const broken = {
      ...example,
      businessCase: {
        ...example.businessCase,
        appraisal: { ...example.businessCase.appraisal, horizon: 0 },
      },
    };
    expect(realisationProblems(broken)).toEqual([
      "/businessCase/appraisal/horizon must be >= 1; got 0",
    ]);
    expect(() => parseRealisation(broken)).toThrow(/The realisation review is not valid/);
  });
});
