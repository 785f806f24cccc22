/**
 * The SROI view's uncertainty tools in Debian's Chromium: the tornado and switching values
 * render; Monte Carlo runs in the Web Worker (dist/monte-carlo.js) with a progress bar, and
 * the same seed gives exactly the model's percentiles (those of PCBA.SROI_SIMULATE); a long
 * run can be cancelled; no serious axe violations; screenshots in test-artifacts/.
 */
import type { Page } from "playwright-core";
import { artifact, seriousViolations, standalonePage } from "../support/browser";
import { sroiSimulate } from "../../src/model/uncertainty";
import { sroiAnalysis } from "../../src/sroi/evaluate";
import type { SroiAnalysisCase } from "../../src/sroi/types";

jest.setTimeout(240000);

async function setNumber(page: Page, name: string, text: string) {
  const box = page.getByRole("textbox", { name });
  await box.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

describe("SROI sensitivity and Monte Carlo in Chromium", () => {
  const env = standalonePage();

  test("a seeded run in the worker matches the model exactly; a long run cancels", async () => {
    const page = await env.browser.newPage({ viewport: { width: 420, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    await page.getByRole("tab", { name: "Social return" }).click();
    await page.getByRole("table", { name: "Tornado" }).waitFor({ timeout: 30000 });
    await page.getByRole("list", { name: "Switching values" }).waitFor();

    await setNumber(page, "Iterations", "20000");
    await setNumber(page, "Seed", "7");
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

    await setNumber(page, "Iterations", "1000000");
    await page.getByRole("button", { name: "Run the simulation" }).click();
    await page.getByRole("progressbar", { name: "Simulation progress" }).waitFor();
    await page.getByText(/of 1,000,000 iterations/).waitFor();
    await page.screenshot({ path: artifact("sroi-uncertainty-2-running.png"), fullPage: true });
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Cancelled: no results.").waitFor({ timeout: 30000 });
    expect(await page.getByLabel("Simulation results").count()).toBe(0);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await page.close();
  });
});
