/**
 * Serves the built add-in on localhost and opens it in Debian's Chromium with
 * playwright-core (never a downloaded browser). Screenshots go to test-artifacts/.
 */
import * as path from "path";
import * as fs from "fs";
import type { AddressInfo } from "net";
import type { Server } from "http";
import express from "express";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { DIST } from "./dist";

export const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(express.static(DIST));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (.ci/run does).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

const AXE = require.resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) inserts invisible <i data-tabster-dummy> elements that
 * are focusable and aria-hidden on purpose: they only redirect focus. axe reports them as
 * aria-hidden-focus; Microsoft's Accessibility Insights suppresses exactly this false positive
 * (microsoft/accessibility-insights-web#7605, microsoft/tabster#288). Only those nodes are
 * excused; any other aria-hidden-focus node still fails.
 */
const tabsterDummy = (v: Violation, html: string) =>
  v.id === "aria-hidden-focus" && html.includes("data-tabster-dummy");

export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the page's Content-Security-Policy refuses
  // inline scripts, and DevTools' evaluate is outside it.
  if (!(await page.evaluate(() => "axe" in window)))
    await page.evaluate(fs.readFileSync(AXE, "utf8"));
  // Let finite CSS transitions end first (a button Fluent is fading from disabled to enabled
  // has, mid-fade, a contrast no user reads); endless ones (a spinner) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  const violations = (await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe.run({
      resultTypes: ["violations"],
    });
    return result.violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterDummy(v, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Serves dist/ and launches Chromium around a describe block's tests (beforeAll/afterAll);
 * the returned object holds both once the tests run.
 */
export function standalonePage(): { browser: Browser; url: string } {
  const env = {} as { browser: Browser; url: string };
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveDist();
    env.url = server.url;
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

/**
 * A fresh pane at the task pane's width (downloads allowed), collecting the page's uncaught
 * errors, opened from the keyboard on `view` (one of the pane's tabs) when given.
 */
export async function openPane(
  env: { browser: Browser; url: string },
  view?: string
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await env.browser.newContext({
    viewport: { width: 420, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
  if (view) {
    const tab = page.getByRole("tab", { name: view });
    await tab.waitFor({ timeout: 30000 });
    await tab.focus();
    await page.keyboard.press("Enter");
  }
  return { context, page, errors };
}

/**
 * {@link openPane} on a journey's tab, once its first step shows (`first`: "Step 1 of 4:
 * Bids"), the set-up every journey's browser test starts from.
 */
export async function openJourney(
  env: { browser: Browser; url: string },
  view: string,
  first: string
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openPane(env, view);
  await opened.page.getByText(first).waitFor();
  return opened;
}

/** The business case's shipped example in "Start from". */
export const TWO_ASSOCIATIONS = "Example: Two associations, £5m a year by year five";

/**
 * On the business case (the pane's first tab): "Start from" the example `name`, then
 * "Review and build", once its Monte Carlo section's option picker shows.
 */
export async function startFromExample(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "Start from" }).click();
  await page.getByRole("option", { name }).click();
  await page.getByRole("tab", { name: /Review and build/ }).click();
  await page.getByRole("combobox", { name: "Option to simulate" }).waitFor({ timeout: 30000 });
}

/** Focuses a button and presses Enter. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole("button", { name }).focus();
  await page.keyboard.press("Enter");
}

/** Focuses a text box and types into it, replacing what was there. */
export async function typeInto(
  page: Page,
  name: string | RegExp,
  text: string,
  nth = 0
): Promise<void> {
  await page.getByRole("textbox", { name }).nth(nth).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/**
 * A describe block of Chromium tests: dist/ served and Chromium launched around them
 * ({@link standalonePage}, whose object `tests` receives), each test given `timeout` ms (four
 * minutes by default: a download and LibreOffice's recalculation may be among its steps).
 */
export function describeInChromium(
  name: string,
  tests: (env: { browser: Browser; url: string }) => void,
  timeout = 240000
): void {
  jest.setTimeout(timeout);
  describe(name, () => tests(standalonePage()));
}

/** Whether `target` (or something inside it) has the focus. */
const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * Moves the focus to `target` by keyboard only, as a keyboard user would: Tab (Shift+Tab with
 * `back`) until it has the focus. A tab list is one Tab stop (Fluent's TabList, ARIA's tabs
 * pattern), so once the focus is in `target`'s tab list the arrow keys move along it.
 * Throws after `max` presses, saying what had the focus.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 400 }: { back?: boolean; max?: number } = {}
): Promise<void> {
  await target.waitFor({ timeout: 30000 });
  for (let i = 0; i < max; i++) {
    if (await hasFocus(target)) return;
    const inItsList = await target.evaluate((el) => {
      const list = el.closest('[role="tablist"]');
      return list !== null && list.contains(document.activeElement);
    });
    if (inItsList) {
      for (const key of ["ArrowRight", "ArrowLeft"])
        for (let k = 0; k < 12; k++) {
          if (await hasFocus(target)) return;
          await page.keyboard.press(key);
        }
    }
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  const at = await page.evaluate(
    () =>
      `${document.activeElement?.tagName} ${document.activeElement?.id} "${document.activeElement?.textContent?.slice(0, 40)}"`
  );
  throw new Error(`Not reached by ${max} presses of Tab: ${target}; the focus is on ${at}`);
}

/** Tabs to `target` (a button, a link, a tab) and presses Enter. */
export async function enterOn(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}

/** Tabs to the text box `target`, selects what it holds and types `text` over it. */
export async function typeOver(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

/**
 * Chooses the option whose name matches `option` in the drop-down `combobox`, by keyboard:
 * Tab to it, Enter opens it, the down arrow moves to the option (the combobox's
 * aria-activedescendant), Enter chooses it.
 */
export async function chooseByKeyboard(
  page: Page,
  combobox: Locator,
  option: RegExp
): Promise<void> {
  await tabTo(page, combobox);
  await page.keyboard.press("Enter");
  for (let k = 0; k < 40; k++) {
    const active = await combobox.evaluate((el) => {
      const id = el.getAttribute("aria-activedescendant");
      return id ? (document.getElementById(id)?.textContent ?? "") : "";
    });
    if (option.test(active)) {
      await page.keyboard.press("Enter");
      return;
    }
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`No option ${option} in ${combobox}`);
}
