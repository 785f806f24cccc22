/**
 * Reopening a workbook: every journey's object is read back from the input tables its plan
 * writes, so the pane restores itself from the workbook and edits made in the sheet carry
 * into the next build. Each example round-trips through the plan's tables, through the
 * tables of the built .xlsx file (read by exceljs, as a user's file would be), and through
 * the Office.js adapter against a recording fake (two round trips). Sheet edits that the
 * pane cannot represent are errors that name the table, never a guess.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseCase } from "../../src/journeys/business-case/validate";
import { CASE_READER } from "../../src/journeys/business-case/inputs";
import { businessCasePlan } from "../../src/journeys/business-case/workbook";
import { freshSheetNames } from "../../src/workbook/sheet-names";
import { parseSroi } from "../../src/journeys/sroi/validate";
import { SROI_READER } from "../../src/journeys/sroi/inputs";
import { sroiPlan, SROI_SHEETS } from "../../src/journeys/sroi/workbook";
import { evaluateSroi } from "../../src/journeys/sroi/evaluate";
import { parsePerspectives } from "../../src/journeys/perspectives/validate";
import { PERSPECTIVE_READER } from "../../src/journeys/perspectives/inputs";
import { perspectivePlan, PERSPECTIVE_SHEETS } from "../../src/journeys/perspectives/workbook";
import { parseBids } from "../../src/journeys/bids/validate";
import { BID_READER } from "../../src/journeys/bids/inputs";
import { bidComparisonPlan, BID_SHEETS, BID_SETTINGS } from "../../src/journeys/bids/workbook";
import { evaluateBids } from "../../src/journeys/bids/evaluate";
import type { TableValues } from "../../src/workbook/read-tables";
import type { CellValue, WorkbookPlan } from "../../src/workbook/types";
import { planToXlsx } from "../../src/workbook/xlsx";
import { readFromWorkbook } from "../../src/workbook/office";
import { JOURNEYS } from "../../src/journeys";
import { installExcelEnums, recordingContext } from "../support/office-recorder";
import { EXAMPLES, exampleFiles } from "../support/examples";
import { planTables } from "../support/plan-tables";

installExcelEnums();

const load = (f: string) => JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
const cases = JOURNEYS.flatMap((j) =>
  exampleFiles(j.cli.name).map((f) => [j.cli.name, f, j] as const)
);

const titleOf = (plan: WorkbookPlan, sheet: string) =>
  plan.sheets.find((s) => s.name === sheet)!.cells.find((c) => c.ref === "A1")!.value as string;

/** The tables of an .xlsx file, read by exceljs from each table's own range. */
async function xlsxTables(
  bytes: Uint8Array,
  suffix: string
): Promise<{ tables: Record<string, TableValues>; titles: Record<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const tables: Record<string, TableValues> = {};
  const titles: Record<string, string> = {};
  wb.eachSheet((ws) => {
    titles[ws.name] = String(ws.getCell("A1").value ?? "");
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
      const [from, to] = t.table.tableRef.split(":");
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      const rows: CellValue[][] = [];
      for (let r = Number(a.row); r <= Number(b.row); r++) {
        const row: CellValue[] = [];
        for (let c = Number(a.col); c <= Number(b.col); c++) {
          const v = ws.getCell(r, c).value;
          row.push(v === undefined ? null : (v as CellValue));
        }
        rows.push(row);
      }
      tables[t.table.name.slice(0, t.table.name.length - suffix.length)] = rows;
    }
  });
  return { tables, titles };
}

describe.each(cases)("%s: %s", (_kind, file, j) => {
  const c = j.parse(load(file));
  // A second build, as when the workbook already had one: names carry the "_2" suffix.
  const sheets = freshSheetNames([j.sheets.inputs], j.sheets);
  const plan = j.plan(c, sheets);

  test("round-trips through the plan's input tables", () => {
    expect(sheets.suffix).toBe("_2");
    expect(j.reader.from(planTables(plan, sheets.suffix), titleOf(plan, sheets.inputs))).toEqual(c);
  });

  test("round-trips through the tables of the built .xlsx file", async () => {
    const { tables, titles } = await xlsxTables(await planToXlsx(plan), sheets.suffix);
    for (const name of Object.keys(planTables(plan, sheets.suffix)))
      expect(tables).toHaveProperty(name);
    expect(j.reader.from(tables, titles[sheets.inputs])).toEqual(c);
  });

  test("the Office.js adapter reads it back in two round trips", async () => {
    const tables = Object.fromEntries(
      plan.sheets
        .flatMap((s) => s.tables)
        .map((t) => [t.name, [t.columns.map((col) => col.name), ...t.rows]])
    );
    const rec = recordingContext({
      sheets: plan.sheets.map((s) => s.name),
      tables,
      titles: { [sheets.inputs]: titleOf(plan, sheets.inputs) },
    });
    expect(await readFromWorkbook(rec.context, sheets, j.reader)).toEqual(c);
    expect(rec.state.syncs).toBe(2);
  });
});

test("a workbook without the journey's inputs sheet gives null, so the pane keeps its draft", async () => {
  for (const j of JOURNEYS) {
    const rec = recordingContext({ sheets: ["Sheet1"] });
    expect(await readFromWorkbook(rec.context, j.sheets, j.reader)).toBeNull();
  }
});

describe("edits made in the sheet carry into the pane", () => {
  test("SROI: a deadweight raised in the value map lowers the ratio read back", () => {
    const c = parseSroi(load("sroi-community-navigators.json"));
    const plan = sroiPlan(c);
    const tables = planTables(plan, "");
    const map = tables.ValueMap;
    const col = map[0].indexOf("Deadweight");
    map[1][col] = 0.9;
    const back = SROI_READER.from(tables, titleOf(plan, SROI_SHEETS.inputs));
    expect(back.outcomes[0].deadweight).toBe(0.9);
    expect(evaluateSroi(back).ratio!).toBeLessThan(evaluateSroi(c).ratio!);
  });

  test("bids: a bid's price typed as text in the sheet is read as the number", () => {
    const c = parseBids(load("bids-floating-support.json"));
    const plan = bidComparisonPlan(c);
    const tables = planTables(plan, "");
    tables.Bids[1][1] = " 123456 ";
    const back = BID_READER.from(tables, titleOf(plan, BID_SHEETS.inputs));
    expect(back.bids[0].price).toBe(123456);
    expect(evaluateBids(back).bids).toHaveLength(c.bids.length);
  });

  test("a blank row left in a table is skipped", () => {
    const c = parsePerspectives(load("perspectives-community-navigators.json"));
    const plan = perspectivePlan(c);
    const tables = planTables(plan, "");
    tables.Flows.splice(
      2,
      0,
      tables.Flows[0].map(() => null)
    );
    expect(PERSPECTIVE_READER.from(tables, titleOf(plan, PERSPECTIVE_SHEETS.inputs))).toEqual(c);
  });
});

describe("what the pane cannot show is an error naming the table, not a guess", () => {
  const sroi = parseSroi(load("sroi-community-navigators.json"));
  const sroiTables = () => planTables(sroiPlan({ ...sroi, discount: "STPR" }), "");

  test("the Green Book schedules and a flat rate are recognised", () => {
    expect(SROI_READER.from(sroiTables(), "x").discount).toBe("STPR");
    expect(
      SROI_READER.from(planTables(sroiPlan({ ...sroi, discount: "HEALTH" }), ""), "x").discount
    ).toBe("HEALTH");
    expect(
      SROI_READER.from(planTables(sroiPlan({ ...sroi, discount: 0.05 }), ""), "x").discount
    ).toBe(0.05);
  });
  test("an STPR band edited in the sheet", () => {
    const t = sroiTables();
    t.SroiDiscountBands[2][1] = 0.02;
    expect(() => SROI_READER.from(t, "x")).toThrow(
      /SroiDiscountBands table holds a schedule the pane cannot show/
    );
  });
  test("the business case accepts STPR or a flat rate, not the health schedule", () => {
    const c = parseCase(load("two-associations-merger.json"));
    const t = planTables(businessCasePlan(c), "");
    t.DiscountBands = planTables(sroiPlan({ ...sroi, discount: "HEALTH" }), "").SroiDiscountBands;
    expect(() => CASE_READER.from(t, "x")).toThrow(/DiscountBands table holds a schedule/);
  });
  test("text where a number belongs", () => {
    const t = sroiTables();
    t.ValueMap[1][t.ValueMap[0].indexOf("Quantity")] = "about forty";
    expect(() => SROI_READER.from(t, "x")).toThrow(
      /ValueMap "Quantity" should be a number; it holds "about forty"/
    );
  });
  test("a renamed column", () => {
    const t = sroiTables();
    t.ValueMap[0][t.ValueMap[0].indexOf("Quantity")] = "Qty";
    expect(() => SROI_READER.from(t, "x")).toThrow(/ValueMap table has no "Quantity" column/);
  });
  test("a flow of an unknown kind", () => {
    const c = parsePerspectives(load("perspectives-community-navigators.json"));
    const t = planTables(perspectivePlan(c), "");
    t.Flows[1][2] = "grant";
    expect(() => PERSPECTIVE_READER.from(t, "x")).toThrow(
      /Kind must be one of cost, benefit, transfer, qol; the Flows table holds "grant"/
    );
  });
  test("a deleted settings row", () => {
    const c = parseBids(load("bids-floating-support.json"));
    const t = planTables(bidComparisonPlan(c), "");
    t.BidSettings = t.BidSettings.filter((r) => r[0] !== BID_SETTINGS.threshold);
    expect(() => BID_READER.from(t, "x")).toThrow(
      /BidSettings table has no "Abnormally low threshold" row/
    );
  });
  test("a column the pane does not know", () => {
    const t = sroiTables();
    t.SroiInputs = t.SroiInputs.map((r, i) => [...r, i === 0 ? "Notes" : "x"]);
    expect(() => SROI_READER.from(t, "x")).toThrow(
      /SroiInputs table has a column the pane does not know: "Notes"/
    );
  });
  test("a renamed business-case column names its table and column", () => {
    const c = parseCase(load("two-associations-merger.json"));
    const t = planTables(businessCasePlan(c), "");
    t.Savings[0][t.Savings[0].indexOf("Full annual saving (£)")] = "Saving";
    expect(() => CASE_READER.from(t, "x")).toThrow(
      /Savings table has no "Full annual saving \(£\)" column/
    );
  });
  test("text where a business-case number belongs names its table and column", () => {
    const c = parseCase(load("two-associations-merger.json"));
    const t = planTables(businessCasePlan(c), "");
    t.Forums[1][t.Forums[0].indexOf("Attendees")] = "six";
    expect(() => CASE_READER.from(t, "x")).toThrow(
      /Forums "Attendees" should be a number; it holds "six"/
    );
  });
  test("a missing table", () => {
    expect(() => BID_READER.from({}, "x")).toThrow(/workbook has no BidSettings table/);
  });
});
