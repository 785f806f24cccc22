import { artifact, standalonePage } from "../support/browser";

jest.setTimeout(120000);

describe("standalone page in Chromium", () => {
  const env = standalonePage();

  test("renders the pane without Excel, with no console errors", async () => {
    const page = await env.browser.newPage({ viewport: { width: 420, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // Our own files must all load. office.js also asks Microsoft's telemetry host for a frame;
    // that host is unreachable here (no internet), which is not a fault of the page.
    page.on("requestfailed", (r) => {
      if (r.url().startsWith(env.url)) problems.push(`request failed: ${r.url()}`);
    });

    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    await page.getByText("Running without Excel").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("heading", { name: "Function reference" }).waitFor();
    await page.getByText("=PCBA.DISCOUNT_FACTOR(year, [discount])").waitFor();
    // office.js came from the package copy, not the CDN.
    expect(await page.evaluate(() => typeof (window as any).Office?.onReady)).toBe("function");
    await page.screenshot({ path: artifact("standalone-pane.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  test("runs under its Content-Security-Policy: no violation, no eval, and the schema checks still work", async () => {
    const context = await env.browser.newContext({ viewport: { width: 420, height: 1000 } });
    // Every violation the page reports, from its first script on.
    await context.addInitScript(() => {
      const seen: string[] = ((window as any).__cspViolations = []);
      document.addEventListener("securitypolicyviolation", (e) =>
        seen.push(
          `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`
        )
      );
    });
    const page = await context.newPage();
    const consoleViolations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${env.url}taskpane.html`, { waitUntil: "load" });
    await page.getByText("Running without Excel").waitFor({ timeout: 30000 });

    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval/);
    // The policy is enforced: code built from a string is refused (Ajv's run-time compiler
    // would be; the validators in the bundle are compiled at build time). Run from the page's
    // own event loop: DevTools' evaluate is exempt from the page's policy.
    await page.evaluate(() => {
      setTimeout(() => {
        try {
          (window as any).__evalProbe = String(new Function("return 1")());
        } catch (e) {
          (window as any).__evalProbe = (e as Error).name;
        }
      }, 0);
    });
    await page.waitForFunction(() => (window as any).__evalProbe !== undefined);
    expect(await page.evaluate(() => (window as any).__evalProbe)).toBe("EvalError");
    const probed = (await page.evaluate(() => (window as any).__cspViolations)) as string[];
    expect(probed).toEqual([expect.stringMatching(/^script-src blocked eval/)]);

    // A schema rule, checked by the precompiled validator: a bid with no bidder's name (the
    // name field commits "" as typed, so only the schema's minLength can catch it; a price of
    // 0 is now refused by its field as it is typed, before the schema sees it).
    await page.getByRole("tab", { name: "Compare bids" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Step 1 of 4: Bids").waitFor();
    await page.getByRole("textbox", { name: /^Bidder/ }).nth(1).focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.getByRole("tab", { name: "4. Scores and ranks" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Step 1 · Bid 2: enter the bidder's name").first().waitFor();

    // Nothing else was refused: only the probe's own eval above.
    const violations = (
      (await page.evaluate(() => (window as any).__cspViolations)) as string[]
    ).filter((v) => !(v.startsWith("script-src") && v.includes("blocked eval")));
    expect(violations).toEqual([]);
    expect(consoleViolations.filter((t) => !/unsafe-eval/.test(t))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
