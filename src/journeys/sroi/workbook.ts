/**
 * The SROI workbook plan: a value map in the column layout evaluators know from the SROI
 * guide (stakeholder, output, outcome, indicator, quantity, duration, financial proxy and
 * its value and source, deadweight, displacement, attribution, drop-off, then impact and
 * year 0 … n), with the ratio, NPV and payback on a summary sheet and the stakeholders'
 * inputs and the discount bands on an inputs sheet. Excel's built-in functions only; the
 * formulas mirror `src/model/sroi.ts` so LibreOffice's recalculation agrees with the model.
 */
import { discountSchedule } from "../../model/discounting";
import { lastImpactYear, outcomeTable } from "../../model/sroi";
import type { SroiAnalysisCase } from "./types";
import { columnName, sheetRef as on, MONEY, MONEY_PENCE, RATE, FACTOR } from "../../workbook/refs";
import { evaluateSroi, type SroiResult } from "./evaluate";
import type { SheetNames } from "../../workbook/sheet-names";
import { factorFormula, rateFormula } from "../../workbook/discounting";
import {
  DEFLATORS,
  DISCOUNT_BANDS,
  INPUTS,
  PRICE_BASE,
  SROI_INPUTS_TITLE,
  STAKEHOLDERS,
  VALUE_MAP,
  VALUE_MAP_PRICED,
  sroiDeflatorRows,
  usesPricedMap,
} from "./inputs";
import { priceBaseFormula } from "../../values/deflator-table";
import { sroiSeries } from "./prices";
import { RANGE_CORRELATIONS, RANGES } from "./ranges";
import { checksBlock, type Check } from "../../workbook/checks";
import type { PlanCell, PlanName, PlanSheet, WorkbookPlan } from "../../workbook/types";
import { literalCriterion } from "../../workbook/criteria";

export const SROI_SHEETS: SheetNames = {
  inputs: "SROI inputs",
  calculations: "SROI value map",
  summary: "SROI summary",
  suffix: "",
};

/** A value map column's field (the priced layout's fields include the plain layout's). */
type MapField = keyof typeof VALUE_MAP_PRICED.columns;

/** Summary rows, for readers of a built workbook (label in A, value in B). */
export const SROI_SUMMARY_LABELS = {
  pv: "Present value of impact (£)",
  inputs: "Value of inputs (£)",
  ratio: "SROI ratio (£ of social value per £1 invested)",
  npv: "Net present value (£)",
  payback: "Payback (months)",
  noAdjustments: "Outcomes with none of the four adjustments",
  noSource: "Financial proxies without a source",
} as const;

export function sroiPlan(c: SroiAnalysisCase, sheets: SheetNames = SROI_SHEETS): WorkbookPlan {
  const N = (n: string) => n + sheets.suffix;
  const I = (ref: string) => on(sheets.inputs, ref);
  const V = (ref: string) => on(sheets.calculations, ref);
  const names: PlanName[] = [];

  // ------------------------------------------------------------- SROI inputs
  const schedule = discountSchedule(c.discount);
  const bandsTop = 4;
  const bandsLast = bandsTop + schedule.bands.length;
  const stakeTop = bandsLast + 3;
  const stakeLast = stakeTop + c.stakeholders.length;
  const inputsTop = stakeLast + 3;
  const inputsLast = inputsTop + c.inputs.length;
  // One price base: the base year and the Deflators table the value map's lookups read.
  const converts = c.priceBaseYear !== undefined;
  const priceTop = inputsLast + 3;
  const deflatorTop = priceTop + 4;
  const deflatorRows = converts ? sroiDeflatorRows(c) : [];
  const series = converts ? sroiSeries(c) : undefined;
  if (converts)
    names.push(
      { name: N("SroiPriceBaseYear"), ref: I(`$A$${priceTop + 1}`) },
      {
        name: N("SroiDeflatorYears"),
        ref: I(`$A$${deflatorTop + 1}:$A$${deflatorTop + deflatorRows.length}`),
      },
      {
        name: N("SroiDeflatorIndex"),
        ref: I(`$B$${deflatorTop + 1}:$B$${deflatorTop + deflatorRows.length}`),
      }
    );
  names.push(
    { name: N("SroiBandFrom"), ref: I(`$A$${bandsTop + 1}:$A$${bandsLast}`) },
    { name: N("SroiBandRate"), ref: I(`$B$${bandsTop + 1}:$B$${bandsLast}`) },
    { name: N("Stakeholders"), ref: I(`$A$${stakeTop + 1}:$A$${stakeLast}`) },
    { name: N("InputValues"), ref: I(`$C$${inputsTop + 1}:$C$${inputsLast}`) }
  );
  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: converts ? { A: 30, B: 44, C: 44, D: 44 } : { A: 30, B: 44, C: 18 },
    cells: [
      { ref: "A1", value: SROI_INPUTS_TITLE.write(c.title), role: "title" },
      {
        ref: `A${bandsTop - 1}`,
        value:
          typeof c.discount === "number"
            ? "Discount rate (a flat rate chosen for this analysis)"
            : `Discount rate by band (HM Treasury Green Book ${c.discount === "HEALTH" ? "health schedule" : "STPR"})`,
        role: "heading",
      },
      { ref: `A${stakeTop - 1}`, value: "Stakeholders", role: "heading" },
      {
        ref: `A${inputsTop - 1}`,
        value: "Inputs: what each stakeholder puts in (£, year 0)",
        role: "heading",
      },
    ],
    tables: [
      {
        ...DISCOUNT_BANDS.table(schedule.bands),
        name: N(DISCOUNT_BANDS.name),
        ref: `A${bandsTop}`,
      },
      { ...STAKEHOLDERS.table(c.stakeholders), name: N(STAKEHOLDERS.name), ref: `A${stakeTop}` },
      { ...INPUTS.table(c.inputs), name: N(INPUTS.name), ref: `A${inputsTop}` },
    ],
    checks: [],
    charts: [],
  };
  if (converts) {
    inputsSheet.cells.push(
      {
        ref: `A${priceTop - 1}`,
        value: "Price base: every proxy is restated in this year's prices",
        role: "heading",
      },
      {
        ref: `A${deflatorTop - 1}`,
        value: `Deflators: ${series!.name}${series!.source ? `. Source: ${series!.source}` : ""}${series!.licence ? `. Licence: ${series!.licence}` : ""}`,
        role: "heading",
      }
    );
    inputsSheet.tables.push(
      { ...PRICE_BASE.table([c]), name: N(PRICE_BASE.name), ref: `A${priceTop}` },
      { ...DEFLATORS.table(deflatorRows), name: N(DEFLATORS.name), ref: `A${deflatorTop}` }
    );
  }
  // The ranges go below the last input table: the deflators when the analysis converts.
  addRangeTables(
    inputsSheet,
    c,
    converts ? deflatorTop + deflatorRows.length + 3 : inputsLast + 3,
    N
  );

  // ------------------------------------------------------------- SROI value map
  const last = Math.max(1, lastImpactYear(outcomeTable(c.outcomes)));
  const mapTop = 4;
  const first = mapTop + 1;
  const lastRow = mapTop + c.outcomes.length;
  const codec = usesPricedMap(c) ? VALUE_MAP_PRICED : VALUE_MAP;
  const MAP_FIELDS = Object.keys(codec.columns) as MapField[];
  const letter = (field: MapField) => columnName(MAP_FIELDS.indexOf(field) + 1);
  // With a price base, the proxy in base-year prices sits between the table and the impact.
  const valueCol = columnName(MAP_FIELDS.length + 1);
  const impactCol = columnName(MAP_FIELDS.length + 1 + (converts ? 1 : 0));
  const yearCol = (y: number) => columnName(MAP_FIELDS.length + 2 + (converts ? 1 : 0) + y);
  const cells: PlanCell[] = [
    { ref: "A1", value: `SROI value map: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Impact = quantity × value × (1 − deadweight) × (1 − displacement) × (1 − attribution); each later year loses the drop-off; a fractional duration counts part of its last year.",
      role: "note",
    },
    { ref: `${impactCol}${mapTop}`, value: "Impact (£, first year)", role: "heading" },
  ];
  if (converts)
    cells.push(
      {
        ref: "A3",
        value: `Each proxy is restated in ${String(c.priceBaseYear)} prices: value × index(price base year) ÷ index(price year), from the Deflators table on the inputs sheet.`,
        role: "note",
      },
      {
        ref: `${valueCol}${mapTop}`,
        value: `Value in ${String(c.priceBaseYear)} prices (£)`,
        role: "heading",
      }
    );
  for (let y = 0; y <= last; y++)
    cells.push({ ref: `${yearCol(y)}${mapTop}`, value: y, numFmt: '"Year "0', role: "heading" });
  c.outcomes.forEach((_, i) => {
    const r = first + i;
    const col = (field: MapField) => `$${letter(field)}${r}`;
    if (converts)
      cells.push({
        ref: `${valueCol}${r}`,
        formula: priceBaseFormula({
          amount: col("proxy"),
          priceYear: col("priceYear"),
          baseYear: N("SroiPriceBaseYear"),
          years: N("SroiDeflatorYears"),
          index: N("SroiDeflatorIndex"),
        }),
        numFmt: MONEY_PENCE,
        role: "calc",
      });
    const value = converts ? `$${valueCol}${r}` : col("proxy");
    cells.push({
      ref: `${impactCol}${r}`,
      formula: `${col("quantity")}*${value}*(1-${col("deadweight")})*(1-${col("displacement")})*(1-${col("attribution")})`,
      numFmt: MONEY,
      role: "calc",
    });
    for (let y = 0; y <= last; y++) {
      const Y = `${yearCol(y)}$${mapTop}`;
      const start = col("start");
      const dur = col("duration");
      cells.push({
        ref: `${yearCol(y)}${r}`,
        formula: `IF(AND(${Y}>=${start},${Y}<${start}+ROUNDUP(${dur},0)),$${impactCol}${r}*(1-${col("dropOff")})^(${Y}-${start})*IF(${Y}-${start}<INT(${dur}),1,${dur}-INT(${dur})),0)`,
        numFmt: MONEY,
        role: "calc",
      });
    }
  });
  const total = lastRow + 2;
  const rows = {
    total,
    rate: total + 1,
    df: total + 2,
    pv: total + 3,
    cumulative: total + 4,
    payback: total + 5,
  };
  const labels: [number, string][] = [
    [rows.total, "Total impact by year (£)"],
    [rows.rate, "Discount rate"],
    [rows.df, "Discount factor"],
    [rows.pv, "Present value by year (£)"],
    [rows.cumulative, "Cumulative present value (£)"],
    [rows.payback, "Payback point (months), where the cumulative value first covers the inputs"],
  ];
  for (const [r, text] of labels)
    cells.push({ ref: `${impactCol}${r}`, value: text, role: "label" });
  const inputsTotal = `SUM(${N("InputValues")})`;
  for (let y = 0; y <= last; y++) {
    const col = yearCol(y);
    const prev = columnName(MAP_FIELDS.length + 1 + (converts ? 1 : 0) + y);
    const Y = `${col}$${mapTop}`;
    cells.push(
      {
        ref: `${col}${rows.total}`,
        formula: `SUM(${col}${first}:${col}${lastRow})`,
        numFmt: MONEY,
        role: "calc",
      },
      {
        ref: `${col}${rows.rate}`,
        formula: rateFormula(Y, N("SroiBandFrom"), N("SroiBandRate")),
        numFmt: RATE,
        role: "calc",
      },
      {
        ref: `${col}${rows.df}`,
        formula: factorFormula(Y, `${prev}${rows.df}`, `${col}${rows.rate}`),
        numFmt: FACTOR,
        role: "calc",
      },
      {
        ref: `${col}${rows.pv}`,
        formula: `${col}${rows.total}*${col}${rows.df}`,
        numFmt: MONEY,
        role: "calc",
      },
      {
        ref: `${col}${rows.cumulative}`,
        formula: `IF(${Y}=0,${col}${rows.pv},${prev}${rows.cumulative}+${col}${rows.pv})`,
        numFmt: MONEY,
        role: "calc",
      },
      {
        ref: `${col}${rows.payback}`,
        formula: `IF(${Y}=0,"",IF(AND(${prev}${rows.cumulative}<${inputsTotal},${col}${rows.cumulative}>=${inputsTotal},${col}${rows.pv}>0),12*(${Y}-1)+12*(${inputsTotal}-${prev}${rows.cumulative})/${col}${rows.pv},""))`,
        numFmt: "0.00",
        role: "calc",
      }
    );
  }
  const mapSheet: PlanSheet = {
    name: sheets.calculations,
    widths: Object.fromEntries([
      ...MAP_FIELDS.map((f, j) => [
        columnName(j + 1),
        ["outcome", "indicator", "proxyDescription", "source", "licence"].includes(f) ? 28 : 14,
      ]),
      ...(converts ? [[valueCol, 18]] : []),
      [impactCol, 30],
      ...Array.from({ length: last + 1 }, (_, y) => [yearCol(y), 14]),
    ]),
    cells,
    tables: [{ ...codec.table(c.outcomes), name: N(codec.name), ref: `A${mapTop}` }],
    checks: [],
    charts: [],
    freeze: { row: mapTop, column: 4 },
  };

  // ------------------------------------------------------------- SROI summary
  const span = (r: number) => V(`$${yearCol(0)}$${r}:$${yearCol(last)}$${r}`);
  const mapCol = (n: MapField) => V(`$${letter(n)}$${first}:$${letter(n)}$${lastRow}`);
  const L = SROI_SUMMARY_LABELS;
  let e: SroiResult | null = null;
  try {
    e = evaluateSroi(c);
  } catch {
    e = null; // no cached values: the sheet still calculates
  }
  const S: PlanCell[] = [
    { ref: "A1", value: `SROI summary: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Social value per £1 invested, after deadweight, displacement, attribution and drop-off.",
      role: "note",
    },
    ...(converts
      ? [
          {
            ref: "A3",
            value: `All values in ${String(c.priceBaseYear)} prices, converted with ${series!.name}${series!.licence ? ` (${series!.licence})` : ""}.`,
            role: "note" as const,
          },
        ]
      : []),
    { ref: "A4", value: L.pv, role: "label" },
    { ref: "B4", formula: `SUM(${span(rows.pv)})`, numFmt: MONEY, role: "output", cached: e?.pv },
    { ref: "A5", value: L.inputs, role: "label" },
    { ref: "B5", formula: inputsTotal, numFmt: MONEY, role: "output", cached: e?.inputs },
    { ref: "A6", value: L.ratio, role: "label" },
    {
      ref: "B6",
      formula: `IF(B5=0,"no inputs",B4/B5)`,
      numFmt: '"£"0.00" per £1"',
      role: "output",
      cached: e ? (e.ratio ?? "no inputs") : undefined,
    },
    { ref: "A7", value: L.npv, role: "label" },
    { ref: "B7", formula: "B4-B5", numFmt: MONEY, role: "output", cached: e?.npv },
    { ref: "A8", value: L.payback, role: "label" },
    {
      ref: "B8",
      formula: `IF(B5<=0,0,IF(${V(`$${yearCol(0)}$${rows.pv}`)}>=B5,0,IF(COUNT(${span(rows.payback)})=0,"not within the horizon",MIN(${span(rows.payback)}))))`,
      numFmt: "0.0",
      role: "output",
      cached: e ? (e.paybackMonths ?? "not within the horizon") : undefined,
    },
    { ref: "A10", value: "Warnings", role: "heading" },
    { ref: "A11", value: L.noAdjustments, role: "label" },
    {
      ref: "B11",
      formula: `SUMPRODUCT(--((${mapCol("deadweight")}+${mapCol("displacement")}+${mapCol("attribution")}+${mapCol("dropOff")})=0))`,
      numFmt: "0",
      role: "output",
    },
    { ref: "A12", value: L.noSource, role: "label" },
    { ref: "B12", formula: `COUNTBLANK(${mapCol("source")})`, numFmt: "0", role: "output" },
    { ref: "A14", value: "Checks", role: "heading" },
  ];
  const shares = ["deadweight", "displacement", "attribution", "dropOff"] as const;
  const checks: Check[] = [
    [
      "Every adjustment lies between 0% and 100%",
      shares.map((s) => `COUNTIF(${mapCol(s)},"<0")+COUNTIF(${mapCol(s)},">1")`).join("+") + "=0",
    ],
    [
      "No quantity or duration is negative",
      `COUNTIF(${mapCol("quantity")},"<0")+COUNTIF(${mapCol("duration")},"<0")=0`,
    ],
    [
      "Every outcome's stakeholder is listed",
      `SUMPRODUCT(--(COUNTIF(${N("Stakeholders")},${literalCriterion(mapCol("stakeholder"))})=0))=0`,
    ],
    ["The value of inputs is more than 0", "B5>0"],
  ];
  if (converts)
    checks.push([
      "Every proxy's price year is in the Deflators table",
      `SUMPRODUCT(--ISNA(MATCH(${mapCol("priceYear")},${N("SroiDeflatorYears")},0)))=0`,
    ]);
  const checked = checksBlock(15, checks);
  S.push(...checked.cells);
  const summarySheet: PlanSheet = {
    name: sheets.summary,
    widths: { A: 52, B: 18 },
    cells: S,
    tables: [],
    checks: [checked.range],
    charts: [
      {
        title: "Cumulative present value of impact by year",
        categories: V(`$${yearCol(0)}$${mapTop}:$${yearCol(last)}$${mapTop}`),
        series: [{ name: "Cumulative present value", values: span(rows.cumulative) }],
        anchor: `D3:K20`,
        yAxisTitle: "£",
        valueFormat: MONEY,
      },
    ],
  };
  return { sheets: [summarySheet, mapSheet, inputsSheet], names };
}

/**
 * The ranges and their correlations under the inputs table, when the analysis has any (an
 * analysis without ranges gets neither table, so its workbook is as it always was).
 */
function addRangeTables(
  sheet: PlanSheet,
  c: SroiAnalysisCase,
  top: number,
  N: (name: string) => string
): void {
  const ranges = c.ranges ?? [];
  if (ranges.length === 0) return;
  sheet.cells.push(
    {
      ref: `A${top - 1}`,
      value:
        "Ranges for the Monte Carlo: one row per uncertain input (outcome blank: every outcome); inputs not listed are held at their value",
      role: "heading",
    },
    {
      ref: `A${top + ranges.length + 1}`,
      value:
        "Triangular and PERT take low, most likely and high; uniform low and high; normal and lognormal a mean and standard deviation, or low and high as P10 and P90. Draws outside an input's valid range (a share from 0% to 100%, a quantity of 0 or more) are clipped, and the share clipped is reported.",
      role: "note",
    }
  );
  sheet.tables.push({ ...RANGES.table(ranges), name: N(RANGES.name), ref: `A${top}` });
  const correlations = c.correlations ?? [];
  if (correlations.length === 0) return;
  const corrTop = top + ranges.length + 4;
  sheet.cells.push({
    ref: `A${corrTop - 1}`,
    value: "Rank correlations between ranges (rows of the ranges table, from 1)",
    role: "heading",
  });
  sheet.tables.push({
    ...RANGE_CORRELATIONS.table(correlations),
    name: N(RANGE_CORRELATIONS.name),
    ref: `A${corrTop}`,
  });
}
