/**
 * The sensitivity records against LibreOffice. A tornado bar is the result with one input
 * scaled; so each bar checked here is compared with the workbook the journey builds for the
 * case with that input scaled, recalculated by LibreOffice (money to the penny, ratios to
 * 1e-9), and a switching value must bring LibreOffice's ratio to 1. The tornado sheet itself
 * is recalculated (its chart data are formulas) and its chart opens as horizontal bars.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { parseCase } from "../../src/journeys/business-case/validate";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { caseSensitivity, COMPONENT_LABELS } from "../../src/journeys/business-case/sensitivity";
import { evaluateCase } from "../../src/journeys/business-case/evaluate";
import {
  businessCasePlan,
  SUMMARY_COLUMNS,
  SUMMARY_FIRST_OPTION_ROW,
} from "../../src/journeys/business-case/workbook";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { sroiAnalysis, evaluateSroi } from "../../src/journeys/sroi/evaluate";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { sroiSensitivity, sroiSwitching } from "../../src/model/uncertainty";
import { sroiPlan, SROI_SUMMARY_LABELS } from "../../src/journeys/sroi/workbook";
import { tornadoPlan } from "../../src/workbook/tornado";
import { caseTornado } from "../../src/journeys/business-case/measures";
import { planToXlsx } from "../../src/workbook/xlsx";
import { convertXlsx, recalculateXlsx } from "../support/libreoffice";
import { EXAMPLES } from "../support/examples";

jest.setTimeout(300000);

const load = (f: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
const kase = parseCase(load("two-associations-merger.json"));
const option = kase.options[0];
const rows = caseSensitivity(kase, option.id, 0.2);
const npvColumn = SUMMARY_COLUMNS.indexOf("npv" as never);

/** The option's NPV in LibreOffice for the case with `change` applied. */
async function npvInLibreOffice(change: (c: BusinessCase) => void): Promise<number> {
  const c: BusinessCase = JSON.parse(JSON.stringify(kase));
  change(c);
  const summary = recalculateXlsx(await planToXlsx(businessCasePlan(c)), 1);
  return Number(summary[SUMMARY_FIRST_OPTION_ROW - 1][npvColumn]);
}

describe("business case tornado", () => {
  const scaled = (component: "savings" | "oneOff", k: number) => (c: BusinessCase) => {
    const o = c.options[0];
    if (component === "savings") o.savings.forEach((s) => (s.fullAnnual *= k));
    else o.oneOffCosts.forEach((x) => (x.amount *= k));
  };
  test.each([
    ["savings", "low", 0.8],
    ["savings", "high", 1.2],
    ["oneOff", "low", 0.8],
    ["oneOff", "high", 1.2],
  ] as const)(
    "%s %s: the bar is LibreOffice's NPV with the input scaled by %s",
    async (component, end, k) => {
      const row = rows.find((r) => r.component === component)!;
      expect(
        Math.abs((await npvInLibreOffice(scaled(component, k))) - row[end])
      ).toBeLessThanOrEqual(0.005);
    }
  );

  test("the savings switching value takes LibreOffice's NPV to 0", async () => {
    const row = rows.find((r) => r.component === "savings")!;
    expect(row.switching).not.toBeNull();
    expect(
      Math.abs(await npvInLibreOffice(scaled("savings", 1 + row.switching!)))
    ).toBeLessThanOrEqual(0.005);
  });

  test("the tornado sheet recalculates: each change is the bar less the base NPV; the chart is horizontal bars", async () => {
    const base = evaluateCase(kase)[0].npv;
    const plan = tornadoPlan(
      kase.title,
      base,
      0.2,
      rows.map((r) => ({
        label: COMPONENT_LABELS[r.component],
        low: r.low,
        high: r.high,
        switching: r.switching,
      })),
      caseTornado(option.name)
    );
    const bytes = await planToXlsx(plan);
    const sheet = recalculateXlsx(bytes, 1);
    rows.forEach((r, i) => {
      const line = sheet[7 + i];
      expect(line[0]).toBe(COMPONENT_LABELS[r.component]);
      expect(Math.abs(Number(line[5]) - (r.low - base))).toBeLessThanOrEqual(0.005);
      expect(Math.abs(Number(line[6]) - (r.high - base))).toBeLessThanOrEqual(0.005);
    });
    const ods = await JSZip.loadAsync(convertXlsx(bytes, "ods"));
    const chart = await ods.file("Object 1/content.xml")!.async("string");
    expect(chart).toMatch(/chart:class="chart:bar"/);
    expect(chart).toMatch(/chart:vertical="true"/); // ODF's name for bars running sideways
    const s = "&apos;NPV sensitivity&apos;";
    expect(chart).toContain(`chart:values-cell-range-address="${s}.F8:${s}.F${7 + rows.length}"`);
    expect(chart).toContain(`chart:values-cell-range-address="${s}.G8:${s}.G${7 + rows.length}"`);
  });
});

describe("SROI tornado and switching values", () => {
  const sroi = parseSroi(load("sroi-community-navigators.json"));
  const a = sroiAnalysis(sroi);
  async function ratioInLibreOffice(change: (c: SroiAnalysisCase) => void): Promise<number> {
    const c: SroiAnalysisCase = JSON.parse(JSON.stringify(sroi));
    change(c);
    const summary = recalculateXlsx(await planToXlsx(sroiPlan(c)), 1);
    return Number(summary.find((r) => r[0] === SROI_SUMMARY_LABELS.ratio)![1]);
  }

  test("the quantity bar at −20% is LibreOffice's ratio with every quantity 20% lower", async () => {
    const row = sroiSensitivity(a, 0.2).find((r) => r.input === "quantity")!;
    const lo = await ratioInLibreOffice((c) => c.outcomes.forEach((o) => (o.quantity *= 0.8)));
    expect(Math.abs(lo - row.low)).toBeLessThanOrEqual(1e-9 * row.low);
    expect(evaluateSroi(sroi).ratio).not.toBeCloseTo(row.low, 3);
  });

  test("deadweight's switching value, on every outcome, takes LibreOffice's ratio to 1", async () => {
    const x = sroiSwitching(a, "deadweight");
    expect(
      Math.abs((await ratioInLibreOffice((c) => c.outcomes.forEach((o) => (o.deadweight = x)))) - 1)
    ).toBeLessThanOrEqual(1e-9);
  });

  test("the discount rate's switching value takes LibreOffice's ratio to 1", async () => {
    const x = sroiSwitching(a, "discount");
    expect(Math.abs((await ratioInLibreOffice((c) => (c.discount = x))) - 1)).toBeLessThanOrEqual(
      1e-9
    );
  });
});
