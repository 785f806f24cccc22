/* eslint-disable @typescript-eslint/no-require-imports */
const config = require("../../webpack.config.js");

function htmlPlugin(c: any): any {
  return c.plugins.find((p: any) => p.constructor.name === "HtmlWebpackPlugin");
}

describe("webpack configuration", () => {
  test("production pages load office.js from Microsoft's CDN", () => {
    const c = config({}, { mode: "production" });
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
    const c = config({}, { mode: "production" });
    expect(Object.keys(c.entry).sort()).toEqual(["functions", "monte-carlo", "taskpane"]);
    expect(c.optimization?.splitChunks).toBeUndefined();
  });
});

describe("production URL", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });
  test("ADDIN_PUBLIC_URL replaces every development URL in both manifests", () => {
    process.env.ADDIN_PUBLIC_URL = "https://addin.example.org/pcba";
    const c = config({}, { mode: "production" });
    const plugin = c.plugins.find((p: any) => p.constructor.name === "ManifestsPlugin");
    expect(plugin.url).toBe("https://addin.example.org/pcba/");
    const { xmlManifest, unifiedManifest } = require("../../scripts/manifests.js");
    for (const out of [xmlManifest(plugin.url), JSON.stringify(unifiedManifest(plugin.url))]) {
      expect(out).not.toContain("localhost");
      expect(out).toContain("https://addin.example.org/pcba/taskpane.html");
      expect(out).toContain("https://addin.example.org/pcba/functions.json");
    }
  });
});
