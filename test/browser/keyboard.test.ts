/**
 * Every journey by keyboard alone (issue 14), in Debian's Chromium at 400 px: Tab, Shift+Tab,
 * the arrow keys and Enter, never a click. In each journey a field is given text it cannot
 * use: Download is then disabled and the last step lists the problem in words; the problem's
 * link, followed by keyboard, opens the field's step with the focus in that very field; a
 * reload keeps what was typed (and the problem); choosing another starting point in "Start
 * from" asks first, and keeping the draft keeps it, while replacing it clears the problem.
 * Screenshots of each step go to test-artifacts/pane-400/<journey>-keyboard-<n>-<what>.png.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";
import {
  artifact,
  chooseByKeyboard,
  describeInChromium,
  enterOn,
  typeOver,
} from "../support/browser";
import { fieldId } from "../../src/taskpane/components/fields";

interface Case {
  /** The journey's folder, for the screenshots' names. */
  id: string;
  /** Its tab in the pane. */
  tab: string;
  /** The title field's key (a valid edit: so the draft is no longer a starting point). */
  title: string;
  /** The field given invalid text: its key ("Step 1 · Bid 1 · Price") and its step. */
  field: string;
  step: number;
  /** Text it cannot use, and what the review says of it (after "<key>: "). */
  invalid: string;
  says: string;
}

const CASES: Case[] = [
  {
    id: "business-case",
    tab: "Business case",
    title: "Step 1 · Title of the business case",
    field: "Step 1 · Partner 1 · Annual turnover",
    step: 1,
    invalid: "12.5 million",
    says: "enter a number",
  },
  {
    id: "sroi",
    tab: "Social return",
    title: "Step 1 · Title",
    field: "Step 1 · Discount rate",
    step: 1,
    invalid: "3.5 percent",
    says: "enter a number",
  },
  {
    id: "perspectives",
    tab: "Perspectives",
    title: "Step 1 · Title",
    field: "Step 1 · Discount rate",
    step: 1,
    invalid: "350",
    says: "enter at most 20%",
  },
  {
    id: "bids",
    tab: "Compare bids",
    title: "Step 1 · Title",
    field: "Step 1 · Bid 1 · Price",
    step: 1,
    invalid: "1.24m",
    says: "enter a number",
  },
  {
    // A line's own field, placed by the line's name and the year (its field table's label).
    id: "realisation",
    tab: "Realisation",
    title: "Step 1 · Title of the review",
    field: "Step 2 · Line 'One board' · Actual for year 3",
    step: 2,
    invalid: "three hundred thousand",
    says: "enter an amount, or leave it blank if not yet known",
  },
  {
    // The units of use, whose label carries the unit of use.
    id: "sharing",
    tab: "Sharing",
    title: "Step 1 · Title",
    field: "Step 1 · Partner 2 · Units of use (homes managed)",
    step: 1,
    invalid: "7500 homes",
    says: "enter a number",
  },
];

const steps = (page: Page) => page.getByRole("tablist", { name: "Steps" }).getByRole("tab");
const byKey = (page: Page, key: string) => page.locator(`#${fieldId(key)}`);

describeInChromium("each journey by keyboard alone, at 400 px", (env) => {
  test.each(CASES)("$tab", async (c) => {
    const context = await env.browser.newContext({
      viewport: { width: 400, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    let shot = 0;
    const screenshot = async (what: string) => {
      const file = artifact(`pane-400/${c.id}-keyboard-${++shot}-${what}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(fs.statSync(file).size).toBeGreaterThan(5000);
    };
    const open = async () => {
      await page.getByText("Running without Excel").waitFor({ timeout: 30000 });
      await enterOn(page, page.getByRole("tab", { name: c.tab, exact: true }));
    };
    const openStep = async (n: number) => {
      await enterOn(page, steps(page).nth(n - 1));
      await page.getByText(new RegExp(`^Step ${n} of \\d+:`)).waitFor();
    };
    const last = async () => {
      await steps(page).first().waitFor(); // a dialog closing hides the page a moment longer
      const count = await steps(page).count();
      await openStep(count);
      return count;
    };
    const problem = `${c.field}: ${c.says}`;
    const download = page.getByRole("button", { name: /^Download the (workbook|value map)/ });

    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    await open();
    await typeOver(page, byKey(page, c.title), "A draft typed by keyboard");
    if (c.step !== 1) await openStep(c.step);
    await typeOver(page, byKey(page, c.field), c.invalid);
    await screenshot("invalid");

    // The last step: Download disabled, the problem in words, a link to the field.
    await last();
    expect(await download.isDisabled()).toBe(true);
    const link = page.getByRole("button", { name: problem, exact: true });
    await screenshot("review");
    await enterOn(page, link);
    await page.getByText(new RegExp(`^Step ${c.step} of \\d+:`)).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId(c.field));
    await screenshot("focused");

    // A reload keeps what was typed, and the problem with it.
    await page.reload({ waitUntil: "load" });
    await open();
    if (c.step !== 1) await openStep(c.step);
    expect(await byKey(page, c.field).inputValue()).toBe(c.invalid);
    await screenshot("reloaded");
    if (c.step !== 1) await openStep(1);
    expect(await byKey(page, c.title).inputValue()).toBe("A draft typed by keyboard");

    // Start from another point asks first; keeping the draft keeps it.
    const startFrom = page.getByRole("combobox", { name: "Start from" });
    await chooseByKeyboard(page, startFrom, /^Example/);
    const ask = page.getByRole("dialog", { name: "Replace your draft?" });
    await ask.waitFor();
    await screenshot("asks");
    await enterOn(page, ask.getByRole("button", { name: "Keep my draft" }));
    await ask.waitFor({ state: "detached" });
    expect(await byKey(page, c.title).inputValue()).toBe("A draft typed by keyboard");
    await last();
    expect(await page.getByRole("button", { name: problem, exact: true }).count()).toBe(1);

    // Replacing it: the example's draft, nothing typed kept, the problem gone.
    await openStep(1);
    await chooseByKeyboard(page, startFrom, /^Example/);
    await ask.waitFor();
    await enterOn(page, ask.getByRole("button", { name: "Replace it" }));
    await ask.waitFor({ state: "detached" });
    expect(await byKey(page, c.title).inputValue()).not.toBe("A draft typed by keyboard");
    await last();
    expect(await page.getByRole("button", { name: problem, exact: true }).count()).toBe(0);
    await screenshot("replaced");
    expect(errors).toEqual([]);
    await context.close();
  });

  test("a link to a field on the open step focuses and shows it, each time; typed text alone makes Start from ask", async () => {
    const context = await env.browser.newContext({ viewport: { width: 400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    await page.getByText("Running without Excel").waitFor({ timeout: 30000 });
    await enterOn(page, page.getByRole("tab", { name: "Sharing", exact: true }));
    // Only text the field cannot use: the draft itself is still the starting example.
    const key = "Step 1 · Partner 2 · Units of use (homes managed)";
    await typeOver(page, byKey(page, key), "7500 homes");
    const link = page.getByRole("button", { name: `${key}: enter a number`, exact: true });
    for (let time = 1; time <= 2; time++) {
      await enterOn(page, link); // step 1 lists it below its own fields
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(fieldId(key));
      // In view: the field's box is inside the viewport.
      const box = await byKey(page, key).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      await page.keyboard.press("End"); // the caret, not the focus, moves
      await page.mouse.wheel(0, 3000); // scrolled away before the second time
    }
    await page.screenshot({
      path: artifact("pane-400/sharing-keyboard-same-step.png"),
      fullPage: true,
    });

    const startFrom = page.getByRole("combobox", { name: "Start from" });
    await chooseByKeyboard(page, startFrom, /^Example/);
    const ask = page.getByRole("dialog", { name: "Replace your draft?" });
    await ask.waitFor();
    await enterOn(page, ask.getByRole("button", { name: "Keep my draft" }));
    await ask.waitFor({ state: "detached" });
    expect(await byKey(page, key).inputValue()).toBe("7500 homes");
    expect(errors).toEqual([]);
    await context.close();
  });
});
