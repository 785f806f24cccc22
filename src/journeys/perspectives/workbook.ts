/**
 * The returns-by-perspective workbook plan: the flows table (party, sector, kind, amounts by
 * year) and settings on an inputs sheet; per flow its present value and how it counts for
 * its party, for government and for society on a calculations sheet; and the who-pays /
 * who-benefits table with a chart on the summary. The counting rules are the model's
 * (src/model/perspectives.ts): government counts public rows, transfers as benefits, and
 * leaves quality of life out; society leaves transfers out and counts quality of life only
 * when asked; a party sees its own costs, benefits and transfers.
 */
import { discountSchedule } from "../../model/discounting";
import { partiesOf } from "../../model/perspectives";
import type { PerspectiveAnalysis } from "./types";
import { columnName, sheetRef as on, MONEY, RATE, FACTOR } from "../../workbook/refs";
import { evaluatePerspectives } from "./evaluate";
import type { PerspectiveResult } from "../../model/perspectives";
import type { SheetNames } from "../../workbook/sheet-names";
import { factorFormula, rateFormula } from "../../workbook/discounting";
import { DISCOUNT_BANDS, flowsCodec, FLOWS_TITLE, SETTINGS } from "./inputs";
import { checksBlock, type Check } from "../../workbook/checks";
import type { PlanCell, PlanName, PlanSheet, WorkbookPlan } from "../../workbook/types";
import { literalCriterion } from "../../workbook/criteria";

export const PERSPECTIVE_SHEETS: SheetNames = {
  inputs: "Perspective flows",
  calculations: "Perspective calculations",
  summary: "Perspective summary",
  suffix: "",
};

/** The quality-of-life switch's label in the PerspectiveSettings table. */

/** Summary rows start here: one per party, then Government and Societal. */
export const PERSPECTIVE_SUMMARY_FIRST_ROW = 5;

export function perspectivePlan(
  c: PerspectiveAnalysis,
  sheets: SheetNames = PERSPECTIVE_SHEETS
): WorkbookPlan {
  const N = (n: string) => n + sheets.suffix;
  const I = (ref: string) => on(sheets.inputs, ref);
  const K = (ref: string) => on(sheets.calculations, ref);
  const names: PlanName[] = [];
  const years = c.flows.reduce((m, f) => Math.max(m, f.amounts.length), 0);
  const lastYear = c.start + years - 1;

  // ------------------------------------------------------------- inputs
  const schedule = discountSchedule(c.discount);
  const settingsTop = 4;
  const bandsTop = settingsTop + 4;
  const bandsLast = bandsTop + schedule.bands.length;
  const flowsTop = bandsLast + 3;
  const first = flowsTop + 1;
  const last = flowsTop + c.flows.length;
  names.push(
    { name: N("IncludeQol"), ref: I(`$B$${settingsTop + 1}`) },
    { name: N("PerspBandFrom"), ref: I(`$A$${bandsTop + 1}:$A$${bandsLast}`) },
    { name: N("PerspBandRate"), ref: I(`$B$${bandsTop + 1}:$B$${bandsLast}`) }
  );
  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: {
      A: 22,
      B: 14,
      C: 12,
      D: 40,
      ...Object.fromEntries(Array.from({ length: years }, (_, k) => [columnName(5 + k), 14])),
    },
    cells: [
      { ref: "A1", value: FLOWS_TITLE.write(c.title), role: "title" },
      {
        ref: "A2",
        value: `Kinds: cost, benefit, transfer (money moved, not created) or qol (quality of life). Sector: public or private. The first amount falls in year ${c.start}; rebuild to change it.`,
        role: "note",
      },
      { ref: `A${settingsTop - 1}`, value: "Settings", role: "heading" },
      { ref: `A${bandsTop - 1}`, value: "Discount rate by band", role: "heading" },
      { ref: `A${flowsTop - 1}`, value: "Flows", role: "heading" },
    ],
    tables: [
      { ...SETTINGS.table(c), name: N(SETTINGS.name), ref: `A${settingsTop}` },
      {
        ...DISCOUNT_BANDS.table(schedule.bands),
        name: N(DISCOUNT_BANDS.name),
        ref: `A${bandsTop}`,
      },
      { ...flowsCodec(c.start, years).table(c.flows), name: N("Flows"), ref: `A${flowsTop}` },
    ],
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------- calculations
  const timeline = 6; // column F holds year 0
  const yearCol = (y: number) => columnName(timeline + y);
  const cells: PlanCell[] = [
    { ref: "A1", value: `Calculations: ${c.title}`, role: "title" },
    { ref: "A2", value: "Year", role: "label" },
    { ref: "A3", value: "Discount rate", role: "label" },
    { ref: "A4", value: "Discount factor", role: "label" },
  ];
  for (let y = 0; y <= lastYear; y++) {
    const col = yearCol(y);
    const prev = columnName(timeline + y - 1);
    cells.push(
      { ref: `${col}2`, formula: `COLUMN()-COLUMN($${yearCol(0)}$2)`, numFmt: "0", role: "calc" },
      {
        ref: `${col}3`,
        formula: rateFormula(`${col}$2`, N("PerspBandFrom"), N("PerspBandRate")),
        numFmt: RATE,
        role: "calc",
      },
      {
        ref: `${col}4`,
        formula: factorFormula(`${col}$2`, `${prev}4`, `${col}3`),
        numFmt: FACTOR,
        role: "calc",
      }
    );
  }
  const head = 6;
  ["Party", "Present value (£)", "For its party", "For government", "For society"].forEach((h, j) =>
    cells.push({ ref: `${columnName(j + 1)}${head}`, value: h, role: "heading" })
  );
  const dfSpan = `$${yearCol(c.start)}$4:$${yearCol(lastYear)}$4`;
  c.flows.forEach((_, i) => {
    const r = head + 1 + i;
    const row = first + i;
    const kind = I(`$C$${row}`);
    const sector = I(`$B$${row}`);
    const amounts = I(`$E$${row}:$${columnName(4 + years)}$${row}`);
    const fiscal = `IF(${kind}="cost","cost",IF(OR(${kind}="benefit",${kind}="transfer"),"benefit",""))`;
    cells.push(
      { ref: `A${r}`, formula: `${I(`$A$${row}`)}&""`, role: "label" },
      { ref: `B${r}`, formula: `SUMPRODUCT(${amounts},${dfSpan})`, numFmt: MONEY, role: "calc" },
      { ref: `C${r}`, formula: fiscal, role: "calc" },
      { ref: `D${r}`, formula: `IF(${sector}="public",${fiscal},"")`, role: "calc" },
      {
        ref: `E${r}`,
        formula: `IF(OR(${kind}="transfer",AND(${kind}="qol",NOT(${N("IncludeQol")}))),"",IF(${kind}="cost","cost","benefit"))`,
        role: "calc",
      }
    );
  });
  const lastCalc = head + c.flows.length;
  const col = (letter: string) => K(`$${letter}$${head + 1}:$${letter}$${lastCalc}`);
  const calcSheet: PlanSheet = {
    name: sheets.calculations,
    widths: { A: 24, B: 18, C: 14, D: 16, E: 14 },
    cells,
    tables: [],
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------- summary
  const parties = partiesOf(c.flows);
  const S: PlanCell[] = [
    { ref: "A1", value: `Who pays and who benefits: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Present values; return = PV benefits ÷ PV costs. Government counts public rows with transfers as savings; society leaves transfers out and counts volunteers' time as a cost.",
      role: "note",
    },
  ];
  ["Perspective", "PV costs (£)", "PV benefits (£)", "Net (£)", "Return (£ per £1)"].forEach(
    (h, j) => S.push({ ref: `${columnName(j + 1)}4`, value: h, role: "heading" })
  );
  const perspectives: { label: string; costs: string; benefits: string }[] = [
    ...parties.map((p, k) => {
      const who = `$A$${PERSPECTIVE_SUMMARY_FIRST_ROW + k}`;
      return {
        label: p,
        costs: `SUMIFS(${col("B")},${col("A")},${literalCriterion(who)},${col("C")},"cost")`,
        benefits: `SUMIFS(${col("B")},${col("A")},${literalCriterion(who)},${col("C")},"benefit")`,
      };
    }),
    {
      label: "Government",
      costs: `SUMIFS(${col("B")},${col("D")},"cost")`,
      benefits: `SUMIFS(${col("B")},${col("D")},"benefit")`,
    },
    {
      label: "Societal",
      costs: `SUMIFS(${col("B")},${col("E")},"cost")`,
      benefits: `SUMIFS(${col("B")},${col("E")},"benefit")`,
    },
  ];
  let results: PerspectiveResult[] | null = null;
  try {
    results = evaluatePerspectives(c);
  } catch {
    results = null; // no cached values: the sheet still calculates
  }
  perspectives.forEach((p, k) => {
    const r = PERSPECTIVE_SUMMARY_FIRST_ROW + k;
    const m = results?.[k];
    S.push(
      { ref: `A${r}`, value: p.label, role: "output" },
      { ref: `B${r}`, formula: p.costs, numFmt: MONEY, role: "output", cached: m?.pvCosts },
      { ref: `C${r}`, formula: p.benefits, numFmt: MONEY, role: "output", cached: m?.pvBenefits },
      { ref: `D${r}`, formula: `C${r}-B${r}`, numFmt: MONEY, role: "output", cached: m?.net },
      {
        ref: `E${r}`,
        formula: `IF(B${r}=0,"no cost",C${r}/B${r})`,
        numFmt: '"£"0.00" per £1"',
        role: "output",
        cached: m ? (m.ratio ?? "no cost") : undefined,
      }
    );
  });
  const lastRow = PERSPECTIVE_SUMMARY_FIRST_ROW + perspectives.length - 1;
  const checksTop = lastRow + 2;
  const kinds = I(`$C$${first}:$C$${last}`);
  const sectors = I(`$B$${first}:$B$${last}`);
  const checks: Check[] = [
    [
      "Every kind is cost, benefit, transfer or qol",
      `SUMPRODUCT(--(${kinds}<>"cost"),--(${kinds}<>"benefit"),--(${kinds}<>"transfer"),--(${kinds}<>"qol"))=0`,
    ],
    [
      "Every sector is public or private",
      `SUMPRODUCT(--(${sectors}<>"public"),--(${sectors}<>"private"))=0`,
    ],
  ];
  S.push({ ref: `A${checksTop}`, value: "Checks", role: "heading" });
  const checked = checksBlock(checksTop + 1, checks);
  S.push(...checked.cells);
  const summarySheet: PlanSheet = {
    name: sheets.summary,
    widths: { A: 28, B: 16, C: 16, D: 16, E: 18 },
    cells: S,
    tables: [],
    checks: [checked.range],
    charts: [
      {
        kind: "column",
        title: "Who pays and who benefits (present values)",
        categories: on(sheets.summary, `$A$${PERSPECTIVE_SUMMARY_FIRST_ROW}:$A$${lastRow}`),
        series: [
          {
            name: "PV costs",
            values: on(sheets.summary, `$B$${PERSPECTIVE_SUMMARY_FIRST_ROW}:$B$${lastRow}`),
          },
          {
            name: "PV benefits",
            values: on(sheets.summary, `$C$${PERSPECTIVE_SUMMARY_FIRST_ROW}:$C$${lastRow}`),
          },
        ],
        anchor: `G4:N22`,
        yAxisTitle: "£",
        valueFormat: MONEY,
      },
    ],
  };
  return { sheets: [summarySheet, inputsSheet, calcSheet], names };
}
