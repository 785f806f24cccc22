import fc from "fast-check";
import { shapley, partnerCount } from "../../src/model/shapley";
import { errorCode } from "../support/model";

/** Independent reference: the definition, averaging marginal contributions over every order of joining. */
function byPermutations(values: readonly number[], n: number): number[] {
  const shares = new Array<number>(n).fill(0);
  let orders = 0;
  const permute = (order: number[], rest: number[]) => {
    if (rest.length === 0) {
      orders++;
      let coalition = 0;
      for (const i of order) {
        shares[i] += values[coalition | (1 << i)] - values[coalition];
        coalition |= 1 << i;
      }
      return;
    }
    rest.forEach((i, k) => permute([...order, i], [...rest.slice(0, k), ...rest.slice(k + 1)]));
  };
  permute(
    [],
    Array.from({ length: n }, (_, i) => i)
  );
  return shares.map((s) => s / orders);
}

/** A game as coalition values from a function of the member set. */
function game(n: number, v: (members: number[]) => number): number[] {
  return Array.from({ length: 2 ** n }, (_, m) =>
    m === 0 ? 0 : v([...Array(n).keys()].filter((i) => m & (1 << i)))
  );
}

describe("SHAPLEY", () => {
  test("spec example: 100 and 50 alone, 200 together → 125 and 75", () => {
    expect(shapley([0, 100, 50, 200])).toEqual([125, 75]);
  });
  test("published reference: the airport game (Littlechild & Owen 1973), φ_i = Σ_{k≤i} (c_k − c_{k−1}) / (n − k + 1)", () => {
    const c = [1, 3, 4, 8, 9]; // runway costs, sorted
    const n = c.length;
    const values = game(n, (members) => -Math.max(...members.map((i) => c[i])));
    const expected = c.map((_, i) => {
      let s = 0;
      for (let k = 0; k <= i; k++) s += (c[k] - (k ? c[k - 1] : 0)) / (n - k);
      return -s;
    });
    shapley(values).forEach((x, i) => expect(x).toBeCloseTo(expected[i], 12));
  });
  test("agrees with the permutation definition on random games of 1–6 partners", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
                minLength: 2 ** n - 1,
                maxLength: 2 ** n - 1,
              })
            )
          ),
        ([n, rest]) => {
          const values = [0, ...rest];
          const ours = shapley(values);
          byPermutations(values, n).forEach((x, i) =>
            expect(Math.abs(ours[i] - x)).toBeLessThanOrEqual(1e-6)
          );
        }
      ),
      { numRuns: 60 }
    );
  });

  const randomGame = fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 2 ** n - 1,
          maxLength: 2 ** n - 1,
        })
      )
    );
  test("property: shares sum to the grand coalition's value (efficiency), up to 12 partners", () => {
    fc.assert(
      fc.property(randomGame, ([n, rest]) => {
        const values = [0, ...rest];
        const total = shapley(values).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - values[2 ** n - 1])).toBeLessThanOrEqual(
          1e-6 * Math.max(1, Math.abs(values[2 ** n - 1]))
        );
      }),
      { numRuns: 40 }
    );
  });
  test("property: symmetric partners get equal shares; a partner who adds nothing gets nothing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 9, maxLength: 9 }),
        (n, bySize) => {
          // v depends only on how many of partners 0 … n−2 are in: all of them are symmetric, and partner n−1 (a null player) adds nothing.
          const values = game(n, (members) => {
            const k = members.filter((i) => i < n - 1).length;
            return k === 0 ? 0 : bySize[k];
          });
          const shares = shapley(values);
          for (let i = 1; i < n - 1; i++) expect(shares[i]).toBeCloseTo(shares[0], 6);
          expect(shares[n - 1]).toBe(0);
        }
      )
    );
  });
  test("12 partners is exact and fast; 13, a length that is not a power of two, and a non-zero empty coalition are #VALUE!", () => {
    expect(partnerCount(4096)).toBe(12);
    expect(errorCode(() => shapley(new Array(8192).fill(0)))).toBe("#VALUE!");
    expect(errorCode(() => shapley([0, 1, 2]))).toBe("#VALUE!");
    expect(errorCode(() => shapley([0]))).toBe("#VALUE!");
    expect(errorCode(() => shapley([5, 1, 2, 3]))).toBe("#VALUE!");
  });
  test("one partner gets the whole value", () => {
    expect(shapley([0, 42])).toEqual([42]);
  });
});
