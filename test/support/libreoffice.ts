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
  if (!fs.existsSync(SOFFICE)) throw new Error(`LibreOffice not found at ${SOFFICE}: apt-get install libreoffice-calc-nogui`);
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
    execFileSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv", "--outdir", dir, input], {
      stdio: "pipe",
      timeout: 120000,
    });
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
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
