import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import schema from "../../../src/journeys/sharing/sharing.schema.json";
import { coreSummary, evaluateSharing, sharingTable } from "../../../src/journeys/sharing/evaluate";
import { sharingCrossChecks } from "../../../src/journeys/sharing/validate";
import type { SharingAnalysis } from "../../../src/journeys/sharing/types";
import { coreEmptiness, shapleyBySumproduct, type Game } from "../../../src/model/sharing";
import { shapley } from "../../../src/model/shapley";
import { sharedServiceCost } from "../../../src/model/vat";

const EXAMPLES = path.resolve(__dirname, "../../../examples");
const FILES = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.startsWith("sharing-") && f.endsWith(".json"));
const load = (f: string): SharingAnalysis =>
  JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
const check = new Ajv({ allErrors: true }).compile(schema);
/** Schema errors (path + message), then the cross-checks, as the journey's validator will list them. */
const problems = (value: unknown): string[] =>
  check(value)
    ? sharingCrossChecks(value as unknown as SharingAnalysis)
    : (check.errors ?? []).map((e) => `${e.instancePath || "(the analysis)"} ${e.message}`);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("the examples", () => {
  test("there are the two examples of the issue", () => {
    expect(FILES.sort()).toEqual([
      "sharing-back-office.json",
      "sharing-employment-consortium.json",
    ]);
  });
  test.each(FILES)(
    "%s validates against the schema and the cross-checks, and says its figures are illustrative",
    (f) => {
      const a = load(f);
      expect(problems(a)).toEqual([]);
      expect(a.description).toMatch(/^Illustrative figures/);
    }
  );
  test.each(FILES)(
    "%s evaluates with no problems: five allocations, each sharing v(N), and a core verdict",
    (f) => {
      const e = evaluateSharing(load(f));
      expect(e.problems).toEqual([]);
      const total = e.game!.values[e.game!.values.length - 1];
      expect(e.allocations.map((x) => x.rule)).toEqual([
        "shapley",
        "use",
        "equal",
        "stand_alone",
        "user",
      ]);
      for (const x of e.allocations) {
        expect(x.problems).toEqual([]);
        expect(Math.abs(sum(x.amounts!) - total)).toBeLessThanOrEqual(1e-6 * total);
        expect(x.core!.coalitions.length).toBe(2 ** e.game!.partners.length - 2);
      }
      // The Shapley column is PCBA.SHAPLEY's, and the workbook's SUMPRODUCT form agrees.
      const phi = shapley(e.game!.values);
      e.allocations[0].amounts!.forEach((x, i) => expect(x).toBe(phi[i]));
      shapleyBySumproduct(e.game!.values).forEach((x, i) => expect(x).toBeCloseTo(phi[i], 6));
      expect(e.emptiness!.empty).toBe(false);
    }
  );
});

describe("the back-office example (a cost game from the model)", () => {
  const a = load("sharing-back-office.json");
  const e = evaluateSharing(a);
  const c = e.game!.values;
  test("the coalition table from the model, against the formula written out here", () => {
    // F = 1.5m, £250 a home at the full 30,300 homes, r = 0.12: exponent 1 + log2(0.88).
    const shared = (homes: number) =>
      1.5e6 + 250 * 30300 * (homes / 30300) ** (1 + Math.log2(0.88));
    expect(c[1]).toBe(1100000); // Fenwick alone: a service of its own would cost shared(1,800) ≈ 2.26m
    expect(shared(1800)).toBeGreaterThan(2.2e6);
    expect(c[2]).toBe(3300000);
    expect(c[4]).toBeCloseTo(shared(21000), 4); // Northmoor would buy the service alone: 7.12m < 7.2m
    expect(c[3]).toBeCloseTo(shared(9300), 4);
    expect(c[5]).toBeCloseTo(shared(22800), 4);
    expect(c[6]).toBeCloseTo(shared(28500), 4);
    expect(c[7]).toBe(9075000); // 1.5m + £250 × 30,300
    expect(e.arrangement).toEqual([0, 0, 0, 3, 4, 5, 6, 7]);
  });
  test("the typed allocation adds up and is in the core; equal shares are blocked by Fenwick", () => {
    const user = e.allocations.find((x) => x.rule === "user")!;
    expect(user.label).toBe("A third of the fixed cost each, plus £250 a home");
    expect(user.core!.inCore).toBe(true);
    const equal = e.allocations.find((x) => x.rule === "equal")!;
    expect(equal.core!.inCore).toBe(false);
    // Fenwick would pay 3.025m against 1.1m alone.
    expect(equal.core!.blocking[0].label).toBe("Fenwick Homes");
    expect(equal.core!.blocking[0].betterOffAloneBy).toBeCloseTo(3025000 - 1100000, 6);
  });
  test("the VAT each member bears under the cost sharing exemption is vat.ts's", () => {
    for (const x of e.allocations) {
      x.vat!.forEach((v, i) => {
        const charge = x.amounts![i];
        expect(v.vatBorne).toBeCloseTo(charge * 0.35 * 0.2, 6);
        expect(v.costAfterVat).toBe(
          sharedServiceCost({
            inHouseCost: c[1 << i],
            costBase: charge,
            vat: 0.2,
            recovery: a.partners[i].vatRecovery,
            route: "exempt",
            purchases: charge * 0.35,
          })
        );
        expect(v.savingAfterVat).toBeCloseTo(c[1 << i] - charge * (1 + 0.35 * 0.2), 6);
      });
    }
  });
  test("charged VAT instead (taxable), the typed split leaves Fenwick worse off than alone", () => {
    const taxable = evaluateSharing({ ...a, vat: { ...a.vat!, route: "taxable" } });
    const user = taxable.allocations.find((x) => x.rule === "user")!;
    // 950,000 · (1 + 0.2 · 0.96) = 1,132,400 against 1,100,000 alone.
    expect(user.vat![0].costAfterVat).toBeCloseTo(1132400, 6);
    expect(user.vat![0].savingAfterVat).toBeCloseTo(-32400, 6);
  });
});

describe("the employment consortium example (a gain game entered by hand)", () => {
  const e = evaluateSharing(load("sharing-employment-consortium.json"));
  test("Riverside College's Shapley value, worked by hand", () => {
    // n = 4: weights 1/4 (joining first or last) and 1/12 (second or third). The college's
    // marginal values: alone 40k; after one partner 110k, 90k, 70k; after two 110k, 110k,
    // 90k; last 120k. φ = 40/4 + 270/12 + 310/12 + 120/4 = 88.333k.
    expect(e.allocations[0].amounts![3]).toBeCloseTo(88333.33, 2);
    expect(sum(e.allocations[0].amounts!)).toBeCloseTo(640000, 6);
    expect(e.allocations[0].core!.inCore).toBe(true);
  });
  test("the lead's 65% proposal adds up and is in the core; equal shares and stand-alone value are blocked", () => {
    const byRule = Object.fromEntries(e.allocations.map((x) => [x.rule, x]));
    expect(byRule.user.core!.inCore).toBe(true);
    expect(byRule.user.members![0].share).toBeCloseTo(0.65, 12);
    // Equal shares give Tyne Works 160k, less than its 180k alone.
    expect(byRule.equal.core!.blocking.map((b) => b.label)).toContain("Tyne Works");
    // Stand-alone value gives the two charities nothing; together they make 60k.
    expect(byRule.stand_alone.core!.blocking[0].label).toBe(
      "Clearpath Wellbeing + Homeground Support"
    );
    expect(byRule.stand_alone.core!.blocking[0].betterOffAloneBy).toBeCloseTo(60000, 6);
    expect(byRule.stand_alone.vat).toBeNull();
  });
});

describe("problems, not exceptions", () => {
  const base = load("sharing-employment-consortium.json");
  test("missing coalitions are listed by partner names and stop the allocations", () => {
    if (base.coalitions.source !== "entered") throw new Error("entered example expected");
    const partial: SharingAnalysis = {
      ...base,
      coalitions: {
        source: "entered",
        coalitions: base.coalitions.coalitions.filter((c) => c.members.length !== 3),
      },
    };
    expect(problems(partial)).toEqual([]);
    const e = evaluateSharing(partial);
    expect(e.problems).toEqual([
      "The value of Tyne Works + Clearpath Wellbeing + Homeground Support (coalition 7) is missing.",
      "The value of Tyne Works + Clearpath Wellbeing + Riverside College (coalition 11) is missing.",
      "The value of Tyne Works + Homeground Support + Riverside College (coalition 13) is missing.",
      "The value of Clearpath Wellbeing + Homeground Support + Riverside College (coalition 14) is missing.",
    ]);
    expect(e.allocations).toEqual([]);
    expect(e.game).toBeNull();
  });
  test("a typed allocation that does not add up is a problem on that allocation; the rest still show", () => {
    const e = evaluateSharing({
      ...base,
      userAllocation: { label: "Draft", amounts: [400000, 96000, 72000, 56000] },
    });
    const user = e.allocations.find((x) => x.rule === "user")!;
    expect(user.problems).toEqual([
      "The amounts add up to 624000, not the 640000 to be shared (16000 short).",
    ]);
    expect(user.core!.efficient).toBe(false);
    expect(user.core!.inCore).toBe(false);
    expect(e.allocations.find((x) => x.rule === "shapley")!.problems).toEqual([]);
    const none = evaluateSharing({ ...base, userAllocation: undefined });
    expect(none.allocations.find((x) => x.rule === "user")!.problems).toEqual([
      "No allocation has been typed.",
    ]);
  });
  test("proportional to use without every partner's units is a problem naming them", () => {
    const e = evaluateSharing({
      ...base,
      partners: base.partners.map((p, i) => (i === 2 ? { ...p, units: undefined } : p)),
    });
    expect(e.allocations.find((x) => x.rule === "use")!.problems).toEqual([
      "Sharing in proportion to use needs every partner's units of use; missing for Homeground Support.",
    ]);
  });
  test("bad model inputs are a table problem, not an exception", () => {
    const office = load("sharing-back-office.json");
    const t = sharingTable({
      ...office,
      partners: office.partners.map((p, i) => (i ? p : { ...p, standAloneCost: undefined })),
    });
    expect(t.problems).toEqual([
      "The model needs every partner's stand-alone cost and units; missing for Fenwick Homes.",
    ]);
    expect(t.table.values.slice(1).every((v) => v === null)).toBe(true);
    const negative = sharingTable({
      ...office,
      coalitions: { ...office.coalitions, fixedCost: -1 } as typeof office.coalitions,
    });
    expect(negative.problems).toEqual(["fixed_cost must be 0 or more; got -1."]);
  });
  test("the cross-checks: names, members, repeats, kind and subject, model and VAT for costs, amounts per partner", () => {
    if (base.coalitions.source !== "entered") throw new Error("entered example expected");
    const coalitions = [...base.coalitions.coalitions];
    coalitions[0] = { members: ["Tyne Works", "tyne works "], value: 1 };
    coalitions[1] = { members: ["Nobody"], value: 1 };
    coalitions[2] = { members: ["Riverside College"], value: 1 };
    const bad: SharingAnalysis = {
      ...base,
      kind: "cost",
      partners: [...base.partners, { name: "Tyne Works", type: "x", vatRecovery: 0 }],
      coalitions: { source: "entered", coalitions },
      vat: { route: "taxable", rate: 0.2, purchasesShare: 0.3 },
    };
    expect(sharingCrossChecks(bad)).toEqual([
      '/partners/4/name "Tyne Works" is used twice',
      '/kind "cost" does not fit /subject "pbr_income", which is a gain',
      '/coalitions/coalitions/0/members/1 "tyne works " is listed twice',
      '/coalitions/coalitions/1/members/0 "Nobody" is not a partner',
      "/coalitions/coalitions/3 repeats coalition 3 (Riverside College)",
      "/userAllocation/amounts needs one amount per partner (5); got 4",
    ]);
    const modelled: SharingAnalysis = {
      ...base,
      vat: { route: "taxable", rate: 0.2, purchasesShare: 0.3 },
      coalitions: { source: "model", fixedCost: 1, costPerUnit: 1, scaleSaving: 0 },
    };
    expect(sharingCrossChecks(modelled)).toEqual([
      '/coalitions the shared-service model gives costs: it needs /kind "cost"',
      "/partners/0 (Tyne Works) needs standAloneCost for the model",
      "/partners/1 (Clearpath Wellbeing) needs standAloneCost for the model",
      "/partners/2 (Homeground Support) needs standAloneCost for the model",
      "/partners/3 (Riverside College) needs standAloneCost for the model",
      '/vat applies to a shared service\'s charges: it needs /kind "cost"',
    ]);
  });
  test("the schema rejects what it can say: a scale saving of 0.5, a ninth partner, an unknown field", () => {
    const office = load("sharing-back-office.json");
    expect(
      problems({ ...office, coalitions: { ...office.coalitions, scaleSaving: 0.5 } }).length
    ).toBeGreaterThan(0);
    expect(
      problems({
        ...office,
        partners: Array.from({ length: 9 }, (_, i) => ({ ...office.partners[0], name: `P${i}` })),
      })
    ).toContain("/partners must NOT have more than 8 items");
    expect(problems({ ...office, colour: "blue" })).toContain(
      "(the analysis) must NOT have additional properties"
    );
    expect(problems({ ...office, vat: { ...office.vat!, route: "zero_rated" } })).toContain(
      "/vat/route must be equal to one of the allowed values"
    );
  });
});

describe("the core summary sentence", () => {
  test("an empty core names the balanced collection and the gap", () => {
    const g: Game = {
      kind: "gain",
      partners: ["Ashby", "Brook", "Cole"],
      values: [0, 0, 0, 1, 0, 1, 1, 1],
    };
    expect(coreSummary(g, coreEmptiness(g))).toBe(
      "No split satisfies every group: Ashby + Brook (weight 1/2), Ashby + Cole (weight 1/2) and Brook + Cole (weight 1/2) cover every partner once and could make 1.5 on their own, against 1 for all together (0.5 more). Whatever the split, one of them gets less than on its own."
    );
    const c: Game = {
      kind: "cost",
      partners: ["Ashby", "Brook", "Cole"],
      values: [0, 1, 1, 1, 1, 1, 1, 1.6],
    };
    expect(coreSummary(c, coreEmptiness(c))).toMatch(
      /would cost 1\.5 on their own, against 1\.6 for all together \(0\.1 less\)/
    );
  });
  test("a non-empty core says so", () => {
    const g: Game = { kind: "cost", partners: ["A", "B"], values: [0, 10, 30, 32] };
    expect(coreSummary(g, coreEmptiness(g))).toBe(
      "At least one split satisfies every group: no group need be better off on its own."
    );
  });
});
