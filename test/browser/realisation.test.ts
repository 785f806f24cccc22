/**
 * Benefits realisation in Debian's Chromium, by keyboard: open the view on the example
 * review, type a year's actual, read the review (NPV then and now, statuses), download the
 * workbook and check LibreOffice's recalculation against the model (the NPV now and as
 * approved to the penny, every check TRUE); axe-core finds no serious violations on any
 * step; screenshots in test-artifacts/.
 */
import * as fs from "fs";
import {
  artifact,
  describeInChromium,
  openPane,
  press,
  seriousViolations,
} from "../support/browser";
import { recalculateXlsx } from "../support/libreoffice";
import { evaluateRealisation } from "../../src/journeys/realisation/evaluate";
import { OPTION_FIRST_ROW } from "../../src/journeys/realisation/workbook";
import type { Realisation } from "../../src/journeys/realisation/types";

describeInChromium("benefits realisation in Chromium, by keyboard", (env) => {
  test("the example review, an actual typed, and a downloaded workbook that recalculates to the model", async () => {
    const { context, page, errors } = await openPane(env, "Realisation");
    await page.getByText("Step 1 of 4: Business case and option").waitFor();
    await page.screenshot({ path: artifact("realisation-1-start.png"), fullPage: true });
    const violations = await seriousViolations(page);

    await press(page, "Next");
    await page.getByText("Step 2 of 4: Actuals by year").waitFor();
    // A line's fields are in its group, labelled by year.
    const oneBoard = page.getByRole("group", { name: "One board" });
    await oneBoard.getByRole("textbox", { name: "Actual for year 3" }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("350000");
    await oneBoard.getByRole("textbox", { name: "Evidence for year 3" }).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Management accounts, year 3 (restated)");
    await oneBoard.getByRole("textbox", { name: "Actual for year 3" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("realisation-2-actuals.png") });
    violations.push(...(await seriousViolations(page)));

    await press(page, "Next");
    await page.getByText("Step 3 of 4: Review").waitFor();
    await page.getByRole("table", { name: "Planned against actual to date, by line" }).waitFor();
    await page.screenshot({ path: artifact("realisation-3-review.png"), fullPage: true });
    violations.push(...(await seriousViolations(page)));

    const r = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.realisation.draft")!)
    )) as Realisation;
    const board = r.actuals.find((a) => a.line === "savings/3")!;
    expect(board.figures.find((f) => f.year === 3)).toEqual({
      year: 3,
      amount: 350000,
      evidence: "Management accounts, year 3 (restated)",
    });

    await press(page, "Next");
    await page.getByText("Step 4 of 4: Build").waitFor();
    violations.push(...(await seriousViolations(page)));
    const download = page.waitForEvent("download");
    await press(page, "Download the workbook (.xlsx)");
    const file = artifact("benefits-realisation.xlsx");
    await (await download).saveAs(file);
    await page.getByText(/has been downloaded/).waitFor();
    await page.screenshot({ path: artifact("realisation-4-downloaded.png"), fullPage: true });

    const e = evaluateRealisation(r);
    const summary = recalculateXlsx(new Uint8Array(fs.readFileSync(file)), 1);
    const npv = summary[OPTION_FIRST_ROW - 1];
    expect(Math.abs(Number(npv[1]) - e.approved.npv)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(Number(npv[2]) - e.outturn.npv)).toBeLessThanOrEqual(0.005);
    const checks = summary.filter((x) => x[1] === "TRUE" || x[1] === "FALSE");
    expect(checks.length).toBe(12);
    expect(checks.filter((x) => x[1] !== "TRUE")).toEqual([]);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
