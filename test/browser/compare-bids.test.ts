/**
 * Compare bids in Debian's Chromium, by keyboard: open the view, apply central-government
 * rules with too little weight on social value (the warning appears), download the workbook
 * and check LibreOffice's recalculation against the model; axe-core finds no serious
 * violations; screenshots in test-artifacts/.
 */
import * as fs from "fs";
import {
  artifact,
  describeInChromium,
  openJourney,
  press,
  seriousViolations,
  typeInto,
} from "../support/browser";
import { recalculateXlsx } from "../support/libreoffice";
import { evaluateBids } from "../../src/journeys/bids/evaluate";
import { BID_SUMMARY_FIRST_ROW, bidsInRankOrder } from "../../src/journeys/bids/workbook";
import type { BidComparison } from "../../src/journeys/bids/types";

describeInChromium("compare bids in Chromium, by keyboard", (env) => {
  test("scores, the 10% warning and a downloaded workbook that recalculates to the model", async () => {
    const { context, page, errors } = await openJourney(env, "Compare bids", "Step 1 of 4: Bids");
    await page.screenshot({ path: artifact("compare-bids-0-bids.png"), fullPage: true });
    await page.getByRole("tab", { name: "4. Scores and ranks" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("table", { name: "Scores by bid" }).waitFor();
    await page.screenshot({ path: artifact("compare-bids-1-example.png"), fullPage: true });
    const before = await seriousViolations(page);

    await page.getByRole("tab", { name: "2. Weights and scoring" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Step 2 of 4: Weights and scoring").waitFor();

    await page.getByRole("checkbox", { name: "Central-government rules apply" }).focus();
    await page.keyboard.press("Space");
    await typeInto(page, "Points for social value", "5");
    await page.getByText(/central-government rules expect at least 10%/).waitFor();
    await page.screenshot({ path: artifact("compare-bids-2-warning.png"), fullPage: true });
    const after = await seriousViolations(page);

    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.bids.draft")!)
    )) as BidComparison;
    expect(c.centralGovernment).toBe(true);
    expect(c.weights.socialValue).toBe(5);
    for (const step of ["Step 3 of 4: Payment by results", "Step 4 of 4: Scores and ranks"]) {
      await press(page, "Next");
      await page.getByText(step).waitFor();
    }
    const download = page.waitForEvent("download");
    await press(page, "Download the workbook (.xlsx)");
    const file = artifact("compare-bids.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();

    const summary = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    const e = evaluateBids(c);
    bidsInRankOrder(e).forEach((k, i) => {
      const b = e.bids[k];
      const row = summary[BID_SUMMARY_FIRST_ROW - 1 + i];
      expect(row[0]).toBe(b.bidder);
      expect(Math.abs(Number(row[1]) - b.total)).toBeLessThanOrEqual(1e-9 * b.total);
      expect(Number(row[2])).toBe(b.rank);
    });
    expect(summary.find((r) => r[0] === "Central-government social value weighting")![1]).toBe(
      "Below the 10% central government expects"
    );
    expect({ before, after, errors }).toEqual({ before: [], after: [], errors: [] });
    await context.close();
  });
});
