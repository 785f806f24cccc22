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
});
