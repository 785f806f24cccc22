/**
 * "Run until converged" in Chromium (issue 15): with a tolerance on the P50's standard
 * error, the standalone page's worker (dist/monte-carlo.js) stops at the first check under
 * it, and the results say how many iterations ran and that the run converged. Each run
 * equals the model run in Node with the same draft, seed and tolerance exactly (iterations,
 * percentiles, mean and standard errors): the SROI ratio by the ± share (`SroiSimulation`),
 * the SROI ratio with two correlated ranges (`RangeSimulation`), and a business case
 * option's NPV with two ranges (`CaseRangeSimulation`). The downloaded results sheets hold
 * the same convergence cells (read by exceljs), and the SROI one the correlation reached.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import {
  artifact,
  describeInChromium,
  openPane,
  press,
  startFromExample,
  TWO_ASSOCIATIONS,
  typeInto,
} from "../support/browser";
import { SroiSimulation } from "../../src/model/uncertainty";
import { RangeSimulation } from "../../src/model/range-simulation";
import { sroiAnalysis } from "../../src/journeys/sroi/evaluate";
import { modelRanges } from "../../src/journeys/sroi/ranges";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { CaseRangeSimulation } from "../../src/journeys/business-case/ranges";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import type { ConvergenceRecord } from "../../src/model/convergence";

const MOST = 200000;
const TOLERANCE_LABEL = /Run until converged: tolerance on the P50's standard error/;

/** The shown P5, P50, P95 and mean (their exact doubles, from the data attributes). */
async function shown(page: Page): Promise<number[]> {
  const values = await page.$$eval("[aria-label='Simulation results'] dd[data-value]", (dds) =>
    dds.map((d) => Number(d.getAttribute("data-value")))
  );
  const mean = await page.$eval("[aria-label='Simulation results'] dd[data-mean]", (d) =>
    Number(d.getAttribute("data-mean"))
  );
  return [...values, mean];
}

/** Runs with `tolerance` and `seed` at most MOST iterations, and waits for the results. */
async function runUntilConverged(page: Page, seed: string, tolerance: string): Promise<void> {
  await typeInto(page, "Iterations", String(MOST));
  await typeInto(page, "Seed", seed);
  await typeInto(page, TOLERANCE_LABEL, tolerance);
  await press(page, "Run the simulation");
  await page.getByLabel("Simulation results").waitFor({ timeout: 120000 });
}

/** The results sheet as downloaded, read by exceljs. */
async function downloadedSheet(page: Page, name: string): Promise<ExcelJS.Worksheet> {
  const download = page.waitForEvent("download");
  await press(page, "Download the results with a histogram (.xlsx)");
  const file = artifact(name);
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

/** The sheet's convergence cells (C4:D9) against the model's record, exactly. */
function expectConvergenceCells(ws: ExcelJS.Worksheet, record: ConvergenceRecord): void {
  const at = (ref: string) => ws.getCell(ref).value;
  expect(at("A5")).toBe("Most iterations (run until converged)");
  expect(at("B5")).toBe(MOST);
  expect([at("C4"), at("D4")]).toEqual(["Tolerance on the P50's standard error", record.tolerance]);
  expect([at("C5"), at("D5")]).toEqual(["Iterations run", record.iterations]);
  expect([at("C6"), at("D6")]).toEqual(["Converged", "Yes"]);
  expect([at("C8"), at("D8")]).toEqual(["Standard error of the mean", record.standardErrorMean]);
  expect([at("C9"), at("D9")]).toEqual(["Standard error of the P50", record.standardErrorP50]);
}

/** The words the pane shows for a converged run. */
const convergedWords = (n: number) =>
  new RegExp(
    `^Converged after ${n.toLocaleString("en-GB")} iterations: standard error of the mean`
  );

describeInChromium("run until converged in Chromium", (env) => {
  test("SROI, by the ± share and with correlated ranges: the worker stops where the model does, and the sheet says so", async () => {
    const { context, page, errors } = await openPane(env);
    await page.getByRole("tab", { name: "Social return" }).click();
    await page.getByRole("tab", { name: "4. Results" }).click();
    // 1. Every input ±20%, tolerance 0.002 (£ per £1).
    await runUntilConverged(page, "3", "0.002");
    const draft = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    const share = new SroiSimulation(sroiAnalysis(draft), {
      uncertainty: 0.2,
      iterations: MOST,
      seed: 3,
      tolerance: 0.002,
    });
    share.step(MOST);
    const r1 = share.convergence();
    expect(r1.converged).toBe(true);
    expect(r1.iterations).toBeLessThan(MOST);
    const s1 = share.summary();
    expect(await shown(page)).toEqual([s1.p5, s1.p50, s1.p95, r1.mean]);
    await page.getByText(convergedWords(r1.iterations)).waitFor();
    await page
      .getByText(`From the run of ${r1.iterations.toLocaleString("en-GB")} iterations, seed 3,`, {
        exact: false,
      })
      .waitFor();
    expectConvergenceCells(await downloadedSheet(page, "sroi-converged.xlsx"), r1);

    // 2. Two ranges, rank-correlated at 0.5, Latin hypercube, tolerance 0.002.
    await press(page, "Add a range");
    await press(page, "Add a range");
    await press(page, "Add a correlation");
    await page.getByRole("combobox", { name: "Sampling" }).click();
    await page.getByRole("option", { name: "Latin hypercube" }).click();
    await runUntilConverged(page, "4", "0.002");
    await page.getByText(/seed 4, 2 ranges from the ranges table, Latin hypercube/).waitFor();
    const ranged = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    expect(ranged.correlations).toEqual([{ first: 1, second: 2, correlation: 0.5 }]);
    const { ranges, correlations } = modelRanges(ranged);
    const sim = new RangeSimulation(sroiAnalysis(ranged), ranges, {
      iterations: MOST,
      seed: 4,
      sampling: "lhs",
      tolerance: 0.002,
      correlations,
      drivers: true,
    });
    sim.step(MOST);
    const s2 = sim.summary();
    expect(s2.converged).toBe(true);
    expect(s2.iterations).toBeLessThan(MOST);
    expect(await shown(page)).toEqual([s2.p5, s2.p50, s2.p95, s2.mean]);
    await page.getByText(convergedWords(s2.iterations)).waitFor();
    const ws = await downloadedSheet(page, "sroi-ranges-converged.xlsx");
    expectConvergenceCells(ws, { ...sim.convergence(), tolerance: 0.002 });
    // The correlation used, in words, with the one reached over the iterations run.
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === "Inputs correlated") row = n;
    });
    expect(row).toBeGreaterThan(0);
    const [k] = sim.correlations();
    // The pane says it too: asked, then reached (to three places).
    expect(await page.getByLabel("Correlations used").textContent()).toContain(
      `: 0.50, ${k.achieved.toFixed(3).replace("-", "−")}.`
    );
    expect(ws.getRow(row + 1).getCell(1).value).toMatch(/^Range 1 \(.*\) with Range 2 \(.*\)$/);
    expect(ws.getRow(row + 1).getCell(2).value).toBe(0.5);
    expect(ws.getRow(row + 1).getCell(3).value).toBe(k.achieved);
    await page.screenshot({ path: artifact("sroi-converged.png"), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("business case, with ranges: the worker stops where CaseRangeSimulation does, and the sheet says so", async () => {
    const { context, page, errors } = await openPane(env);
    await startFromExample(page, TWO_ASSOCIATIONS);
    await press(page, "Add a range");
    await press(page, "Add a range");
    await runUntilConverged(page, "3", "5000");
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.businessCase.draft")!)
    )) as BusinessCase;
    expect(c.ranges).toHaveLength(2);
    const sim = new CaseRangeSimulation(c, c.options[0].id, {
      iterations: MOST,
      seed: 3,
      sampling: "random",
      tolerance: 5000,
    });
    sim.step(MOST);
    const record = sim.convergence();
    expect(record.converged).toBe(true);
    expect(record.iterations).toBeLessThan(MOST);
    const s = sim.summary();
    expect(await shown(page)).toEqual([s.p5, s.p50, s.p95, s.mean]);
    await page.getByText(convergedWords(record.iterations)).waitFor();
    await page
      .getByText(
        `From the run of ${record.iterations.toLocaleString("en-GB")} iterations, seed 3,`,
        {
          exact: false,
        }
      )
      .waitFor();
    expectConvergenceCells(await downloadedSheet(page, "business-case-converged.xlsx"), record);
    await page.screenshot({ path: artifact("business-case-converged.png"), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
