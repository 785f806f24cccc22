/**
 * The bid-comparison workbook plan: Bid inputs (Excel tables and named settings), Bid
 * calculations (one row per bid, the same formulas down the rows) and Bid summary (totals,
 * ranks, abnormally-low prompts, the social-value check, the payment-by-results check and a
 * chart), with Excel's built-in functions only. The formulas mirror `src/journeys/bids/evaluate.ts`
 * operation for operation; the tests recalculate the examples in LibreOffice.
 */
import type { BidComparison } from "./types";
import { BID_INPUTS_TITLE, BID_SETTINGS_TABLE, BIDS, CASH_FLOWS } from "./inputs";
import { evaluateBids, type BidEvaluation } from "./evaluate";
import {
  columnName,
  sheetRef as on,
  MONEY,
  MONEY_PENCE,
  SHARE,
  RATIO as POINTS,
} from "../../workbook/refs";
import type { SheetNames } from "../../workbook/sheet-names";
import { checksBlock, type Check } from "../../workbook/checks";
import type { PlanCell, PlanName, PlanSheet, PlanTable, WorkbookPlan } from "../../workbook/types";

export const BID_SHEETS: SheetNames = {
  inputs: "Bid inputs",
  calculations: "Bid calculations",
  summary: "Bid summary",
  suffix: "",
};

/** The summary's first bid row, for readers of a built workbook. */
export const BID_SUMMARY_FIRST_ROW = 5;

export { BID_SETTINGS } from "./inputs";

/** The bids' indices in the summary's order: by rank, equal ranks in input order. */
export function bidsInRankOrder(e: BidEvaluation): number[] {
  return e.bids.map((_, i) => i).sort((a, b) => e.bids[a].rank - e.bids[b].rank || a - b);
}

/** The model's results for the summary's cached values; none when it cannot evaluate. */
function modelResults(c: BidComparison): BidEvaluation | null {
  try {
    return evaluateBids(c);
  } catch {
    return null;
  }
}

export function bidComparisonPlan(c: BidComparison, sheets: SheetNames = BID_SHEETS): WorkbookPlan {
  const I = (ref: string) => on(sheets.inputs, ref);
  const C = (ref: string) => on(sheets.calculations, ref);
  const N = (n: string) => n + sheets.suffix;
  const names: PlanName[] = [];
  const tables: PlanTable[] = [];

  // ------------------------------------------------------------------ Bid inputs
  const settingRows = BID_SETTINGS_TABLE.rows(c);
  const settingsTop = 4;
  tables.push({
    ...BID_SETTINGS_TABLE.table(c),
    name: N(BID_SETTINGS_TABLE.name),
    ref: `A${settingsTop}`,
  });
  settingRows.forEach((field, i) =>
    names.push({
      name: N(BID_SETTINGS_TABLE.settings[field].name!),
      ref: I(`$B$${settingsTop + 1 + i}`),
    })
  );

  const bidsTop = settingsTop + settingRows.length + 3;
  tables.push({ ...BIDS.table(c.bids), name: N(BIDS.name), ref: `A${bidsTop}` });
  const first = bidsTop + 1;
  const last = bidsTop + c.bids.length;
  const col = (letter: string) => I(`$${letter}$${first}:$${letter}$${last}`);
  names.push(
    { name: N("BidPrices"), ref: col("B") },
    { name: N("BidSocialValues"), ref: col("D") }
  );

  let cashTop = 0;
  if (c.pbr) {
    cashTop = last + 3;
    const months = c.pbr.cashflows.map((amount, i) => ({ month: i + 1, amount }));
    tables.push({ ...CASH_FLOWS.table(months), name: N(CASH_FLOWS.name), ref: `A${cashTop}` });
  }
  const inputsSheet: PlanSheet = {
    name: sheets.inputs,
    widths: { A: 44, B: 18, C: 22, D: 60 },
    cells: [
      { ref: "A1", value: BID_INPUTS_TITLE.write(c.title), role: "title" },
      {
        ref: "A2",
        value: "Yellow cells are inputs: edit them here and the scores recalculate.",
        role: "note",
      },
      { ref: `A${settingsTop - 1}`, value: "Evaluation settings", role: "heading" },
      { ref: `A${bidsTop - 1}`, value: "Bids", role: "heading" },
      ...(c.pbr
        ? [
            {
              ref: `A${cashTop - 1}`,
              value: "Subcontractor's net cash flow by month (payment by results)",
              role: "heading" as const,
            },
          ]
        : []),
    ],
    tables,
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------------ Bid calculations
  const calc: PlanCell[] = [
    { ref: "A1", value: `Bid calculations: ${c.title}`, role: "title" },
    { ref: "A2", value: "Lowest price", role: "label" },
    { ref: "B2", formula: `MIN(${N("BidPrices")})`, numFmt: MONEY, role: "calc" },
    { ref: "A3", value: "Best social value offer", role: "label" },
    { ref: "B3", formula: `MAX(${N("BidSocialValues")})`, numFmt: MONEY, role: "calc" },
    { ref: "A4", value: "Mean of the bids other than the highest", role: "label" },
    {
      ref: "B4",
      formula: `(SUM(${N("BidPrices")})-MAX(${N("BidPrices")}))/(COUNT(${N("BidPrices")})-1)`,
      numFmt: MONEY,
      role: "calc",
    },
    { ref: "A5", value: "Abnormally low below", role: "label" },
    { ref: "B5", formula: `(1-${N("LowThreshold")})*B4`, numFmt: MONEY, role: "calc" },
  ];
  const head = 7;
  [
    "Bidder",
    "Price points",
    "Quality points",
    "Social value points",
    "Total",
    "Rank",
    "Abnormally low",
    "Order",
  ].forEach((h, j) => calc.push({ ref: `${columnName(j + 1)}${head}`, value: h, role: "heading" }));
  const rowOf = (i: number) => head + 1 + i;
  const lastCalc = rowOf(c.bids.length - 1);
  c.bids.forEach((_, i) => {
    const r = rowOf(i);
    const input = (letter: string) => I(`$${letter}$${first + i}`);
    const price = input("B");
    calc.push(
      { ref: `A${r}`, formula: `${input("A")}&""`, role: "label" },
      {
        ref: `B${r}`,
        formula: `IF(${N("PriceMethod")}="linear",MAX(0,${N("PriceWeight")}*(1-(${price}-$B$2)/$B$2)),${N("PriceWeight")}*$B$2/${price})`,
        numFmt: POINTS,
        role: "calc",
      },
      {
        ref: `C${r}`,
        formula: `${N("QualityWeight")}*${input("C")}`,
        numFmt: POINTS,
        role: "calc",
      },
      {
        ref: `D${r}`,
        formula: `IF($B$3>0,${N("SocialValueWeight")}*(${input("D")}/$B$3),0)`,
        numFmt: POINTS,
        role: "calc",
      },
      { ref: `E${r}`, formula: `B${r}+C${r}+D${r}`, numFmt: POINTS, role: "calc" },
      {
        ref: `F${r}`,
        formula: `RANK(E${r},$E$${rowOf(0)}:$E$${lastCalc},0)`,
        numFmt: "0",
        role: "calc",
      },
      { ref: `G${r}`, formula: `${price}<$B$5`, role: "calc" },
      // The summary's order: the rank, equal ranks in input order (RANK plus the earlier ties).
      {
        ref: `H${r}`,
        formula: `F${r}+COUNTIF($F$${rowOf(0)}:F${r},F${r})-1`,
        numFmt: "0",
        role: "calc",
      }
    );
  });
  let pbrRows: { payment: number; capital: number; financing: number } | null = null;
  if (c.pbr) {
    const top = lastCalc + 3;
    calc.push({
      ref: `A${top}`,
      value: "Payment by results: running total of the subcontractor's net cash flow",
      role: "heading",
    });
    calc.push(
      { ref: `A${top + 1}`, value: "Month", role: "heading" },
      { ref: `B${top + 1}`, value: "Running total (£)", role: "heading" }
    );
    const n = c.pbr.cashflows.length;
    for (let k = 0; k < n; k++) {
      const r = top + 2 + k;
      calc.push(
        { ref: `A${r}`, formula: I(`$A$${cashTop + 1 + k}`), role: "label" },
        {
          ref: `B${r}`,
          formula: `SUM(${I(`$B$${cashTop + 1}`)}:${I(`$B$${cashTop + 1 + k}`).split("!")[1]})`,
          numFmt: MONEY,
          role: "calc",
        }
      );
    }
    const running = `$B$${top + 2}:$B$${top + 1 + n}`;
    const out = top + 3 + n;
    calc.push(
      { ref: `A${out}`, value: "Expected payment per referral after the top slice", role: "label" },
      {
        ref: `B${out}`,
        formula: `(1-${N("TopSlice")})*(${N("AttachmentFee")}+${N("OutcomeRate")}*(${N("OutcomeFee")}+${N("SustainmentShare")}*${N("SustainmentMax")}))`,
        numFmt: MONEY_PENCE,
        role: "calc",
      },
      { ref: `A${out + 1}`, value: "Peak working capital", role: "label" },
      { ref: `B${out + 1}`, formula: `MAX(0,-MIN(${running}))`, numFmt: MONEY, role: "calc" },
      { ref: `A${out + 2}`, value: "Cost of financing the deficit", role: "label" },
      {
        ref: `B${out + 2}`,
        formula: `SUMPRODUCT((${running}<0)*(-${running}))*${N("FinancingRate")}/${N("PeriodsPerYear")}`,
        numFmt: MONEY,
        role: "calc",
      }
    );
    pbrRows = { payment: out, capital: out + 1, financing: out + 2 };
  }
  const calcSheet: PlanSheet = {
    name: sheets.calculations,
    widths: { A: 60, B: 16, C: 16, D: 18, E: 12, F: 8, G: 16 },
    cells: calc,
    tables: [],
    checks: [],
    charts: [],
  };

  // ------------------------------------------------------------------ Bid summary
  const S: PlanCell[] = [
    { ref: "A1", value: `Bid summary: ${c.title}`, role: "title" },
    {
      ref: "A2",
      value:
        "Scores out of the weights; the highest total ranks first. An abnormally low price is a prompt to ask the bidder for an explanation before any decision, never a reason to reject on its own.",
      role: "note",
    },
  ];
  const headers = [
    "Bidder",
    "Total score",
    "Rank",
    "Price points",
    "Quality points",
    "Social value points",
    "Abnormally low",
    "Action",
  ];
  headers.forEach((h, j) => S.push({ ref: `${columnName(j + 1)}4`, value: h, role: "heading" }));
  const e = modelResults(c);
  const order = e ? bidsInRankOrder(e) : null;
  const calcCol = (letter: string) => C(`$${letter}$${rowOf(0)}:$${letter}$${lastCalc}`);
  c.bids.forEach((_, i) => {
    const r = BID_SUMMARY_FIRST_ROW + i;
    // The i-th bid in rank order: its row among the calculations, by MATCH on the order column.
    const at = `MATCH(ROW()-ROW($A$4),${calcCol("H")},0)`;
    const pick = (letter: string) => `INDEX(${calcCol(letter)},${at})`;
    const b = order && e ? e.bids[order[i]] : undefined;
    S.push(
      { ref: `A${r}`, formula: `${pick("A")}&""`, role: "output", cached: b?.bidder },
      { ref: `B${r}`, formula: pick("E"), numFmt: POINTS, role: "output", cached: b?.total },
      { ref: `C${r}`, formula: pick("F"), numFmt: "0", role: "output", cached: b?.rank },
      { ref: `D${r}`, formula: pick("B"), numFmt: POINTS, role: "calc", cached: b?.pricePoints },
      { ref: `E${r}`, formula: pick("C"), numFmt: POINTS, role: "calc", cached: b?.qualityPoints },
      {
        ref: `F${r}`,
        formula: pick("D"),
        numFmt: POINTS,
        role: "calc",
        cached: b?.socialValuePoints,
      },
      {
        ref: `G${r}`,
        formula: `IF(${pick("G")},"Yes","No")`,
        role: "calc",
        cached: b ? (b.abnormallyLow ? "Yes" : "No") : undefined,
      },
      {
        ref: `H${r}`,
        formula: `IF(G${r}="Yes","Ask the bidder to explain its price before any decision","")`,
        role: "calc",
        cached: b
          ? b.abnormallyLow
            ? "Ask the bidder to explain its price before any decision"
            : ""
          : undefined,
      }
    );
  });
  const lastBid = BID_SUMMARY_FIRST_ROW + c.bids.length - 1;
  let r = lastBid + 2;
  S.push({ ref: `A${r}`, value: "Social value's share of the weights", role: "label" });
  S.push({
    ref: `B${r}`,
    formula: `IF(${N("PriceWeight")}+${N("QualityWeight")}+${N("SocialValueWeight")}=0,0,${N("SocialValueWeight")}/(${N("PriceWeight")}+${N("QualityWeight")}+${N("SocialValueWeight")}))`,
    numFmt: SHARE,
    role: "output",
    cached: e?.socialValueShare,
  });
  const shareRow = r;
  r++;
  S.push({ ref: `A${r}`, value: "Central-government social value weighting", role: "label" });
  S.push({
    ref: `B${r}`,
    formula: `IF(NOT(${N("CentralGovernment")}),"Not applicable",IF(B${shareRow}<${N("SocialValueMinimum")},"Below the 10% central government expects","Meets the 10% minimum"))`,
    role: "output",
    cached: e
      ? !c.centralGovernment
        ? "Not applicable"
        : e.socialValueWarning
          ? "Below the 10% central government expects"
          : "Meets the 10% minimum"
      : undefined,
  });
  if (pbrRows) {
    r += 2;
    S.push({ ref: `A${r}`, value: "Payment by results (the supply chain)", role: "heading" });
    S.push(
      {
        ref: `A${r + 1}`,
        value: "Expected payment per referral after the prime's top slice (£)",
        role: "label",
      },
      {
        ref: `B${r + 1}`,
        formula: C(`$B$${pbrRows.payment}`),
        numFmt: MONEY_PENCE,
        role: "output",
        cached: e?.pbr?.expectedPayment,
      },
      {
        ref: `A${r + 2}`,
        value: "Peak working capital the subcontractor needs (£)",
        role: "label",
      },
      {
        ref: `B${r + 2}`,
        formula: C(`$B$${pbrRows.capital}`),
        numFmt: MONEY,
        role: "output",
        cached: e?.pbr?.workingCapital,
      },
      { ref: `A${r + 3}`, value: "Cost of financing it (£)", role: "label" },
      {
        ref: `B${r + 3}`,
        formula: C(`$B$${pbrRows.financing}`),
        numFmt: MONEY,
        role: "output",
        cached: e?.pbr?.financingCost,
      }
    );
    r += 3;
  }
  r += 2;
  S.push({ ref: `A${r}`, value: "Checks", role: "heading" });
  const checks: Check[] = [
    ["Every price is more than 0", `COUNTIF(${N("BidPrices")},"<=0")=0`],
    [
      "Quality shares lie between 0% and 100%",
      `COUNTIF(${I(`$C$${first}:$C$${last}`)},"<0")+COUNTIF(${I(`$C$${first}:$C$${last}`)},">1")=0`,
    ],
    [
      "No weight is negative",
      `MIN(${N("PriceWeight")},${N("QualityWeight")},${N("SocialValueWeight")})>=0`,
    ],
  ];
  const { cells: checkCells, range } = checksBlock(r + 1, checks);
  S.push(...checkCells);

  const summarySheet: PlanSheet = {
    name: sheets.summary,
    widths: { A: 56, B: 16, C: 8, D: 14, E: 14, F: 18, G: 16, H: 52 },
    cells: S,
    tables: [],
    checks: [range],
    charts: [
      {
        kind: "column",
        title: "Total score by bidder",
        categories: on(sheets.summary, `$A$${BID_SUMMARY_FIRST_ROW}:$A$${lastBid}`),
        series: [
          {
            name: "Total score",
            values: on(sheets.summary, `$B$${BID_SUMMARY_FIRST_ROW}:$B$${lastBid}`),
          },
        ],
        // Beside the checks, so the summary prints on one page.
        anchor: `D${r}:H${r + 18}`,
        yAxisTitle: "points",
        valueFormat: "0",
      },
    ],
    freeze: { row: 4, column: 1 },
  };
  return { sheets: [summarySheet, inputsSheet, calcSheet], names };
}
