/**
 * Bundle hygiene (webpack.config.js, EXCELJS_BROWSER): exceljs is bundled from its sources,
 * so the .xlsx download shares the one JSZip and carries none of browserify's crypto
 * polyfills (whose `elliptic` had an advisory fixed in 6.6.1).
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, distFile } from "../support/dist";

/** Every JavaScript file the build emits, with its text. */
function scripts(): { file: string; text: string }[] {
  distFile("taskpane.js");
  return fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .map((file) => ({ file, text: fs.readFileSync(path.join(DIST, file), "utf8") }));
}

/** Strings each copy of JSZip carries once, whichever build of it (minified or not). */
const JSZIP_MARKERS = [
  "The constructor with parameters has been removed in JSZip 3.0",
  "Corrupted zip or bug: expected",
];
/** elliptic's curve names and its package name, as crypto-browserify bundles them. */
const ELLIPTIC_MARKERS = [/\belliptic\b/, /secp256k1/, /ed25519/, /crypto-browserify/];

const count = (text: string, s: string) => text.split(s).length - 1;

test("no emitted script carries elliptic or crypto-browserify", () => {
  const found = scripts().flatMap(({ file, text }) =>
    ELLIPTIC_MARKERS.filter((m) => m.test(text)).map((m) => `${file}: ${m}`)
  );
  expect(found).toEqual([]);
});

test("exactly one copy of JSZip in the whole build", () => {
  for (const marker of JSZIP_MARKERS) {
    const copies = scripts().reduce((n, { text }) => n + count(text, marker), 0);
    expect(copies).toBe(1);
  }
});

test("exceljs comes from its sources, not its prebuilt browser bundle", () => {
  const maps = fs.readdirSync(DIST).filter((f) => f.endsWith(".js.map"));
  const sources = maps.flatMap(
    (f) => JSON.parse(fs.readFileSync(path.join(DIST, f), "utf8")).sources as string[]
  );
  expect(sources.some((s) => s.includes("exceljs/lib/doc/workbook.js"))).toBe(true);
  expect(sources.filter((s) => s.includes("exceljs/dist/"))).toEqual([]);
  // The CSV stand-in, not fast-csv and its streams.
  expect(sources.filter((s) => s.includes("fast-csv"))).toEqual([]);
});

test("the pane's first load does not carry exceljs or JSZip (they arrive with the first download)", () => {
  const map = JSON.parse(fs.readFileSync(distFile("taskpane.js.map"), "utf8"));
  const sources = map.sources as string[];
  expect(sources.filter((s) => /node_modules\/(exceljs|jszip)\//.test(s))).toEqual([]);
  expect(sources.some((s) => s.includes("src/taskpane/"))).toBe(true);
});
