/**
 * Ranges in Chromium: a range added in the SROI pane runs in the real worker
 * (dist/monte-carlo.js) and gives exactly the runner's answer in Node for the same draft and
 * seed; a second run reuses the worker; at 350 px the results' table of drivers has no
 * overlapping cells (it scrolls sideways if it must); text a range's field cannot use is kept
 * over a reload, listed with a link that focuses it, and blocks Run and Download until fixed.
 * Screenshots in test-artifacts/.
 */
import {
  artifact,
  describeInChromium,
  openPane,
  press,
  seriousViolations,
  typeInto,
} from "../support/browser";
import type { SroiAnalysisCase } from "../../src/journeys/sroi/types";
import { runCaseRangesJob } from "../../src/uncertainty/runner";

describeInChromium("SROI ranges in Chromium", (env) => {
  test("a range run in the worker matches the runner in Node exactly, at 350 px", async () => {
    const { context, page, errors } = await openPane(env);
    await page.setViewportSize({ width: 350, height: 1000 });
    await page.getByRole("tab", { name: "Social return" }).click();
    await page.getByRole("tab", { name: "4. Results" }).click();
    await press(page, "Add a range");
    await press(page, "Add a range");
    await typeInto(page, "Iterations", "20000");
    await typeInto(page, "Seed", "9");
    await press(page, "Run the simulation");
    await page.getByLabel("Simulation results").waitFor({ timeout: 60000 });
    const shown = async () =>
      page.$$eval("[aria-label='Simulation results'] dd[data-value]", (dds) =>
        dds.map((d) => Number(d.getAttribute("data-value")))
      );
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.sroi.draft")!)
    )) as SroiAnalysisCase;
    expect(c.ranges).toHaveLength(2);
    const node = await runCaseRangesJob({
      kind: "sroi_case_ranges",
      analysis: c,
      options: { iterations: 20000, seed: 9, sampling: "random" },
    });
    expect(await shown()).toEqual([node!.summary.p5, node!.summary.p50, node!.summary.p95]);
    await page
      .getByText(
        "From the run of 20,000 iterations, seed 9, 2 ranges from the ranges table, random sampling."
      )
      .waitFor();

    // The drivers' cells do not overlap at 350 px.
    const boxes = await page.$$eval("[aria-label='Drivers'] tr", (rows) =>
      rows.map((r) =>
        Array.from(r.children).map((cell) => {
          const b = cell.getBoundingClientRect();
          return [b.left, b.right];
        })
      )
    );
    expect(boxes.length).toBe(3);
    for (const row of boxes)
      for (let i = 1; i < row.length; i++)
        expect(row[i][0]).toBeGreaterThanOrEqual(row[i - 1][1] - 0.5);
    // Every field of a range fits in the pane's width.
    const rights = await page.$$eval(
      "fieldset[aria-label='Range 1'] input, fieldset[aria-label='Range 1'] button",
      (els) => els.map((e) => e.getBoundingClientRect().right)
    );
    expect(rights.length).toBeGreaterThan(3);
    expect(Math.max(...rights)).toBeLessThanOrEqual(350);
    await page.screenshot({ path: artifact("sroi-ranges-350px.png"), fullPage: true });

    // A second run, same worker, another seed.
    await typeInto(page, "Seed", "10");
    await press(page, "Run the simulation");
    await page.getByText(/seed 10, 2 ranges/).waitFor({ timeout: 60000 });
    const again = await runCaseRangesJob({
      kind: "sroi_case_ranges",
      analysis: c,
      options: { iterations: 20000, seed: 10, sampling: "random" },
    });
    expect(await shown()).toEqual([again!.summary.p5, again!.summary.p50, again!.summary.p95]);

    // Text a range cannot use (issue 14): kept as typed over a reload, listed on the step
    // with a link that focuses it, and Run and Download disabled until it is fixed.
    const low = page.locator("#pcba-field-step-4-range-2-low");
    await low.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("about 90");
    const problem = page.getByRole("button", {
      name: "Step 4 · Range 2 · Low: enter a number, or leave it blank",
      exact: true,
    });
    await problem.waitFor();
    await page.reload({ waitUntil: "load" });
    await page.getByRole("tab", { name: "Social return" }).click();
    await page.getByRole("tab", { name: "4. Results" }).click();
    expect(await low.inputValue()).toBe("about 90");
    expect(await page.getByRole("button", { name: "Run the simulation" }).isDisabled()).toBe(true);
    expect(
      await page.getByRole("button", { name: "Download the value map (.xlsx)" }).isDisabled()
    ).toBe(true);
    await page.getByRole("tab", { name: "1. Stakeholders" }).click();
    await page.getByRole("tab", { name: "4. Results" }).click();
    await problem.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      "pcba-field-step-4-range-2-low"
    );
    await page.screenshot({ path: artifact("sroi-range-typed-reloaded.png"), fullPage: true });
    await page.keyboard.press("Control+A");
    await page.keyboard.type("90");
    await problem.waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "Run the simulation" }).isDisabled()).toBe(false);
    const violations = await seriousViolations(page);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
