/**
 * The .xlsx adapter: applies a workbook plan with exceljs, for the standalone page's
 * download and the `pcba` command line. Every formula is written with a cached result (so a
 * preview that does not calculate shows the numbers on every sheet): the model's value where
 * the plan gives one, otherwise the plan's own formulas evaluated (`withCachedValues`,
 * ./cache-values); Excel and LibreOffice recalculate them on opening. Widths and the print
 * set-up come from `finishPlan` (./finish). (The Office.js adapter needs none of this:
 * Excel calculates as it writes.)
 *
 * exceljs cannot write charts; `addCharts` (./xlsx-charts) adds them to the package after.
 */
import ExcelJS from "exceljs";
import type { CellRole, PlanSheet, WorkbookPlan } from "./types";
import { decodeRef, STATUS_COLOURS } from "./refs";
import { addCharts } from "./xlsx-charts";
import { finishPlan } from "./finish";
import { withCachedValues } from "./cache-values";

const INPUT_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFFFF2CC" },
};

/** FAST-style formatting by role: inputs yellow, headings bold, units and notes grey. */
function styleFor(role: CellRole | undefined): Partial<ExcelJS.Style> {
  switch (role) {
    case "title":
      return { font: { bold: true, size: 14 } };
    case "heading":
      return { font: { bold: true }, border: { bottom: { style: "thin" } } };
    case "note":
      return { font: { italic: true, color: { argb: "FF595959" } } };
    case "unit":
      return { font: { italic: true, color: { argb: "FF595959" } } };
    case "input":
      return { fill: INPUT_FILL, font: { color: { argb: "FF1F3864" } } };
    case "assumption":
      return { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } } };
    case "output":
      return { font: { bold: true } };
    default:
      return {};
  }
}

/** 'Inputs'!$B$6 → Inputs!$B$6 for names exceljs stores (quotes kept when the name needs them). */
function nameRef(ref: string): string {
  const m = /^'((?:[^']|'')+)'!(.*)$/.exec(ref);
  if (!m) return ref;
  const sheet = m[1].replace(/''/g, "'");
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!${m[2]}` : ref;
}

function applySheet(wb: ExcelJS.Workbook, sheet: PlanSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  for (const [col, width] of Object.entries(sheet.widths)) ws.getColumn(col).width = width;
  for (const t of sheet.tables) {
    ws.addTable({
      name: t.name,
      ref: t.ref,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: t.columns.map((c) => ({ name: c.name, filterButton: true })),
      rows: t.rows.map((r) => r.map((v) => (v === null ? "" : v))),
    });
    const { row, column } = decodeRef(t.ref);
    t.columns.forEach((c, j) => {
      for (let i = 0; i < t.rows.length; i++) {
        const cell = ws.getCell(row + 1 + i, column + j);
        if (t.rows[i][j] === null) cell.value = null;
        const numFmt = t.cellFormats?.[i]?.[j] ?? c.numFmt;
        if (numFmt) cell.numFmt = numFmt;
        Object.assign(cell, styleFor(c.role));
      }
    });
  }
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.ref);
    cell.value =
      c.formula !== undefined
        ? ({
            formula: c.formula,
            ...(c.cached !== undefined && c.cached !== null ? { result: c.cached } : {}),
          } as ExcelJS.CellFormulaValue)
        : (c.value ?? null);
    if (c.numFmt) cell.numFmt = c.numFmt;
    Object.assign(cell, styleFor(c.role));
  }
  for (const ref of sheet.checks) {
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          formulae: ["TRUE"],
          priority: 1,
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } },
            font: { color: { argb: "FF006100" } },
          },
        },
        {
          type: "cellIs",
          operator: "equal",
          formulae: ["FALSE"],
          priority: 2,
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
            font: { color: { argb: "FF9C0006" } },
          },
        },
      ],
    });
  }
  for (const ref of sheet.statuses ?? []) {
    ws.addConditionalFormatting({
      ref,
      rules: STATUS_COLOURS.map(([status, fill, font], k) => ({
        type: "cellIs" as const,
        operator: "equal" as const,
        formulae: [`"${status}"`],
        priority: k + 1,
        style: {
          fill: {
            type: "pattern" as const,
            pattern: "solid" as const,
            bgColor: { argb: `FF${fill}` },
          },
          font: { color: { argb: `FF${font}` } },
        },
      })),
    });
  }
  if (sheet.freeze)
    ws.views = [{ state: "frozen", xSplit: sheet.freeze.column - 1, ySplit: sheet.freeze.row }];
  for (const r of sheet.tallRows ?? []) {
    const row = ws.getRow(r);
    row.height = 30;
    row.eachCell((cell) => {
      cell.alignment = { wrapText: true, vertical: "bottom" };
    });
  }
  for (const ref of sheet.wrapped ?? [])
    ws.getCell(ref).alignment = { wrapText: true, vertical: "top" };
  const p = sheet.print;
  if (p) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.pagesWide,
      fitToHeight: 0,
      printArea: p.area,
      printTitlesRow: p.titleRows,
      printTitlesColumn: p.titleColumns,
    };
    ws.headerFooter = { oddFooter: "&L&A&RPage &P of &N" };
    for (const r of p.breaksBefore) ws.getRow(r - 1).addPageBreak();
  }
}

/**
 * The plan as an exceljs workbook, every formula with its cached value (`cache: false`
 * leaves those the model did not give uncached: the benchmark's baseline).
 */
export function planToWorkbook(
  planned: WorkbookPlan,
  { cache = true }: { cache?: boolean } = {}
): ExcelJS.Workbook {
  const finished = finishPlan(planned);
  const plan = cache ? withCachedValues(finished) : finished;
  const wb = new ExcelJS.Workbook();
  wb.creator = "PCBA add-in";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) applySheet(wb, sheet);
  for (const n of plan.names) wb.definedNames.add(nameRef(n.ref), n.name);
  return wb;
}

/** The plan as .xlsx bytes, charts included (`cache`: as `planToWorkbook`). */
export async function planToXlsx(
  plan: WorkbookPlan,
  options: { cache?: boolean } = {}
): Promise<Uint8Array> {
  const buffer = await planToWorkbook(plan, options).xlsx.writeBuffer();
  return addCharts(new Uint8Array(buffer as ArrayBuffer), finishPlan(plan));
}
