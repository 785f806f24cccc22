import fc from "fast-check";
import { pbrExpectedPayment, pbrFinancingCost, pbrWorkingCapital } from "../../src/model/pbr";
import { errorCode } from "../support/model";

describe("PBR_EXPECTED_PAYMENT", () => {
  const jsa25: Parameters<typeof pbrExpectedPayment>[0] = {
    attachmentFee: 400,
    outcomeFee: 1200,
    sustainmentMax: 2795,
    outcomeRate: 0.3,
    sustainmentShare: 0.5,
  };
  test("Work Programme JSA 25+ fees (£400 / £1,200 / up to £2,795), 30% into work, half the sustainment: £1,179.25", () => {
    expect(pbrExpectedPayment(jsa25)).toBeCloseTo(400 + 0.3 * (1200 + 0.5 * 2795), 9);
    expect(pbrExpectedPayment(jsa25)).toBeCloseTo(1179.25, 9);
  });
  test("a 20% top slice leaves the subcontractor £943.40; a 50% one, half", () => {
    expect(pbrExpectedPayment({ ...jsa25, topSlice: 0.2 })).toBeCloseTo(943.4, 9);
    expect(pbrExpectedPayment({ ...jsa25, topSlice: 0.5 })).toBeCloseTo(1179.25 / 2, 9);
  });
  test("property: a bigger top slice or a lower outcome rate never pays more", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(share, share, share, share, (t1, t2, o1, o2) => {
        const at = (topSlice: number, outcomeRate: number) =>
          pbrExpectedPayment({ ...jsa25, topSlice, outcomeRate });
        const [tl, th] = t1 < t2 ? [t1, t2] : [t2, t1];
        const [ol, oh] = o1 < o2 ? [o1, o2] : [o2, o1];
        expect(at(th, oh)).toBeLessThanOrEqual(at(tl, oh) + 1e-9);
        expect(at(tl, ol)).toBeLessThanOrEqual(at(tl, oh) + 1e-9);
      })
    );
  });
  test("an outcome rate of 30 (meaning 30%) or a negative fee is #VALUE!", () => {
    expect(errorCode(() => pbrExpectedPayment({ ...jsa25, outcomeRate: 30 }))).toBe("#VALUE!");
    expect(errorCode(() => pbrExpectedPayment({ ...jsa25, outcomeFee: -1 }))).toBe("#VALUE!");
  });
});

describe("PBR_WORKING_CAPITAL and PBR_FINANCING_COST", () => {
  const flows = [-100, -50, 80, 120];
  test("worked case: running totals −100, −150, −70, 50 → peak need 150; financing 320 × 12% / 12 = 3.2", () => {
    expect(pbrWorkingCapital(flows)).toBe(150);
    expect(pbrFinancingCost(flows, 0.12)).toBeCloseTo(3.2, 12);
    expect(pbrFinancingCost(flows, 0.12, 4)).toBeCloseTo(9.6, 12);
  });
  test("never out of pocket → 0", () => {
    expect(pbrWorkingCapital([10, -5, 3])).toBe(0);
    expect(pbrFinancingCost([10, -5, 3], 0.1)).toBe(0);
  });
  test("property: paying in arrears (shifting income later) never lowers the need or the financing cost", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 36 }),
        fc.integer({ min: 1, max: 6 }),
        (net, lag) => {
          const costs = net.map((x) => Math.min(0, x));
          const income = net.map((x) => Math.max(0, x));
          const onTime = costs.map((c, i) => c + income[i]);
          const late = [...costs, ...new Array(lag).fill(0)].map(
            (c, i) => c + (i >= lag ? income[i - lag] : 0)
          );
          expect(pbrWorkingCapital(late)).toBeGreaterThanOrEqual(pbrWorkingCapital(onTime) - 1e-6);
          expect(pbrFinancingCost(late, 0.1)).toBeGreaterThanOrEqual(
            pbrFinancingCost(onTime, 0.1) - 1e-6
          );
        }
      )
    );
  });
  test("bad input: a rate of 8 (meaning 8%), a negative rate, periods 0 → #VALUE!", () => {
    expect(errorCode(() => pbrFinancingCost(flows, 8))).toBe("#VALUE!");
    expect(errorCode(() => pbrFinancingCost(flows, -0.1))).toBe("#VALUE!");
    expect(errorCode(() => pbrFinancingCost(flows, 0.1, 0))).toBe("#VALUE!");
  });
});
