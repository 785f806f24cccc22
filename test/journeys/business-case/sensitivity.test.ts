/** Business-case sensitivity: tornado rows around the NPV and exact switching values. */
import * as fs from "fs";
import * as path from "path";
import { caseSensitivity } from "../../../src/journeys/business-case/sensitivity";
import { evaluateCase } from "../../../src/journeys/business-case/evaluate";
import { parseCase } from "../../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../../src/journeys/business-case/types";

const c = parseCase(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../examples/merger-loan-repricing.json"), "utf8")));

test("each row brackets the NPV, and applying a switching value takes the NPV to 0", () => {
  for (const o of c.options) {
    const npv = evaluateCase(c).find((r) => r.id === o.id)!.npv;
    for (const row of caseSensitivity(c, o.id)) {
      expect(Math.min(row.low, row.high)).toBeLessThanOrEqual(npv + 1e-6);
      expect(Math.max(row.low, row.high)).toBeGreaterThanOrEqual(npv - 1e-6);
      if (row.switching === null || row.component === "discount") continue;
      const scaled: BusinessCase = JSON.parse(JSON.stringify(c));
      const opt = scaled.options.find((x) => x.id === o.id)!;
      const k = 1 + row.switching;
      if (row.component === "savings") opt.savings.forEach((s) => (s.fullAnnual *= k));
      if (row.component === "oneOff") opt.oneOffCosts.forEach((x) => (x.amount *= k));
      if (row.component === "hidden") {
        opt.forums.forEach((f) => (f.hourlyRate *= k));
        opt.coordinationCost *= k;
      }
      if (row.component === "vat" && opt.vat) opt.vat.costBase *= k;
      if (row.component === "repricing") {
        scaled.loans.forEach((l) => ((l.newMargin = l.oldMargin + (l.newMargin - l.oldMargin) * k), (l.consentFee *= k)));
        scaled.swaps.forEach((w) => (w.fixedRate = w.marketRate + (w.fixedRate - w.marketRate) * k));
      }
      expect(Math.abs(evaluateCase(scaled).find((r) => r.id === o.id)!.npv)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(npv)));
    }
  }
});

test("savings' switching value: how far they can fall (NPV above 0) or must rise (below 0)", () => {
  for (const r of evaluateCase(c)) {
    const savings = caseSensitivity(c, r.id).find((x) => x.component === "savings")!;
    if (r.npv > 0) {
      expect(savings.switching).toBeLessThan(0);
      expect(savings.switching).toBeGreaterThan(-1);
    } else expect(savings.switching).toBeGreaterThan(0);
  }
});
