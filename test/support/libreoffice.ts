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

/** Evaluates a grid (rows of cells) in LibreOffice; returns every cell's value as text. */
export async function evaluateInLibreOffice(rows: SheetCell[][]): Promise<string[][]> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
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
    const input = path.join(dir, "cases.xlsx");
    await wb.xlsx.writeFile(input);
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "csv",
        "--outdir",
        dir,
        input,
      ],
      {
        stdio: "pipe",
        timeout: 120000,
      }
    );
    const csv = fs.readFileSync(path.join(dir, "cases.csv"), "utf8");
    return csv
      .trimEnd()
      .split(/\r?\n/)
      .map((line) => line.split(","));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
    const input = path.join(dir, "book.xlsx");
    fs.writeFileSync(input, bytes);
    // Tokens: comma, double quote, UTF-8, from line 1, default formats, language, quoted as
    // text no, detect numbers yes, save as shown NO, formulas no, trim no, the sheet.
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        filter,
        "--outdir",
        dir,
        input,
      ],
      {
        stdio: "pipe",
        timeout: 120000,
      }
    );
    const out = fs.readdirSync(dir).find((f) => f.endsWith(".csv"));
    if (!out) throw new Error("LibreOffice wrote no CSV");
    return parseCsv(fs.readFileSync(path.join(dir, out), "utf8"));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens an .xlsx in LibreOffice, recalculates it and returns every sheet's values by sheet
 * name, in one conversion (the CSV filter's sheet token -1 writes one file per sheet).
 */
export function recalculateAllSheets(bytes: Uint8Array): Record<string, string[][]> {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
    fs.writeFileSync(path.join(dir, "book.xlsx"), bytes);
    const out = path.join(dir, "out");
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        filter,
        "--outdir",
        out,
        path.join(dir, "book.xlsx"),
      ],
      { stdio: "pipe", timeout: 120000 }
    );
    const sheets: Record<string, string[][]> = {};
    for (const f of fs.readdirSync(out)) {
      const m = /^book-(.*)\.csv$/.exec(f);
      if (m) sheets[m[1]] = parseCsv(fs.readFileSync(path.join(out, f), "utf8"));
    }
    return sheets;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
    const input = path.join(dir, "book.xlsx");
    fs.writeFileSync(input, bytes);
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        format,
        "--outdir",
        dir,
        input,
      ],
      {
        stdio: "pipe",
        timeout: 120000,
      }
    );
    return new Uint8Array(fs.readFileSync(path.join(dir, `book.${format}`)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prints an .xlsx to PDF with LibreOffice and reads the pages back with poppler-utils
 * (`pdftotext`, `pdfinfo`): each page's text, in order. The workbooks' footers name the
 * sheet ("&A" at the left), so a page's sheet is its footer's first word(s). With `png`,
 * the first page is also rendered (`pdftoppm`) to that file.
 */
export function printXlsx(bytes: Uint8Array, png?: string): { pages: string[]; pdf: Uint8Array } {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-lo-"));
  try {
    const input = path.join(dir, "book.xlsx");
    fs.writeFileSync(input, bytes);
    execFileSync(
      SOFFICE,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      { stdio: "pipe", timeout: 120000 }
    );
    const pdf = path.join(dir, "book.pdf");
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
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
