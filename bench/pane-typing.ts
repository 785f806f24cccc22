/**
 * `npm run bench:pane`: how long a keystroke takes in the task pane when the business case
 * is large (issue 14: "with 200 savings lines each keystroke takes ~300 ms"; the goal is
 * under 50 ms at the schema's maximum size). Reported as milliseconds per keystroke, never
 * asserted: timings depend on the machine.
 *
 * It serves dist/ (build it first: `npm run build:standalone`) and opens the standalone page
 * in Debian's Chromium at the pane's width, as the browser tests do (test/support/browser.ts),
 * with a draft of `options` options × `lines` savings lines already in the browser's storage,
 * then types into the first saving's description and its full annual value on the Savings
 * step.
 *
 * What one keystroke costs: from the key event's own time stamp (when the browser received
 * it, so time spent waiting behind earlier work counts) to the first animation frame after
 * it, i.e. until the browser may paint what was typed. Keystrokes are sent one after another,
 * each once the page has handled the last, as a fast typist would.
 */
/* global window, document, performance, requestAnimationFrame, localStorage */
import * as fs from "fs";
import { launchChromium, serveDist } from "../test/support/browser";
import { DIST } from "../test/support/dist";
import { largeCase, SAVING_SOURCES } from "../test/support/large-case";
import type { BusinessCase } from "../src/journeys/business-case/types";

/** A valid case of `options` options with `lines` savings lines each (the schema allows 10 × 100). */
function caseOf(options: number, lines: number): BusinessCase {
  const base = largeCase();
  const template = base.options[0];
  return {
    ...base,
    title: `${options} options × ${lines} savings lines`,
    options: Array.from({ length: options }, (_, k) => ({
      ...base.options[k % base.options.length],
      id: `option_${k + 1}`,
      name: `Option ${k + 1}`,
      savings: Array.from({ length: lines }, (_, i) => ({
        ...template.savings[i % template.savings.length],
        source: SAVING_SOURCES[i % SAVING_SOURCES.length],
        description: `Saving ${i + 1}`,
        fullAnnual: 100000 + 1000 * i + 10 * k,
      })),
    })),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function measure(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  options: number,
  lines: number
): Promise<{ description: number[]; amount: number[]; open: number }> {
  const context = await browser.newContext({ viewport: { width: 400, height: 1000 } });
  const draft = JSON.stringify(caseOf(options, lines));
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("bench.seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("bench.seeded", "1");
      }
    },
    ["pcba.businessCase.draft", draft]
  );
  const page = await context.newPage();
  // Before the lists paged, opening the Savings step at the schema's maximum rendered every
  // line: minutes, not seconds.
  page.setDefaultTimeout(600000);
  await page.goto(`${url}taskpane.html`, { waitUntil: "load" });
  await page.getByText("Step 1 of 6: Partners and purpose").waitFor({ timeout: 60000 });
  const t0 = Date.now();
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("Step 2 of 6: Savings").waitFor();
  await page.getByRole("textbox", { name: "Full annual saving" }).nth(0).waitFor();
  const open = Date.now() - t0;
  // Each keydown's latency: its time stamp to the next animation frame.
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[] };
    w.latencies = [];
    document.addEventListener(
      "keydown",
      (e) => {
        const at = e.timeStamp;
        requestAnimationFrame(() => w.latencies.push(performance.now() - at));
      },
      true
    );
  });
  const typeAt = async (name: string, text: string): Promise<number[]> => {
    const box = page.getByRole("textbox", { name }).nth(0);
    await box.focus();
    await page.keyboard.press("End");
    await page.evaluate(() => ((window as unknown as { latencies: number[] }).latencies = []));
    for (const ch of text) {
      await page.keyboard.press(ch);
      // Wait for the frame after the key, so each keystroke is measured on its own.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
    await page.waitForTimeout(200);
    return page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
  };
  const description = await typeAt("Description", " and the back office restructure");
  const amount = await typeAt("Full annual saving", "1234567890");
  // The typing reached the draft (the benchmark measured real edits, not a dead field); the
  // draft is stored after a 300 ms pause, which the wait above and this one cover.
  await page.waitForTimeout(400);
  const saved = await page.evaluate(() => localStorage.getItem("pcba.businessCase.draft")!);
  const first = (JSON.parse(saved) as BusinessCase).options[0].savings[0];
  if (!first.description.endsWith("back office restructure"))
    throw new Error(`the description typed did not reach the draft: "${first.description}"`);
  await context.close();
  return { description, amount, open };
}

async function main() {
  if (!fs.existsSync(`${DIST}/taskpane.html`))
    throw new Error('dist/ is missing: run "npm run build:standalone" first.');
  const sizes: [number, number][] = process.argv.includes("--quick")
    ? [[2, 100]]
    : [
        [1, 20],
        [2, 100],
        [10, 100],
      ];
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    console.log("Typing in the business case's Savings step (Chromium, 400 px wide)");
    console.log(
      "savings lines | opening the step | ms per keystroke: median (p90, max), description | amount"
    );
    for (const [options, lines] of sizes) {
      const r = await measure(browser, server.url, options, lines);
      const fmt = (xs: number[]) =>
        `${median(xs).toFixed(1)} (${quantile(xs, 0.9).toFixed(1)}, ${Math.max(...xs).toFixed(1)})`;
      console.log(
        `${String(options * lines).padStart(5)} (${options} × ${lines}) | ${String(r.open).padStart(6)} ms | ${fmt(r.description)} | ${fmt(r.amount)}`
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
