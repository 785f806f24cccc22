/**
 * Requirement sets, declared and guarded: every Office.js member the adapters and the pane
 * use (found anywhere under src/ by TypeScript's type checker) has the API set that
 * `@types/office-js` documents for it (`[Api set: ExcelApi 1.8]`); each must be within the
 * sets manifest.config.js declares (both manifests are rendered from it) or run only under
 * an `Office.context.requirements.isSetSupported` check for at least its version. And the
 * declared sets are the minimum: something unguarded needs each one.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  compareVersions,
  covers,
  officeApiUses,
  programFor,
  sourceFiles,
  type ApiSet,
  type ApiUse,
} from "../support/office-api-sets";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../manifest.config.js");

jest.setTimeout(180000);

const ROOT = path.resolve(__dirname, "../..");
/** Any Excel that runs Office.js add-ins has ExcelApi 1.1. */
const IMPLICIT: ApiSet[] = [{ name: "ExcelApi", version: "1.1" }];
const declared: ApiSet[] = [
  ...IMPLICIT,
  ...config.requirements.map((r: { name: string; minVersion: string }) => ({
    name: r.name,
    version: r.minVersion,
  })),
];

const describeUse = (u: ApiUse) =>
  `${u.member} (${u.set.name} ${u.set.version}) at ${u.file}:${u.line}`;
const unguardedAbove = (uses: ApiUse[], sets: ApiSet[]) =>
  uses.filter((u) => !covers([...sets, ...u.guardedBy], u.set));

describe("the Office.js members src/ uses", () => {
  const files = sourceFiles(path.join(ROOT, "src"));
  const uses = officeApiUses(programFor(files, ROOT), files, ROOT);

  test("are found, with the sets @types/office-js documents", () => {
    expect(uses.length).toBeGreaterThan(50);
    const setOf = (member: string) => uses.find((u) => u.member === member)?.set;
    // Known from Microsoft's reference: overlap 1.8; reversePlotOrder 1.7; names.add 1.4.
    expect(setOf("Excel.ChartSeries.overlap")).toEqual({ name: "ExcelApi", version: "1.8" });
    expect(setOf("Excel.ChartAxis.reversePlotOrder")).toEqual({ name: "ExcelApi", version: "1.7" });
    expect(setOf("Excel.NamedItemCollection.add")).toEqual({ name: "ExcelApi", version: "1.4" });
    expect(setOf("Excel.WorksheetCollection.add")).toEqual({ name: "ExcelApi", version: "1.1" });
  });

  test("each is within the declared sets or guarded by isSetSupported for its version", () => {
    expect(unguardedAbove(uses, declared).map(describeUse)).toEqual([]);
  });

  test("the declared sets are the minimum: each is needed by an unguarded use", () => {
    for (const r of config.requirements as { name: string; minVersion: string }[]) {
      if (r.name === "SharedRuntime") continue; // the pane and the functions share one page
      const needing = uses.filter(
        (u) =>
          u.set.name === r.name &&
          compareVersions(u.set.version, r.minVersion) === 0 &&
          !covers([...IMPLICIT, ...u.guardedBy], u.set)
      );
      expect(needing.map((u) => u.member)).not.toEqual([]);
    }
  });

  test("the members above the declared sets, each with its guard (the list in the README)", () => {
    const guarded = [
      ...new Set(
        uses
          .filter((u) => !covers(declared, u.set))
          .map((u) => `${u.set.name} ${u.set.version} ${u.member}`)
      ),
    ].sort();
    expect(guarded).toContain("ExcelApi 1.8 Excel.ChartSeries.overlap");
    expect(guarded).toContain("ExcelApi 1.7 Excel.Workbook.getActiveCell");
    expect(guarded).toContain("ExcelApi 1.6 Excel.Range.conditionalFormats");
  });
});

describe("the scanner itself", () => {
  // Fixture files outside src/, checked with the same compiler options.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-api-sets-"));
  const write = (name: string, body: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `/* global Excel, Office */\nexport ${body}\n`);
    return file;
  };
  const files = [
    write("bare.ts", `function f(s: Excel.ChartSeries) { s.overlap = 100; }`),
    write(
      "low.ts",
      `function f(s: Excel.ChartSeries) { if (Office.context.requirements.isSetSupported("ExcelApi", "1.7")) s.overlap = 100; }`
    ),
    write(
      "ok.ts",
      `function f(s: Excel.ChartSeries) { if (Office.context.requirements.isSetSupported("ExcelApi", "1.8")) s.overlap = 100; }`
    ),
    write(
      "helper.ts",
      `function has(set: string, v: string) { return Office.context.requirements.isSetSupported(set, v); }\n` +
        `export function f(all: Excel.ChartSeries[]) { for (const s of all) { if (!has("ExcelApi", "1.8")) continue; s.overlap = 1; } }`
    ),
    write(
      "ternary.ts",
      `function f(c: Excel.RequestContext) { return Office.context.requirements.isSetSupported("ExcelApi", "1.7") ? c.workbook.getActiveCell() : c.workbook.getSelectedRange(); }`
    ),
  ];
  const uses = officeApiUses(programFor(files, ROOT), files, dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("flags an unguarded use and a guard for too low a version; accepts the rest", () => {
    const flagged = unguardedAbove(uses, declared).map((u) => `${u.file} ${u.member}`);
    expect(flagged).toEqual([
      "bare.ts Excel.ChartSeries.overlap",
      "low.ts Excel.ChartSeries.overlap",
    ]);
    expect(
      uses.some((u) => u.file === "ternary.ts" && u.member === "Excel.Workbook.getActiveCell")
    ).toBe(true);
  });
});
