/**
 * Sharing in Debian's Chromium, by keyboard: open the view, walk the four steps (axe on
 * each, a screenshot of each in test-artifacts/), read the allocations and the core check,
 * type an allocation that leaves the smallest association paying more than alone and read
 * the blocking group named, then download the workbook and check LibreOffice's
 * recalculation of its Shapley values against the model.
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
import { recalculateAllSheets } from "../support/libreoffice";
import { evaluateSharing } from "../../src/journeys/sharing/evaluate";
import { sharingLayout, SHARING_SHEETS } from "../../src/journeys/sharing/workbook";
import type { SharingAnalysis } from "../../src/journeys/sharing/types";

describeInChromium("sharing in Chromium, by keyboard", (env) => {
  test("the four steps, the core check in words, and a workbook that recalculates to the model", async () => {
    const { context, page, errors } = await openJourney(
      env,
      "Sharing",
      "Step 1 of 4: Partners and what is shared"
    );
    const violations = await seriousViolations(page);
    await page.screenshot({ path: artifact("sharing-1-partners.png"), fullPage: true });
    const steps = [
      ["Step 2 of 4: What each group could do alone", "sharing-2-coalitions.png"],
      ["Step 3 of 4: Allocations side by side", "sharing-3-allocations.png"],
    ];
    for (const [step, shot] of steps) {
      await press(page, "Next");
      await page.getByText(step).waitFor();
      violations.push(...(await seriousViolations(page)));
      await page.screenshot({ path: artifact(shot), fullPage: true });
    }
    await page.getByRole("table", { name: "What each partner pays" }).waitFor();
    const core = page.getByRole("region", { name: "The core check" });
    await core.getByText(/^Shapley value/).waitFor();
    expect(await core.getByRole("listitem").first().textContent()).toBe(
      "Shapley value: no group would be better off on its own."
    );

    // Fenwick Homes (£1.1m alone) asked to pay £1.5m: it would rather go alone.
    const before = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sharing.draft")!)
    )) as SharingAnalysis;
    await typeInto(page, "Fenwick Homes pays under your allocation", "1500000");
    await typeInto(page, "Northmoor Housing Group pays under your allocation", "5200000");
    const item = core.getByRole("listitem").nth(4);
    await item.getByText(/Fenwick Homes would be better off on its own by £400,000/).waitFor();
    violations.push(...(await seriousViolations(page)));
    await page.screenshot({ path: artifact("sharing-3-blocked.png"), fullPage: true });

    await press(page, "Next");
    await page.getByText("Step 4 of 4: Build").waitFor();
    violations.push(...(await seriousViolations(page)));
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sharing.draft")!)
    )) as SharingAnalysis;
    expect(c.userAllocation!.amounts).toEqual([1500000, 2375000, 5200000]);
    expect(c.partners).toEqual(before.partners);
    const download = page.waitForEvent("download");
    await press(page, "Download the workbook (.xlsx)");
    const file = artifact("sharing.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    await page.screenshot({ path: artifact("sharing-4-built.png"), fullPage: true });

    const sheets = recalculateAllSheets(new Uint8Array(fs.readFileSync(file)));
    const summary = sheets[SHARING_SHEETS.summary];
    const L = sharingLayout(c);
    const e = evaluateSharing(c);
    e.allocations[0].amounts!.forEach((x, i) =>
      expect(Math.abs(Number(summary[L.summary.amounts - 1 + i][2]) - x)).toBeLessThanOrEqual(0.005)
    );
    expect(summary[L.summary.core + 4 - 1][2]).toMatch(
      /^Fenwick Homes would be better off on its own by £400,000\.00/
    );
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
