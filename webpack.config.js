/* eslint-disable no-undef */
/**
 * One build for the whole add-in: the task pane (React + Fluent UI), the custom-functions
 * bundle, functions.json (from JSDoc, by custom-functions-metadata-plugin; a metadata error
 * fails the build) and both manifests (manifest.xml and the unified manifest.json, rendered
 * from manifest.config.js), with URLs pointed at the production host when ADDIN_PUBLIC_URL
 * is set.
 *
 * office.js: production pages load it from Microsoft's CDN, as AppSource requires.
 * Development builds, and builds made with `--env officejs=local`, serve the copy shipped in
 * the @microsoft/office-js package instead, so the pane also runs where the CDN cannot be
 * reached (the standalone page, CI).
 */
const path = require("path");
const fs = require("fs");
const os = require("os");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, Compilation } = require("webpack");
const { DEV_URL, xmlManifest, unifiedManifest } = require("./scripts/manifests.js");

/**
 * The modules whose JSDoc declares custom functions, in the catalogue's order (the README's
 * function reference follows it). The entry, src/functions/functions.ts, re-exports them.
 */
const FUNCTION_SOURCES = [
  "./src/functions/appraisal.ts",
  "./src/functions/sroi.ts",
  "./src/functions/perspectives.ts",
  "./src/functions/partnership-finance.ts",
  "./src/functions/payment-by-results.ts",
  "./src/functions/bids.ts",
];
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const DEV_CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The public URL the add-in is served from, always ending in "/". */
function publicUrl(mode) {
  const url =
    mode === "production" && process.env.ADDIN_PUBLIC_URL ? process.env.ADDIN_PUBLIC_URL : DEV_URL;
  return url.endsWith("/") ? url : `${url}/`;
}

/** HTTPS options from office-addin-dev-certs when they are installed; plain HTTP otherwise. */
function devServerTransport() {
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(DEV_CERT_DIR, f));
  if (process.env.PCBA_HTTP !== "1" && files.every((f) => fs.existsSync(f))) {
    const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
    return { type: "https", options: { key, cert, ca } };
  }
  return { type: "http" };
}

/**
 * Emits both manifests, rendered from manifest.config.js for the build's public URL:
 * manifest.xml (the XML manifest) and manifest.json (the unified manifest for Microsoft 365).
 */
class ManifestsPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset("manifest.xml", new sources.RawSource(xmlManifest(this.url)));
          const json = `${JSON.stringify(unifiedManifest(this.url), null, 2)}\n`;
          compilation.emitAsset("manifest.json", new sources.RawSource(json));
        }
      );
    });
  }
}

/** Rewrites the development URL in emitted text assets (functions.json help URLs). */
class PublicUrlPlugin {
  constructor(url, files) {
    this.url = url;
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PublicUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublicUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          if (this.url === DEV_URL) return;
          for (const file of this.files) {
            if (!assets[file]) continue;
            const text = assets[file].source().toString().split(DEV_URL).join(this.url);
            compilation.updateAsset(file, new sources.RawSource(text));
          }
        }
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const localOfficeJs = dev || env.officejs === "local";
  const url = publicUrl(mode);

  return {
    mode,
    target: ["web", "es2020"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      // The pane's Monte Carlo Web Worker (loaded by URL, never injected into the page).
      "monte-carlo": "./src/uncertainty/monte-carlo.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_SOURCES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first: in the shared runtime the pane's page also hosts the functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(localOfficeJs && !dev
            ? [
                { from: path.join(OFFICE_JS_PACKAGE, "office.js"), to: "office-js/office.js" },
                {
                  from: path.join(OFFICE_JS_PACKAGE, "o15apptofilemappingtable.js"),
                  to: "office-js/o15apptofilemappingtable.js",
                },
                { from: path.join(OFFICE_JS_PACKAGE, "en-us"), to: "office-js/en-us" },
              ]
            : []),
        ],
      }),
      new ManifestsPlugin(url),
      new PublicUrlPlugin(url, ["functions.json"]),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: OFFICE_JS_PACKAGE, publicPath: "/office-js", watch: false }],
      server: devServerTransport(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.FUNCTION_SOURCES = FUNCTION_SOURCES;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
