/**
 * Social return in Debian's Chromium, by keyboard: open the view, step to the outcomes and
 * see the guide's warnings, fix an adjustment, step on to the results, download the value map and check LibreOffice's recalculation against
 * the model; no serious axe violations; screenshots in test-artifacts/.
 */
import * as fs from "fs";
import {
  artifact,
  openPane,
  press,
  seriousViolations,
  describeInChromium,
  typeInto,
} from "../support/browser";
import { recalculateXlsx } from "../support/libreoffice";
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { SROI_SUMMARY_LABELS as L } from "../../src/journeys/sroi/workbook";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";

describeInChromium("social return in Chromium, by keyboard", (env) => {
  test("warnings, a fix, and a downloaded value map that recalculates to the model", async () => {
    const { context, page, errors } = await openPane(env, "Social return");
    await page.getByText("Step 1 of 4: Stakeholders").waitFor();
    await page.screenshot({ path: artifact("social-return-0-stakeholders.png"), fullPage: true });
    await press(page, "Next");
    await page.getByText(/Check before you report/).waitFor();
    await page.screenshot({ path: artifact("social-return-1-warnings.png"), fullPage: true });
    const before = await seriousViolations(page);

    await typeInto(page, "Deadweight", "10", 3);
    await page.getByText(/none of deadweight/).waitFor({ state: "detached" });
    await page.screenshot({ path: artifact("social-return-2-fixed.png"), fullPage: true });

    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    expect(c.outcomes[3].deadweight).toBe(0.1);
    for (const step of ["Step 3 of 4: Inputs", "Step 4 of 4: Results"]) {
      await press(page, "Next");
      await page.getByText(step).waitFor();
    }
    await page.screenshot({ path: artifact("social-return-3-results.png"), fullPage: true });
    const download = page.waitForEvent("download");
    await press(page, "Download the value map (.xlsx)");
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
