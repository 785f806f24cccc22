/**
 * The benefits-realisation workbook plan, written beside a business case and never over it
 * (its own sheets and table names), and self-contained: the plan of every line comes from
 * the business case as approved, written as an input table, so the workbook calculates from
 * the review's file alone.
 *
 * - Actuals (inputs): settings (the option, the last year reported, the status bands), the
 *   case's discount bands, the lines of the review with their re-forecasts and their plan by
 *   year, one row per line and year for the actual and its evidence (blank = not yet known),
 *   and the case as approved.
 * - Realisation calculations: the timeline (year, rate, discount factor), the totals by
 *   year with the cumulative and payback rows, and per line its plan, whether the actual is
 *   known, the actual, its re-forecast and its outturn (one formula along each row).
 * - Realisation: the option's NPV, payback and savings at maturity as approved and now; per
 *   line and per savings source planned against actual to date, variance, realisation rate
 *   and status; checks; a chart of planned and outturn cumulative savings and one of the
 *   variance by source.
 *
 * The formulas are the rules of docs/realisation.md, the model's (`evaluateRealisation`).
 */
import { discountSchedule } from "../../model/discounting";
import {
  columnName,
  sheetRef as on,
  FACTOR,
  MONEY,
  RATIO,
  SHARE,
  WHOLE,
} from "../../workbook/refs";
import type { SheetNames } from "../../workbook/sheet-names";
import { discountBandsTable, factorFormula, rateFormula } from "../../workbook/discounting";
import { checksBlock, type Check } from "../../workbook/checks";
import { literalCriterion } from "../../workbook/criteria";
import { TableLayout, type Placed } from "../../workbook/table-layout";
import type { CellValue, PlanCell, PlanName, PlanSheet, WorkbookPlan } from "../../workbook/types";
import { words } from "../../workbook/words";
import { SAVINGS_SOURCES } from "./business-case";
import { evaluateRealisation } from "./evaluate";
import { normaliseRealisation } from "./normalise";
import {
  ACTUALS,
  ACTUALS_TITLE,
  APPROVED_CASE,
  caseParts,
  DISCOUNT_BANDS,
  linesCodec,
  SETTINGS,
  type FigureRow,
  type LineRow,
} from "./inputs";
import type { LineKind, Realisation, RealisationResult, RealisationStatus, ToDate } from "./types";

/** The line kinds the input tables keep, and the words the summary shows for them. */
const KINDS: readonly LineKind[] = ["saving", "one_off_cost", "recurring_cost"];
/** The word the summary's Kind column shows for a saving, on which its totals key. */
const SAVING = words("saving");
/** The Kind column of the costs' total row (any kind but a saving). */
const COST = "Cost";

/** A status in the words the sheet shows (its formulas write the same). */
export const STATUS_WORDS: Readonly<Record<RealisationStatus, string>> = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  no_actuals: "No actuals",
  not_rated: "Not rated",
};

/**
 * A formula showing the code in `ref` as the label in `labels` (by the code's MATCH in
 * `codes`), and "" for a blank: the line's kind and source in words, never a code.
 */
function labelFormula(ref: string, codes: readonly string[], labels: readonly string[]): string {
  const q = (x: string) => `"${x.replace(/"/g, '""')}"`;
  return `IFERROR(INDEX({${labels.map(q).join(",")}},MATCH(${ref},{${codes.map(q).join(",")}},0)),"")`;
}

/** The cached values of a to-date comparison: variance, variance %, rate and status (I … L). */
function toDateCache(t: ToDate): Record<"I" | "J" | "K" | "L", CellValue> {
  const word = STATUS_WORDS[t.status];
  return {
    I: t.variance,
    J: t.variancePct ?? word,
    K: t.rate ?? word,
    L: word,
  };
}

export const REALISATION_SHEETS: SheetNames = {
  inputs: "Actuals",
  calculations: "Realisation calculations",
  summary: "Realisation",
  suffix: "",
};

/** The Realisation sheet's rows: the option's figures, then the lines (see `realisationLayout`). */
export const OPTION_FIRST_ROW = 5;
/** The option's measures, in the order of their rows from `OPTION_FIRST_ROW`. */
export const OPTION_MEASURES = [
  "NPV (£)",
  "PV savings (£)",
  "PV costs (£)",
  "Discounted payback (years)",
  "Savings at maturity (£ a year)",
  "PV of the years reported (£)",
  "PV of the years after (£)",
] as const;

/** The columns of the per-line and per-source table on the Realisation sheet, A, B, … */
export const REVIEW_COLUMNS = [
  "Line",
  "In the business case",
  "Kind",
  "Source",
  "Planned to date (£)",
  "Planned for the years reported (£)",
  "Actual to date (£)",
  "Years reported",
  "Variance (£)",
  "Variance (%)",
  "Realisation rate",
  "Status",
  "Planned full annual (£)",
  "Re-forecast full annual (£)",
  "Total planned (£)",
  "Total outturn (£)",
] as const;

/** Where the Realisation sheet's rows fall for a review with `lines` lines and `sources` sources. */
export function realisationLayout(lines: number, sources: number) {
  const reviewHeader = OPTION_FIRST_ROW + OPTION_MEASURES.length + 2;
  const firstLine = reviewHeader + 1;
  const lastLine = firstLine + lines - 1;
  const sourcesHeader = lastLine + 2;
  const firstSource = sourcesHeader + 1;
  const savingsTotal = firstSource + sources;
  const costsTotal = savingsTotal + 1;
  const checksTop = costsTotal + 2;
  return {
    reviewHeader,
    firstLine,
    lastLine,
    sourcesHeader,
    firstSource,
    savingsTotal,
    costsTotal,
    checksTop,
  };
}

/** Row types on the calculations sheet (column E), for the totals' SUMIFS. */
const ROW = { plan: "plan", known: "known", actual: "actual", outturn: "outturn" } as const;

export function realisationPlan(
  given: Realisation,
  sheets: SheetNames = REALISATION_SHEETS
): WorkbookPlan {
  const r = normaliseRealisation(given);
  const result = evaluateRealisation(r);
  const h = result.horizon;
  const c = r.businessCase;
  const N = (n: string) => n + sheets.suffix;
  const I = (ref: string) => on(sheets.inputs, ref);
  const K = (ref: string) => on(sheets.calculations, ref);
  const names: PlanName[] = [];

  // ------------------------------------------------------------- Actuals (inputs)
  const lineRows: LineRow[] = result.lines.map((l, i) => {
    const given =
      i < r.actuals.length
        ? r.actuals[i]
        : r.unplanned[i - result.lines.filter((x) => x.planned).length];
    return {
      id: l.id,
      planned: l.planned,
      kind: l.kind,
      source: l.source,
      description: l.description,
      level: l.maturity ? l.maturity.planned : null,
      levelYear: l.maturity ? l.maturity.plannedYear : null,
      reforecast: l.reforecast,
      note: given?.note ?? "",
      plan: l.plan,
    };
  });
  const figureRows: FigureRow[] = result.lines.flatMap((l) => {
    const figures = l.planned
      ? (r.actuals.find((a) => a.line === l.id)?.figures ?? [])
      : r.unplanned[Number(l.id.split("/")[1])].figures;
    return Array.from({ length: r.asAtYear + 1 }, (_, t) => {
      const f = figures.find((x) => x.year === t);
      return {
        line: l.id,
        description: l.description,
        year: t,
        amount: f ? f.amount : null,
        evidence: f ? f.evidence : "",
      };
    });
  });
  const linesTable = linesCodec(h);
  const layout = new TableLayout(4, sheets.suffix);
  const settings = layout.add(
    "Settings",
    "Your inputs are shaded. The bands set the status of each line's realisation rate (actual ÷ planned).",
    SETTINGS.table(r)
  );
  const settingRef = (field: keyof typeof SETTINGS.settings & string) =>
    I(`$B$${settings.first + SETTINGS.rows(r).indexOf(field)}`);
  for (const field of SETTINGS.rows(r)) {
    const n = (SETTINGS.settings[field] as { name?: string }).name;
    if (n) names.push({ name: N(n), ref: settingRef(field) });
  }
  const schedule = discountSchedule(c.appraisal.discount);
  const bands = layout.add(
    "Discount rate by band (the business case's)",
    "",
    discountBandsTable(DISCOUNT_BANDS, "A1", schedule)
  );
  names.push(
    { name: N("RealBandFrom"), ref: I(`$A$${bands.first}:$A$${bands.last}`) },
    { name: N("RealBandRate"), ref: I(`$B$${bands.first}:$B$${bands.last}`) }
  );
  const lines = layout.add(
    "Lines of the review",
    "The option's lines as the business case planned them (the plan columns are the case's, not for editing), then lines it did not plan. A re-forecast (value and year) replaces the plan after the last year reported; blank keeps the plan.",
    linesTable.table(lineRows)
  );
  const figures = layout.add(
    "Actuals by line and year",
    "One row per line and year: the amount delivered (a saving) or spent (a cost), and where it comes from. Blank = not yet known (the outturn takes the plan); enter 0 when nothing was delivered or spent.",
    ACTUALS.table(figureRows)
  );
  layout.add(
    "The business case as approved",
    "Kept so that the approved NPV is recomputed from exactly the case the board saw. Not for editing.",
    APPROVED_CASE.table(caseParts(c))
  );
  const col = (p: Placed, name: string) =>
    I(`$${p.col(name)}$${p.first}:$${p.col(name)}$${p.last}`);
  const actLine = col(figures, ACTUALS.header("line"));
  const actYear = col(figures, ACTUALS.header("year"));
  const actAmount = col(figures, ACTUALS.header("amount"));
  names.push(
    { name: N("RealActLine"), ref: actLine },
    { name: N("RealActYear"), ref: actYear },
    { name: N("RealActAmount"), ref: actAmount }
  );
  const AsAt = N("RealAsAt");
  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: { A: 34, B: 24, C: 16, D: 44, E: 48, F: 18, G: 14, H: 22, I: 14, J: 40 },
    cells: [
      { ref: "A1", value: ACTUALS_TITLE.write(r.title), role: "title" },
      {
        ref: "A2",
        value: `What option "${result.optionName}" delivered and spent against its business case, "${c.title}". Amounts in £ at ${c.appraisal.priceBaseYear} prices; year 0 is the year of the decision.`,
        role: "note",
      },
      ...layout.cells,
    ],
    tables: layout.tables,
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------- calculations
  const timeline = 6; // column F holds year 0
  const yearCol = (t: number) => columnName(timeline + t);
  const first = yearCol(0);
  const last = yearCol(h);
  const cells: PlanCell[] = [
    { ref: "A1", value: `Calculations: ${r.title}`, role: "title" },
    { ref: "A2", value: "Year", role: "label" },
    { ref: "A3", value: "Discount rate", role: "label" },
    { ref: "A4", value: "Discount factor", role: "label" },
    { ref: "A5", value: "Reported (year ≤ the last year reported)", role: "label" },
  ];
  const along = (row: number, formula: (col: string, prev: string) => string, numFmt = MONEY) => {
    for (let t = 0; t <= h; t++)
      cells.push({
        ref: `${yearCol(t)}${row}`,
        formula: formula(yearCol(t), columnName(timeline + t - 1)),
        numFmt,
        role: "calc",
      });
  };
  along(2, () => `COLUMN()-COLUMN($${first}$2)`, WHOLE);
  along(3, (x) => rateFormula(`${x}$2`, N("RealBandFrom"), N("RealBandRate")), SHARE);
  along(4, (x, p) => factorFormula(`${x}$2`, `${p}4`, `${x}3`), FACTOR);
  along(5, (x) => `${x}$2<=${AsAt}`, "General");

  // Totals by year: rows 7 …; the lines' blocks follow.
  const T = {
    plannedSavings: 7,
    plannedCosts: 8,
    plannedNet: 9,
    plannedDiscounted: 10,
    plannedCumulative: 11,
    plannedPayback: 12,
    outturnSavings: 14,
    outturnCosts: 15,
    outturnNet: 16,
    outturnDiscounted: 17,
    outturnCumulative: 18,
    outturnPayback: 19,
    plannedSavingsCumulative: 21,
    outturnSavingsCumulative: 22,
  };
  const blockTop = 25;
  const BLOCK = 10;
  const blockLast = blockTop + BLOCK * result.lines.length - 1;
  const byType = (type: string, kind: "saving" | "cost") => (x: string) =>
    `SUMIFS(${x}$${blockTop}:${x}$${blockLast},$C$${blockTop}:$C$${blockLast},${kind === "saving" ? '"saving"' : '"<>saving"'},$E$${blockTop}:$E$${blockLast},"${type}")`;
  const label = (row: number, text: string, unit = "£") =>
    cells.push(
      { ref: `A${row}`, value: text, role: "label" },
      { ref: `D${row}`, value: unit, role: "unit" }
    );
  const netBlock = (
    which: "planned" | "outturn",
    savings: number,
    costs: number,
    net: number,
    discounted: number,
    cumulative: number,
    payback: number,
    type: string
  ) => {
    const title = which === "planned" ? "as planned" : "outturn (actual to date, then re-forecast)";
    label(savings, `Savings, ${title}`);
    along(savings, byType(type, "saving"));
    label(costs, `Costs, ${title}`);
    along(costs, byType(type, "cost"));
    label(net, `Net value, ${title}`);
    along(net, (x) => `${x}${savings}-${x}${costs}`);
    label(discounted, `Discounted net value, ${title}`);
    along(discounted, (x) => `${x}${net}*${x}$4`);
    label(cumulative, `Cumulative discounted net value, ${title}`);
    along(
      cumulative,
      (x, p) => `IF(${x}$2=0,${x}${discounted},${p}${cumulative}+${x}${discounted})`
    );
    label(payback, `Payback point, ${title} (year where the cumulative value turns)`, "years");
    along(
      payback,
      (x, p) =>
        `IF(${x}$2=0,"",IF(AND(${p}${cumulative}<0,${x}${cumulative}>=0),${p}$2+(-${p}${cumulative}/${x}${discounted}),""))`,
      RATIO
    );
  };
  netBlock(
    "planned",
    T.plannedSavings,
    T.plannedCosts,
    T.plannedNet,
    T.plannedDiscounted,
    T.plannedCumulative,
    T.plannedPayback,
    ROW.plan
  );
  netBlock(
    "outturn",
    T.outturnSavings,
    T.outturnCosts,
    T.outturnNet,
    T.outturnDiscounted,
    T.outturnCumulative,
    T.outturnPayback,
    ROW.outturn
  );
  const cumulate = (row: number, of: number) =>
    along(row, (x, p) => `IF(${x}$2=0,${x}${of},${p}${row}+${x}${of})`);
  label(T.plannedSavingsCumulative, "Cumulative savings, as planned");
  cumulate(T.plannedSavingsCumulative, T.plannedSavings);
  label(T.outturnSavingsCumulative, "Cumulative savings, actual to date then re-forecast");
  cumulate(T.outturnSavingsCumulative, T.outturnSavings);
  cells.push({ ref: `A${blockTop - 1}`, value: "By line", role: "heading" });

  const planCol0 = linesTable.header("plan0" as keyof typeof linesTable.columns & string);
  interface Block {
    head: number;
    plan: number;
    known: number;
    actual: number;
    given: number;
    value: number;
    year: number;
    anchor: number;
    outturn: number;
  }
  const blocks: Block[] = result.lines.map((_, i) => {
    const head = blockTop + BLOCK * i;
    const b: Block = {
      head,
      plan: head + 1,
      known: head + 2,
      actual: head + 3,
      given: head + 4,
      value: head + 5,
      year: head + 6,
      anchor: head + 7,
      outturn: head + 8,
    };
    const inRow = lines.first + i;
    const L = (header: string) => I(`$${lines.col(header)}$${inRow}`);
    const id = `$B$${head}`;
    const kind = `$C$${head}`;
    cells.push(
      {
        ref: `A${head}`,
        formula: `${L(linesTable.header("description"))}&""`,
        role: "heading",
      },
      { ref: `B${head}`, formula: `${L(linesTable.header("id"))}&""`, role: "calc" },
      { ref: `C${head}`, formula: `${L(linesTable.header("kind"))}&""`, role: "calc" }
    );
    const typed = (row: number, text: string, type: string, unit = "£") => {
      cells.push(
        { ref: `A${row}`, value: text, role: "label" },
        { ref: `B${row}`, formula: id, role: "calc" },
        { ref: `C${row}`, formula: kind, role: "calc" },
        { ref: `D${row}`, value: unit, role: "unit" },
        { ref: `E${row}`, value: type, role: "unit" }
      );
    };
    const planFirst = decodeColumn(lines.col(planCol0));
    typed(b.plan, "Plan", ROW.plan);
    for (let t = 0; t <= h; t++)
      cells.push({
        ref: `${yearCol(t)}${b.plan}`,
        formula: I(`${columnName(planFirst + t)}$${inRow}`),
        numFmt: MONEY,
        role: "calc",
      });
    typed(b.known, "Actual known", ROW.known, "");
    along(
      b.known,
      (x) =>
        `AND(${x}$5,COUNTIFS(${N("RealActLine")},${literalCriterion(id)},${N("RealActYear")},${x}$2,${N("RealActAmount")},"<>")>0)`,
      "General"
    );
    typed(b.actual, "Actual", ROW.actual);
    along(
      b.actual,
      (x) =>
        `IF(${x}${b.known},SUMIFS(${N("RealActAmount")},${N("RealActLine")},${literalCriterion(id)},${N("RealActYear")},${x}$2),"")`
    );
    const rf = L(linesTable.header("reforecast"));
    const rfYear = L(linesTable.header("reforecastYear"));
    cells.push(
      { ref: `A${b.given}`, value: "Re-forecast given", role: "label" },
      { ref: `D${b.given}`, formula: `AND(ISNUMBER(${rf}),ISNUMBER(${rfYear}))`, role: "calc" },
      {
        ref: `A${b.value}`,
        value: "Re-forecast (£ a year; a one-off: £ still to spend)",
        role: "label",
      },
      { ref: `D${b.value}`, formula: `N(${rf})`, numFmt: MONEY, role: "calc" },
      { ref: `A${b.year}`, value: "Re-forecast year", role: "label" },
      { ref: `D${b.year}`, formula: `N(${rfYear})`, numFmt: WHOLE, role: "calc" },
      { ref: `A${b.anchor}`, value: "Outturn in the last year reported", role: "label" },
      {
        ref: `D${b.anchor}`,
        formula: `IF(INDEX($${first}${b.known}:$${last}${b.known},${AsAt}+1),INDEX($${first}${b.actual}:$${last}${b.actual},${AsAt}+1),INDEX($${first}${b.plan}:$${last}${b.plan},${AsAt}+1))`,
        numFmt: MONEY,
        role: "calc",
      }
    );
    typed(b.outturn, "Outturn: actual (plan where not known), then re-forecast", ROW.outturn);
    const v = `$D$${b.value}`;
    const y = `$D$${b.year}`;
    const a = `$D$${b.anchor}`;
    along(
      b.outturn,
      (x) =>
        `IF(${x}$5,IF(${x}${b.known},${x}${b.actual},${x}${b.plan}),IF(NOT($D$${b.given}),${x}${b.plan},IF(${kind}="one_off_cost",IF(${x}$2=${y},${v},0),IF(${x}$2>=${y},${v},${a}+(${v}-${a})*(${x}$2-${AsAt})/(${y}-${AsAt})))))`
    );
    return b;
  });
  const calcSheet: PlanSheet = {
    name: sheets.calculations,
    widths: {
      A: 52,
      B: 16,
      C: 16,
      D: 14,
      E: 9,
      ...Object.fromEntries(Array.from({ length: h + 1 }, (_, t) => [yearCol(t), 14])),
    },
    cells,
    tables: [],
    checks: [],
    charts: [],
    freeze: { row: 5, column: timeline },
  };

  // ------------------------------------------------------------- Realisation (summary)
  const span = (row: number) => K(`$${first}$${row}:$${last}$${row}`);
  const df = span(4);
  const at = realisationLayout(result.lines.length, result.sources.length);
  const S: PlanCell[] = [
    { ref: "A1", value: `Realisation: ${r.title}`, role: "title" },
    {
      ref: "A2",
      value: `Option "${result.optionName}": planned against actual for the years reported (to the last year reported on the ${sheets.inputs} sheet), and the NPV with the actuals to date and the re-forecast for the years after, discounted as the business case, against the NPV the board approved. Payback is discounted, in years.`,
      role: "note",
    },
  ];
  ["Measure", "As approved", "Now", "Change"].forEach((text, j) =>
    S.push({ ref: `${columnName(j + 1)}${OPTION_FIRST_ROW - 1}`, value: text, role: "heading" })
  );
  const paybackOf = (cumulative: number, point: number) =>
    `IF(MIN(${span(cumulative)})>=0,0,IF(COUNT(${span(point)})=0,"not within the horizon",MIN(${span(point)})))`;
  const levels = (column: string) =>
    `SUMIFS(${column}$${at.firstLine}:${column}$${at.lastLine},$C$${at.firstLine}:$C$${at.lastLine},"${SAVING}")`;
  const reported = `${K(`$${first}$5:$${last}$5`)}`;
  /** The model's payback as the sheet shows it: years, or words when it never comes. */
  const paybackShown = (p: number | null): CellValue => p ?? "not within the horizon";
  const { approved, outturn } = result;
  const optionCache: [CellValue, CellValue][] = [
    [approved.npv, outturn.npv],
    [approved.pvSavings, outturn.pvSavings],
    [approved.pvCosts, outturn.pvCosts],
    [paybackShown(approved.payback), paybackShown(outturn.payback)],
    [approved.savingsAtMaturity, outturn.savingsAtMaturity],
    [null, outturn.pvToDate],
    [null, outturn.pvRemaining],
  ];
  const optionRows: [string, string | null, string | null][] = [
    [
      OPTION_MEASURES[0],
      `SUMPRODUCT(${span(T.plannedNet)},${df})`,
      `SUMPRODUCT(${span(T.outturnNet)},${df})`,
    ],
    [
      OPTION_MEASURES[1],
      `SUMPRODUCT(${span(T.plannedSavings)},${df})`,
      `SUMPRODUCT(${span(T.outturnSavings)},${df})`,
    ],
    [
      OPTION_MEASURES[2],
      `SUMPRODUCT(${span(T.plannedCosts)},${df})`,
      `SUMPRODUCT(${span(T.outturnCosts)},${df})`,
    ],
    [
      OPTION_MEASURES[3],
      paybackOf(T.plannedCumulative, T.plannedPayback),
      paybackOf(T.outturnCumulative, T.outturnPayback),
    ],
    [OPTION_MEASURES[4], levels("M"), levels("N")],
    [OPTION_MEASURES[5], null, `SUMPRODUCT(${span(T.outturnDiscounted)}*${reported})`],
    [OPTION_MEASURES[6], null, `SUMPRODUCT(${span(T.outturnDiscounted)}*NOT(${reported}))`],
  ];
  optionRows.forEach(([measure, then, now], k) => {
    const row = OPTION_FIRST_ROW + k;
    const fmt = k === 3 ? RATIO : MONEY;
    S.push({ ref: `A${row}`, value: measure, role: "label" });
    const [was, is] = optionCache[k];
    if (then) S.push({ ref: `B${row}`, formula: then, numFmt: fmt, role: "output", cached: was });
    if (now) S.push({ ref: `C${row}`, formula: now, numFmt: fmt, role: "output", cached: is });
    if (then && now)
      S.push({
        ref: `D${row}`,
        formula: `IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),C${row}-B${row},"")`,
        numFmt: fmt,
        role: "output",
        cached: typeof was === "number" && typeof is === "number" ? is - was : "",
      });
  });
  const npvRow = OPTION_FIRST_ROW;

  REVIEW_COLUMNS.forEach((text, j) =>
    S.push({ ref: `${columnName(j + 1)}${at.reviewHeader}`, value: text, role: "heading" })
  );
  /** Rate, variance %, status: the same formulas for a line, a source and a total. */
  const rated = (row: number, kind: string, t: ToDate) => {
    const rate = `K${row}`;
    const cache = toDateCache(t);
    const w = STATUS_WORDS;
    S.push(
      {
        ref: `I${row}`,
        formula: `G${row}-F${row}`,
        numFmt: MONEY,
        role: "output",
        cached: cache.I,
      },
      {
        ref: `J${row}`,
        formula: `IF(ISNUMBER(${rate}),I${row}/F${row},${rate})`,
        numFmt: SHARE,
        role: "output",
        cached: cache.J,
      },
      {
        ref: `K${row}`,
        formula: `IF(H${row}=0,"${w.no_actuals}",IF(F${row}<=0,"${w.not_rated}",G${row}/F${row}))`,
        numFmt: SHARE,
        role: "output",
        cached: cache.K,
      },
      {
        ref: `L${row}`,
        formula: `IF(ISNUMBER(${rate}),IF(${kind}="${SAVING}",IF(${rate}>=${N("RealSavGreen")},"${w.green}",IF(${rate}>=${N("RealSavAmber")},"${w.amber}","${w.red}")),IF(${rate}<=${N("RealCostGreen")},"${w.green}",IF(${rate}<=${N("RealCostAmber")},"${w.amber}","${w.red}"))),${rate})`,
        role: "output",
        cached: cache.L,
      }
    );
  };
  /** The number of years with a known actual, as the sheet counts them (H). */
  const knownYears = (ls: readonly { actual: readonly (number | null)[] }[]) =>
    ls.reduce((n, l) => n + l.actual.filter((a) => a !== null).length, 0);
  const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const kindLabels = KINDS.map(words);
  // The Source column (D) names a source in a word or two ("Operational staff"), for lines
  // and sources alike, and the sources' totals key on it; column A of a source's row has
  // the business case's full label ("Operational staff restructuring").
  const sourceCodes = SAVINGS_SOURCES.map((s) => s.id);
  const sourceWord = (id: string | null) => (id ? words(id) : "");
  const sourceLabel = (id: string | null) => SAVINGS_SOURCES.find((s) => s.id === id)?.label ?? "";
  blocks.forEach((b, i) => {
    const row = at.firstLine + i;
    const l = result.lines[i];
    const t = l.toDate;
    const inRow = lines.first + i;
    const L = (header: string) => I(`$${lines.col(header)}$${inRow}`);
    const planRow = K(`$${first}$${b.plan}:$${last}$${b.plan}`);
    const knownRow = K(`$${first}$${b.known}:$${last}$${b.known}`);
    const actualRow = K(`$${first}$${b.actual}:$${last}$${b.actual}`);
    const outturnRow = K(`$${first}$${b.outturn}:$${last}$${b.outturn}`);
    // Kind and source in words; the codes stay on the Actuals and calculations sheets.
    S.push(
      {
        ref: `A${row}`,
        formula: `${K(`$A$${b.head}`)}&""`,
        role: "output",
        cached: l.description,
      },
      {
        ref: `B${row}`,
        formula: `IF(${L(linesTable.header("planned"))},"Yes","No")`,
        role: "output",
        cached: l.planned ? "Yes" : "No",
      },
      {
        ref: `C${row}`,
        formula: labelFormula(K(`$C$${b.head}`), KINDS, kindLabels),
        role: "output",
        cached: words(l.kind),
      },
      {
        ref: `D${row}`,
        formula: labelFormula(L(linesTable.header("source")), sourceCodes, sourceCodes.map(words)),
        role: "output",
        cached: sourceWord(l.source),
      },
      {
        ref: `E${row}`,
        formula: `SUMIFS(${planRow},${span(2)},"<="&${AsAt})`,
        numFmt: MONEY,
        role: "output",
        cached: t.planned,
      },
      {
        ref: `F${row}`,
        formula: `SUMPRODUCT(${planRow}*${knownRow})`,
        numFmt: MONEY,
        role: "output",
        cached: t.plannedReported,
      },
      {
        ref: `G${row}`,
        formula: `SUM(${actualRow})`,
        numFmt: MONEY,
        role: "output",
        cached: t.actual,
      },
      {
        ref: `H${row}`,
        formula: `SUMPRODUCT(--${knownRow})`,
        numFmt: WHOLE,
        role: "output",
        cached: knownYears([l]),
      },
      {
        ref: `M${row}`,
        formula: `IF(ISNUMBER(${L(linesTable.header("level"))}),${L(linesTable.header("level"))},"")`,
        numFmt: MONEY,
        role: "output",
        cached: l.maturity ? l.maturity.planned : "",
      },
      {
        ref: `N${row}`,
        formula: `IF(ISNUMBER(M${row}),IF(${K(`$D$${b.given}`)},${K(`$D$${b.value}`)},M${row}),"")`,
        numFmt: MONEY,
        role: "output",
        cached: l.maturity ? l.maturity.reforecast : "",
      },
      {
        ref: `O${row}`,
        formula: `SUM(${planRow})`,
        numFmt: MONEY,
        role: "output",
        cached: l.totalPlanned,
      },
      {
        ref: `P${row}`,
        formula: `SUM(${outturnRow})`,
        numFmt: MONEY,
        role: "output",
        cached: l.totalOutturn,
      }
    );
    rated(row, `C${row}`, t);
  });
  S.push({
    ref: `A${at.sourcesHeader}`,
    value: "Savings by source, and in total",
    role: "heading",
  });
  const lineSpan = (column: string) => `$${column}$${at.firstLine}:$${column}$${at.lastLine}`;
  /** The columns a total row adds up, with the model's figure for the lines `ls` (to date `t`). */
  type TotalColumn = "E" | "F" | "G" | "H" | "M" | "N" | "O" | "P";
  const totalsOf = (
    ls: RealisationResult["lines"],
    t: ToDate,
    maturity?: { planned: number; reforecast: number }
  ): Partial<Record<TotalColumn, number>> => ({
    E: t.planned,
    F: t.plannedReported,
    G: t.actual,
    H: knownYears(ls),
    ...(maturity ? { M: maturity.planned, N: maturity.reforecast } : {}),
    O: sumOf(ls.map((l) => l.totalPlanned)),
    P: sumOf(ls.map((l) => l.totalOutturn)),
  });
  const totals = (row: number, criteria: string, cache: Partial<Record<TotalColumn, number>>) => {
    for (const column of Object.keys(cache) as TotalColumn[])
      S.push({
        ref: `${column}${row}`,
        formula: `SUMIFS(${lineSpan(column)},${criteria})`,
        numFmt: column === "H" ? WHOLE : MONEY,
        role: "output",
        cached: cache[column],
      });
  };
  const savingLines = result.lines.filter((l) => l.kind === "saving");
  const costLines = result.lines.filter((l) => l.kind !== "saving");
  const sourceIds = result.sources.map((s) => s.source);
  result.sources.forEach((s, k) => {
    const row = at.firstSource + k;
    // The source's full label in A, its word in D as on its lines.
    S.push(
      { ref: `A${row}`, value: sourceLabel(s.source), role: "output" },
      { ref: `C${row}`, value: SAVING, role: "output" },
      { ref: `D${row}`, value: sourceWord(s.source), role: "output" }
    );
    const criteria = `${lineSpan("C")},"${SAVING}",${lineSpan("D")},${literalCriterion(`$D${row}`)}`;
    totals(
      row,
      criteria,
      totalsOf(
        savingLines.filter((l) => l.source === s.source),
        s.toDate,
        { planned: s.plannedAtMaturity, reforecast: s.reforecastAtMaturity }
      )
    );
    rated(row, `C${row}`, s.toDate);
  });
  S.push(
    { ref: `A${at.savingsTotal}`, value: "All savings", role: "heading" },
    { ref: `C${at.savingsTotal}`, value: SAVING, role: "output" },
    { ref: `A${at.costsTotal}`, value: "All costs", role: "heading" },
    { ref: `C${at.costsTotal}`, value: COST, role: "output" }
  );
  totals(at.savingsTotal, `${lineSpan("C")},"${SAVING}"`, totalsOf(savingLines, result.savings));
  totals(at.costsTotal, `${lineSpan("C")},"<>${SAVING}"`, totalsOf(costLines, result.costs));
  rated(at.savingsTotal, `C${at.savingsTotal}`, result.savings);
  rated(at.costsTotal, `C${at.costsTotal}`, result.costs);

  // Checks: TRUE shows green, FALSE red.
  const tol = N("RealTolerance");
  const L = (header: string) => col(lines, header);
  const lineIds = L(linesTable.header("id"));
  const rfs = L(linesTable.header("reforecast"));
  const rfYears = L(linesTable.header("reforecastYear"));
  const kinds = L(linesTable.header("kind"));
  const checks: Check[] = [
    [
      "The plan's NPV equals the NPV the board approved",
      `ABS(B${npvRow}-${N("RealApprovedNpv")})<=${tol}`,
    ],
    [
      "NPV now equals the PV of the years reported plus the PV of the years after",
      `ABS(C${npvRow}-(C${npvRow + 5}+C${npvRow + 6}))<=${tol}`,
    ],
    [
      "NPV now equals PV savings less PV costs",
      `ABS(C${npvRow}-(C${npvRow + 1}-C${npvRow + 2}))<=${tol}`,
    ],
    [
      "The last year reported lies within the case's horizon",
      `AND(${AsAt}>=0,${AsAt}<=MAX(${span(2)}))`,
    ],
    [
      "The status bands are in order (savings amber ≤ green, costs green ≤ amber)",
      `AND(${N("RealSavAmber")}<=${N("RealSavGreen")},${N("RealCostGreen")}<=${N("RealCostAmber")})`,
    ],
    [
      "Every actual names a line of the review",
      `SUMPRODUCT((${actLine}<>"")*(COUNTIF(${lineIds},${literalCriterion(actLine)})=0))=0`,
    ],
    [
      "No line has two actuals for one year",
      `SUMPRODUCT((${actAmount}<>"")*(COUNTIFS(${actLine},${literalCriterion(actLine)},${actYear},${actYear},${actAmount},"<>")>1))=0`,
    ],
    [
      "No actual falls after the last year reported",
      `COUNTIFS(${actYear},">"&${AsAt},${actAmount},"<>")=0`,
    ],
    [
      "Every re-forecast has both its value and its year, or neither",
      `SUMPRODUCT(--((${rfs}="")<>(${rfYears}="")))=0`,
    ],
    [
      "A one-off cost's re-forecast falls after the last year reported",
      `SUMPRODUCT((${kinds}="one_off_cost")*(${rfYears}<>"")*(${rfYears}<=${AsAt}))=0`,
    ],
    ["Discount factors lie between 0 and 1", `AND(MIN(${df})>0,MAX(${df})<=1)`],
  ];
  S.push({ ref: `A${at.checksTop}`, value: "Checks", role: "heading" });
  const checked = checksBlock(at.checksTop + 1, checks);
  S.push(...checked.cells);
  const chartsTop = checked.allRow + 2;
  const years = K(`$${first}$2:$${last}$2`);
  const summarySheet: PlanSheet = {
    name: sheets.summary,
    widths: {
      A: 48,
      B: 18,
      C: 18,
      D: 18,
      E: 16,
      F: 18,
      G: 16,
      H: 10,
      I: 16,
      J: 12,
      K: 12,
      L: 11,
      M: 16,
      N: 16,
      O: 16,
      P: 16,
    },
    cells: S,
    tables: [],
    checks: [checked.range],
    statuses: [`L${at.firstLine}:L${at.costsTotal}`],
    charts: [
      {
        kind: "line",
        title: "Cumulative savings by year: as planned, and actual to date then re-forecast",
        categories: years,
        series: [
          { name: "Planned", values: span(T.plannedSavingsCumulative) },
          { name: "Actual, then re-forecast", values: span(T.outturnSavingsCumulative) },
        ],
        anchor: `A${chartsTop}:D${chartsTop + 18}`,
        yAxisTitle: "£",
      },
      ...(sourceIds.length
        ? [
            {
              kind: "column" as const,
              title: "Savings variance to date by source (actual − planned)",
              categories: on(sheets.summary, `$A$${at.firstSource}:$A$${at.savingsTotal - 1}`),
              series: [
                {
                  name: "Variance",
                  values: on(sheets.summary, `$I$${at.firstSource}:$I$${at.savingsTotal - 1}`),
                },
              ],
              anchor: `E${chartsTop}:L${chartsTop + 18}`,
              yAxisTitle: "£",
            },
          ]
        : []),
    ],
    freeze: { row: OPTION_FIRST_ROW - 1, column: 1 },
  };
  return { sheets: [summarySheet, inputsSheet, calcSheet], names };
}

/** "K" → 11. */
function decodeColumn(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
