/**
 * Text a user typed lands as text, whatever it starts with: every journey's examples, with
 * hostile text in every free-text field their validation accepts, are built through the
 * Office.js adapter (on the recording fake) and the .xlsx adapter. In Excel's `formulas`
 * array each text is written after the quote prefix; in the .xlsx no formula holds it.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { JOURNEYS } from "../../src/journeys";
import { applyPlan, constantEntry } from "../../src/workbook/office";
import { planToXlsx } from "../../src/workbook/xlsx";
import type { WorkbookPlan } from "../../src/workbook/types";
import { installExcelEnums, recordingContext } from "../support/office-recorder";
import { EXAMPLES } from "../support/examples";
import { hostile } from "../support/hostile-text";

installExcelEnums();

const cases = JOURNEYS.flatMap((j) =>
  j.examples.map((file) => {
    const raw = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8"));
    const { value, changed } = hostile(raw, j.parse);
    return { file, changed, plan: () => j.plan(j.parse(value)) };
  })
);

/** Every text constant a plan writes, in its cells and its tables' rows. */
function planTexts(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) => [
    ...s.cells
      .filter((c) => c.formula === undefined && typeof c.value === "string")
      .map((c) => c.value as string),
    ...s.tables.flatMap((t) =>
      t.rows.flatMap((r) => r.filter((v): v is string => typeof v === "string"))
    ),
  ]);
}

describe.each(cases)("$file with hostile text", ({ changed, plan }) => {
  test("hostile text reached the workbook plan (the test would see an injection)", () => {
    expect(changed.length).toBeGreaterThan(1);
    const texts = planTexts(plan()).join("\n");
    expect(changed.some((t) => texts.includes(t))).toBe(true);
  });

  test("Office.js: every text goes in after the quote prefix; every formula is one the plan wrote", async () => {
    const p = plan();
    const rec = recordingContext({ sheets: ["Sheet1"] });
    await applyPlan(rec.context, p);
    const formulas = new Set(
      p.sheets.flatMap((s) =>
        s.cells.flatMap((c) => (c.formula === undefined ? [] : [`=${c.formula}`]))
      )
    );
    const written = rec.log
      .filter((r) => r.kind === "set" && r.path.endsWith(".formulas"))
      .flatMap((r) => (r.value as unknown[][]).flat());
    const texts = planTexts(p).join("\n");
    for (const entry of written) {
      if (typeof entry !== "string" || entry === "") continue;
      if (entry.startsWith("'")) continue;
      expect(formulas.has(entry)).toBe(true);
    }
    for (const t of changed) {
      if (!texts.includes(t)) continue;
      expect(written).toContainEqual(expect.stringContaining(t));
      expect(
        written.filter((w) => typeof w === "string" && w.includes(t) && !w.startsWith("'"))
      ).toEqual([]);
    }
    for (const f of formulas) for (const t of changed) expect(f).not.toContain(t);
  });

  test(".xlsx: no formula element holds typed text", async () => {
    const zip = await JSZip.loadAsync(await planToXlsx(plan()));
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets.length).toBeGreaterThan(0);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async("string");
      const inFormulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]).join("\n");
      for (const t of changed) {
        const escaped = t
          .replace(/&/g, "&amp;")
          .replace(/</g, "&lt;")
          .replace(/>/g, "&gt;")
          .replace(/"/g, "&quot;");
        expect(inFormulas).not.toContain(escaped);
        expect(inFormulas).not.toContain(t);
      }
    }
  });
});

test("constantEntry: text behind the quote prefix, numbers and booleans as they are, blanks empty", () => {
  expect(constantEntry("=1+1")).toBe("'=1+1");
  expect(constantEntry("'x")).toBe("''x");
  expect(constantEntry("Partner A")).toBe("'Partner A");
  expect(constantEntry(12.5)).toBe(12.5);
  expect(constantEntry(false)).toBe(false);
  expect(constantEntry(null)).toBe("");
  expect(constantEntry("")).toBe("");
});
