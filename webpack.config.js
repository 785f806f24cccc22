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
const { sources, Compilation, NormalModuleReplacementPlugin } = require("webpack");
const { DEV_URL, xmlManifest, unifiedManifest } = require("./scripts/manifests.js");

/**
 * The modules whose JSDoc declares custom functions, in the catalogue's order (the README's
 * function reference follows it). The entry, src/functions/functions.ts, re-exports them.
 */
const FUNCTION_SOURCES = [
  "./src/functions/appraisal.ts",
  "./src/functions/prices.ts",
  "./src/functions/sroi.ts",
  "./src/functions/perspectives.ts",
  "./src/functions/partnership-finance.ts",
  "./src/functions/payment-by-results.ts",
  "./src/functions/bids.ts",
];
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
/** The frame office.js opens for Microsoft's telemetry (seen in Chromium on the standalone page). */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const DEV_CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The pane page's Content-Security-Policy: only the page's own origin, plus Microsoft's CDN
 * for office.js in production (office.js loads its host scripts from the same place). No
 * 'unsafe-eval': the JSON Schemas are compiled at build time (scripts/schema-loader.js) and
 * the source maps are files. Styles: Fluent UI (Griffel) inserts its rules at run time into
 * <style> elements it creates, which CSP counts as inline style, hence 'unsafe-inline' for
 * styles only (never for scripts); office.js also sets a style attribute on the telemetry
 * frame it opens. Development adds the dev server's live-reload socket.
 */
function contentSecurityPolicy({ officeJsOrigin, dev }) {
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(officeJsOrigin ? [officeJsOrigin] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws://localhost:*", "wss://localhost:*"] : [])],
    "worker-src": ["'self'"],
    // office.js frames Microsoft's telemetry service on every page; nothing else is framed.
    "frame-src": [OFFICE_TELEMETRY],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

const PUBLIC_URL_HELP =
  "Set ADDIN_PUBLIC_URL to the HTTPS address dist/ will be served from, for example:\n" +
  "  ADDIN_PUBLIC_URL=https://addins.example.org/pcba/ npm run build\n" +
  "(npm run build:dev and npm run build:standalone build for https://localhost:3000/ instead).";

/**
 * The public URL the add-in is served from, always ending in "/". A production build for
 * Microsoft's CDN (`npm run build`) is what gets deployed, so it must name its real host:
 * without ADDIN_PUBLIC_URL (or with one naming localhost or plain HTTP) it stops, rather
 * than ship manifests and help URLs that point at localhost. Development builds and the
 * standalone test build (`--env officejs=local`, what `npm test` builds) use the
 * development URL unless ADDIN_PUBLIC_URL is given.
 */
function publicUrl({ mode, localOfficeJs }) {
  const fromEnv = process.env.ADDIN_PUBLIC_URL;
  if (mode !== "production" || (localOfficeJs && !fromEnv)) return DEV_URL;
  if (!fromEnv) throw new Error(`A production build needs its public URL. ${PUBLIC_URL_HELP}`);
  let parsed;
  try {
    parsed = new URL(fromEnv);
  } catch {
    throw new Error(
      `ADDIN_PUBLIC_URL is not a URL: ${JSON.stringify(fromEnv)}. ${PUBLIC_URL_HELP}`
    );
  }
  if (parsed.protocol !== "https:")
    throw new Error(
      `ADDIN_PUBLIC_URL must be HTTPS (Office loads add-ins only over HTTPS): ${fromEnv}`
    );
  if (!localOfficeJs && /^(localhost|127\.|\[::1\])/.test(parsed.hostname))
    throw new Error(
      `ADDIN_PUBLIC_URL names ${parsed.hostname}, which users cannot reach. ${PUBLIC_URL_HELP}`
    );
  return fromEnv.endsWith("/") ? fromEnv : `${fromEnv}/`;
}

/**
 * exceljs in the browser, from its sources (`lib/exceljs.bare.js`) instead of its prebuilt
 * `dist/exceljs.min.js`: that bundle carries browserify's Node polyfills, among them
 * crypto-browserify with an old `elliptic`, and its own JSZip beside the one the .xlsx
 * adapter imports. From source, webpack shares our JSZip and leaves out what the add-in never
 * calls: CSV (a stub, scripts/shims/exceljs-csv.js), `crypto` (sheet protection passwords)
 * and `fs` (reading and writing files by name). Only Buffer, process, events and
 * readable-stream are polyfilled, as exceljs's writer uses them, and `process` and `Buffer`
 * are given to those modules and to JSZip alone (scripts/shims/node-globals-loader.js):
 * exceljs asks JSZip for a `nodebuffer`, which JSZip makes only where it sees a Buffer, as
 * inside exceljs's own bundle and in node, where the tests run it.
 */
const EXCELJS_BROWSER = {
  alias: { exceljs$: require.resolve("exceljs/lib/exceljs.bare.js") },
  fallback: {
    fs: false,
    crypto: false,
    path: false,
    os: false,
    stream: require.resolve("readable-stream"),
    buffer: require.resolve("buffer/"),
    events: require.resolve("events/"),
    string_decoder: require.resolve("string_decoder/"),
    util: false,
  },
  rule: {
    test: /\.js$/,
    include: /[\\/]node_modules[\\/](exceljs[\\/]lib|readable-stream|jszip[\\/]dist)[\\/]/,
    use: path.resolve(__dirname, "scripts/shims/node-globals-loader.js"),
  },
  plugins: [
    new NormalModuleReplacementPlugin(/^\.\.\/csv\/csv$/, (resource) => {
      if (/[\\/]exceljs[\\/]lib[\\/]doc$/.test(resource.context))
        resource.request = path.resolve(__dirname, "scripts/shims/exceljs-csv.js");
    }),
  ],
};

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
          // A build for a public URL ships nothing that names localhost: no manifest, page,
          // metadata or script (source maps aside: they quote the sources).
          for (const file of Object.keys(assets)) {
            if (!/\.(js|json|xml|html)$/.test(file) || file.startsWith("office-js/")) continue;
            if (/localhost|127\.0\.0\.1/.test(assets[file].source().toString()))
              compilation.errors.push(
                new Error(`${file} still names localhost in a build for ${this.url}`)
              );
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
  const url = publicUrl({ mode, localOfficeJs });

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
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      alias: EXCELJS_BROWSER.alias,
      fallback: EXCELJS_BROWSER.fallback,
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        EXCELJS_BROWSER.rule,
        {
          // JSON data in src/ (the function reference) names help pages under the public URL.
          test: /\.json$/,
          include: path.resolve(__dirname, "src"),
          exclude: /\.schema\.json$/,
          use: {
            loader: path.resolve(__dirname, "scripts/public-url-loader.js"),
            options: { from: DEV_URL, to: url },
          },
        },
        {
          // JSON Schemas, compiled to validators at build time (no `new Function` at run time).
          test: /\.schema\.json$/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "scripts/schema-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      ...EXCELJS_BROWSER.plugins,
      // src/schema: the build-time validators instead of Ajv's run-time compiler.
      new NormalModuleReplacementPlugin(/(^|[\\/])ajv-runtime$/, (resource) => {
        resource.request = resource.request.replace(/ajv-runtime$/, "ajv-precompiled");
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_SOURCES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions first: in the shared runtime the pane's page also hosts the functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJs: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
          csp: contentSecurityPolicy({
            officeJsOrigin: localOfficeJs ? undefined : new URL(OFFICE_JS_CDN).origin,
            dev,
          }),
        },
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
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_TELEMETRY = OFFICE_TELEMETRY;
module.exports.PublicUrlPlugin = PublicUrlPlugin;
