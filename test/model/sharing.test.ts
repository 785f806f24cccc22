import fc from "fast-check";
import {
  coalitionCostsFromModel,
  coalitionLabel,
  coalitionMembership,
  coalitionTableProblems,
  completeGame,
  coreCheck,
  coreEmptiness,
  equalAllocation,
  memberShares,
  memberVat,
  missingCoalitions,
  proportionalAllocation,
  savingsGame,
  scaleMultiplier,
  sharedCost,
  shapleyAllocation,
  shapleyBySumproduct,
  shapleyWeight,
  shapleyWeights,
  standAloneAllocation,
  useAllocation,
  userAllocationProblems,
  type Game,
  type SharedServiceModel,
} from "../../src/model/sharing";
import { shapley } from "../../src/model/shapley";
import { sharedServiceCost, vatSharedServiceSaving } from "../../src/model/vat";
import { errorCode } from "../support/model";

const ABC = ["Ashby", "Brook", "Cole"];
const gain = (values: number[], partners = ABC.slice(0, Math.log2(values.length))): Game => ({
  kind: "gain",
  partners,
  values,
});
const cost = (values: number[], partners = ABC.slice(0, Math.log2(values.length))): Game => ({
  kind: "cost",
  partners,
  values,
});
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const names = (n: number) => Array.from({ length: n }, (_, i) => `P${i + 1}`);

/** Random games of 1–8 partners with entries in [−1e6, 1e6] (entry 0 is 0). */
const randomValues = (min = -1e6, maxN = 8) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc
      .array(fc.double({ min, max: 1e6, noNaN: true }), {
        minLength: 2 ** n - 1,
        maxLength: 2 ** n - 1,
      })
      .map((rest) => [0, ...rest])
  );

/** Independent reference: the share of the n! joining orders in which i's predecessors are exactly S. */
function orderShare(members: number[], i: number, n: number): number {
  let hits = 0;
  let orders = 0;
  const permute = (order: number[], rest: number[]) => {
    if (!rest.length) {
      orders++;
      const before = order.slice(0, order.indexOf(i));
      if (before.length === members.length && before.every((j) => members.includes(j))) hits++;
      return;
    }
    rest.forEach((j, k) => permute([...order, j], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  permute([], [...Array(n).keys()]);
  return hits / orders;
}

describe("the coalition table", () => {
  test("coalitions are bit masks named by their members, as PCBA.SHAPLEY's coalition_values", () => {
    expect(coalitionLabel(5, ABC)).toBe("Ashby + Cole");
    expect(coalitionLabel(7, ABC)).toBe("Ashby + Brook + Cole");
    expect(coalitionLabel(0, ABC)).toBe("no one");
    expect(coalitionMembership(2)).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
  });
  test("missing coalitions are problems naming the partners, not exceptions", () => {
    const table = {
      kind: "cost" as const,
      partners: ABC,
      values: [0, 10, 12, null, 20, 25, undefined, 40],
    };
    expect(coalitionTableProblems(table)).toEqual([
      "The cost of Ashby + Brook (coalition 3) is missing.",
      "The cost of Brook + Cole (coalition 6) is missing.",
    ]);
    expect(missingCoalitions(table)).toEqual([3, 6]);
    expect(errorCode(() => completeGame(table))).toBe("#VALUE!");
  });
  test("wrong length, a non-zero empty coalition, negative costs, blank and repeated names are problems", () => {
    expect(
      coalitionTableProblems({ kind: "gain", partners: ["A", "B"], values: [0, 1, 2] })
    ).toEqual(["2 partners have 4 coalitions (including the empty one); the table has 3 entries."]);
    expect(
      coalitionTableProblems({ kind: "cost", partners: ["A", "B"], values: [5, 1, -2, 3] })
    ).toEqual([
      "The empty coalition (no one) must have cost 0; got 5.",
      "The cost of B (coalition 2) cannot be negative; got -2.",
    ]);
    // A gain game may hold a joint loss.
    expect(
      coalitionTableProblems({ kind: "gain", partners: ["A", "B"], values: [0, 1, -2, 3] })
    ).toEqual([]);
    expect(
      coalitionTableProblems({
        kind: "gain",
        partners: ["A", " a ", ""],
        values: new Array(8).fill(0),
      })
    ).toEqual(['Two partners are called " a ".', "Partner 3 has no name."]);
    expect(
      coalitionTableProblems({ kind: "gain", partners: names(9), values: new Array(512).fill(0) })
    ).toEqual(["A sharing analysis needs 1 to 8 partners; got 9."]);
    expect(coalitionTableProblems({ kind: "gain", partners: ["A"], values: [0, NaN] })).toEqual([
      "The value of A (coalition 1) must be a number; got NaN.",
    ]);
  });
  test("a complete table becomes a game with v(∅) = 0", () => {
    expect(
      completeGame({ kind: "gain", partners: ["A", "B"], values: [null, 100, 50, 200] }).values
    ).toEqual([0, 100, 50, 200]);
  });
});

describe("the coalition table from a simple shared-service model", () => {
  // Worked by hand. Units [1, 1, 2] (full volume 4), F = 100, c = 50 per unit at full volume
  // (so 200 of variable cost for everyone), r = 0.2: half the volume costs 1.25× per unit,
  // a quarter 1.25² = 1.5625×.
  const model: SharedServiceModel = {
    standAloneCosts: [150, 120, 260],
    units: [1, 1, 2],
    fixedCost: 100,
    costPerUnit: 50,
    scaleSaving: 0.2,
  };
  test("scale multiplier: each halving of volume raises the cost per unit by 1 / (1 − r)", () => {
    expect(scaleMultiplier(100, 100, 0.2)).toBe(1);
    expect(scaleMultiplier(50, 100, 0.2)).toBeCloseTo(1.25, 12);
    expect(scaleMultiplier(25, 100, 0.2)).toBeCloseTo(1.5625, 12);
    expect(scaleMultiplier(25, 100, 0)).toBe(1);
    expect(errorCode(() => scaleMultiplier(25, 100, 0.5))).toBe("#VALUE!");
    expect(errorCode(() => scaleMultiplier(25, 100, -0.1))).toBe("#VALUE!");
  });
  test("shared cost of each group: F + c · U(S) · multiplier", () => {
    expect(sharedCost(model, 0)).toBe(0);
    expect(sharedCost(model, 1)).toBeCloseTo(100 + 50 * 1 * 1.5625, 10); // 178.125
    expect(sharedCost(model, 3)).toBeCloseTo(225, 10); // 100 + 50·2·1.25
    expect(sharedCost(model, 4)).toBeCloseTo(225, 10); // Cole alone has 2 units
    expect(sharedCost(model, 7)).toBe(300);
    // Three of four units: multiplier 0.75^log2(0.8) = 1.10237… (checked on a calculator: 264.5556)
    expect(sharedCost(model, 5)).toBeCloseTo(264.5556, 4);
  });
  test("each coalition's cheapest arrangement, worked by hand", () => {
    const { table, arrangement } = coalitionCostsFromModel(ABC, model);
    // Ashby and Brook stay alone (150 < 178.125, 120 < 178.125); Cole would buy the service
    // alone (225 < 260); Ashby + Brook share (225 < 270); Ashby + Cole share (264.56 < 150 +
    // 225); everyone shares for 300 (< 225 + 270 and < 264.56 + 120).
    expect(table.values[1]).toBe(150);
    expect(table.values[2]).toBe(120);
    expect(table.values[4]).toBeCloseTo(225, 10);
    expect(table.values[3]).toBeCloseTo(225, 10);
    expect(table.values[5]).toBeCloseTo(264.5556, 4);
    expect(table.values[6]).toBeCloseTo(264.5556, 4);
    expect(table.values[7]).toBe(300);
    expect(arrangement).toEqual([0, 0, 0, 3, 4, 5, 6, 7]);
  });
  test("a member whose units make sharing dear is left out of its group's service", () => {
    // Brook alone costs 10 but would add 100 units: Ashby + Brook is cheapest with Ashby's
    // service alone (F 50 + 1 unit · 5 = 55 at r = 0) and Brook in house: 55 + 10 = 65.
    const { table, arrangement } = coalitionCostsFromModel(["Ashby", "Brook"], {
      standAloneCosts: [100, 10],
      units: [1, 100],
      fixedCost: 50,
      costPerUnit: 5,
      scaleSaving: 0,
    });
    expect(table.values).toEqual([0, 55, 10, 65]);
    expect(arrangement).toEqual([0, 1, 0, 1]);
  });
  test("property: the cost game is monotone, subadditive and never above going alone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.record({
            standAloneCosts: fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), {
              minLength: n,
              maxLength: n,
            }),
            units: fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
              minLength: n,
              maxLength: n,
            }),
            fixedCost: fc.double({ min: 0, max: 1000, noNaN: true }),
            costPerUnit: fc.double({ min: 0, max: 50, noNaN: true }),
            scaleSaving: fc.double({ min: 0, max: 0.49, noNaN: true }),
          })
        ),
        (m) => {
          const n = m.units.length;
          const c = coalitionCostsFromModel(names(n), m).table.values;
          const slack = 1e-9 * Math.max(1, c[c.length - 1]);
          for (let s = 1; s < 2 ** n; s++) {
            let alone = 0;
            for (let i = 0; i < n; i++) if (s & (1 << i)) alone += m.standAloneCosts[i];
            expect(c[s]).toBeLessThanOrEqual(alone + slack);
            for (let t = 1; t < 2 ** n; t++) {
              if ((s & t) === 0) expect(c[s | t]).toBeLessThanOrEqual(c[s] + c[t] + slack);
              if ((s & t) === t) expect(c[t]).toBeLessThanOrEqual(c[s] + slack);
            }
          }
        }
      ),
      { numRuns: 60 }
    );
  });
  test("bad model inputs are #VALUE!", () => {
    expect(errorCode(() => coalitionCostsFromModel(ABC, { ...model, units: [1, 1] }))).toBe(
      "#VALUE!"
    );
    expect(errorCode(() => coalitionCostsFromModel(ABC, { ...model, fixedCost: -1 }))).toBe(
      "#VALUE!"
    );
    expect(
      errorCode(() => coalitionCostsFromModel(ABC, { ...model, standAloneCosts: [1, NaN, 2] }))
    ).toBe("#VALUE!");
    expect(errorCode(() => coalitionCostsFromModel(ABC, { ...model, scaleSaving: 0.6 }))).toBe(
      "#VALUE!"
    );
  });
  test("savings game: v(S) = Σ c({i}) − c(S); a member's Shapley saving is c({i}) less its Shapley cost", () => {
    expect(savingsGame(cost([0, 10, 20, 24], ["A", "B"])).values).toEqual([0, 0, 0, 6]);
    const c = coalitionCostsFromModel(ABC, model).table;
    const saving = shapleyAllocation(savingsGame(c));
    shapleyAllocation(c).forEach((x, i) => expect(saving[i]).toBeCloseTo(c.values[1 << i] - x, 9));
    expect(errorCode(() => savingsGame(gain([0, 1, 2, 3], ["A", "B"])))).toBe("#VALUE!");
  });
});

describe("allocations", () => {
  const c = cost([0, 10, 30, 32], ["A", "B"]);
  test("worked two-partner cost game: alone 10 and 30, together 32", () => {
    // Shapley: each pays its stand-alone cost less half the 8 saved: 6 and 26.
    expect(shapleyAllocation(c)).toEqual([6, 26]);
    expect(equalAllocation(c)).toEqual([16, 16]);
    expect(standAloneAllocation(c)).toEqual([8, 24]);
    expect(useAllocation(c, [3, 1])).toEqual([24, 8]);
  });
  test("each member's saving against going alone", () => {
    const rows = memberShares(c, [6, 26]);
    expect(rows.map((r) => r.savingAgainstAlone)).toEqual([4, 4]);
    expect(rows[0]).toEqual({
      partner: "A",
      amount: 6,
      share: 6 / 32,
      alone: 10,
      savingAgainstAlone: 4,
    });
    // In a gain game it is what the member receives above its stand-alone value.
    expect(
      memberShares(gain([0, 100, 50, 200], ["A", "B"]), [125, 75]).map((r) => r.savingAgainstAlone)
    ).toEqual([25, 25]);
    expect(memberShares(gain([0, 1, -1, 0], ["A", "B"]), [1, -1])[0].share).toBeNull();
  });
  test("proportional rules with nothing to be proportional to are #DIV/0!; negative weights #VALUE!", () => {
    expect(proportionalAllocation(300, [1, 1, 2], "units of use")).toEqual([75, 75, 150]);
    expect(errorCode(() => useAllocation(c, [0, 0]))).toBe("#DIV/0!");
    expect(errorCode(() => useAllocation(c, [1]))).toBe("#VALUE!");
    expect(errorCode(() => useAllocation(c, [1, -1]))).toBe("#VALUE!");
    // A savings game: every member alone saves nothing.
    expect(errorCode(() => standAloneAllocation(savingsGame(c)))).toBe("#DIV/0!");
    expect(errorCode(() => standAloneAllocation(gain([0, -5, 5, 10], ["A", "B"])))).toBe("#VALUE!");
  });
  test("your allocation must share exactly the grand coalition's cost", () => {
    const g = cost([0, 40, 40, 70, 40, 70, 70, 100]);
    expect(userAllocationProblems(g, [33.33, 33.33, 33.33])).toEqual([
      "The amounts add up to 99.99, not the 100 to be shared (0.01 short).",
    ]);
    expect(userAllocationProblems(g, [40, 40, 40])).toEqual([
      "The amounts add up to 120, not the 100 to be shared (20 too much).",
    ]);
    expect(userAllocationProblems(g, [33.33, 33.33, 33.34])).toEqual([]);
    expect(userAllocationProblems(g, [0.1 * 333, 0.2 * 333, 100 - 0.3 * 333])).toEqual([]);
    expect(userAllocationProblems(g, [50, 50])).toEqual([
      "Your allocation needs one amount per partner (3); got 2.",
    ]);
    expect(userAllocationProblems(g, [50, null, NaN])).toEqual([
      "Your amount for Brook is missing.",
      "Your amount for Cole must be a number; got NaN.",
    ]);
  });

  test("property: every rule shares exactly v(N) (efficiency)", () => {
    fc.assert(
      fc.property(randomValues(0), (values) => {
        const n = Math.log2(values.length);
        const g = cost(values, names(n));
        const total = values[values.length - 1];
        const units = Array.from({ length: n }, (_, i) => i + 1);
        for (const x of [
          shapleyAllocation(g),
          equalAllocation(g),
          useAllocation(g, units),
          shapleyBySumproduct(values),
        ]) {
          expect(Math.abs(sum(x) - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, total));
        }
        if (g.partners.some((_, i) => values[1 << i] > 0)) {
          expect(Math.abs(sum(standAloneAllocation(g)) - total)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, total)
          );
        }
      }),
      { numRuns: 40 }
    );
  });
  test("property: symmetric partners get equal Shapley shares, by either formula", () => {
    fc.assert(
      fc.property(
        randomValues().filter((v) => v.length >= 4),
        (raw) => {
          // Symmetrise partners 0 and 1: v'(S) = (v(S) + v(σS)) / 2 with σ swapping them.
          const swap = (m: number) => (m & ~3) | ((m & 1) << 1) | ((m & 2) >> 1);
          const values = raw.map((v, m) => (v + raw[swap(m)]) / 2);
          for (const x of [shapley(values), shapleyBySumproduct(values)]) {
            expect(Math.abs(x[0] - x[1])).toBeLessThanOrEqual(1e-6);
          }
          const g = gain(values, names(Math.log2(values.length)));
          const eq = equalAllocation(g);
          expect(eq[0]).toBe(eq[1]);
        }
      ),
      { numRuns: 40 }
    );
  });
  test("property: a partner who adds nothing gets nothing (null player)", () => {
    fc.assert(
      fc.property(
        randomValues().filter((v) => v.length >= 2),
        fc.nat(),
        (raw, pick) => {
          const n = Math.log2(raw.length);
          const k = pick % n;
          const values = raw.map((_, m) => raw[m & ~(1 << k)]); // v(S) = v(S ∖ {k})
          expect(Math.abs(shapleyBySumproduct(values)[k])).toBeLessThanOrEqual(1e-6);
          expect(Math.abs(shapley(values)[k])).toBeLessThanOrEqual(1e-6);
        }
      ),
      { numRuns: 40 }
    );
  });
  test("property: the Shapley value of v + w is that of v plus that of w (additivity)", () => {
    fc.assert(
      fc.property(
        randomValues().chain((v) =>
          fc.tuple(
            fc.constant(v),
            fc
              .array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
                minLength: v.length - 1,
                maxLength: v.length - 1,
              })
              .map((r) => [0, ...r])
          )
        ),
        ([v, w]) => {
          const both = shapleyBySumproduct(v.map((x, m) => x + w[m]));
          const apart = shapleyBySumproduct(v).map((x, i) => x + shapleyBySumproduct(w)[i]);
          both.forEach((x, i) => expect(Math.abs(x - apart[i])).toBeLessThanOrEqual(1e-6));
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("Shapley as weights × coalition values (what the workbook will compute with SUMPRODUCT)", () => {
  test("weights s!(n − s − 1)!/n! are the share of joining orders with exactly S before i", () => {
    for (let n = 1; n <= 5; n++) {
      const weights = shapleyWeights(n);
      for (let i = 0; i < n; i++) {
        for (let t = 1; t < 2 ** n; t++) {
          const members = [...Array(n).keys()].filter((j) => t & (1 << j));
          const others = members.filter((j) => j !== i);
          // T ∋ i: orders in which i's predecessors are T ∖ {i}; T ∌ i: orders with predecessors T.
          const expected = t & (1 << i) ? orderShare(others, i, n) : -orderShare(members, i, n);
          expect(weights[i][t]).toBeCloseTo(expected, 14);
        }
      }
    }
    expect(shapleyWeight(1, 3)).toBeCloseTo(1 / 6, 15);
    expect(shapleyWeight(0, 3)).toBeCloseTo(1 / 3, 15);
    expect(shapleyWeights(2)).toEqual([
      [0, 0.5, -0.5, 0.5],
      [0, -0.5, 0.5, 0.5],
    ]);
    expect(errorCode(() => shapleyWeight(3, 3))).toBe("#VALUE!");
    expect(errorCode(() => shapleyWeights(9))).toBe("#VALUE!");
  });
  test("SUMPRODUCT of the weights and the values equals PCBA.SHAPLEY (shapley.ts) for 1–8 partners", () => {
    expect(shapleyBySumproduct([0, 100, 50, 200])).toEqual([125, 75]);
    fc.assert(
      fc.property(randomValues(), (values) => {
        const ours = shapleyBySumproduct(values);
        const reference = shapley(values);
        // Same terms, summed in another order: equal to within rounding of the largest term.
        ours.forEach((x, i) => expect(Math.abs(x - reference[i])).toBeLessThanOrEqual(1e-8 * 1e6));
      }),
      { numRuns: 60 }
    );
  });
  test("on whole-number games that are multiples of n!, both are the same whole numbers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc
            .array(fc.integer({ min: -1000, max: 1000 }), {
              minLength: 2 ** n - 1,
              maxLength: 2 ** n - 1,
            })
            .map((r) => [0, ...r.map((x) => x * [1, 1, 2, 6, 24, 120, 720][n])])
        ),
        (values) => {
          const ours = shapleyBySumproduct(values).map(Math.round);
          const reference = shapley(values).map(Math.round);
          expect(ours).toEqual(reference);
          ours.forEach((x, i) =>
            expect(Math.abs(shapleyBySumproduct(values)[i] - x)).toBeLessThan(1e-6)
          );
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("the core check", () => {
  test("an empty core: the three-player majority game (any two of three share 1)", () => {
    // v(S) = 1 for two or more. The core needs x_i + x_j ≥ 1 for all three pairs, so
    // 2(x_1 + x_2 + x_3) ≥ 3, but only v(N) = 1 is shared: no split satisfies every pair.
    const g = gain([0, 0, 0, 1, 0, 1, 1, 1]);
    const emptiness = coreEmptiness(g);
    expect(emptiness.empty).toBe(true);
    expect(emptiness.gap).toBe(0.5);
    expect(emptiness.collection.map((b) => [b.label, b.weightText])).toEqual([
      ["Ashby + Brook", "1/2"],
      ["Ashby + Cole", "1/2"],
      ["Brook + Cole", "1/2"],
    ]);
    expect(emptiness.corePoint).toBeNull();
    // Shapley gives 1/3 each: every pair gets 2/3 and would do better alone by 1/3.
    const check = coreCheck(g, shapleyAllocation(g));
    expect(check.inCore).toBe(false);
    expect(check.efficient).toBe(true);
    expect(check.blocking.map((b) => b.label)).toEqual([
      "Ashby + Brook",
      "Ashby + Cole",
      "Brook + Cole",
    ]);
    check.blocking.forEach((b) => expect(b.betterOffAloneBy).toBeCloseTo(1 / 3, 12));
  });
  test("an empty core in a cost game: any pair can share a service for 1, all three need 1.6", () => {
    // The core needs x_i + x_j ≤ 1 for each pair, so 2Σx ≤ 3: at most 1.5 of the 1.6 can be charged.
    const g = cost([0, 1, 1, 1, 1, 1, 1, 1.6]);
    const emptiness = coreEmptiness(g);
    expect(emptiness.empty).toBe(true);
    expect(emptiness.gap).toBeCloseTo(0.1, 12);
    // Any efficient split is blocked: equal shares charge every pair 1.0667.
    const check = coreCheck(g, equalAllocation(g));
    expect(check.blocking.length).toBe(3);
    check.blocking.forEach((b) => expect(b.betterOffAloneBy).toBeCloseTo(3.2 / 3 - 1, 12));
  });
  test("a non-empty core the Shapley value lies outside, worked by hand", () => {
    // Gain game: Ashby + Brook make 33 together, either of them with Cole 18, all three 36,
    // anyone alone 0. Cole adds only 3 to Ashby + Brook, so in the core Cole gets at most 3
    // (x_A + x_B ≥ 33 and the total is 36); e.g. (16.5, 16.5, 3) satisfies every pair
    // (16.5 + 3 = 19.5 ≥ 18). But the Shapley value credits Cole for the pairs it can form:
    //   φ_Cole = 1/6 · 18 + 1/6 · 18 + 1/3 · (36 − 33) = 7,
    //   φ_Ashby = φ_Brook = 1/6 · 33 + 1/6 · 18 + 1/3 · (36 − 18) = 14.5,
    // so Ashby + Brook receive 29 and would be better off alone by 33 − 29 = 4.
    const g = gain([0, 0, 0, 33, 0, 18, 18, 36]);
    const phi = shapleyAllocation(g);
    [14.5, 14.5, 7].forEach((x, i) => expect(phi[i]).toBeCloseTo(x, 12));
    const check = coreCheck(g, phi);
    expect(check.inCore).toBe(false);
    expect(check.blocking.map((b) => [b.label, b.alone])).toEqual([["Ashby + Brook", 33]]);
    expect(check.blocking[0].betterOffAloneBy).toBeCloseTo(4, 12);
    expect(check.blocking[0].allocated).toBeCloseTo(29, 12);
    const emptiness = coreEmptiness(g);
    expect(emptiness.empty).toBe(false);
    expect(emptiness.gap).toBe(0);
    expect(coreCheck(g, emptiness.corePoint!).inCore).toBe(true);
    expect(coreCheck(g, [16.5, 16.5, 3]).inCore).toBe(true);
  });
  test("a core of one point (the glove game) is found exactly, with no tolerance deciding it", () => {
    // Ashby holds a left glove, Brook and Cole right gloves; a pair is worth 1. The core is
    // only (1, 0, 0): x_A + x_B ≥ 1 and x_A + x_C ≥ 1 with x_A + x_B + x_C = 1 leave the
    // holders of right gloves nothing. Shapley gives (2/3, 1/6, 1/6): both pairs block by 1/6.
    const g = gain([0, 0, 0, 1, 0, 1, 0, 1]);
    const emptiness = coreEmptiness(g);
    expect(emptiness.empty).toBe(false);
    expect(emptiness.gap).toBe(0);
    expect(emptiness.corePoint).toEqual([1, 0, 0]);
    const check = coreCheck(g, shapleyAllocation(g));
    expect(check.blocking.map((b) => b.label)).toEqual(["Ashby + Brook", "Ashby + Cole"]);
    check.blocking.forEach((b) => expect(b.betterOffAloneBy).toBeCloseTo(1 / 6, 12));
  });
  test("a convex game: the airport game (Littlechild & Owen 1973) has its Shapley value in the core", () => {
    // Runways of cost 1, 3 and 4: each group pays for the longest runway its members need.
    // Shapley: 1/3, 1/3 + 2/2 = 4/3, 4/3 + 1 = 7/3; e.g. the two smallest pay 5/3 ≤ 3.
    const g = cost([0, 1, 3, 3, 4, 4, 4, 4]);
    const phi = shapleyAllocation(g);
    [1 / 3, 4 / 3, 7 / 3].forEach((x, i) => expect(phi[i]).toBeCloseTo(x, 12));
    const check = coreCheck(g, phi);
    expect(check.inCore).toBe(true);
    expect(check.blocking).toEqual([]);
    expect(check.coalitions.find((k) => k.coalition === 3)!.allocated).toBeCloseTo(5 / 3, 12);
    expect(coreEmptiness(g).empty).toBe(false);
  });
  test("property: in convex games (positive sums of unanimity games) the Shapley value is in the core (Shapley 1971)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
              minLength: 2 ** n - 1,
              maxLength: 2 ** n - 1,
            })
          )
        ),
        ([n, dividends]) => {
          // v(S) = Σ_{T ⊆ S, T ≠ ∅} d_T with d_T ≥ 0: supermodular, so convex.
          const values = Array.from({ length: 2 ** n }, (_, s) => {
            let v = 0;
            for (let t = 1; t < 2 ** n; t++) if ((s & t) === t) v += dividends[t - 1];
            return v;
          });
          const g = gain(values, names(n));
          expect(coreCheck(g, shapleyAllocation(g)).inCore).toBe(true);
          expect(coreEmptiness(g).empty).toBe(false);
          // The same game as costs (c = −v is concave): still in the core.
          const c = cost(
            values.map((v) => -v),
            names(n)
          );
          expect(coreCheck(c, shapleyAllocation(c)).inCore).toBe(true);
        }
      ),
      { numRuns: 40 }
    );
  });
  test("property: the emptiness verdict carries a proof that checks, for 1–6 partners", () => {
    fc.assert(
      fc.property(
        randomValues(-100, 6).map((v) => v.map((x) => Math.round(x / 1e4))),
        fc.boolean(),
        (values, isCost) => {
          const n = Math.log2(values.length);
          const g: Game = { kind: isCost ? "cost" : "gain", partners: names(n), values };
          const e = coreEmptiness(g);
          // The collection is balanced: its weights cover each member exactly once.
          for (let i = 0; i < n; i++) {
            expect(
              sum(e.collection.filter((b) => b.coalition & (1 << i)).map((b) => b.weight))
            ).toBeCloseTo(1, 12);
          }
          const worth = sum(e.collection.map((b) => b.weight * values[b.coalition]));
          const total = values[values.length - 1];
          expect(isCost ? total - worth : worth - total).toBeCloseTo(e.gap, 9);
          if (e.empty) {
            // Then no allocation is in the core: each one is blocked by a group of the collection.
            const anyway = coreCheck(g, equalAllocation(g));
            expect(
              anyway.blocking.some((b) => e.collection.some((c) => c.coalition === b.coalition))
            ).toBe(true);
          } else {
            expect(coreCheck(g, e.corePoint!).inCore).toBe(true);
          }
        }
      ),
      { numRuns: 80 }
    );
  });
  test("property: three partners agree with the closed form (Bondareva's minimal balanced collections)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }),
        (rest) => {
          const c = [0, ...rest];
          // Cost game: the core is non-empty iff c(N) ≤ Σ c({i}), c(N) ≤ c({i}) + c(N ∖ {i}) for each i,
          // and 2c(N) ≤ c(AB) + c(AC) + c(BC).
          const [, a, b, ab, k, ak, bk, all] = c;
          const cheapest = Math.min(all, a + b + k, a + bk, b + ak, k + ab, (ab + ak + bk) / 2);
          const e = coreEmptiness(cost(c));
          expect(e.gap).toBe(all - cheapest);
          expect(e.empty).toBe(all > cheapest);
        }
      ),
      { numRuns: 200 }
    );
  });
  test("eight partners: the verdict's core point checks, and the core check lists all 254 proper coalitions", () => {
    const values = Array.from({ length: 256 }, (_, m) => (m ? Math.sqrt(m) * 10 + (m % 7) : 0));
    const g = cost(values, names(8));
    const e = coreEmptiness(g);
    if (!e.empty) expect(coreCheck(g, e.corePoint!).inCore).toBe(true);
    expect(coreCheck(g, shapleyAllocation(g)).coalitions.length).toBe(254);
  });
  test("an allocation that does not share v(N) is not in the core even if no group blocks", () => {
    const g = cost([0, 10, 30, 32], ["A", "B"]);
    const check = coreCheck(g, [5, 20]);
    expect(check.blocking).toEqual([]);
    expect(check.surplus).toBe(-7);
    expect(check.efficient).toBe(false);
    expect(check.inCore).toBe(false);
    expect(errorCode(() => coreCheck(g, [5]))).toBe("#VALUE!");
  });
});

describe("the VAT each member bears", () => {
  const g = cost([0, 1000, 500, 1300], ["A", "B"]);
  test("taxable: x · v · (1 − r), the same as vat.ts for each member", () => {
    const rows = memberVat(g, [800, 500], [0, 0.05], {
      route: "taxable",
      rate: 0.2,
      purchasesShare: 0.3,
    });
    expect(rows[0].vatBorne).toBeCloseTo(160, 10);
    expect(rows[1].vatBorne).toBeCloseTo(95, 10); // 500 · 0.2 · 0.95
    // vat.ts's worked example: a 20% cheaper service saves only 40 of 1,000 once VAT is charged.
    expect(rows[0].savingAfterVat).toBeCloseTo(40, 10);
    expect(rows[0].savingAfterVat).toBe(
      vatSharedServiceSaving({ inHouseCost: 1000, costBase: 800, vat: 0.2, purchases: 240 })
    );
    expect(rows[1].savingAfterVat).toBeCloseTo(-95, 10);
  });
  test("cost sharing exemption: the VAT on purchases, x · p · v, whatever the recovery", () => {
    const rows = memberVat(g, [800, 500], [0, 0.05], {
      route: "exempt",
      rate: 0.2,
      purchasesShare: 0.3,
    });
    expect(rows[0].vatBorne).toBeCloseTo(48, 10); // 240 · 0.2
    expect(rows[1].vatBorne).toBeCloseTo(30, 10); // 150 · 0.2
    expect(rows[1].costAfterVat).toBe(
      sharedServiceCost({
        inHouseCost: 500,
        costBase: 500,
        vat: 0.2,
        recovery: 0.05,
        route: "exempt",
        purchases: 150,
      })
    );
  });
  test("VAT group: x · p · v · (1 − r)", () => {
    const rows = memberVat(g, [800, 500], [0, 0.05], {
      route: "VAT_Group",
      rate: 0.2,
      purchasesShare: 0.3,
    });
    expect(rows[0].vatBorne).toBeCloseTo(48, 10);
    expect(rows[1].vatBorne).toBeCloseTo(28.5, 10); // 150 · 0.2 · 0.95
  });
  test("a gain game, a negative charge and bad rates are #VALUE!", () => {
    const vat = { route: "taxable", rate: 0.2, purchasesShare: 0.3 };
    expect(errorCode(() => memberVat(gain([0, 1, 1, 3], ["A", "B"]), [1, 2], [0, 0], vat))).toBe(
      "#VALUE!"
    );
    expect(errorCode(() => memberVat(g, [1400, -100], [0, 0], vat))).toBe("#VALUE!");
    expect(errorCode(() => memberVat(g, [800, 500], [0, 5], vat))).toBe("#VALUE!");
    expect(errorCode(() => memberVat(g, [800, 500], [0], vat))).toBe("#VALUE!");
    expect(errorCode(() => memberVat(g, [800, 500], [0, 0], { ...vat, route: "zero" }))).toBe(
      "#VALUE!"
    );
  });
});
