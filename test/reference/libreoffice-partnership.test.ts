/**
 * Partnership finance, payment by results and bids against LibreOffice Calc (headless): random
 * loan portfolios laid out with Calc's own IPMT and NPV, merger cases with NPV, dates with
 * DATE (Excel's 1900 system), running-total cash flows and bid scores with MIN/MAX. Each
 * case is written as the formulas a spreadsheet modeller would write, recalculated by
 * LibreOffice, and compared with the model. Tolerance as in libreoffice.test.ts: 1e-9
 * relative (Calc's CSV prints 15 significant digits), 1e-6 absolute floor.
 */
import fc from "fast-check";
import { loanRepricingCost, loanRepricingSchedule, type Loan, type Repayment } from "../../src/model/loans";
import { mergerNpv } from "../../src/model/merger";
import { flatSchedule } from "../../src/model/discounting";
import { dateToExcelSerial } from "../../src/model/vat";
import { pbrFinancingCost, pbrWorkingCapital } from "../../src/model/pbr";
import { abnormallyLow, bidScores } from "../../src/model/bids";
import { columnName, evaluateInLibreOffice, type SheetCell } from "../support/libreoffice";

jest.setTimeout(180000);

const close = (ours: number, theirs: number) =>
  expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(Math.max(1e-6, 1e-9 * Math.abs(theirs)));

const YEARS = 40; // columns of the loan timeline; terms are at most this long

/** Amounts in whole pennies and rates in hundredths of a basis point, as users type them. */
const money = (max: number) => fc.integer({ min: 0, max: Math.round(max * 100) }).map((p) => p / 100);
const rate = (min: number, max: number) => fc.integer({ min: Math.round(min * 1e6), max: Math.round(max * 1e6) }).map((x) => x / 1e6);

const loanArb = fc.record({
  balance: money(2e8),
  oldMargin: rate(0, 0.02),
  newMargin: rate(0, 0.04),
  years: fc.integer({ min: 1, max: YEARS }),
  discountRate: rate(0.001, 0.12),
  repayment: fc.constantFrom<Repayment>("bullet", "straight", "annuity"),
  interestRate: rate(0.001, 0.12),
  repricingInYears: fc.integer({ min: 0, max: YEARS }),
  consentFee: rate(0, 0.01),
});
const portfolios: Loan[][] = fc.sample(fc.array(loanArb, { minLength: 1, maxLength: 6 }), { numRuns: 15, seed: 42 });

const mergerCases = fc.sample(
  fc.record({
    full: money(1e7),
    y: fc.integer({ min: 0, max: 8 }),
    h: fc.integer({ min: 1, max: 30 }),
    oneOff: fc.array(money(5e6), { minLength: 1, maxLength: 3 }),
    annual: money(1e6),
    rate: rate(0, 0.1),
  }),
  { numRuns: 20, seed: 5 }
);

const dates = fc.sample(
  fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  { numRuns: 40, seed: 11 }
).filter((d) => !(d.year === 1900 && d.month <= 2)); // Calc counts Jan–Feb 1900 one higher than Excel

const cashflowCases = fc.sample(fc.array(money(2e5).map((x) => x - 1e5), { minLength: 1, maxLength: 24 }), { numRuns: 20, seed: 3 });

const bidCases = fc.sample(
  fc.record({
    bids: fc.array(
      fc.record({ price: money(1e7).map((x) => x + 1000), quality: rate(0, 1), socialValue: money(1e6).map((x) => x + 1) }),
      { minLength: 2, maxLength: 12 }
    ),
    weights: fc.record({ price: money(80), quality: money(60), socialValue: money(20) }),
    threshold: rate(0, 0.5),
  }),
  { numRuns: 15, seed: 9 }
);

/** One loan's row: inputs in B:J, extra interest for years 1 … YEARS from L, cost in A. */
function loanRow(loan: Loan, r: number): SheetCell[] {
  const cells: SheetCell[] = [
    { formula: `J${r}*B${r}+NPV(F${r},L${r}:${columnName(11 + YEARS)}${r})` },
    loan.balance,
    loan.oldMargin,
    loan.newMargin,
    loan.years,
    loan.discountRate,
    loan.interestRate!,
    loan.repricingInYears!,
    null,
    loan.consentFee!,
    null,
  ];
  for (let t = 1; t <= YEARS; t++) {
    // The opening balance in year t, by repayment type, in Calc's own terms.
    const opening =
      loan.repayment === "bullet"
        ? `B${r}`
        : loan.repayment === "straight"
          ? `(B${r}-B${r}/E${r}*(${t}-1))`
          : `IPMT(G${r},${t},E${r},-B${r})/G${r}`; // year t's interest at the loan rate ÷ the rate
    cells.push({ formula: `IF(${t}<=MIN(E${r},H${r}),${opening}*(D${r}-C${r}),0)` });
  }
  return cells;
}

let sheet: string[][];
const at = { loans: [] as number[][], merger: [] as number[], dates: [] as number[], cash: [] as number[], bids: [] as number[] };

beforeAll(async () => {
  const rows: SheetCell[][] = [];
  for (const p of portfolios) {
    at.loans.push(p.map((_, k) => rows.length + k));
    for (const loan of p) rows.push(loanRow(loan, rows.length + 1));
  }
  for (const c of mergerCases) {
    const r = rows.length + 1;
    at.merger.push(rows.length);
    // Row r — A: NPV; B: full saving, C: years to full, D: rate, E: annual cost; F: year 0's
    // one-off; years 1 … h from G: the net saving. Row r + 1: the year numbers and one-off
    // costs under each year (numbers live in cells, not inside formulas).
    const years = Array.from({ length: c.h }, (_, k) => k + 1);
    const cells: SheetCell[] = [{ formula: `-F${r}+NPV(D${r},G${r}:${columnName(6 + c.h)}${r})` }, c.full, c.y, c.rate, c.annual, c.oneOff[0]];
    for (const k of years) {
      const col = columnName(6 + k);
      const share = c.y === 0 ? "1" : `MIN(1,${col}${r + 2}/$C${r})`;
      cells.push({ formula: `$B${r}*${share}-$E${r}-${col}${r + 1}` });
    }
    rows.push(cells);
    rows.push([null, null, null, null, null, null, ...years.map((k) => c.oneOff[k] ?? 0)]);
    rows.push([null, null, null, null, null, null, ...years]);
  }
  for (const d of dates) {
    at.dates.push(rows.length);
    rows.push([{ formula: `DATE(${d.year},${d.month},${d.day})`, numFmt: "0" }]);
  }
  for (const flows of cashflowCases) {
    const r = rows.length + 1;
    at.cash.push(rows.length);
    // A: peak need; B: financing at 10% monthly; flows from D, running totals from D of the next row.
    const last = columnName(3 + flows.length);
    rows.push([{ formula: `-MIN(0,MIN(D${r + 1}:${last}${r + 1}))` }, { formula: `SUMPRODUCT((D${r + 1}:${last}${r + 1}<0)*-D${r + 1}:${last}${r + 1})*0.1/12` }, null, ...flows]);
    rows.push([null, null, null, ...flows.map((_, k) => ({ formula: `SUM($D${r}:${columnName(4 + k)}${r})` }))]);
  }
  for (const c of bidCases) {
    // Row: weights and threshold; then one row per bid: price, quality, social value, total, flag.
    const head = rows.length + 1;
    at.bids.push(rows.length);
    const first = head + 1;
    const last = head + c.bids.length;
    rows.push([c.weights.price, c.weights.quality, c.weights.socialValue, c.threshold]);
    for (const b of c.bids) {
      const r = rows.length + 1;
      rows.push([
        b.price,
        b.quality,
        b.socialValue,
        { formula: `$A$${head}*MIN($A$${first}:$A$${last})/A${r}+$B$${head}*B${r}+$C$${head}*C${r}/MAX($C$${first}:$C$${last})` },
        { formula: `IF(A${r}<(1-$D$${head})*(SUM($A$${first}:$A$${last})-MAX($A$${first}:$A$${last}))/(COUNT($A$${first}:$A$${last})-1),1,0)` },
      ]);
    }
  }
  sheet = await evaluateInLibreOffice(rows);
});

test("loan repricing cost of random portfolios matches Calc's IPMT and NPV", () => {
  portfolios.forEach((p, i) => {
    const calc = at.loans[i].reduce((sum, row) => sum + Number(sheet[row][0]), 0);
    close(loanRepricingCost(p), calc);
  });
});

test("loan repricing schedule of random portfolios matches Calc's year columns", () => {
  portfolios.forEach((p, i) => {
    const ours = loanRepricingSchedule(p);
    for (let t = 1; t <= YEARS; t++) {
      const calc = at.loans[i].reduce((sum, row) => sum + Number(sheet[row][10 + t]), 0);
      close(ours[t - 1] ?? 0, calc);
    }
  });
});

test("merger NPV of random cases matches Calc's NPV", () => {
  mergerCases.forEach((c, i) => {
    const ours = mergerNpv({ fullSaving: c.full, yearsToFull: c.y, horizon: c.h, oneOffCosts: c.oneOff.slice(0, c.h + 1), annualCosts: c.annual }, flatSchedule(c.rate));
    close(ours, Number(sheet[at.merger[i]][0]));
  });
});

test("Excel date serials match Calc's DATE (1900 date system)", () => {
  dates.forEach((d, i) => expect(dateToExcelSerial(d)).toBe(Number(sheet[at.dates[i]][0])));
});

test("PBR working capital and financing cost match running totals in Calc", () => {
  cashflowCases.forEach((flows, i) => {
    close(pbrWorkingCapital(flows), Number(sheet[at.cash[i]][0]));
    close(pbrFinancingCost(flows, 0.1), Number(sheet[at.cash[i]][1]));
  });
});

test("bid scores and abnormally-low flags match MIN/MAX formulas in Calc", () => {
  bidCases.forEach((c, i) => {
    const scores = bidScores(c.bids, c.weights, "relative");
    const flags = abnormallyLow(c.bids.map((b) => b.price), c.threshold);
    c.bids.forEach((_, k) => {
      const row = sheet[at.bids[i] + 1 + k];
      close(scores[k], Number(row[3]));
      expect(flags[k]).toBe(row[4] === "1");
    });
  });
});
