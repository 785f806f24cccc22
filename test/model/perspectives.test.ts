import fc from "fast-check";
import { flatSchedule } from "../../src/model/discounting";
import { ModelError } from "../../src/model/errors";
import {
  perspectiveReturn,
  perspectiveRoi,
  perspectiveTable,
  type Flow,
} from "../../src/model/perspectives";

const r0 = flatSchedule(0);

/**
 * Illustrative flows shaped like the Basildon community navigator / time bank (PSSRU 2011):
 * NOT the study's data. Numbers chosen so the arithmetic is easy to follow.
 */
const basildonShaped: Flow[] = [
  { amounts: [100], kind: "cost", party: "Council", sector: "public" },
  { amounts: [30], kind: "cost", party: "Volunteers", sector: "private" },
  { amounts: [250], kind: "benefit", party: "NHS", sector: "public" },
  { amounts: [150], kind: "benefit", party: "Council", sector: "public" },
  { amounts: [44], kind: "transfer", party: "DWP", sector: "public" },
  { amounts: [60], kind: "qol", party: "Individuals", sector: "private" },
];

describe("returns by perspective", () => {
  test("government: public rows, transfers count as benefits, qol left out", () => {
    const g = perspectiveReturn(basildonShaped, "government", r0);
    expect(g.pvCosts).toBe(100);
    expect(g.pvBenefits).toBe(444);
    expect(g.ratio).toBeCloseTo(4.44, 12);
  });
  test("societal: all rows, transfers out, volunteer time a cost; lower than government", () => {
    const s = perspectiveReturn(basildonShaped, "societal", r0);
    expect(s.pvCosts).toBe(130);
    expect(s.pvBenefits).toBe(400);
    expect(s.ratio).toBeCloseTo(400 / 130, 12);
    expect(s.ratio!).toBeLessThan(4.44);
    expect(perspectiveReturn(basildonShaped, "Societal", r0, 1, true).pvBenefits).toBe(460);
  });
  test("a party's own fiscal return, case-insensitive; unknown party is #VALUE! listing the parties", () => {
    expect(perspectiveRoi(basildonShaped, "council", r0)).toBeCloseTo(1.5, 12);
    expect(() => perspectiveRoi(basildonShaped, "Treasury", r0)).toThrow(/"NHS"/);
    expect(() => perspectiveRoi(basildonShaped, "NHS", r0)).toThrow(ModelError); // no costs: #DIV/0!
  });
  test("table: parties in order, then government and societal", () => {
    const t = perspectiveTable(basildonShaped, r0);
    expect(t.map((r) => r.perspective)).toEqual([
      "Council",
      "Volunteers",
      "NHS",
      "DWP",
      "Individuals",
      "government",
      "societal",
    ]);
    expect(t.find((r) => r.perspective === "NHS")!.ratio).toBeNull();
  });
  test("multi-year amounts discount from start", () => {
    const flows: Flow[] = [
      { amounts: [100, 100], kind: "cost", party: "Council", sector: "public" },
      { amounts: [0, 300], kind: "benefit", party: "Council", sector: "public" },
    ];
    const g = perspectiveReturn(flows, "government", flatSchedule(0.035), 1);
    expect(g.pvCosts).toBeCloseTo(100 / 1.035 + 100 / 1.035 ** 2, 10);
    expect(g.pvBenefits).toBeCloseTo(300 / 1.035 ** 2, 10);
  });

  const flowArb = fc.record({
    amounts: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom("cost", "benefit", "transfer", "qol") as fc.Arbitrary<Flow["kind"]>,
    party: fc.constantFrom("NHS", "Council", "DWP", "Volunteers"),
    sector: fc.constantFrom("public", "private") as fc.Arbitrary<Flow["sector"]>,
  });
  test("property: the societal perspective never counts a transfer", () => {
    fc.assert(
      fc.property(fc.array(flowArb, { minLength: 1, maxLength: 10 }), flowArb, (flows, extra) => {
        const transfer = { ...extra, kind: "transfer" as const };
        const a = perspectiveReturn(flows, "societal", flatSchedule(0.035), 1, true);
        const b = perspectiveReturn([...flows, transfer], "societal", flatSchedule(0.035), 1, true);
        expect(b.pvCosts).toBe(a.pvCosts);
        expect(b.pvBenefits).toBe(a.pvBenefits);
      })
    );
  });
});

describe("perspectiveTable in one pass", () => {
  test("each row is exactly perspectiveReturn for that party's own rows (same sums, same order)", () => {
    const flowArb = fc.record({
      amounts: fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
        minLength: 1,
        maxLength: 4,
      }),
      kind: fc.constantFrom("cost", "benefit", "transfer", "qol") as fc.Arbitrary<Flow["kind"]>,
      party: fc.constantFrom("NHS", "nhs", "Council", "DWP", "Volunteers", "Government", "X"),
      sector: fc.constantFrom("public", "private") as fc.Arbitrary<Flow["sector"]>,
    });
    fc.assert(
      fc.property(
        fc.array(flowArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 }),
        (flows, qol, start) => {
          const schedule = flatSchedule(0.035);
          const table = perspectiveTable(flows, schedule, start, qol);
          const names = table.map((r) => r.perspective);
          // Each party's own return, by name, even one called "Government": its rows under a
          // name that is no perspective's, the rest as they are.
          const expected = names.slice(0, -2).map((p) => {
            const own = flows.map((f) =>
              f.party.toLowerCase() === p.toLowerCase() ? { ...f, party: "The party" } : f
            );
            return { ...perspectiveReturn(own, "The party", schedule, start, qol), perspective: p };
          });
          expect(table.slice(0, -2)).toEqual(expected);
          expect(names.slice(-2)).toEqual(["government", "societal"]);
        }
      )
    );
  });
  test("10,000 parties take one pass, not one per party", () => {
    const flows: Flow[] = Array.from({ length: 10000 }, (_, i) => ({
      amounts: [i + 1],
      kind: i % 2 ? "benefit" : "cost",
      party: `Party ${i}`,
      sector: "public",
    }));
    const table = perspectiveTable(flows, r0);
    expect(table).toHaveLength(10002);
    expect(table[1]).toEqual({
      perspective: "Party 1",
      pvCosts: 0,
      pvBenefits: 2,
      net: 2,
      ratio: null,
    });
  });
});
