/**
 * LibreOffice Calc, headless, as an independent spreadsheet engine: write cells and
 * formulas to an .xlsx (exceljs), let LibreOffice load and recalculate it, read the values
 * back from its CSV export. One conversion serves a whole batch of cases.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

/** A cell to write: a value, a formula (optionally with a number format such as "0"), or nothing. */
export type SheetCell = number | string | { formula: string; numFmt?: string } | null;

export const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";

/** LibreOffice settings: recalculate every formula when an .xlsx or .ods is loaded (0 = always). */
const RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * LibreOffice's conversion of `bytes` (an .xlsx, written as `<stem>.xlsx`) with `filter`,
 * headless, in a fresh folder with its own user profile (so conversions never share state),
 * removed afterwards. `read` is given the folder the output went to.
 */
function convertedBy<T>(
  bytes: Uint8Array,
  filter: string,
  read: (out: string) => T,
  stem = "book"
): T {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
    const input = path.join(dir, `${stem}.xlsx`);
    const out = path.join(dir, "out");
    fs.writeFileSync(input, bytes);
    // LibreOffice's default for .xlsx is "never recalculate on load": it would show the
    // cached values the file carries (ours, for every formula) and the comparison would
    // check nothing. The fresh profile is told to always recalculate.
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), RECALCULATE);
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        filter,
        "--outdir",
        out,
        input,
      ],
      { stdio: "pipe", timeout: 120000 }
    );
    return read(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The CSV filter: comma, double quote, UTF-8, from line 1, default formats, language, quoted
 * as text no, detect numbers yes, save as shown NO, formulas no, trim no, then the sheet
 * (1 = the first; -1 = every sheet, one file each).
 */
const csvFilter = (sheet: number) =>
  `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;

/** Evaluates a grid (rows of cells) in LibreOffice; returns every cell's value as text. */
export async function evaluateInLibreOffice(rows: SheetCell[][]): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cases");
  rows.forEach((r, i) => {
    r.forEach((c, j) => {
      if (c === null) return;
      const cell = ws.getCell(i + 1, j + 1);
      if (typeof c === "object") {
        cell.value = { formula: c.formula } as ExcelJS.CellValue;
        if (c.numFmt) cell.numFmt = c.numFmt;
      } else cell.value = c;
    });
  });
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return convertedBy(
    bytes,
    "csv",
    (out) =>
      fs
        .readFileSync(path.join(out, "cases.csv"), "utf8")
        .trimEnd()
        .split(/\r?\n/)
        .map((line) => line.split(",")),
    "cases"
  );
}

/** Column letters for a 1-based index (1 → A, 27 → AA). */
export function columnName(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Opens an .xlsx in LibreOffice, recalculates it and returns one sheet's values (1 = the
 * first) at full precision: the CSV filter is told not to export numbers as formatted.
 */
export function recalculateXlsx(bytes: Uint8Array, sheet = 1): string[][] {
  return convertedBy(bytes, csvFilter(sheet), (out) => {
    const csv = fs.readdirSync(out).find((f) => f.endsWith(".csv"));
    if (!csv) throw new Error("LibreOffice wrote no CSV");
    return parseCsv(fs.readFileSync(path.join(out, csv), "utf8"));
  });
}

/**
 * Opens an .xlsx in LibreOffice, recalculates it and returns every sheet's values by sheet
 * name, in one conversion (the CSV filter's sheet token -1 writes one file per sheet).
 */
export function recalculateAllSheets(bytes: Uint8Array): Record<string, string[][]> {
  return convertedBy(bytes, csvFilter(-1), (out) => {
    const sheets: Record<string, string[][]> = {};
    for (const f of fs.readdirSync(out)) {
      const m = /^book-(.*)\.csv$/.exec(f);
      if (m) sheets[m[1]] = parseCsv(fs.readFileSync(path.join(out, f), "utf8"));
    }
    return sheets;
  });
}

/** RFC 4180 CSV (quoted fields may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Opens an .xlsx in LibreOffice and saves it in another format (e.g. "ods"); returns the bytes. */
export function convertXlsx(bytes: Uint8Array, format: string): Uint8Array {
  return convertedBy(
    bytes,
    format,
    (out) => new Uint8Array(fs.readFileSync(path.join(out, `book.${format}`)))
  );
}

/**
 * Prints an .xlsx to PDF with LibreOffice and reads the pages back with poppler-utils
 * (`pdftotext`, `pdfinfo`): each page's text, in order. The workbooks' footers name the
 * sheet ("&A" at the left), so a page's sheet is its footer's first word(s). With `png`,
 * the first page is also rendered (`pdftoppm`) to that file.
 */
export function printXlsx(bytes: Uint8Array, png?: string): { pages: string[]; pdf: Uint8Array } {
  return convertedBy(bytes, "pdf", (out) => {
    const pdf = path.join(out, "book.pdf");
    const count = Number(
      /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]
    );
    const pages = Array.from({ length: count }, (_, k) =>
      execFileSync("pdftotext", ["-layout", "-f", String(k + 1), "-l", String(k + 1), pdf, "-"], {
        encoding: "utf8",
      })
    );
    if (png) {
      fs.mkdirSync(path.dirname(png), { recursive: true });
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "80",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        png.replace(/\.png$/, ""),
      ]);
    }
    return { pages, pdf: new Uint8Array(fs.readFileSync(pdf)) };
  });
}
