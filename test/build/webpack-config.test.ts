/* eslint-disable @typescript-eslint/no-require-imports */
const config = require("../../webpack.config.js");

function htmlPlugin(c: any): any {
  return c.plugins.find((p: any) => p.constructor.name === "HtmlWebpackPlugin");
}

const PUBLIC = "https://addin.example.org/pcba";
const saved = process.env.ADDIN_PUBLIC_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = saved;
});

/** The production configuration for the public URL (what `npm run build` makes). */
function production(): any {
  process.env.ADDIN_PUBLIC_URL = PUBLIC;
  return config({}, { mode: "production" });
}

function csp(c: any): Record<string, string[]> {
  const policy: string = htmlPlugin(c).userOptions.templateParameters.csp;
  return Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    })
  );
}

describe("webpack configuration", () => {
  test("production pages load office.js from Microsoft's CDN", () => {
    const c = production();
    expect(htmlPlugin(c).userOptions.templateParameters.officeJs).toBe(config.OFFICE_JS_CDN);
  });
  test("development and --env officejs=local use the npm package's copy", () => {
    expect(
      htmlPlugin(config({}, { mode: "development" })).userOptions.templateParameters.officeJs
    ).toBe(config.OFFICE_JS_LOCAL);
    expect(
      htmlPlugin(config({ officejs: "local" }, { mode: "production" })).userOptions
        .templateParameters.officeJs
    ).toBe(config.OFFICE_JS_LOCAL);
  });
  test("functions, pane and the Monte Carlo worker are separate entries (functions.js stands alone)", () => {
    const c = production();
    expect(Object.keys(c.entry).sort()).toEqual(["functions", "monte-carlo", "taskpane"]);
    expect(c.optimization?.splitChunks).toBeUndefined();
  });
});

describe("Content-Security-Policy of the pane's page", () => {
  test("scripts from the page's origin only, plus Microsoft's CDN in production; never eval", () => {
    const prod = csp(production());
    expect(prod["script-src"]).toEqual(["'self'", new URL(config.OFFICE_JS_CDN).origin]);
    delete process.env.ADDIN_PUBLIC_URL;
    const standalone = csp(config({ officejs: "local" }, { mode: "production" }));
    expect(standalone["script-src"]).toEqual(["'self'"]);
    const dev = csp(config({}, { mode: "development" }));
    for (const policy of [prod, standalone, dev]) {
      expect(policy["default-src"]).toEqual(["'self'"]);
      expect(policy["object-src"]).toEqual(["'none'"]);
      expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
      expect(policy["script-src"]).not.toContain("'unsafe-inline'");
      expect(policy["frame-src"]).toEqual([config.OFFICE_TELEMETRY]);
    }
    // Only development opens the dev server's live-reload socket.
    expect(dev["connect-src"]).toContain("wss://localhost:*");
    expect(prod["connect-src"]).toEqual(["'self'"]);
  });
  test("the page carries it (the template has the meta element)", () => {
    const fs = require("fs");
    const html: string = fs.readFileSync(
      require.resolve("../../src/taskpane/taskpane.html"),
      "utf8"
    );
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>"/);
  });
  test("no source maps evaluated from strings (eval devtools need 'unsafe-eval')", () => {
    for (const c of [production(), config({}, { mode: "development" })])
      expect(c.devtool).toBe("source-map");
  });
});

describe("production URL", () => {
  test("ADDIN_PUBLIC_URL replaces every development URL in both manifests", () => {
    const c = production();
    const plugin = c.plugins.find((p: any) => p.constructor.name === "ManifestsPlugin");
    expect(plugin.url).toBe("https://addin.example.org/pcba/");
    const { xmlManifest, unifiedManifest } = require("../../scripts/manifests.js");
    for (const out of [xmlManifest(plugin.url), JSON.stringify(unifiedManifest(plugin.url))]) {
      expect(out).not.toContain("localhost");
      expect(out).toContain("https://addin.example.org/pcba/taskpane.html");
      expect(out).toContain("https://addin.example.org/pcba/functions.json");
    }
  });
  test("npm run build without ADDIN_PUBLIC_URL stops and says how to set it", () => {
    delete process.env.ADDIN_PUBLIC_URL;
    expect(() => config({}, { mode: "production" })).toThrow(
      /needs its public URL\. Set ADDIN_PUBLIC_URL .*\n\s+ADDIN_PUBLIC_URL=https:\/\/\S+ npm run build/
    );
  });
  test("a public URL naming localhost, or plain HTTP, is refused", () => {
    for (const bad of [
      "https://localhost:3000/",
      "https://127.0.0.1/pcba/",
      "http://addin.example.org/",
    ]) {
      process.env.ADDIN_PUBLIC_URL = bad;
      expect(() => config({}, { mode: "production" })).toThrow(/ADDIN_PUBLIC_URL/);
    }
  });
  test("the builds npm test makes need no ADDIN_PUBLIC_URL: standalone and development use localhost", () => {
    delete process.env.ADDIN_PUBLIC_URL;
    const plugin = (c: any) => c.plugins.find((p: any) => p.constructor.name === "ManifestsPlugin");
    // package.json's build:standalone is what npm test runs before jest.
    const pkg = require("../../package.json");
    expect(pkg.scripts.test).toContain("npm run build:standalone");
    expect(pkg.scripts["build:standalone"]).toContain("--env officejs=local");
    expect(plugin(config({ officejs: "local" }, { mode: "production" })).url).toBe(config.DEV_URL);
    expect(plugin(config({}, { mode: "development" })).url).toBe(config.DEV_URL);
  });
  test("the help links in the pane's bundled function reference move to the public URL too", () => {
    const c = production();
    const rule = c.module.rules.find((r: any) =>
      String(r.use?.loader ?? "").endsWith("public-url-loader.js")
    );
    expect(rule.use.options).toEqual({ from: config.DEV_URL, to: `${PUBLIC}/` });
    expect(rule.test.test("src/functions/reference.json")).toBe(true);
    const loader = require("../../scripts/public-url-loader.js");
    const reference = require("fs").readFileSync(
      require.resolve("../../src/functions/reference.json"),
      "utf8"
    );
    expect(reference).toContain(config.DEV_URL);
    const out: string = loader.call({ getOptions: () => rule.use.options }, reference);
    expect(out).not.toContain("localhost");
    expect(out).toContain(`${PUBLIC}/taskpane.html#DISCOUNT_FACTOR`);
  });
  test("a build for a public URL fails when an emitted file still names localhost", () => {
    const { sources } = require("webpack");
    const run = (assets: Record<string, any>) => {
      const compilation: any = {
        errors: [] as Error[],
        hooks: { processAssets: { tap: (_o: unknown, fn: (a: unknown) => void) => fn(assets) } },
        updateAsset: (file: string, source: unknown) => (assets[file] = source),
      };
      new config.PublicUrlPlugin(`${PUBLIC}/`, ["functions.json"]).apply({
        hooks: {
          thisCompilation: { tap: (_n: string, fn: (c: unknown) => void) => fn(compilation) },
        },
      });
      return compilation.errors.map((e: Error) => e.message);
    };
    const raw = (text: string) => new sources.RawSource(text);
    // functions.json is rewritten; a script that still names localhost stops the build.
    expect(
      run({
        "functions.json": raw(`{"helpUrl":"${config.DEV_URL}x"}`),
        "a.js.map": raw("localhost"),
      })
    ).toEqual([]);
    expect(run({ "taskpane.js": raw(`"${config.DEV_URL}taskpane.html#PV"`) })).toEqual([
      `taskpane.js still names localhost in a build for ${PUBLIC}/`,
    ]);
  });
});
