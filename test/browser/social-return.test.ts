/**
 * Social return in Debian's Chromium, by keyboard: open the view, step to the outcomes and
 * see the guide's warnings, fix an adjustment, step on to the results, download the value map and check LibreOffice's recalculation against
 * the model; no serious axe violations; screenshots in test-artifacts/.
 */
import * as fs from "fs";
import { artifact, seriousViolations, standalonePage } from "../support/browser";
import { recalculateXlsx } from "../support/libreoffice";
import { evaluateSroi } from "../../src/sroi/evaluate";
import { SROI_SUMMARY_LABELS as L } from "../../src/plan/sroi";
import type { SroiAnalysisCase } from "../../src/sroi/types";

jest.setTimeout(240000);

describe("social return in Chromium, by keyboard", () => {
  const env = standalonePage();

  test("warnings, a fix, and a downloaded value map that recalculates to the model", async () => {
    const context = await env.browser.newContext({
      viewport: { width: 420, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    const tab = page.getByRole("tab", { name: "Social return" });
    await tab.waitFor({ timeout: 30000 });
    await tab.focus();
    await page.keyboard.press("Enter");
    await page.getByText("Step 1 of 4: Stakeholders").waitFor();
    await page.screenshot({ path: artifact("social-return-0-stakeholders.png"), fullPage: true });
    await page.getByRole("button", { name: "Next" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/Check before you report/).waitFor();
    await page.screenshot({ path: artifact("social-return-1-warnings.png"), fullPage: true });
    const before = await seriousViolations(page);

    const deadweight = page.getByRole("textbox", { name: "Deadweight" }).nth(3);
    await deadweight.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    await page.getByText(/none of deadweight/).waitFor({ state: "detached" });
    await page.screenshot({ path: artifact("social-return-2-fixed.png"), fullPage: true });

    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    expect(c.outcomes[3].deadweight).toBe(0.1);
    for (const step of ["Step 3 of 4: Inputs", "Step 4 of 4: Results"]) {
      await page.getByRole("button", { name: "Next" }).focus();
      await page.keyboard.press("Enter");
      await page.getByText(step).waitFor();
    }
    await page.screenshot({ path: artifact("social-return-3-results.png"), fullPage: true });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the value map (.xlsx)" }).focus();
    await page.keyboard.press("Enter");
    const file = artifact("sroi-value-map.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    const after = await seriousViolations(page);

    const summary = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    const r = evaluateSroi(c);
    const value = (label: string) => Number(summary.find((row) => row[0] === label)![1]);
    expect(Math.abs(value(L.pv) - r.pv)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(value(L.ratio) - r.ratio!)).toBeLessThanOrEqual(1e-9 * r.ratio!);
    expect(value(L.noAdjustments)).toBe(0);
    expect({ before, after, errors }).toEqual({ before: [], after: [], errors: [] });
    await context.close();
  });
});
