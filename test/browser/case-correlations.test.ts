/**
 * Business-case correlations in Chromium: two ranges and a correlation between them added
 * from the keyboard in the review step run in the real worker (dist/monte-carlo.js) and give
 * exactly the runner's answer in Node for the same draft and seed; at 350 px the
 * correlation's fields fit the pane. Screenshot in test-artifacts/.
 */
import {
  artifact,
  describeInChromium,
  openPane,
  startFromExample,
  TWO_ASSOCIATIONS,
  press,
  seriousViolations,
  typeInto,
} from "../support/browser";
import type { BusinessCase } from "../../src/journeys/business-case/types";
import { runBusinessRangesJob } from "../../src/uncertainty/runner";

describeInChromium("business-case correlations in Chromium", (env) => {
  test("a correlated range run in the worker matches the runner in Node exactly, at 350 px", async () => {
    const { context, page, errors } = await openPane(env);
    await page.setViewportSize({ width: 350, height: 1000 });
    await startFromExample(page, TWO_ASSOCIATIONS);
    await press(page, "Add a range");
    await press(page, "Add a range");
    await press(page, "Add a correlation");
    await typeInto(page, "Rank correlation (−1 to 1)", "0.8");
    await typeInto(page, "Iterations", "20000");
    await typeInto(page, "Seed", "9");
    await press(page, "Run the simulation");
    await page.getByLabel("Simulation results").waitFor({ timeout: 60000 });
    const shown = await page.$$eval("[aria-label='Simulation results'] dd[data-value]", (dds) =>
      dds.map((d) => Number(d.getAttribute("data-value")))
    );
    const c = (await page.evaluate(() =>
      JSON.parse(localStorage.getItem("pcba.businessCase.draft")!)
    )) as BusinessCase;
    expect(c.correlations).toEqual([
      {
        option: c.options[0].id,
        line: "Savings line 1",
        withLine: "Savings line 2",
        correlation: 0.8,
      },
    ]);
    const node = await runBusinessRangesJob({
      kind: "case_ranges",
      case: c,
      optionId: c.options[0].id,
      options: { iterations: 20000, seed: 9, sampling: "random" },
    });
    expect(shown).toEqual([node!.summary.p5, node!.summary.p50, node!.summary.p95]);
    // Every field of the correlation fits in the pane's width.
    const rights = await page.$$eval(
      "fieldset[aria-label='Correlation 1'] input, fieldset[aria-label='Correlation 1'] button",
      (els) => els.map((e) => e.getBoundingClientRect().right)
    );
    expect(rights.length).toBeGreaterThan(2);
    expect(Math.max(...rights)).toBeLessThanOrEqual(350);
    await page.screenshot({
      path: artifact("business-case-correlations-350px.png"),
      fullPage: true,
    });
    const violations = await seriousViolations(page);
    expect({ violations, errors }).toEqual({ violations: [], errors: [] });
    await context.close();
  });
});
