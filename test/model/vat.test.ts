import fc from "fast-check";
import {
  dateToExcelSerial,
  excelSerialToDate,
  sharedServiceCost,
  vatBreakeven,
  vatRate,
  vatSharedServiceSaving,
  type VatRoute,
} from "../../src/model/vat";
import { errorCode } from "../support/model";

const serial = (year: number, month: number, day: number) =>
  dateToExcelSerial({ year, month, day });

describe("Excel's 1900 date system", () => {
  test("known serials: 1 = 1 Jan 1900, 59 = 28 Feb 1900, 61 = 1 Mar 1900, 40547 = 4 Jan 2011", () => {
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToDate(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(excelSerialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialToDate(40547)).toEqual({ year: 2011, month: 1, day: 4 });
    expect(excelSerialToDate(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(serial(1900, 1, 1)).toBe(1);
    expect(serial(1900, 3, 1)).toBe(61);
    expect(serial(2012, 7, 17)).toBe(41107);
  });
  test("the phantom 29 Feb 1900 (serial 60) and serials outside 1 … 2958465 are #VALUE!", () => {
    expect(errorCode(() => excelSerialToDate(60))).toBe("#VALUE!");
    expect(errorCode(() => excelSerialToDate(0))).toBe("#VALUE!");
    expect(errorCode(() => excelSerialToDate(2958466))).toBe("#VALUE!");
  });
  test("a time of day is ignored", () => {
    expect(excelSerialToDate(40547.75)).toEqual(excelSerialToDate(40547));
  });
  test("property: serial → date → serial round-trips (except the phantom day)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60),
        (s) => {
          expect(dateToExcelSerial(excelSerialToDate(s))).toBe(s);
        }
      )
    );
  });
});

describe("VAT_RATE", () => {
  test("each boundary day and the day before it", () => {
    expect(errorCode(() => vatRate(serial(1991, 3, 31)))).toBe("#N/A");
    expect(vatRate(serial(1991, 4, 1))).toBe(0.175);
    expect(vatRate(serial(2008, 11, 30))).toBe(0.175);
    expect(vatRate(serial(2008, 12, 1))).toBe(0.15);
    expect(vatRate(serial(2009, 12, 31))).toBe(0.15);
    expect(vatRate(serial(2010, 1, 1))).toBe(0.175);
    expect(vatRate(serial(2011, 1, 3))).toBe(0.175);
    expect(vatRate(serial(2011, 1, 4))).toBe(0.2);
    expect(vatRate(serial(2026, 11, 28))).toBe(0.2);
  });
  test("a date-time late on 3 Jan 2011 is still 17.5%", () => {
    expect(vatRate(serial(2011, 1, 3) + 0.99)).toBe(0.175);
  });
});

describe("VAT_SHARED_SERVICE_BREAKEVEN", () => {
  test("spec and domain example: 20% with no recovery → 16.67% of in-house cost, 20% of the charge", () => {
    expect(vatBreakeven(0.2, 0, "in_house")).toBeCloseTo(1 / 6, 12);
    expect(vatBreakeven(0.2, 0, "charge")).toBeCloseTo(0.2, 12);
  });
  test("worked case: 17.5% with 40% recovered → k = 10.5%: 9.50% of in-house cost", () => {
    expect(vatBreakeven(0.175, 0.4, "charge")).toBeCloseTo(0.105, 12);
    expect(vatBreakeven(0.175, 0.4, "in_house")).toBeCloseTo(0.105 / 1.105, 12);
  });
  test("break-even means break-even: a service that saves exactly that share costs the member nothing extra", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (v, r) => {
          const inHouse = 1000;
          const costBase = inHouse * (1 - vatBreakeven(v, r, "in_house"));
          expect(
            vatSharedServiceSaving({ inHouseCost: inHouse, costBase, vat: v, recovery: r })
          ).toBeCloseTo(0, 9);
        }
      )
    );
  });
  test("full recovery needs no saving", () => {
    expect(vatBreakeven(0.2, 1)).toBe(0);
  });
  test("a rate given as 20 rather than 0.2 is #VALUE!", () => {
    expect(errorCode(() => vatBreakeven(20))).toBe("#VALUE!");
  });
});

describe("VAT_SHARED_SERVICE_SAVING by route", () => {
  const base = { inHouseCost: 1_000_000, costBase: 800_000, vat: 0.2, purchases: 200_000 };
  test("taxable: member pays 800,000 × 1.2 = 960,000, saving 40,000 (none recovered)", () => {
    expect(vatSharedServiceSaving({ ...base, route: "taxable" })).toBeCloseTo(40_000, 6);
  });
  test("taxable with half recovered: 800,000 × 1.1 → saving 120,000", () => {
    expect(vatSharedServiceSaving({ ...base, route: "taxable", recovery: 0.5 })).toBeCloseTo(
      120_000,
      6
    );
  });
  test("exempt: the VAT on 200,000 of purchases sticks → 840,000, saving 160,000, whatever the member recovers", () => {
    expect(vatSharedServiceSaving({ ...base, route: "exempt" })).toBeCloseTo(160_000, 6);
    expect(vatSharedServiceSaving({ ...base, route: "exempt", recovery: 0.9 })).toBeCloseTo(
      160_000,
      6
    );
  });
  test("VAT group: the purchase VAT is recovered at the member's rate → 25% recovered: 830,000", () => {
    expect(vatSharedServiceSaving({ ...base, route: "vat_group", recovery: 0.25 })).toBeCloseTo(
      170_000,
      6
    );
  });
  test("purchases above cost_base and negative amounts are #VALUE!", () => {
    expect(errorCode(() => sharedServiceCost({ ...base, purchases: 900_000 }))).toBe("#VALUE!");
    expect(errorCode(() => sharedServiceCost({ ...base, costBase: -1 }))).toBe("#VALUE!");
    expect(errorCode(() => vatSharedServiceSaving({ ...base, inHouseCost: -1 }))).toBe("#VALUE!");
  });

  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const money = fc.double({ min: 0, max: 1e9, noNaN: true });
  test("property: with nothing bought in, the exempt route never costs more than the taxable one", () => {
    fc.assert(
      fc.property(money, share, share, (costBase, v, r) => {
        const s = { inHouseCost: 0, costBase, vat: v, recovery: r, purchases: 0 };
        expect(sharedServiceCost({ ...s, route: "exempt" })).toBeLessThanOrEqual(
          sharedServiceCost({ ...s, route: "taxable" })
        );
      })
    );
  });
  test("property: a VAT group never costs more than the exempt route, nor more than the taxable one", () => {
    fc.assert(
      fc.property(money, share, share, share, (costBase, v, r, bought) => {
        const s = { inHouseCost: 0, costBase, vat: v, recovery: r, purchases: costBase * bought };
        const group = sharedServiceCost({ ...s, route: "vat_group" });
        expect(group).toBeLessThanOrEqual(
          sharedServiceCost({ ...s, route: "exempt" }) * (1 + 1e-15)
        );
        expect(group).toBeLessThanOrEqual(
          sharedServiceCost({ ...s, route: "taxable" }) * (1 + 1e-15)
        );
      })
    );
  });
  test("property: every route's cost rises with the VAT rate and falls as more is recovered", () => {
    fc.assert(
      fc.property(
        money,
        share,
        share,
        share,
        share,
        fc.constantFrom<VatRoute>("taxable", "exempt", "vat_group"),
        (costBase, v1, v2, r, bought, route) => {
          const s = { inHouseCost: 0, costBase, recovery: r, purchases: costBase * bought, route };
          const [lo, hi] = v1 < v2 ? [v1, v2] : [v2, v1];
          expect(sharedServiceCost({ ...s, vat: lo })).toBeLessThanOrEqual(
            sharedServiceCost({ ...s, vat: hi })
          );
          expect(sharedServiceCost({ ...s, vat: hi, recovery: 1 })).toBeLessThanOrEqual(
            sharedServiceCost({ ...s, vat: hi }) * (1 + 1e-15)
          );
        }
      )
    );
  });
});
