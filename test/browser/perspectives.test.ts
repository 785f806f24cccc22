/**
 * Returns by perspective in Debian's Chromium, by keyboard: open the view, read the
 * example's returns, download the workbook and check LibreOffice's recalculation; no serious
 * axe violations; a screenshot in test-artifacts/.
 */
import * as fs from "fs";
import {
  artifact,
  openPane,
  press,
  seriousViolations,
  describeInChromium,
} from "../support/browser";
import { recalculateXlsx } from "../support/libreoffice";
import { evaluatePerspectives } from "../../src/journeys/perspectives/evaluate";
import { PERSPECTIVE_SUMMARY_FIRST_ROW } from "../../src/journeys/perspectives/workbook";
import type { PerspectiveAnalysis } from "../../src/journeys/perspectives/types";

describeInChromium("returns by perspective in Chromium, by keyboard", (env) => {
  test("the example's returns and a downloaded workbook that recalculates to them", async () => {
    const { context, page, errors } = await openPane(env, "Perspectives");
    await page.getByText("Step 1 of 3: Settings").waitFor();
    const violations = await seriousViolations(page);
    for (const step of ["Step 2 of 3: Flows", "Step 3 of 3: Who pays, who benefits"]) {
      await press(page, "Next");
      await page.getByText(step).waitFor();
      violations.push(...(await seriousViolations(page)));
    }
    await page.getByRole("table", { name: "Returns by perspective" }).waitFor();
    await page.screenshot({ path: artifact("perspectives-1-example.png"), fullPage: true });
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.perspectives.draft")!)
    )) as PerspectiveAnalysis;
    const download = page.waitForEvent("download");
    await press(page, "Download the workbook (.xlsx)");
    const file = artifact("returns-by-perspective.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    const summary = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    evaluatePerspectives(c).forEach((r, k) => {
      const row = summary[PERSPECTIVE_SUMMARY_FIRST_ROW - 1 + k];
      expect(Math.abs(Number(row[2]) - r.pvBenefits)).toBeLessThanOrEqual(0.005);
      if (r.ratio !== null)
        expect(Math.abs(Number(row[4]) - r.ratio)).toBeLessThanOrEqual(1e-9 * r.ratio);
    });
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
