/**
 * Importing a user's proxy list. The fixture (test/fixtures/invented-unit-costs.csv) is
 * INVENTED test data shaped like a unit-cost database download (a title line above the
 * table, codes such as HO1.0, price years such as 2010/11, UK-formatted costs); none of
 * its values are real.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { ModelError } from "../../src/model/errors";
import {
  guessMapping,
  importProxies,
  parseUkNumber,
  readProxyCsv,
  readProxyXlsx,
  resolveMapping,
  sheetFromRows,
  type ImportCell,
} from "../../src/values/import";

const csv = fs.readFileSync(path.resolve(__dirname, "../fixtures/invented-unit-costs.csv"), "utf8");
const provenance = { source: "Invented list (test data)", licence: "CC BY 4.0" };

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return e.message;
    throw e;
  }
  throw new Error("expected an error");
}

describe("reading the CSV", () => {
  test("the heading row is found below the title line; quoted UK numbers stay whole", () => {
    const sheet = readProxyCsv(csv);
    expect(sheet.headers).toEqual([
      "Cost ID",
      "Outcome category",
      "Outcome detail",
      "Unit",
      "Cost (£)",
      "Year of costs",
      "Agency bearing cost",
      "Source(s)",
    ]);
    expect(sheet.firstRow).toBe(4);
    expect(sheet.rows[0][4]).toBe("£2,500");
    expect(sheet.rows[0]).toHaveLength(8);
  });
  test("a heading row can be named; a byte-order mark and semicolons are handled", () => {
    expect(readProxyCsv(csv, 3).headers[0]).toBe("Cost ID");
    const semi = readProxyCsv('\uFEFFCode;Value;Price year\nX1;"1,200";2014\n');
    expect(semi.headers).toEqual(["Code", "Value", "Price year"]);
    expect(importProxies(semi, provenance).values[0]).toMatchObject({
      code: "X1",
      value: 1200,
      priceYear: 2014,
    });
  });
  test("no heading row: a message", () => {
    expect(message(() => sheetFromRows([["only one cell"], [null]]))).toMatch(/no row of headings/);
    expect(message(() => sheetFromRows([["a", "b"]], 5))).toBe(
      "the file has no row 5 to take the headings from."
    );
  });
});

describe("mapping columns", () => {
  const headers = readProxyCsv(csv).headers;
  test("guessed from the headings: Cost ID, Outcome detail, Unit, Cost (£), Year of costs, Source(s)", () => {
    expect(guessMapping(headers)).toEqual({
      code: 0,
      description: 2,
      unit: 3,
      value: 4,
      priceYear: 5,
      source: 7,
      licence: null,
    });
  });
  test("other common headings", () => {
    expect(
      guessMapping(["Ref", "Description", "Unit cost (£)", "Price base", "Licence", "Source"])
    ).toEqual({
      code: 0,
      description: 1,
      unit: null,
      value: 2,
      priceYear: 3,
      source: 5,
      licence: 4,
    });
    expect(guessMapping(["Outcome", "Financial proxy", "Price year", "Units"])).toMatchObject({
      description: 0,
      value: 1,
      priceYear: 2,
      unit: 3,
      code: null,
    });
  });
  test("the caller overrides by heading (any case) or index; a taken column moves; null unmaps", () => {
    const m = resolveMapping(headers, { description: "outcome CATEGORY", unit: null, source: 6 });
    expect(m).toMatchObject({ description: 1, unit: null, source: 6 });
    expect(resolveMapping(headers, { code: 2 })).toMatchObject({ code: 2, description: null });
    expect(message(() => resolveMapping(headers, { licence: "Licence" }))).toMatch(
      /^there is no column headed "Licence" for the licence; the headings are "Cost ID", /
    );
  });
  test("no column for the value or the price year: a message listing the headings", () => {
    expect(message(() => importProxies(readProxyCsv(csv), { mapping: { value: null } }))).toMatch(
      /^no column is mapped to the value; choose one of "Cost ID"/
    );
    expect(message(() => importProxies(sheetFromRows([["Code", "Value"]])))).toMatch(
      /^no column is mapped to the price year/
    );
  });
});

describe("importing rows", () => {
  const result = importProxies(readProxyCsv(csv), provenance);

  test("good rows become values with canonical price years, source and licence", () => {
    expect(result.values).toEqual([
      {
        code: "HO1.0",
        description: "Invented: homelessness application",
        unit: "per application",
        value: 2500,
        priceYear: "2010/11",
        source: "Invented source A (test data)",
        licence: "CC BY 4.0",
        row: 4,
      },
      {
        code: "HO2.0",
        description: "Invented: temporary accommodation",
        unit: "per household per week",
        value: 1200.5,
        priceYear: "2011/12",
        source: "Invented list (test data)", // the row has none: the file's source
        licence: "CC BY 4.0",
        row: 5,
      },
      expect.objectContaining({ code: "CR1.0", value: 350, priceYear: 2014, row: 6 }),
      expect.objectContaining({ code: "SC2.0", value: 65.25, priceYear: "2015/16", row: 12 }),
    ]);
    for (const v of result.values) {
      expect(v.source).not.toBe("");
      expect(v.licence).toBe("CC BY 4.0");
    }
    expect(result.warnings).toEqual([]);
  });

  test("rows without a value or a price year, or with ones that cannot be read, are rejected naming the row", () => {
    expect(result.rejected).toEqual([
      { row: 7, message: "row 7 (ED1.0): no value." },
      { row: 8, message: "row 8 (HE1.0): no price year." },
      {
        row: 10,
        message:
          'row 10 (EM1.0): the price year must be a year such as 2014, or a financial year such as 2010/11 (also 2010-11 or 2010/2011); got "2010/12".',
      },
      {
        row: 11,
        message:
          'row 11 (SC1.0): the value "12 per week" is not a number (allowed: 1200, 1,200, £1,200.50).',
      },
    ]);
  });

  test("a row with neither: both problems in one message; a row without a code is named by its number", () => {
    const r = importProxies(
      sheetFromRows([
        ["Code", "Value", "Price year"],
        [null, null, "x"],
        ["A", null, null],
      ]),
      provenance
    );
    expect(r.rejected.map((x) => x.message)).toEqual([
      'row 2: no value; the price year must be a year such as 2014, or a financial year such as 2010/11 (also 2010-11 or 2010/2011); got "x".',
      "row 3 (A): no value; no price year.",
    ]);
  });

  test("a licence column is kept per row; missing source or licence gives a warning naming the rows", () => {
    const sheet = sheetFromRows([
      ["Code", "Value", "Price year", "Source", "Licence"],
      ["A", 1, 2014, "S1", "OGL v3.0"],
      ["B", 2, 2015, null, null],
    ]);
    const r = importProxies(sheet);
    expect(r.values.map((v) => [v.source, v.licence])).toEqual([
      ["S1", "OGL v3.0"],
      ["", ""],
    ]);
    expect(r.warnings).toEqual([
      "no source for row 3: give the file's source so each value can be attributed.",
      "no licence for row 3: give the licence under which you may use the values.",
    ]);
    expect(importProxies(sheet, { licence: "CC BY 4.0" }).values[1].licence).toBe("CC BY 4.0");
    expect(importProxies(sheet, { licence: "CC BY 4.0" }).values[0].licence).toBe("OGL v3.0");
  });
});

describe("UK numbers", () => {
  test.each([
    ["1,200", 1200],
    ["£1,200.50", 1200.5],
    ["1200", 1200],
    ["£ 75", 75],
    ["-£50", -50],
    ["£-50", -50],
    ["1,234,567.8", 1234567.8],
    ["0.5", 0.5],
  ])("%s → %d", (text, n) => expect(parseUkNumber(text)).toBe(n));
  test("numbers pass through; blanks are null", () => {
    expect(parseUkNumber(1200.5)).toBe(1200.5);
    expect(parseUkNumber(null)).toBeNull();
    expect(parseUkNumber("  ")).toBeNull();
  });
  test.each(["1.200,50", "1,20", "12k", "£", "--5", "-£-5", "1,2345", "€100", "5%"])(
    "%s is rejected, never guessed",
    (text) => {
      expect(message(() => parseUkNumber(text))).toMatch(
        /is not a number \(allowed: 1200, 1,200, £1,200\.50\)\.$/
      );
    }
  );
});

describe("reading .xlsx", () => {
  /** The fixture as a workbook, with numbers as numbers, a formula and rich text, as Excel saves them. */
  async function fixtureWorkbook(): Promise<ArrayBuffer> {
    const rows = (await import("papaparse")).default.parse<string[]>(csv).data;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = null; // an empty first sheet
    const ws = wb.addWorksheet("Unit costs");
    rows.forEach((r, i) => {
      r.forEach((c, j) => {
        if (c === "") return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = /^\d+(\.\d+)?$/.test(c) ? Number(c) : c;
      });
    });
    ws.getCell("E6").value = { formula: "300+50", result: 350 }; // CR1.0's cost
    ws.getCell("C4").value = {
      richText: [
        { text: "Invented: " },
        { font: { bold: true }, text: "homelessness application" },
      ],
    };
    return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
  }

  test("the same rows as the CSV: numbers, formula results and rich text read as their values", async () => {
    const buffer = await fixtureWorkbook();
    const sheet = await readProxyXlsx(buffer);
    expect(sheet.headers).toEqual(readProxyCsv(csv).headers);
    const fromXlsx = importProxies(sheet, provenance);
    const fromCsv = importProxies(readProxyCsv(csv), provenance);
    expect(fromXlsx.values).toEqual(fromCsv.values);
    expect(fromXlsx.rejected).toEqual(fromCsv.rejected);
  });

  test("a named sheet; a missing sheet or a file that is not .xlsx is a message", async () => {
    const buffer = await fixtureWorkbook();
    await expect(
      readProxyXlsx(new Uint8Array(buffer), { sheetName: "Unit costs" })
    ).resolves.toMatchObject({ firstRow: 4 });
    await expect(readProxyXlsx(buffer, { sheetName: "Costs" })).rejects.toThrow(
      'the workbook has no sheet named "Costs"; its sheets are "Notes", "Unit costs".'
    );
    await expect(readProxyXlsx(new TextEncoder().encode("Code,Value\n").buffer)).rejects.toThrow(
      /^the file could not be read as an \.xlsx workbook/
    );
  });

  test("cells of every kind become text or numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const values: ExcelJS.CellValue[] = ["Code", "Value", "Price year", "Source"];
    values.forEach((v, j) => (ws.getCell(1, j + 1).value = v));
    ws.getCell("A2").value = { text: "HO1.0", hyperlink: "https://example.org/HO1.0" };
    ws.getCell("B2").value = 10;
    ws.getCell("C2").value = "2010-11";
    ws.getCell("D2").value = true;
    ws.getCell("A3").value = "X";
    ws.getCell("B3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("C3").value = new Date(Date.UTC(2014, 0, 1));
    const sheet = await readProxyXlsx((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(sheet.rows[0]).toEqual<ImportCell[]>(["HO1.0", 10, "2010-11", "TRUE"]);
    const r = importProxies(sheet, provenance);
    expect(r.values[0]).toMatchObject({ code: "HO1.0", priceYear: "2010/11" });
    expect(r.rejected[0].message).toMatch(
      /^row 3 \(X\): the value "#N\/A" is not a number.*; the price year must be .*got "2014-01-01"\.$/
    );
  });
});
