/**
 * The business-case journey in Debian's Chromium, on the standalone page, driven from the
 * keyboard: each control is reached with focus and operated with typing, Space and Enter.
 * Every step is screenshotted to test-artifacts/ and checked with axe-core (no serious or
 * critical accessibility violations). The downloaded .xlsx is recalculated by LibreOffice
 * and its Summary compared with the model's result for the case the pane built, to the penny.
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
import { evaluateCase } from "../../src/journeys/business-case/evaluate";
import { SUMMARY_FIRST_OPTION_ROW } from "../../src/journeys/business-case/workbook";
import type { BusinessCase } from "../../src/journeys/business-case/types";

describeInChromium("business-case journey in Chromium, by keyboard", (env) => {
  test("from a blank case to a downloaded workbook that LibreOffice recalculates to the pane's figures", async () => {
    const { context, page, errors } = await openPane(env);
    await page.getByText("Step 1 of 6: Partners and purpose").waitFor({ timeout: 30000 });
    const violations: Record<string, string[]> = {};
    const shot = async (n: number, name: string) => {
      await page.screenshot({
        path: artifact(`business-case-step-${n}-${name}.png`),
        fullPage: true,
      });
      violations[name] = await seriousViolations(page);
    };

    // 1. Partners and purpose.
    await typeInto(page, "Title of the business case", "Keyboard-built merger case");
    await typeInto(page, "Name", "Alpha Homes", 0);
    await typeInto(page, "Name", "Beta Housing", 1);
    await page.getByRole("checkbox", { name: /Full merger/ }).focus();
    await page.keyboard.press("Space");
    await shot(1, "partners");
    await press(page, "Next");

    // 2. Savings: give the first two sources a value.
    await page.getByText("Step 2 of 6: Savings").waitFor();
    await typeInto(page, "Full annual saving", "1200000", 0);
    await typeInto(page, "Full annual saving", "800000", 1);
    await shot(2, "savings");
    await press(page, "Next");

    // 3. Costs: one one-off cost and a forum.
    await page.getByText("Step 3 of 6: Costs").waitFor();
    await press(page, /Add a one-off cost/);
    await typeInto(page, "Amount", "1500000");
    await press(page, /Add a forum/);
    await typeInto(page, "Loaded hourly rate", "70");
    await shot(3, "costs");
    await press(page, "Next");

    // 4. Barriers: a loan that the merger lets lenders reprice.
    await page.getByText("Step 4 of 6: Barriers").waitFor();
    await press(page, "Add a loan");
    await typeInto(page, "Balance", "50000000");
    await typeInto(page, "Margin today", "0.3");
    await typeInto(page, "Margin lenders would ask", "1.5");
    await shot(4, "barriers");
    await press(page, "Next");

    // 5. Settings: a 15-year horizon.
    await page.getByText("Step 5 of 6: Appraisal settings").waitFor();
    await typeInto(page, "Horizon", "15");
    await shot(5, "settings");
    await press(page, "Next");

    // 6. Review and download.
    await page.getByText("Step 6 of 6: Review and build").waitFor();
    await page.getByRole("table", { name: "Results by option" }).waitFor();
    await shot(6, "review");
    const built = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.businessCase.draft")!)
    )) as BusinessCase;
    expect(built.title).toBe("Keyboard-built merger case");
    expect(built.appraisal.horizon).toBe(15);
    expect(built.loans[0]).toMatchObject({ balance: 50000000, oldMargin: 0.003, newMargin: 0.015 });
    const download = page.waitForEvent("download");
    await press(page, "Download the workbook (.xlsx)");
    const file = artifact("business-case-keyboard.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    await shot(7, "downloaded");

    const summary = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    const [merger] = evaluateCase(built);
    const row = summary[SUMMARY_FIRST_OPTION_ROW - 1];
    expect(row[0]).toBe(merger.name);
    expect(Math.abs(Number(row[2]) - merger.npv)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(row[7]) - merger.pvRepricing)).toBeLessThanOrEqual(0.005);
    expect(merger.pvRepricing).toBeGreaterThan(0);

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(errors).toEqual([]);
    await context.close();
  });
});
