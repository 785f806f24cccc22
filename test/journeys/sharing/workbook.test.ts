/**
 * The sharing workbook's plan and its reading back (beyond the round trips every journey
 * gets in test/journeys/reopen.test.ts): the coalition table as an input table, Shapley as
 * FACT weights, the chart; edits made in the sheet carrying into the analysis (a modelled
 * table whose cost is edited reads back as entered); what cannot be read is an error naming
 * the table; and `npx pcba sharing build` for each example.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../../src/cli/pcba";
import { parseSharing } from "../../../src/journeys/sharing/validate";
import { evaluateSharing } from "../../../src/journeys/sharing/evaluate";
import { coalitionRows, readingOrder, SHARING_READER } from "../../../src/journeys/sharing/inputs";
import { poundsText, sharingPlan, SHARING_SHEETS } from "../../../src/journeys/sharing/workbook";
import type { EnteredCoalitions, SharingAnalysis } from "../../../src/journeys/sharing/types";
import type { TableValues } from "../../../src/workbook/read-tables";
import type { WorkbookPlan } from "../../../src/workbook/types";
import { EXAMPLES } from "../../support/examples";

const load = (f: string): SharingAnalysis =>
  parseSharing(JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8")));
const backOffice = load("sharing-back-office.json");
const consortium = load("sharing-employment-consortium.json");

const tablesOf = (plan: WorkbookPlan): Record<string, TableValues> =>
  Object.fromEntries(
    plan.sheets
      .flatMap((s) => s.tables)
      .map((t) => [t.name, [t.columns.map((c) => c.name), ...t.rows]])
  );
const title = (a: SharingAnalysis) => `Sharing: ${a.title}`;

describe("the plan", () => {
  const plan = sharingPlan(consortium);
  const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;

  test("the coalition table is an input table: a 1/0 column per partner and the value", () => {
    const t = sheet(SHARING_SHEETS.inputs).tables.find((x) => x.name === "SharingCoalitions")!;
    expect(t.columns.map((c) => c.name)).toEqual([
      "Coalition",
      ...consortium.partners.map((p) => p.name),
      "Value on its own (£)",
    ]);
    expect(t.columns.slice(1).every((c) => c.role === "input")).toBe(true);
    expect(t.rows).toHaveLength(15);
    expect(t.rows[0]).toEqual(["Tyne Works", 1, 0, 0, 0, 180000]);
    expect(t.rows[14]).toEqual([
      "Tyne Works + Clearpath Wellbeing + Homeground Support + Riverside College",
      1,
      1,
      1,
      1,
      640000,
    ]);
  });

  test("Shapley weights are FACT formulas of each coalition's size, and no number is typed", () => {
    const calc = sheet(SHARING_SHEETS.calculations);
    const weights = calc.cells.filter((c) => c.formula?.includes("FACT("));
    expect(weights).toHaveLength(15 * 4);
    expect(
      calc.cells.filter((c) => c.formula?.startsWith('IF($B27="ok",SUMPRODUCT('))
    ).toHaveLength(4);
  });

  test("a column chart of each partner's share under each of the five rules", () => {
    const [chart] = sheet(SHARING_SHEETS.summary).charts;
    expect(chart.kind).toBe("column");
    expect(chart.series.map((s) => s.name)).toEqual([
      "Shapley value",
      "In proportion to use",
      "Equal shares",
      "In proportion to stand-alone value",
      "Lead partner's proposal: 65% to the lead",
    ]);
  });

  test("the reading order: singles, then pairs, then larger groups, each in partner order", () => {
    expect(readingOrder(3)).toEqual([1, 2, 4, 3, 5, 6, 7]);
    expect(coalitionRows(backOffice).map((r) => r.mask)).toEqual([1, 2, 4, 3, 5, 6, 7]);
  });
});

describe("edits made in the sheet carry into the pane", () => {
  test("a modelled table with an edited cost reads back as entered, with that cost", () => {
    const tables = tablesOf(sharingPlan(backOffice));
    const t = tables.SharingCoalitions;
    const col = t[0].indexOf("Cost on its own (£)");
    t[1][col] = 1000000; // Fenwick Homes alone, was £1.1m
    const back = SHARING_READER.from(tables, title(backOffice));
    expect(back.coalitions.source).toBe("entered");
    expect(evaluateSharing(back).table.values[1]).toBe(1000000);
    expect(evaluateSharing(back).table.values.slice(2)).toEqual(
      evaluateSharing(backOffice).table.values.slice(2)
    );
  });

  test("a model input changed without rebuilding leaves the table as it was, entered", () => {
    const tables = tablesOf(sharingPlan(backOffice));
    const s = tables.SharingSettings;
    s.find((r) => r[0] === "Model: fixed cost of a shared service (£ a year)")![1] = 2e6;
    const back = SHARING_READER.from(tables, title(backOffice));
    expect(back.coalitions.source).toBe("entered");
    expect(evaluateSharing(back).table.values).toEqual(evaluateSharing(backOffice).table.values);
  });

  test("a coalition's figure cleared in the sheet is missing, a problem the pane lists", () => {
    const tables = tablesOf(sharingPlan(consortium));
    tables.SharingCoalitions[5][5] = null;
    const back = SHARING_READER.from(tables, title(consortium));
    expect(evaluateSharing(back).problems).toEqual([
      "The value of Tyne Works + Clearpath Wellbeing (coalition 3) is missing.",
    ]);
  });
});

describe("what the pane cannot show is an error naming the table", () => {
  test("a partner renamed in the partners table but not in the coalition table", () => {
    const tables = tablesOf(sharingPlan(consortium));
    tables.SharingPartners[1][0] = "Tyne Works Ltd";
    expect(() => SHARING_READER.from(tables, "x")).toThrow(
      /SharingCoalitions table has no "Tyne Works Ltd" column/
    );
  });
  test("a kind that is neither cost nor gain", () => {
    const tables = tablesOf(sharingPlan(consortium));
    tables.SharingSettings.find((r) => r[0] === "Cost or gain")![1] = "income";
    expect(() => SHARING_READER.from(tables, "x")).toThrow(
      /"Cost or gain" must be one of cost, gain; the settings hold "income"/
    );
  });
  test("text where a number belongs", () => {
    const tables = tablesOf(sharingPlan(consortium));
    tables.SharingPartners[1][2] = "most of it";
    expect(() => SHARING_READER.from(tables, "x")).toThrow(
      /SharingPartners "VAT recovery rate" should be a number; it holds "most of it"/
    );
  });
});

describe("npx pcba sharing build", () => {
  test.each(["sharing-back-office.json", "sharing-employment-consortium.json"])(
    "%s: an .xlsx with the three sheets and the input tables, and each rule's split printed",
    async (f) => {
      const out: string[] = [];
      const err: string[] = [];
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-")), "sharing.xlsx");
      const code = await main(
        ["sharing", "build", path.join(EXAMPLES, f), "-o", file],
        (s) => out.push(s),
        (s) => err.push(s)
      );
      expect({ code, err }).toEqual({ code: 0, err: [] });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        SHARING_SHEETS.summary,
        SHARING_SHEETS.inputs,
        SHARING_SHEETS.calculations,
      ]);
      for (const t of ["SharingSettings", "SharingPartners", "SharingCoalitions"])
        expect(wb.getWorksheet(SHARING_SHEETS.inputs)!.getTable(t)).toBeTruthy();
      const a = load(f);
      const shapley = evaluateSharing(a).allocations[0].amounts!;
      expect(out[1]).toBe(
        `  Shapley value: ${a.partners.map((p, i) => `${p.name} ${shapley[i].toFixed(2)}`).join(", ")}; no group better off alone`
      );
      expect(out).toHaveLength(6);
    }
  );
  test("an invalid analysis exits 1 naming the path at fault", async () => {
    const err: string[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-"));
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ ...consortium, kind: "cost" }));
    expect(
      await main(
        ["sharing", "build", bad, "-o", path.join(dir, "x.xlsx")],
        () => {},
        (s) => err.push(s)
      )
    ).toBe(1);
    expect(err.join("\n")).toMatch(/\/kind "cost" does not fit \/subject "pbr_income"/);
  });
});

test("a partner named like one of the coalition table's other headings is refused", () => {
  const bad = { ...consortium, partners: [{ ...consortium.partners[0], name: "Coalition" }] };
  expect(() => parseSharing(bad)).toThrow(/\/partners\/0\/name "Coalition" is a heading/);
});

describe("cached values on the summary (the model's, for viewers that do not recalculate)", () => {
  test('TEXT(x,"£#,##0.00") as the sheet writes it', () => {
    expect(poundsText(1234.5)).toBe("£1,234.50");
    expect(poundsText(-5)).toBe("-£5.00");
    expect(poundsText(0)).toBe("£0.00");
    expect(poundsText(-0.001)).toBe("£0.00");
    expect(poundsText(1234567.891)).toBe("£1,234,567.89");
  });

  test("each partner's amount under each rule is the model's; the core check in words", () => {
    for (const a of [backOffice, consortium]) {
      const plan = sharingPlan(a);
      const summary = plan.sheets.find((s) => s.name === SHARING_SHEETS.summary)!;
      const e = evaluateSharing(a);
      const first = 6; // the amounts table's first partner row (sharingLayout's summary.amounts)
      e.allocations.forEach((al, k) => {
        const column = String.fromCharCode(67 + k);
        a.partners.forEach((_, i) => {
          const cell = summary.cells.find((c) => c.ref === `${column}${first + i}`)!;
          expect(cell.formula).toBeDefined();
          expect(cell.cached).toBe(al.amounts ? al.amounts[i] : "");
        });
      });
      const sentences = summary.cells
        .filter((c) => typeof c.cached === "string" && /on its own|Does not/.test(c.cached))
        .map((c) => c.cached);
      expect(sentences.length).toBe(e.allocations.length);
    }
    // The back office's equal shares leave the smallest paying more than alone: named.
    const plan = sharingPlan(backOffice);
    const words = plan.sheets[0].cells.map((c) => c.cached).filter((x) => typeof x === "string");
    expect(
      words.some((x) => / would be better off on its own by £[\d,]+\.\d\d/.test(x as string))
    ).toBe(true);
  });

  test("no cached values when the coalition table cannot be used (the sheet says why itself)", () => {
    const missing: SharingAnalysis = {
      ...consortium,
      coalitions: {
        source: "entered",
        coalitions: (consortium.coalitions as EnteredCoalitions).coalitions.slice(1),
      },
    };
    const summary = sharingPlan(missing).sheets[0];
    expect(summary.cells.filter((c) => c.cached !== undefined)).toEqual([]);
  });
});
