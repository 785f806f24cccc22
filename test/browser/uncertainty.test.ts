/**
 * The uncertainty tools in Debian's Chromium. SROI: the tornado and switching values render;
 * Monte Carlo runs in the Web Worker (dist/monte-carlo.js) with a progress bar, and the same
 * seed gives exactly the model's percentiles (those of PCBA.SROI_SIMULATE); a long run can
 * be cancelled. Business case: an option's NPV simulated in the worker gives exactly
 * `caseSimulate`'s percentiles, and its tornado downloads as a sheet LibreOffice reads. No
 * serious axe violations; screenshots in test-artifacts/.
 */
import {
  artifact,
  openPane,
  seriousViolations,
  describeInChromium,
  typeInto,
} from "../support/browser";
import { sroiSimulate } from "../../src/model/uncertainty";
import { sroiAnalysis } from "../../src/journeys/sroi/evaluate";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import * as fs from "fs";
import { caseSimulate } from "../../src/journeys/business-case/simulation";
import { caseSensitivity } from "../../src/journeys/business-case/sensitivity";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { recalculateXlsx } from "../support/libreoffice";

describeInChromium("SROI sensitivity and Monte Carlo in Chromium", (env) => {
  test("a seeded run in the worker matches the model exactly; a long run cancels", async () => {
    const { context, page, errors } = await openPane(env);
    await page.getByRole("tab", { name: "Social return" }).click();
    await page.getByRole("tab", { name: "4. Results" }).click();
    await page.getByRole("table", { name: "Tornado" }).waitFor({ timeout: 30000 });
    await page.getByRole("columnheader", { name: "Ratio is 1 when the input is" }).waitFor();

    await typeInto(page, "Iterations", "20000");
    await typeInto(page, "Seed", "7");
    await page.getByRole("button", { name: "Run the simulation" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Simulation results").waitFor({ timeout: 60000 });
    await page.screenshot({ path: artifact("sroi-uncertainty-1-results.png"), fullPage: true });
    const shown = await page.$$eval("[aria-label='Simulation results'] dd[data-value]", (dds) =>
      dds.map((d) => Number(d.getAttribute("data-value")))
    );
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    const model = sroiSimulate(sroiAnalysis(c), { uncertainty: 0.2, iterations: 20000, seed: 7 });
    expect(shown).toEqual([model.p5, model.p50, model.p95]);
    const violations = await seriousViolations(page);

    await typeInto(page, "Iterations", "1000000");
    await page.getByRole("button", { name: "Run the simulation" }).click();
    await page.getByRole("progressbar", { name: "Simulation progress" }).waitFor();
    await page.getByText(/of 1,000,000 iterations/).waitFor();
    // Cancel at once: the worker's run takes about a second now (no 4 ms timer per slice),
    // so a full-page screenshot first could outlast it.
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.screenshot({ path: artifact("sroi-uncertainty-2-running.png"), fullPage: true });
    await page.getByText("Cancelled: no results.").waitFor({ timeout: 30000 });
    expect(await page.getByLabel("Simulation results").count()).toBe(0);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });

  test("business case: the NPV simulation matches caseSimulate; the tornado downloads for LibreOffice", async () => {
    const { context, page, errors } = await openPane(env);
    await page.getByRole("combobox", { name: "Start from" }).click();
    await page.getByRole("option", { name: "Example: Merger with a £200m loan book" }).click();
    await page.getByRole("tab", { name: /Review and build/ }).click();
    await page.getByRole("combobox", { name: "Option to simulate" }).waitFor({ timeout: 30000 });
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.businessCase.draft")!)
    )) as BusinessCase;
    const last = c.options[c.options.length - 1];
    await page.getByRole("combobox", { name: "Option to simulate" }).click();
    await page.getByRole("option", { name: last.name }).click();
    await typeInto(page, "Iterations", "5000");
    await typeInto(page, "Seed", "11");
    await page.getByRole("button", { name: "Run the simulation" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Simulation results").waitFor({ timeout: 60000 });
    await page.getByLabel("Simulation results").scrollIntoViewIfNeeded();
    await page.screenshot({
      path: artifact("business-case-uncertainty-1-npv.png"),
      fullPage: true,
    });
    const shown = await page.$$eval("[aria-label='Simulation results'] dd[data-value]", (dds) =>
      dds.map((d) => Number(d.getAttribute("data-value")))
    );
    const model = caseSimulate(c, last.id, { uncertainty: 0.2, iterations: 5000, seed: 11 });
    expect(shown).toEqual([model.p5, model.p50, model.p95]);
    expect(
      await page.getByText(`${(model.probabilityPositive * 100).toFixed(1)}%`).count()
    ).toBeGreaterThan(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: `Download the ${last.name} tornado (.xlsx)` }).click();
    const file = artifact("business-case-tornado.xlsx");
    await (await download).saveAs(file);
    const sheet = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    const rows = caseSensitivity(c, last.id, 0.2);
    rows.forEach((r, i) => {
      expect(Math.abs(Number(sheet[7 + i][1]) - r.low)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(Number(sheet[7 + i][2]) - r.high)).toBeLessThanOrEqual(0.005);
    });
    const violations = await seriousViolations(page);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
