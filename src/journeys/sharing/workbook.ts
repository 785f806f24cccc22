/**
 * The sharing workbook plan: the settings, the partners and the coalition table as input
 * tables; on the calculations sheet, the five allocations with Excel's built-ins only (the
 * Shapley value as SUMPRODUCT of signed weights, written as FACT formulas from each
 * coalition's size, and the coalition table's costs or values: `shapleyWeights` in
 * src/model/sharing.ts), each partner's saving against going alone and the VAT it bears,
 * and the core check per coalition and allocation; the summary side by side with the checks
 * and a chart. It calculates without the add-in, and no cell shows an error value for an
 * expected situation (a coalition still missing, no units of use): words say why instead.
 */
import {
  allocationLabel,
  ALLOCATION_RULES,
  coalitionLabel,
  type AllocationRule,
} from "../../model/sharing";
import { checksBlock, type Check } from "../../workbook/checks";
import { columnName, FACTOR, MONEY, SHARE, sheetRef as on, WHOLE } from "../../workbook/refs";
import type { SheetNames } from "../../workbook/sheet-names";
import { TableLayout } from "../../workbook/table-layout";
import type { CellValue, PlanCell, PlanName, PlanSheet, WorkbookPlan } from "../../workbook/types";
import { evaluateSharing, type AllocationResult } from "./evaluate";
import {
  coalitionRows,
  coalitionsCodec,
  INPUTS_TITLE,
  PARTNERS,
  partnerRows,
  SETTINGS,
} from "./inputs";
import type { SharingAnalysis } from "./types";

/** `TEXT(x,"£#,##0.00")` as Excel and LibreOffice show it: "£1,234.50", "-£5.00". */
export function poundsText(x: number): string {
  const [whole, pence] = Math.abs(x).toFixed(2).split(".");
  return `${x < 0 && Number(Math.abs(x).toFixed(2)) !== 0 ? "-" : ""}£${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${pence}`;
}

/**
 * The model's values of the summary's formulas (`evaluateSharing`), written as their cached
 * results so a viewer that does not recalculate shows the numbers; null when the coalition
 * table cannot be used (the sheet then shows words, and calculates them on opening).
 * Each function gives what the sheet's formula shows for partner `i` under a rule: a number,
 * "" where the rule does not apply, or undefined where the model cannot say for sure.
 */
export function summaryCache(c: SharingAnalysis, rows: readonly { mask: number }[]) {
  const e = evaluateSharing(c);
  if (e.problems.length || !e.game) return null;
  const game = e.game;
  const n = c.partners.length;
  const by = Object.fromEntries(e.allocations.map((a) => [a.rule, a])) as Record<
    AllocationRule,
    AllocationResult
  >;
  const alone = (i: number) => game.values[1 << i];
  const total = game.values[(1 << n) - 1];
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const figure = c.kind === "cost" ? "cost" : "value";
  /** The sheet's "Applies?" words for a rule the model could not apply, or undefined. */
  const whyNot = (rule: AllocationRule): string | undefined => {
    const units = c.partners.map((p) => p.units);
    const alones = c.partners.map((_, i) => alone(i));
    switch (rule) {
      case "use":
        if (units.some((u) => u === undefined)) return "units of use missing";
        return sum(units as number[]) <= 0 ? "no units of use" : undefined;
      case "stand_alone":
        if (Math.min(...alones) < 0) return `a stand-alone ${figure} is negative`;
        return sum(alones) <= 0 ? "nothing to share in proportion to" : undefined;
      case "user":
        return !c.userAllocation || c.userAllocation.amounts.length < n ? "not typed" : undefined;
      default:
        return undefined;
    }
  };
  const vatOff = !c.vat || c.kind !== "cost";
  return {
    label: (rule: AllocationRule): string =>
      rule === "user" ? c.userAllocation?.label || "Your allocation" : by[rule].label,
    alone,
    aloneTotal: sum(c.partners.map((_, i) => alone(i))),
    amount: (rule: AllocationRule, i: number): CellValue => by[rule].amounts?.[i] ?? "",
    total: (rule: AllocationRule): CellValue => {
      const a = by[rule].amounts;
      return a ? sum(a) : "";
    },
    saving: (rule: AllocationRule, i: number): CellValue =>
      by[rule].members?.[i].savingAgainstAlone ?? "",
    vat: (rule: AllocationRule, i: number): CellValue | undefined => {
      const a = by[rule];
      if (!a.amounts || vatOff) return "";
      return a.vat ? a.vat[i].vatBorne : undefined;
    },
    afterVat: (rule: AllocationRule, i: number): CellValue | undefined => {
      const a = by[rule];
      if (!a.amounts || vatOff) return "";
      return a.vat ? a.vat[i].savingAfterVat : undefined;
    },
    inCore: (rule: AllocationRule): CellValue => by[rule].core?.inCore ?? "",
    /** The core check in words, as the summary's formula writes it. */
    words: (rule: AllocationRule): string | undefined => {
      const a = by[rule];
      if (!a.amounts || !a.core) {
        const why = whyNot(rule);
        return why === undefined ? undefined : `Does not apply: ${why}.`;
      }
      const core = a.core;
      if (!core.efficient)
        return `Does not share exactly the amount: its total is ${poundsText(sum(a.amounts))} against ${poundsText(total)}.`;
      if (core.inCore) return "No group would be better off on its own.";
      // The group the sheet names: the first in the coalition table's order with the most.
      const margin = new Map(core.coalitions.map((k) => [k.coalition, k.betterOffAloneBy]));
      const most = Math.max(...core.coalitions.map((k) => k.betterOffAloneBy));
      const who = rows.find((r) => margin.get(r.mask) === most);
      if (!who) return undefined;
      const count = core.blocking.length;
      return `${coalitionLabel(who.mask, game.partners)} would be better off on its own by ${poundsText(most)}${count > 1 ? ` (and ${count - 1} other groups would be too)` : ""}.`;
    },
  };
}

export const SHARING_SHEETS: SheetNames = {
  inputs: "Sharing inputs",
  calculations: "Sharing calculations",
  summary: "Sharing summary",
  suffix: "",
};

/** Where things are on the calculations sheet, for the summary and the tests. */
export interface SharingLayout {
  /** The calculations sheet's column of partner i. */
  readonly partnerColumn: (i: number) => string;
  /** The calculations sheet's row of each rule's amounts, savings, VAT and saving after VAT. */
  readonly rows: Readonly<
    Record<AllocationRule, { amount: number; saving: number; vat?: number; afterVat?: number }>
  >;
  /** The header row of the coalitions and Shapley weights block (its rows follow). */
  readonly weightsHead: number;
  /** The first row of the core check (one row per coalition, in the coalition table's order). */
  readonly coreFirst: number;
  /** The core check's columns: better off alone by, and content, per rule. */
  readonly coreColumns: Readonly<Record<AllocationRule, { by: string; content: string }>>;
  /** The rows of the core summary per rule (its column is `coreColumns[rule].by`). */
  readonly coreSummary: {
    most: number;
    who: number;
    count: number;
    shares: number;
    inCore: number;
  };
  /** The summary's first partner row in its amounts table, and where its other tables start. */
  readonly summary: {
    amounts: number;
    savings: number;
    vat?: number;
    afterVat?: number;
    core: number;
  };
}

/** The summary's columns: partner, on its own, then one per rule. */
const SUMMARY_RULE_COLUMN = (k: number) => columnName(3 + k);

export function sharingLayout(c: SharingAnalysis): SharingLayout {
  const n = c.partners.length;
  const K = 2 ** n - 1;
  const withVat = c.kind === "cost";
  const rules = ALLOCATION_RULES.length;
  const amount0 = 27;
  const saving0 = amount0 + rules + 3;
  const vat0 = saving0 + rules + 3;
  const afterVat0 = vat0 + rules + 3;
  const weightsHead = (withVat ? afterVat0 + rules : saving0 + rules) + 2;
  const coreHead = weightsHead + 1 + K + 2;
  const coreFirst = coreHead + 1;
  const summaryTop = coreFirst + K + 1;
  const rows = Object.fromEntries(
    ALLOCATION_RULES.map((rule, k) => [
      rule,
      {
        amount: amount0 + k,
        saving: saving0 + k,
        ...(withVat ? { vat: vat0 + k, afterVat: afterVat0 + k } : {}),
      },
    ])
  ) as SharingLayout["rows"];
  const coreColumns = Object.fromEntries(
    ALLOCATION_RULES.map((rule, k) => [
      rule,
      { by: columnName(4 + k), content: columnName(4 + rules + k) },
    ])
  ) as SharingLayout["coreColumns"];
  const sAmounts = 6;
  const sSavings = sAmounts + n + 4;
  const sVat = withVat ? sSavings + n + 3 : undefined;
  const sAfterVat = withVat ? sVat! + n + 3 : undefined;
  const sCore = (withVat ? sAfterVat! : sSavings) + n + 3;
  return {
    partnerColumn: (i) => columnName(6 + i),
    rows,
    weightsHead,
    coreFirst,
    coreColumns,
    coreSummary: {
      most: summaryTop,
      who: summaryTop + 1,
      count: summaryTop + 2,
      shares: summaryTop + 3,
      inCore: summaryTop + 4,
    },
    summary: {
      amounts: sAmounts,
      savings: sSavings,
      ...(withVat ? { vat: sVat, afterVat: sAfterVat } : {}),
      core: sCore,
    },
  };
}

export function sharingPlan(c: SharingAnalysis, sheets: SheetNames = SHARING_SHEETS): WorkbookPlan {
  const n = c.partners.length;
  const partners = c.partners.map((p) => p.name);
  const rows = coalitionRows(c);
  const K = rows.length;
  const cost = c.kind === "cost";
  const L = sharingLayout(c);
  const I = (ref: string) => on(sheets.inputs, ref);
  const C = (ref: string) => on(sheets.calculations, ref);
  const names: PlanName[] = [];
  const pays = cost ? "pays" : "receives";
  const figure = cost ? "cost" : "value";

  // ------------------------------------------------------------- inputs
  const layout = new TableLayout(4, sheets.suffix);
  const settings = layout.add(
    "Settings",
    "What is shared, where the coalition table comes from, VAT and the name of your allocation.",
    SETTINGS.table(c)
  );
  const settingRow = (field: keyof typeof SETTINGS.settings) =>
    settings.first + SETTINGS.rows(c).indexOf(field);
  const setting = (field: keyof typeof SETTINGS.settings) => I(`$B$${settingRow(field)}`);
  for (const field of ["vatRoute", "vatRate", "purchasesShare", "tolerance"] as const)
    names.push({ name: SETTINGS.settings[field].name! + sheets.suffix, ref: setting(field) });
  const kindCell = setting("kind");
  const userLabel = setting("userLabel");
  const route = setting("vatRoute");
  const rate = setting("vatRate");
  const purchases = setting("purchasesShare");
  const tolerance = setting("tolerance");

  const partnersAt = layout.add(
    "Partners",
    "In bit order: partner 1 is bit 1 of a coalition's number, partner 2 bit 2, and so on. Your allocation: what each partner would pay or receive under the split you propose.",
    PARTNERS.table(partnerRows(c))
  );
  const pCol = (field: keyof typeof PARTNERS.columns) =>
    I(
      `$${partnersAt.col(PARTNERS.header(field))}$${partnersAt.first}:$${partnersAt.col(PARTNERS.header(field))}$${partnersAt.first + n - 1}`
    );
  const pNames = pCol("name");
  const pUnits = pCol("units");
  const pRecovery = pCol("vatRecovery");
  const pUser = pCol("user");

  const coalitionsAt = layout.add(
    "What each group could do on its own",
    `One row per group of partners: 1 in a partner's column when it is a member, 0 when not; then the group's ${figure} if it went ahead on its own. ${c.coalitions.source === "model" ? "Generated from the model in the settings; edit a figure and the pane treats the table as typed in." : "A blank figure is a coalition still to enter."}`,
    coalitionsCodec(partners, c.kind).table(rows)
  );
  const cf = coalitionsAt.first;
  const cl = coalitionsAt.first + K - 1;
  const flagCol = (i: number) => columnName(2 + i);
  const valCol = columnName(2 + n);
  const flagsAll = I(`$${flagCol(0)}$${cf}:$${flagCol(n - 1)}$${cl}`);
  const values = I(`$${valCol}$${cf}:$${valCol}$${cl}`);
  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: {
      A: 44,
      B: 22,
      C: 22,
      ...Object.fromEntries(Array.from({ length: n + 2 }, (_, k) => [columnName(4 + k), 16])),
    },
    cells: [
      { ref: "A1", value: INPUTS_TITLE.write(c.title), role: "title" },
      {
        ref: "A2",
        value: cost
          ? "Each group's cost if it did the thing on its own; the partners share the cost of all of them together."
          : "Each group's value (income or saving) if it went ahead on its own; the partners share the value of all of them together.",
        role: "note",
      },
      ...layout.cells,
    ],
    tables: layout.tables,
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------- calculations
  const P = L.partnerColumn;
  const first = P(0);
  const last = P(n - 1);
  const across = (row: number) => `$${first}$${row}:$${last}$${row}`;
  const cells: PlanCell[] = [
    { ref: "A1", value: `Calculations: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Partners run across the columns. The Shapley value is each partner's weighted marginal contribution, written as signed weights (from FACT and each coalition's size) times the coalition table.",
      role: "note",
    },
    { ref: "A4", value: "The coalition table", role: "heading" },
  ];
  const weightsHead = L.weightsHead;
  const w0 = weightsHead + 1;
  const wK = w0 + K - 1;
  const sizeCol = `$B$${w0}:$B$${wK}`;
  const timesCol = `$C$${w0}:$C$${wK}`;
  const label = (ref: string, text: string) => cells.push({ ref, value: text, role: "label" });
  const calc = (ref: string, formula: string, numFmt?: string, role: PlanCell["role"] = "calc") =>
    cells.push({ ref, formula, role, ...(numFmt ? { numFmt } : {}) });
  label("A5", "Partners");
  calc("B5", `COUNTA(${pNames})`, WHOLE);
  label("A6", "Sign: 1 for a cost, -1 for a gain");
  calc("B6", `IF(${kindCell}="cost",1,-1)`, WHOLE);
  label("A7", `The ${figure} of all the partners together (shared)`);
  calc("B7", `SUMIFS(${values},${sizeCol},$B$5)`, MONEY);
  label("A8", "Tolerance (£)");
  calc("B8", `${tolerance}*MAX(1,ABS($B$7))`, MONEY);
  label("A9", "Every membership is 0 or 1");
  calc("B9", `SUMPRODUCT(--(${flagsAll}<>0),--(${flagsAll}<>1))=0`, undefined, "check");
  label("A10", "Every coalition is listed once");
  calc(
    "B10",
    `AND(COUNTIF(${timesCol},"<>1")=0,COUNTIF(${sizeCol},0)=0,SUMPRODUCT(--(${across(22)}<>${across(23)}))=0)`,
    undefined,
    "check"
  );
  label("A11", `Every coalition has a ${figure}`);
  calc("B11", `COUNT(${values})=ROWS(${values})`, undefined, "check");
  label("A12", "No coalition's cost is negative");
  calc("B12", `IF(${kindCell}="cost",COUNTIF(${values},"<0")=0,TRUE)`, undefined, "check");
  label("A13", "The coalition table can be used");
  calc("B13", "AND($B$9:$B$12)", undefined, "check");

  cells.push({ ref: "A15", value: "Partners", role: "heading" });
  label("A16", "Partner number (and a coalition size)");
  label("A17", "Partner");
  label("A18", `On its own (£): its ${figure} alone`);
  label("A19", "Units of use");
  label("A20", "VAT recovery rate");
  label("A21", "Your allocation (£)");
  label("A22", "Coalitions of this size listed");
  label("A23", "Coalitions of this size there are");
  for (let i = 0; i < n; i++) {
    const col = P(i);
    const flags = I(`${flagCol(i)}$${cf}:${flagCol(i)}$${cl}`);
    calc(`${col}16`, `COLUMN()-COLUMN($${first}$16)+1`, WHOLE);
    calc(`${col}17`, `INDEX(${pNames},${col}$16)&""`);
    calc(`${col}18`, `IF($B$13,SUMIFS(${values},${flags},1,${sizeCol},1),"")`, MONEY);
    calc(`${col}19`, `INDEX(${pUnits},${col}$16)`);
    calc(`${col}20`, `INDEX(${pRecovery},${col}$16)`, SHARE);
    calc(`${col}21`, `INDEX(${pUser},${col}$16)`, MONEY);
    calc(`${col}22`, `COUNTIF(${sizeCol},${col}$16)`, WHOLE);
    calc(`${col}23`, `COMBIN($B$5,${col}$16)`, WHOLE);
  }

  // Allocations: one row per rule, a status in words ("ok" when it applies), the row's
  // total and whether it shares exactly the amount, then each partner's amount.
  const R = L.rows;
  const userName = `IF(${userLabel}="","Your allocation",${userLabel})`;
  const ruleLabel = (rule: AllocationRule) =>
    rule === "user"
      ? (c.userAllocation?.label ?? "Your allocation")
      : allocationLabel(rule, c.kind);
  const incomplete = `"the coalition table is incomplete"`;
  const aloneRow = across(18);
  const status: Record<AllocationRule, string> = {
    shapley: `IF($B$13,"ok",${incomplete})`,
    use: `IF(NOT($B$13),${incomplete},IF(COUNT(${pUnits})<$B$5,"units of use missing",IF(SUM(${pUnits})<=0,"no units of use","ok")))`,
    equal: `IF($B$13,"ok",${incomplete})`,
    stand_alone: `IF(NOT($B$13),${incomplete},IF(MIN(${aloneRow})<0,"a stand-alone ${figure} is negative",IF(SUM(${aloneRow})<=0,"nothing to share in proportion to","ok")))`,
    user: `IF(NOT($B$13),${incomplete},IF(COUNT(${pUser})<$B$5,"not typed","ok"))`,
  };
  const amountOf = (rule: AllocationRule, col: string): string => {
    switch (rule) {
      case "shapley":
        return `SUMPRODUCT(${col}$${w0}:${col}$${wK},${values})`;
      case "use":
        return `$B$7*${col}$19/SUM(${across(19)})`;
      case "equal":
        return "$B$7/$B$5";
      case "stand_alone":
        return `$B$7*${col}$18/SUM(${aloneRow})`;
      case "user":
        return `${col}$21`;
    }
  };
  const blockHeader = (row: number, heading: string, columns: string[]) => {
    cells.push({ ref: `A${row - 1}`, value: heading, role: "heading" });
    columns.forEach((h, j) =>
      cells.push({ ref: `${columnName(1 + j)}${row}`, value: h, role: "heading" })
    );
    for (let i = 0; i < n; i++) calc(`${P(i)}${row}`, `${P(i)}$17`, undefined, "label");
  };
  const amount0 = R.shapley.amount;
  blockHeader(amount0 - 1, `Allocations: what each partner ${pays} (£)`, [
    "Rule",
    "Applies?",
    "Total (£)",
    "Shares exactly the amount",
  ]);
  ALLOCATION_RULES.forEach((rule) => {
    const r = R[rule].amount;
    if (rule === "user") calc(`A${r}`, `${userName}&""`, undefined, "label");
    else label(`A${r}`, ruleLabel(rule));
    calc(`B${r}`, status[rule]);
    calc(`C${r}`, `IF($B${r}="ok",SUM($${first}${r}:$${last}${r}),"")`, MONEY);
    calc(`D${r}`, `IF($B${r}="ok",ABS($C${r}-$B$7)<=$B$8,"")`);
    for (let i = 0; i < n; i++)
      calc(`${P(i)}${r}`, `IF($B${r}="ok",${amountOf(rule, P(i))},"")`, MONEY);
  });

  blockHeader(R.shapley.saving - 1, "Saving against going alone (£)", ["Rule"]);
  ALLOCATION_RULES.forEach((rule) => {
    const r = R[rule].saving;
    const a = R[rule].amount;
    calc(`A${r}`, `$A$${a}&""`, undefined, "label");
    for (let i = 0; i < n; i++)
      calc(`${P(i)}${r}`, `IF($B$${a}="ok",$B$6*(${P(i)}$18-${P(i)}${a}),"")`, MONEY);
  });

  if (cost) {
    blockHeader(R.shapley.vat! - 1, "VAT each partner cannot recover on its charge (£)", ["Rule"]);
    ALLOCATION_RULES.forEach((rule) => {
      const r = R[rule].vat!;
      const a = R[rule].amount;
      calc(`A${r}`, `$A$${a}&""`, undefined, "label");
      for (let i = 0; i < n; i++) {
        const x = `${P(i)}${a}`;
        const rec = `${P(i)}$20`;
        calc(
          `${P(i)}${r}`,
          `IF(OR($B$${a}<>"ok",${route}="none"),"",IF(${x}<0,"a negative charge",IF(${route}="taxable",${x}*${rate}*(1-${rec}),IF(${route}="exempt",${x}*${purchases}*${rate},IF(${route}="vat_group",${x}*${purchases}*${rate}*(1-${rec}),"unknown VAT route")))))`,
          MONEY
        );
      }
    });
    blockHeader(R.shapley.afterVat! - 1, "Saving after VAT against going alone (£)", ["Rule"]);
    ALLOCATION_RULES.forEach((rule) => {
      const r = R[rule].afterVat!;
      const a = R[rule].amount;
      const v = R[rule].vat!;
      calc(`A${r}`, `$A$${a}&""`, undefined, "label");
      for (let i = 0; i < n; i++)
        calc(
          `${P(i)}${r}`,
          `IF(ISNUMBER(${P(i)}${v}),${P(i)}$18-${P(i)}${a}-${P(i)}${v},"")`,
          MONEY
        );
    });
  }

  // The coalitions: size, how often listed, figure, and each partner's Shapley weight.
  blockHeader(weightsHead, "Coalitions and each partner's Shapley weight", [
    "Coalition",
    "Members",
    "Times listed",
    `${figure === "cost" ? "Cost" : "Value"} on its own (£)`,
  ]);
  rows.forEach((_, j) => {
    const r = w0 + j;
    const inRow = cf + j;
    calc(`A${r}`, `${I(`$A${inRow}`)}&""`, undefined, "label");
    calc(`B${r}`, `SUM(${I(`$${flagCol(0)}${inRow}:$${flagCol(n - 1)}${inRow}`)})`, WHOLE);
    calc(
      `C${r}`,
      `COUNTIFS(${Array.from({ length: n }, (_, i) => `${I(`$${flagCol(i)}$${cf}:$${flagCol(i)}$${cl}`)},${I(`$${flagCol(i)}${inRow}`)}`).join(",")})`,
      WHOLE
    );
    const v = I(`$${valCol}${inRow}`);
    calc(`D${r}`, `IF(ISNUMBER(${v}),${v},"missing")`, MONEY);
    for (let i = 0; i < n; i++) {
      const s = `$B${r}`;
      calc(
        `${P(i)}${r}`,
        `IF(AND($B$9,$B$10),IF(${I(`${flagCol(i)}${inRow}`)}=1,FACT(${s}-1)*FACT($B$5-${s})/FACT($B$5),-FACT(${s})*FACT($B$5-${s}-1)/FACT($B$5)),"")`,
        FACTOR
      );
    }
  });

  // The core check: for each coalition and rule, how much better off the group would be on
  // its own than with what the rule gives its members, and whether it is content.
  const coreFirst = L.coreFirst;
  const coreLast = coreFirst + K - 1;
  const coreHead = coreFirst - 1;
  cells.push({
    ref: `A${coreHead - 1}`,
    value: "The core check: would a group be better off on its own?",
    role: "heading",
  });
  cells.push(
    { ref: `A${coreHead}`, value: "Coalition", role: "heading" },
    { ref: `B${coreHead}`, value: "Members", role: "heading" },
    {
      ref: `C${coreHead}`,
      value: `${figure === "cost" ? "Cost" : "Value"} on its own (£)`,
      role: "heading",
    }
  );
  ALLOCATION_RULES.forEach((rule) => {
    const { by, content } = L.coreColumns[rule];
    const a = R[rule].amount;
    calc(`${by}${coreHead}`, `"Better off alone by (£): "&$A$${a}`, undefined, "label");
    calc(`${content}${coreHead}`, `"Content under: "&$A$${a}`, undefined, "label");
  });
  rows.forEach((_, j) => {
    const r = coreFirst + j;
    const inRow = cf + j;
    const w = w0 + j;
    calc(`A${r}`, `$A${w}&""`, undefined, "label");
    calc(`B${r}`, `$B${w}`, WHOLE);
    calc(`C${r}`, `$D${w}`, MONEY);
    ALLOCATION_RULES.forEach((rule) => {
      const a = R[rule].amount;
      calc(
        `${L.coreColumns[rule].by}${r}`,
        `IF(OR($B${r}=$B$5,$B$${a}<>"ok"),"",$B$6*(SUMPRODUCT(${I(`$${flagCol(0)}${inRow}:$${flagCol(n - 1)}${inRow}`)},${across(a)})-${I(`$${valCol}${inRow}`)}))`,
        MONEY
      );
    });
    ALLOCATION_RULES.forEach((rule) => {
      const by = L.coreColumns[rule].by;
      calc(
        `${L.coreColumns[rule].content}${r}`,
        `IF(${by}${r}="","",${by}${r}<=$B$8)`,
        undefined,
        "check"
      );
    });
  });
  const S = L.coreSummary;
  label(`A${S.most}`, "Most a group would gain by leaving (£)");
  label(`A${S.who}`, "The group that would gain most");
  label(`A${S.count}`, "Groups better off on their own");
  label(`A${S.shares}`, "Shares exactly the amount");
  label(`A${S.inCore}`, "In the core: no group better off on its own");
  ALLOCATION_RULES.forEach((rule) => {
    const { by, content } = L.coreColumns[rule];
    const span = `${by}$${coreFirst}:${by}$${coreLast}`;
    calc(`${by}${S.most}`, `IF(COUNT(${span})=0,"",MAX(${span}))`, MONEY);
    calc(
      `${by}${S.who}`,
      `IF(${by}$${S.most}="","",IF(${by}$${S.most}>$B$8,INDEX($A$${coreFirst}:$A$${coreLast},MATCH(${by}$${S.most},${span},0)),"none"))`
    );
    calc(
      `${by}${S.count}`,
      `IF(${by}$${S.most}="","",COUNTIF(${content}$${coreFirst}:${content}$${coreLast},FALSE))`,
      WHOLE
    );
    calc(`${by}${S.shares}`, `$D$${R[rule].amount}`);
    calc(
      `${by}${S.inCore}`,
      `IF(${by}$${S.shares}="","",AND(${by}$${S.shares}=TRUE,N(${by}$${S.count})=0))`,
      undefined,
      "check"
    );
  });
  const firstRule = L.coreColumns.shapley;
  const lastRule = L.coreColumns.user;
  const calcSheet: PlanSheet = {
    name: sheets.calculations,
    widths: {
      A: 44,
      B: 30,
      C: 18,
      D: 18,
      E: 18,
      ...Object.fromEntries(
        Array.from({ length: Math.max(n, 2 * ALLOCATION_RULES.length) }, (_, k) => [
          columnName(6 + k),
          18,
        ])
      ),
    },
    cells,
    tables: [],
    checks: [
      "B9:B13",
      `${firstRule.content}${coreFirst}:${lastRule.content}${coreLast}`,
      `${firstRule.by}${S.inCore}:${lastRule.by}${S.inCore}`,
    ],
    charts: [],
  };

  // ------------------------------------------------------------- summary
  const Y = L.summary;
  const M = summaryCache(c, rows);
  const out: PlanCell[] = [
    { ref: "A1", value: `Sharing fairly: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value: cost
        ? "What each partner pays towards the cost of doing it together, under five ways of sharing it, against what it would spend on its own; and whether any group of partners would be better off on its own (the core check)."
        : "What each partner receives of the value of working together, under five ways of sharing it, against what it would make on its own; and whether any group of partners would be better off on its own (the core check).",
      role: "note",
    },
  ];
  const ruleHeader = (row: number, withAlone: boolean) => {
    out.push({ ref: `A${row}`, value: "Partner", role: "heading" });
    if (withAlone) out.push({ ref: `B${row}`, value: "On its own (£)", role: "heading" });
    ALLOCATION_RULES.forEach((rule, k) =>
      out.push({
        ref: `${SUMMARY_RULE_COLUMN(k)}${row}`,
        formula: C(`$A$${R[rule].amount}`) + '&""',
        role: "heading",
        cached: M?.label(rule),
      })
    );
  };
  type Cached = (rule: AllocationRule, i: number) => CellValue | undefined;
  const table = (
    top: number,
    heading: string,
    rowOf: (rule: AllocationRule) => number,
    cachedOf: Cached | undefined,
    withAlone: boolean,
    total: boolean
  ) => {
    out.push({ ref: `A${top - 2}`, value: heading, role: "heading" });
    ruleHeader(top - 1, withAlone);
    for (let i = 0; i < n; i++) {
      const r = top + i;
      out.push({
        ref: `A${r}`,
        formula: `${C(`$${P(i)}$17`)}&""`,
        role: "label",
        cached: M ? partners[i] : undefined,
      });
      if (withAlone)
        out.push({
          ref: `B${r}`,
          formula: C(`$${P(i)}$18`),
          numFmt: MONEY,
          role: "output",
          cached: M?.alone(i),
        });
      ALLOCATION_RULES.forEach((rule, k) =>
        out.push({
          ref: `${SUMMARY_RULE_COLUMN(k)}${r}`,
          formula: C(`$${P(i)}$${rowOf(rule)}`),
          numFmt: MONEY,
          role: "output",
          cached: cachedOf?.(rule, i),
        })
      );
    }
    if (total) {
      const r = top + n;
      out.push({ ref: `A${r}`, value: "Total", role: "heading" });
      if (withAlone)
        out.push({
          ref: `B${r}`,
          formula: `SUM(B${top}:B${r - 1})`,
          numFmt: MONEY,
          role: "output",
          cached: M?.aloneTotal,
        });
      ALLOCATION_RULES.forEach((rule, k) =>
        out.push({
          ref: `${SUMMARY_RULE_COLUMN(k)}${r}`,
          formula: C(`$C$${R[rule].amount}`),
          numFmt: MONEY,
          role: "output",
          cached: M?.total(rule),
        })
      );
    }
  };
  table(
    Y.amounts,
    `What each partner ${pays} (£)`,
    (rule) => R[rule].amount,
    M?.amount,
    true,
    true
  );
  table(
    Y.savings,
    "Saving against going alone (£)",
    (rule) => R[rule].saving,
    M?.saving,
    false,
    false
  );
  if (cost) {
    table(
      Y.vat!,
      "VAT each partner cannot recover on its charge (£)",
      (rule) => R[rule].vat!,
      M?.vat,
      false,
      false
    );
    table(
      Y.afterVat!,
      "Saving after VAT (£)",
      (rule) => R[rule].afterVat!,
      M?.afterVat,
      false,
      false
    );
  }
  out.push(
    { ref: `A${Y.core - 2}`, value: "Would any group be better off on its own?", role: "heading" },
    { ref: `A${Y.core - 1}`, value: "Rule", role: "heading" },
    { ref: `B${Y.core - 1}`, value: "In the core", role: "heading" },
    { ref: `C${Y.core - 1}`, value: "In words", role: "heading" }
  );
  ALLOCATION_RULES.forEach((rule, k) => {
    const r = Y.core + k;
    const a = R[rule].amount;
    const col = L.coreColumns[rule].by;
    const at = (row: number) => C(`$${col}$${row}`);
    const money = (ref: string) => `TEXT(${ref},"£#,##0.00")`;
    out.push(
      { ref: `A${r}`, formula: `${C(`$A$${a}`)}&""`, role: "label", cached: M?.label(rule) },
      { ref: `B${r}`, formula: at(S.inCore), role: "check", cached: M?.inCore(rule) },
      {
        ref: `C${r}`,
        cached: M?.words(rule),
        formula: `IF(${C(`$B$${a}`)}<>"ok","Does not apply: "&${C(`$B$${a}`)}&".",IF(${at(S.shares)}=FALSE,"Does not share exactly the amount: its total is "&${money(C(`$C$${a}`))}&" against "&${money(C("$B$7"))}&".",IF(${at(S.inCore)},"No group would be better off on its own.",${at(S.who)}&" would be better off on its own by "&${money(at(S.most))}&IF(${at(S.count)}>1," (and "&(${at(S.count)}-1)&" other groups would be too)","")&".")))`,
        role: "output",
      }
    );
  });
  const checks: Check[] = [
    ["Every membership in the coalition table is 0 or 1", C("$B$9")],
    ["Every coalition is listed once", C("$B$10")],
    [`Every coalition has a ${figure}`, C("$B$11")],
    ...(cost ? ([["No coalition's cost is negative", C("$B$12")]] as Check[]) : []),
    ["The Shapley values share exactly the amount", `${C(`$D$${R.shapley.amount}`)}=TRUE`],
    ["Equal shares share exactly the amount", `${C(`$D$${R.equal.amount}`)}=TRUE`],
    ...(["use", "stand_alone", "user"] as const).map((rule): Check => [
      `${ruleLabel(rule)}: shares exactly the amount where it applies`,
      `OR(${C(`$B$${R[rule].amount}`)}<>"ok",${C(`$D$${R[rule].amount}`)}=TRUE)`,
    ]),
    [
      "Every VAT recovery rate is from 0 to 1",
      `SUMPRODUCT(--(${pRecovery}<0))+SUMPRODUCT(--(${pRecovery}>1))=0`,
    ],
  ];
  const checksTop = Y.core + ALLOCATION_RULES.length + 1;
  out.push({ ref: `A${checksTop}`, value: "Checks", role: "heading" });
  const checked = checksBlock(checksTop + 1, checks);
  out.push(...checked.cells);
  const lastPartner = Y.amounts + n - 1;
  const summarySheet: PlanSheet = {
    name: sheets.summary,
    widths: { A: 40, B: 16, C: 20, D: 20, E: 20, F: 20, G: 20 },
    cells: out,
    tables: [],
    checks: [checked.range, `B${Y.core}:B${Y.core + ALLOCATION_RULES.length - 1}`],
    charts: [
      {
        kind: "column",
        title: `What each partner ${pays} under each rule`,
        categories: on(sheets.summary, `$A$${Y.amounts}:$A$${lastPartner}`),
        series: ALLOCATION_RULES.map((rule, k) => ({
          name: ruleLabel(rule),
          values: on(
            sheets.summary,
            `$${SUMMARY_RULE_COLUMN(k)}$${Y.amounts}:$${SUMMARY_RULE_COLUMN(k)}$${lastPartner}`
          ),
        })),
        anchor: "I4:Q24",
        yAxisTitle: "£",
      },
    ],
  };
  return { sheets: [summarySheet, inputsSheet, calcSheet], names };
}
