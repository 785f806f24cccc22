/**
 * Business-case Monte Carlo (src/journeys/business-case/simulation.ts) against an independent reference: for
 * each iteration, the same seeded draws applied to the case's own inputs and the whole case
 * re-evaluated (test/support/case-reference.ts). Every iteration's NPV must agree to 1e-6 of
 * its size.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { CaseSimulation, caseLines, caseSimulate } from "../../../src/journeys/business-case/simulation";
import { evaluateCase } from "../../../src/journeys/business-case/evaluate";
import { referenceNpv } from "../../support/case-reference";
import { parseCase } from "../../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../../src/journeys/business-case/types";
import { TriangularStream } from "../../../src/model/numerics";
import { exampleFiles, EXAMPLES } from "../../support/examples";

const load = (f: string) => parseCase(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")));
/** The example on a flat 3.5% rate, so a scaled rate can be written back into the case. */
const flat = (c: BusinessCase): BusinessCase => ({ ...c, appraisal: { ...c.appraisal, discount: 0.035 } });

describe.each(exampleFiles("case"))("%s", (file) => {
  const c = flat(load(file));
  test.each(c.options.map((o) => o.id))("option %s: every iteration matches the re-evaluated case", (id) => {
    const options = { uncertainty: 0.3, iterations: 150, seed: 17 };
    const sim = new CaseSimulation(c, id, options);
    sim.step(options.iterations);
    const stream = new TriangularStream(options.seed);
    const draws = new Float64Array(1 + caseLines(c, id).sign.length);
    for (let i = 0; i < options.iterations; i++) {
      stream.fill(draws);
      const ref = referenceNpv(c, id, draws, options.uncertainty);
      expect(Math.abs(sim.values[i] - ref)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(ref)));
    }
  });
});

test("with no uncertainty every iteration is the option's NPV, on the STPR schedule too", () => {
  for (const file of exampleFiles("case")) {
    const c = load(file);
    for (const r of evaluateCase(c)) {
      const s = caseSimulate(c, r.id, { uncertainty: 0, iterations: 50, seed: 3 });
      for (const p of [s.p5, s.p50, s.p95]) expect(p).toBeCloseTo(r.npv, 4);
      expect(s.probabilityPositive).toBe(r.npv > 0 ? 1 : 0);
    }
  }
});

test("the same seed gives the same NPVs however the run is sliced; another seed does not", () => {
  const c = load("two-associations-merger.json");
  const id = c.options[0].id;
  const options = { uncertainty: 0.2, iterations: 5000, seed: 42 };
  const whole = new CaseSimulation(c, id, options);
  whole.step(options.iterations);
  const sliced = new CaseSimulation(c, id, options);
  while (!sliced.finished) sliced.step(777);
  expect(Array.from(sliced.values)).toEqual(Array.from(whole.values));
  expect(caseSimulate(c, id, { ...options, seed: 43 }).p50).not.toBe(whole.summary().p50);
});

test("percentiles are ordered and the chance of a positive NPV is a share", () => {
  const c = load("shared-back-office-vat.json");
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 }), fc.integer(), (u, n, seed) => {
      for (const o of c.options) {
        const s = caseSimulate(c, o.id, { uncertainty: u, iterations: n, seed });
        expect(s.p5).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p95);
        expect(s.probabilityPositive).toBeGreaterThanOrEqual(0);
        expect(s.probabilityPositive).toBeLessThanOrEqual(1);
        expect(s.iterations).toBe(n);
      }
    }),
    { numRuns: 40 }
  );
});

test("bad settings are the model's errors, not NaN", () => {
  const c = load("shared-back-office-vat.json");
  const id = c.options[0].id;
  expect(() => new CaseSimulation(c, id, { uncertainty: 1.5, iterations: 10, seed: 1 })).toThrow(/uncertainty/);
  expect(() => new CaseSimulation(c, id, { uncertainty: 0.2, iterations: 0, seed: 1 })).toThrow(/iterations/);
  expect(() => new CaseSimulation(c, "nope", { uncertainty: 0.2, iterations: 10, seed: 1 })).toThrow(/No option "nope"/);
});
