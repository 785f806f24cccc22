/**
 * Cross-checks against LibreOffice Calc (headless), an engine nobody here wrote: random
 * cases are laid out as ordinary spreadsheet formulas (NPV, powers, IF), recalculated by
 * LibreOffice, and compared with the model. Tolerance: 1e-9 relative (LibreOffice's CSV
 * export prints 15 significant digits), with an absolute floor of 1e-6 (a ten-thousandth of
 * a penny): Calc snaps near-cancellations such as 1 − 0.99999999 to exactly 0, so an impact
 * of 7e-9 shows there as 0.
 */
import fc from "fast-check";
import { pv } from "../../src/model/appraisal";
import { discountFactor, flatSchedule, STPR } from "../../src/model/discounting";
import { outcomeTable, sroiPv } from "../../src/model/sroi";
import { columnName, evaluateInLibreOffice, type SheetCell } from "../support/libreoffice";

jest.setTimeout(180000);

const close = (ours: number, theirs: number) =>
  expect(Math.abs(ours - theirs)).toBeLessThanOrEqual(Math.max(1e-6, 1e-9 * Math.abs(theirs)));

interface PvCase {
  rate: number;
  values: number[];
}
interface SroiCase {
  q: number;
  p: number;
  dw: number;
  dp: number;
  at: number;
  drop: number;
  n: number;
  start: number;
  rate: number;
}

const pvCases: PvCase[] = fc.sample(
  fc.record({
    rate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    values: fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 15 }),
  }),
  { numRuns: 40, seed: 20261128 }
);
const sroiCases: SroiCase[] = fc.sample(
  fc.record({
    q: fc.integer({ min: 1, max: 500 }),
    p: fc.double({ min: 1, max: 20000, noNaN: true }),
    dw: fc.double({ min: 0, max: 1, noNaN: true }),
    dp: fc.double({ min: 0, max: 1, noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    drop: fc.double({ min: 0, max: 1, noNaN: true }),
    n: fc.integer({ min: 1, max: 10 }),
    start: fc.integer({ min: 1, max: 3 }),
    rate: fc.double({ min: 0, max: 0.15, noNaN: true }),
  }),
  { numRuns: 40, seed: 7 }
);
const dfYears = [1, 10, 29, 30, 31, 32, 60, 75, 76, 77, 100, 125, 126, 150];

let sheet: string[][];
let pvRow0 = 0;
let sroiRow0 = 0;
let dfRow0 = 0;

beforeAll(async () => {
  const rows: SheetCell[][] = [];
  pvRow0 = rows.length;
  for (const c of pvCases) {
    const r = rows.length + 1;
    const last = columnName(2 + c.values.length);
    // =C + NPV(rate, D:last): the first value undiscounted (year 0), Excel/Calc's NPV for the rest.
    rows.push([{ formula: `C${r}+NPV(B${r},D${r}:${last}${r})` }, c.rate, ...c.values]);
  }
  sroiRow0 = rows.length;
  const years = 12;
  for (const c of sroiCases) {
    const r = rows.length + 1;
    // A value map row as a spreadsheet user would write it: inputs in B:J, years 1..12 in L:W
    // each =IF(year in range, impact × (1 − drop)^(year − start), 0), and NPV over them.
    const cells: SheetCell[] = [
      { formula: `NPV(J${r},L${r}:W${r})` },
      c.q,
      c.p,
      c.dw,
      c.dp,
      c.at,
      c.drop,
      c.n,
      c.start,
      c.rate,
      null,
    ];
    for (let y = 1; y <= years; y++) {
      cells.push({
        formula: `IF(AND(${y}>=I${r},${y}<I${r}+H${r}),B${r}*C${r}*(1-D${r})*(1-E${r})*(1-F${r})*(1-G${r})^(${y}-I${r}),0)`,
      });
    }
    rows.push(cells);
  }
  dfRow0 = rows.length;
  for (const t of dfYears) {
    const r = rows.length + 1;
    rows.push([
      { formula: `1/(1.035^MIN(B${r},30)*1.03^MAX(0,MIN(B${r},75)-30)*1.025^MAX(0,MIN(B${r},125)-75)*1.02^MAX(0,MIN(B${r},200)-125))` },
      t,
    ]);
  }
  sheet = await evaluateInLibreOffice(rows);
});

test("PV of random flows matches Calc's NPV", () => {
  pvCases.forEach((c, i) => close(pv(c.values, flatSchedule(c.rate)), Number(sheet[pvRow0 + i][0])));
});

test("SROI_PV of random outcomes matches a value map computed in Calc", () => {
  sroiCases.forEach((c, i) => {
    const t = outcomeTable([
      { quantity: c.q, proxy: c.p, duration: c.n, deadweight: c.dw, displacement: c.dp, attribution: c.at, dropOff: c.drop, start: c.start },
    ]);
    close(sroiPv(t, flatSchedule(c.rate)), Number(sheet[sroiRow0 + i][0]));
  });
});

test("STPR discount factors across the band boundaries match Calc", () => {
  dfYears.forEach((t, i) => close(discountFactor(t, STPR), Number(sheet[dfRow0 + i][0])));
});
