/**
 * Sharing a cost or a gain fairly between partners: the coalition table (what every group of
 * partners could do on its own), a table generated from a simple shared-service model, five
 * allocation rules, the VAT each member bears, and the core check (whether any group would
 * be better off on its own than under an allocation).
 *
 * Sources: L. S. Shapley, "A value for n-person games" (1953) for the Shapley value;
 * D. B. Gillies, "Solutions to general non-zero-sum games" (1959) for the core;
 * H. P. Young, "Cost allocation: methods, principles, applications" (1985), and
 * H. P. Young, "Producer incentives in cost allocation", Econometrica 53 (1985), for cost
 * games, their savings games and the proportional rules; L. S. Shapley, "Cores of convex
 * games" (1971): in a convex game the Shapley value lies in the core.
 *
 * Conventions. Partners are numbered 0 … n − 1 (n ≤ 8) and a coalition is a bit mask: entry m
 * of a table is the cost or value of the group whose members are the set bits of m, as
 * PCBA.SHAPLEY's `coalition_values` (`docs` function reference, SHAPLEY). Entry 0 is the
 * empty group (0) and entry 2^n − 1 the grand coalition N of all partners. A **cost game**
 * holds what each group would spend to do the thing itself, and an allocation is what each
 * member pays; a **gain game** holds what each group would earn or save, and an allocation is
 * what each member receives. Every allocation splits the grand coalition's cost or value.
 */
import { divisionByZero, finiteResult, invalidArgument } from "./errors";
import { minimumBalancedCost } from "./core-emptiness";
import { rationalToNumber } from "./rational";
import { shapley } from "./shapley";
import { sharedServiceCost, type VatRoute } from "./vat";
import { requireFinite, requireNonNegative, requireShare, shown } from "./validate";

/** Most partners in a sharing analysis: 2^8 = 256 coalitions, a table a user can fill in. */
export const MAX_SHARING_PARTNERS = 8;

/** Whether the table holds costs (members pay) or gains (members receive). */
export type GameKind = "cost" | "gain";
export const GAME_KINDS: readonly GameKind[] = ["cost", "gain"];

/** A coalition table as the user fills it in: some entries may still be missing (null). */
export interface CoalitionTable {
  readonly kind: GameKind;
  /** The partners' names, in bit order: partner i is bit 2^i. */
  readonly partners: readonly string[];
  /** 2^n entries; entry m is the cost or value of coalition m, null where not entered. */
  readonly values: readonly (number | null | undefined)[];
}

/** A complete coalition table: every coalition has a finite cost or value, entry 0 is 0. */
export interface Game {
  readonly kind: GameKind;
  readonly partners: readonly string[];
  readonly values: readonly number[];
}

/**
 * How close two amounts must be to count as equal: a billionth of the amount being split
 * (at least 1e−9), so an allocation typed to the penny of a £10m cost passes when its sum
 * differs from £10m only by floating-point rounding, and fails when a penny is missing.
 */
export function sharingTolerance(total: number): number {
  return SHARING_RELATIVE_TOLERANCE * Math.max(1, Math.abs(total));
}

/** The relative tolerance of {@link sharingTolerance}, for a workbook to write the same test. */
export const SHARING_RELATIVE_TOLERANCE = 1e-9;

/** The grand coalition's mask, 2^n − 1. */
export const grandCoalition = (n: number) => (1 << n) - 1;

/** The members of coalition `mask`, as partner numbers in increasing order. */
export function coalitionMembers(mask: number, n: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
  return members;
}

/** The number of members of coalition `mask`. */
export function coalitionSize(mask: number): number {
  let size = 0;
  for (let m = mask; m; m &= m - 1) size++;
  return size;
}

/**
 * A coalition named by its members: "Ashby + Cole"; "no one" for the empty coalition.
 *
 * @example coalitionLabel(5, ["Ashby", "Brook", "Cole"]) = "Ashby + Cole"
 */
export function coalitionLabel(mask: number, partners: readonly string[]): string {
  const names = coalitionMembers(mask, partners.length).map((i) => partners[i]);
  return names.length ? names.join(" + ") : "no one";
}

const valueWord = (kind: GameKind) => (kind === "cost" ? "cost" : "value");

/**
 * Everything that stops a coalition table from being used, as messages naming the partners:
 * a partner count outside 1 … 8, blank or repeated names, a table of the wrong length, a
 * non-zero empty coalition, and each coalition whose cost or value is missing, not a number
 * or (for costs) negative. Empty when the table is complete.
 *
 * @example coalitionTableProblems({ kind: "cost", partners: ["A", "B"], values: [0, 10, 20, null] })
 *   = ["The cost of A + B (coalition 3) is missing."]
 */
export function coalitionTableProblems(table: CoalitionTable): string[] {
  const { kind, partners, values } = table;
  const n = partners.length;
  const problems: string[] = [];
  if (n < 1 || n > MAX_SHARING_PARTNERS) {
    return [`A sharing analysis needs 1 to ${MAX_SHARING_PARTNERS} partners; got ${n}.`];
  }
  const seen = new Set<string>();
  partners.forEach((name, i) => {
    const key = String(name).trim().toLowerCase();
    if (!key) problems.push(`Partner ${i + 1} has no name.`);
    else if (seen.has(key)) problems.push(`Two partners are called "${name}".`);
    seen.add(key);
  });
  const size = 2 ** n;
  if (values.length !== size) {
    problems.push(
      `${n} partners have ${size} coalitions (including the empty one); the table has ${values.length} entries.`
    );
    return problems;
  }
  const empty = values[0];
  if (empty !== null && empty !== undefined && empty !== 0) {
    problems.push(
      `The empty coalition (no one) must have ${valueWord(kind)} 0; got ${shown(empty)}.`
    );
  }
  for (let m = 1; m < size; m++) {
    const v = values[m];
    const what = `The ${valueWord(kind)} of ${coalitionLabel(m, partners)} (coalition ${m})`;
    if (v === null || v === undefined) problems.push(`${what} is missing.`);
    else if (typeof v !== "number" || !Number.isFinite(v))
      problems.push(`${what} must be a number; got ${String(v)}.`);
    else if (kind === "cost" && v < 0)
      problems.push(`${what} cannot be negative; got ${shown(v)}.`);
  }
  return problems;
}

/** The coalitions whose cost or value is missing, as masks (the empty coalition never is). */
export function missingCoalitions(table: CoalitionTable): number[] {
  const missing: number[] = [];
  for (let m = 1; m < table.values.length; m++) {
    if (table.values[m] === null || table.values[m] === undefined) missing.push(m);
  }
  return missing;
}

/**
 * The table as a complete game, or `#VALUE!` listing every problem
 * ({@link coalitionTableProblems}).
 */
export function completeGame(table: CoalitionTable): Game {
  const problems = coalitionTableProblems(table);
  if (problems.length) throw invalidArgument(problems.join(" "));
  return {
    kind: table.kind,
    partners: [...table.partners],
    values: table.values.map((v, m) => (m === 0 ? 0 : (v as number))),
  };
}

// ---------------------------------------------------------------------------------------
// A coalition table from a simple shared-service model
// ---------------------------------------------------------------------------------------

/** A shared service: what each member spends alone and what a shared service would cost. */
export interface SharedServiceModel {
  /** What each member spends doing it on its own today (partner order). */
  readonly standAloneCosts: readonly number[];
  /** Each member's units of use (transactions, homes, referrals; partner order). */
  readonly units: readonly number[];
  /** The shared service's fixed cost for any group that sets one up. */
  readonly fixedCost: number;
  /** Cost per unit of use when every partner uses the service (at the full volume). */
  readonly costPerUnit: number;
  /**
   * Saving for scale r: each doubling of the units the service handles cuts its cost per
   * unit by r (0 ≤ r < 0.5). 0 means the cost per unit does not depend on volume.
   */
  readonly scaleSaving: number;
}

function requireScaleSaving(r: number): number {
  requireFinite(r, "scale_saving");
  if (r < 0 || r >= 0.5) {
    throw invalidArgument(
      `scale_saving is the cut in cost per unit for each doubling of volume, from 0 to below 0.5 (at 0.5 or more a bigger service would cost less in total than a smaller one); got ${shown(r)}.`
    );
  }
  return r;
}

/**
 * The cost-per-unit multiplier at a volume of `units` against the full volume `fullUnits`:
 * (units / full)^log2(1 − r), an experience curve (T. P. Wright, "Factors affecting the cost
 * of airplanes", 1936) in which each halving of the volume raises the cost per unit by
 * 1 / (1 − r). It is 1 at the full volume.
 *
 * @example scaleMultiplier(50, 100, 0.2) = 1.25: half the volume pays a quarter more per unit.
 */
export function scaleMultiplier(units: number, fullUnits: number, scaleSaving: number): number {
  requireNonNegative(units, "units");
  requireNonNegative(fullUnits, "full_units");
  const r = requireScaleSaving(scaleSaving);
  if (units <= 0 || fullUnits <= 0 || r === 0) return 1;
  return finiteResult((units / fullUnits) ** Math.log2(1 - r), "The cost-per-unit multiplier");
}

/**
 * What a shared service used by coalition S alone would cost:
 *   shared(S) = F + c · U(S) · (U(S) / U(N))^log2(1 − r),  shared(∅) = 0,
 * with F the fixed cost, c the cost per unit at the full volume U(N) of all partners' units,
 * U(S) the units of S's members and r the saving for scale ({@link scaleMultiplier}). The
 * variable part c · U(N) · (U(S)/U(N))^(1 + log2(1 − r)) rises with volume (its exponent is
 * above 0 because r < 0.5) but less than in proportion (the exponent is at most 1), so the
 * service costs more for more use and two groups never save by running two services.
 *
 * @example sharedCost(model, mask) with F = 100, c = 50, units [1, 1, 2], r = 0.2:
 *   shared({0, 1}) = 100 + 50 · 2 · 1.25 = 225; shared(all) = 100 + 50 · 4 = 300.
 */
export function sharedCost(model: SharedServiceModel, mask: number): number {
  if (mask === 0) return 0;
  const fullUnits = model.units.reduce((a, b) => a + b, 0);
  let units = 0;
  coalitionMembers(mask, model.units.length).forEach((i) => (units += model.units[i]));
  const r = requireScaleSaving(model.scaleSaving);
  // c · U(N) · (U(S)/U(N))^(1 + log2(1 − r)): the power is at most 1, so it cannot overflow
  // for a tiny volume the way the multiplier alone can.
  const variable =
    r === 0 || units <= 0 || fullUnits <= 0
      ? model.costPerUnit * units
      : model.costPerUnit * fullUnits * (units / fullUnits) ** (1 + Math.log2(1 - r));
  return finiteResult(model.fixedCost + variable, "The shared service's cost");
}

/** A coalition table generated from a {@link SharedServiceModel}. */
export interface ModelledCostTable {
  readonly table: Game;
  /** For each coalition, the members who use a shared service in its cheapest arrangement. */
  readonly arrangement: readonly number[];
  /** For each coalition, what a shared service of all its members would cost. */
  readonly sharedCosts: readonly number[];
}

/**
 * The cost game of a shared service: each coalition's cheapest arrangement, in which some of
 * its members (perhaps all, perhaps none) use a shared service of their own and the rest
 * carry on alone:
 *   c(S) = min over T ⊆ S of [ shared(T) + Σ_{i ∈ S∖T} s_i ],
 * with s_i member i's stand-alone cost and shared(T) from {@link sharedCost}. So
 * c(S) ≤ Σ_{i ∈ S} s_i (no group is made to share at a loss), c is monotone (a bigger group
 * never costs less) and subadditive (c(S ∪ T) ≤ c(S) + c(T) for disjoint S, T: one service
 * for both costs no more than two), as a cost game should be (Young 1985). Enumerating every
 * T ⊆ S for every S takes 3^n steps (6,561 for 8 partners).
 *
 * @example partners with s = [150, 120, 260], units [1, 1, 2], F = 100, c = 50, r = 0.2:
 *   c({2}) = min(260, 225) = 225 (the third member would buy the service on its own);
 *   c({0, 1}) = min(270, 225) = 225; c(all) = 300.
 * @throws `#VALUE!` for lists not one per partner, negative costs or units, or r outside [0, 0.5).
 */
export function coalitionCostsFromModel(
  partners: readonly string[],
  model: SharedServiceModel
): ModelledCostTable {
  const n = partners.length;
  if (n < 1 || n > MAX_SHARING_PARTNERS) {
    throw invalidArgument(
      `A sharing analysis needs 1 to ${MAX_SHARING_PARTNERS} partners; got ${n}.`
    );
  }
  for (const [list, name] of [
    [model.standAloneCosts, "stand_alone_costs"],
    [model.units, "units"],
  ] as const) {
    if (list.length !== n) {
      throw invalidArgument(`${name} must have one entry per partner (${n}); got ${list.length}.`);
    }
    list.forEach((x, i) => requireNonNegative(x, `${name} (${partners[i]})`));
  }
  requireNonNegative(model.fixedCost, "fixed_cost");
  requireNonNegative(model.costPerUnit, "cost_per_unit");
  requireScaleSaving(model.scaleSaving);

  const size = 2 ** n;
  const sharedCosts = Array.from({ length: size }, (_, m) => sharedCost(model, m));
  const alone = new Array<number>(size).fill(0);
  for (let m = 1; m < size; m++) {
    const low = m & -m;
    alone[m] = alone[m ^ low] + model.standAloneCosts[Math.log2(low)];
  }
  const values = new Array<number>(size).fill(0);
  const arrangement = new Array<number>(size).fill(0);
  for (let s = 1; s < size; s++) {
    // Submasks T of S from S itself down to ∅; on a tie the larger group (found first) stays.
    let best = Infinity;
    for (let t = s; ; t = (t - 1) & s) {
      const c = sharedCosts[t] + alone[s & ~t];
      if (c < best) {
        best = c;
        arrangement[s] = t;
      }
      if (t === 0) break;
    }
    values[s] = finiteResult(best, `The cost of ${coalitionLabel(s, partners)}`);
  }
  return { table: { kind: "cost", partners: [...partners], values }, arrangement, sharedCosts };
}

/**
 * The savings game of a cost game: what each coalition saves against its members each going
 * alone, v(S) = Σ_{i ∈ S} c({i}) − c(S) (Young 1985). The Shapley value is linear and gives
 * each member of the additive game Σ c({i}) its own c({i}), so a member's Shapley saving is
 * its stand-alone cost less its Shapley cost share: φ_i(v) = c({i}) − φ_i(c).
 *
 * @example savingsGame({ kind: "cost", partners: ["A", "B"], values: [0, 10, 20, 24] }).values
 *   = [0, 0, 0, 6]
 */
export function savingsGame(game: Game): Game {
  if (game.kind !== "cost") throw invalidArgument("savingsGame needs a cost game.");
  const n = game.partners.length;
  const values = game.values.map((c, m) => {
    let alone = 0;
    for (const i of coalitionMembers(m, n)) alone += game.values[1 << i];
    return m === 0 ? 0 : alone - c;
  });
  return { kind: "gain", partners: game.partners, values };
}

// ---------------------------------------------------------------------------------------
// Allocations
// ---------------------------------------------------------------------------------------

/** The allocation rules, in the order the journey shows them. */
export type AllocationRule = "shapley" | "use" | "equal" | "stand_alone" | "user";
export const ALLOCATION_RULES: readonly AllocationRule[] = [
  "shapley",
  "use",
  "equal",
  "stand_alone",
  "user",
];

/** A rule's name as a user reads it. */
export function allocationLabel(rule: AllocationRule, kind: GameKind): string {
  switch (rule) {
    case "shapley":
      return "Shapley value";
    case "use":
      return "In proportion to use";
    case "equal":
      return "Equal shares";
    case "stand_alone":
      return kind === "cost"
        ? "In proportion to stand-alone cost"
        : "In proportion to stand-alone value";
    case "user":
      return "Your allocation";
  }
}

const grandValue = (game: Game) => game.values[game.values.length - 1];

/**
 * Shapley value (Shapley 1953): each member's marginal cost or value averaged over every
 * order in which the partners could join,
 *   φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)),
 * from PCBA.SHAPLEY's model (`shapley.ts`). For a cost game it is each member's cost share.
 *
 * @example shapleyAllocation({ kind: "gain", partners: ["A", "B"], values: [0, 100, 50, 200] })
 *   = [125, 75]
 */
export function shapleyAllocation(game: Game): number[] {
  return shapley(game.values);
}

/**
 * Equal shares: x_i = v(N) / n.
 *
 * @example equalAllocation({ kind: "cost", partners: ["A", "B"], values: [0, 10, 20, 24] }) = [12, 12]
 */
export function equalAllocation(game: Game): number[] {
  const n = game.partners.length;
  return game.partners.map(() => grandValue(game) / n);
}

/**
 * Shares in proportion to weights: x_i = total · w_i / Σ_j w_j.
 *
 * @example proportionalAllocation(300, [1, 1, 2], "units of use") = [75, 75, 150]
 * @throws `#VALUE!` for a negative or non-finite weight, `#DIV/0!` when the weights sum to 0.
 */
export function proportionalAllocation(
  total: number,
  weights: readonly number[],
  name: string
): number[] {
  requireFinite(total, "total");
  weights.forEach((w, i) => requireNonNegative(w, `${name} (partner ${i + 1})`));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0)
    throw divisionByZero(`${name} add up to 0, so there is nothing to share in proportion to.`);
  return weights.map((w) => finiteResult((total * w) / sum, "A share"));
}

/**
 * In proportion to use: x_i = v(N) · u_i / Σ_j u_j, with u_i member i's units of use.
 *
 * @example useAllocation({ kind: "cost", partners: ["A", "B", "C"], values: [..., 300] }, [1, 1, 2])
 *   = [75, 75, 150]
 */
export function useAllocation(game: Game, units: readonly number[]): number[] {
  if (units.length !== game.partners.length) {
    throw invalidArgument(
      `units of use must have one entry per partner (${game.partners.length}); got ${units.length}.`
    );
  }
  units.forEach((u, i) => requireNonNegative(u, `units of use (${game.partners[i]})`));
  return proportionalAllocation(grandValue(game), units, "The units of use");
}

/**
 * In proportion to stand-alone cost (or, in a gain game, stand-alone value): the weights are
 * the one-member coalitions, x_i = v(N) · v({i}) / Σ_j v({j}) (Young 1985, "proportional to
 * stand-alone cost"). In a savings game every v({i}) is 0, and the rule is `#DIV/0!`.
 *
 * @example standAloneAllocation({ kind: "cost", partners: ["A", "B"], values: [0, 10, 30, 32] })
 *   = [8, 24]
 */
export function standAloneAllocation(game: Game): number[] {
  const singletons = game.partners.map((_, i) => game.values[1 << i]);
  const what = game.kind === "cost" ? "stand-alone cost" : "stand-alone value";
  singletons.forEach((v, i) => requireNonNegative(v, `The ${what} of ${game.partners[i]}`));
  return proportionalAllocation(grandValue(game), singletons, `The ${what}s`);
}

/**
 * What is wrong with an allocation the user typed: one finite amount per partner, adding up
 * to the grand coalition's cost or value (within {@link sharingTolerance}). Empty when it
 * may be used.
 *
 * @example userAllocationProblems(game with c(N) = 100, [33.33, 33.33, 33.33])
 *   = ["The amounts add up to 99.99, not the 100 to be shared (0.01 short)."]
 */
export function userAllocationProblems(
  game: Game,
  amounts: readonly (number | null | undefined)[]
): string[] {
  const { partners } = game;
  if (amounts.length !== partners.length) {
    return [
      `Your allocation needs one amount per partner (${partners.length}); got ${amounts.length}.`,
    ];
  }
  const problems: string[] = [];
  amounts.forEach((a, i) => {
    if (a === null || a === undefined) problems.push(`Your amount for ${partners[i]} is missing.`);
    else if (typeof a !== "number" || !Number.isFinite(a))
      problems.push(`Your amount for ${partners[i]} must be a number; got ${String(a)}.`);
  });
  if (problems.length) return problems;
  const total = grandValue(game);
  const sum = (amounts as number[]).reduce((a, b) => a + b, 0);
  const gap = sum - total;
  if (Math.abs(gap) > sharingTolerance(total)) {
    const by = Number(Math.abs(gap).toPrecision(10));
    problems.push(
      `The amounts add up to ${shown(sum)}, not the ${shown(total)} to be shared (${shown(by)} ${gap < 0 ? "short" : "too much"}).`
    );
  }
  return problems;
}

/** What a member pays or receives under an allocation, against going alone. */
export interface MemberShare {
  readonly partner: string;
  /** What the member pays (cost game) or receives (gain game). */
  readonly amount: number;
  /** amount / v(N); null when v(N) is 0. */
  readonly share: number | null;
  /** Its one-member coalition: its cost or value on its own, c({i}) or v({i}). */
  readonly alone: number;
  /**
   * How much better off it is than on its own: c({i}) − x_i in a cost game (its saving),
   * x_i − v({i}) in a gain game. Negative when it would do better alone.
   */
  readonly savingAgainstAlone: number;
}

/**
 * Each member's amount, share and saving against going alone under an allocation.
 *
 * @example memberShares(cost game with c({A}) = 10, [8, 24])[0].savingAgainstAlone = 2
 */
export function memberShares(game: Game, amounts: readonly number[]): MemberShare[] {
  const total = grandValue(game);
  return game.partners.map((partner, i) => {
    const alone = game.values[1 << i];
    const amount = amounts[i];
    return {
      partner,
      amount,
      share: total === 0 ? null : amount / total,
      alone,
      savingAgainstAlone: game.kind === "cost" ? alone - amount : amount - alone,
    };
  });
}

// ---------------------------------------------------------------------------------------
// VAT each member bears
// ---------------------------------------------------------------------------------------

/** How the shared service's charges are treated for VAT. */
export interface SharingVat {
  /** "taxable", "exempt" (cost sharing exemption) or "vat_group" (`vat.ts`). */
  readonly route: VatRoute | string;
  /** The standard VAT rate, e.g. 0.2. */
  readonly rate: number;
  /** The share of the shared service's cost that is bought in (VAT-able; not staff). */
  readonly purchasesShare: number;
}

/** A member's charge from the shared service and the VAT it cannot recover on it. */
export interface MemberVat {
  readonly partner: string;
  /** The member's ex-VAT charge: its allocated cost. */
  readonly charge: number;
  /** The member's VAT recovery rate. */
  readonly recovery: number;
  /** Irrecoverable VAT the member bears, by the service's route. */
  readonly vatBorne: number;
  /** charge + VAT borne. */
  readonly costAfterVat: number;
  /** Stand-alone cost − cost after VAT: negative when VAT wipes out the saving. */
  readonly savingAfterVat: number;
}

/**
 * The VAT each member bears on its charge x_i, by the shared service's route, with
 * `sharedServiceCost` of `vat.ts` (purchases = x_i · purchases_share):
 *   taxable: x_i · v · (1 − r_i);  exempt: x_i · p · v;  vat_group: x_i · p · v · (1 − r_i),
 * and its saving after VAT against its stand-alone cost c({i}) (what it spends today,
 * including any VAT it cannot recover).
 *
 * @example memberVat(game with c({A}) = 1000, [800], [0], { route: "taxable", rate: 0.2,
 *   purchasesShare: 0 }) → VAT borne 160, saving after VAT 40 (`vat.ts`, vatSharedServiceSaving).
 * @throws `#VALUE!` for a gain game, a negative charge, or rates outside 0 … 1.
 */
export function memberVat(
  game: Game,
  amounts: readonly number[],
  recoveryRates: readonly number[],
  vat: SharingVat
): MemberVat[] {
  if (game.kind !== "cost") {
    throw invalidArgument(
      "VAT applies to a shared service's charges: it needs a cost game, not a gain game."
    );
  }
  if (recoveryRates.length !== game.partners.length) {
    throw invalidArgument(
      `VAT recovery rates must have one entry per partner (${game.partners.length}); got ${recoveryRates.length}.`
    );
  }
  const purchasesShare = requireShare(vat.purchasesShare, "purchases_share");
  return game.partners.map((partner, i) => {
    const charge = amounts[i];
    if (charge < 0) {
      throw invalidArgument(
        `${partner}'s charge is ${shown(charge)}: VAT can only be worked out on a charge of 0 or more.`
      );
    }
    const recovery = requireShare(recoveryRates[i], `VAT recovery rate (${partner})`);
    const alone = game.values[1 << i];
    const costAfterVat = sharedServiceCost({
      inHouseCost: alone,
      costBase: charge,
      vat: vat.rate,
      recovery,
      route: vat.route,
      purchases: charge * purchasesShare,
    });
    return {
      partner,
      charge,
      recovery,
      vatBorne: costAfterVat - charge,
      costAfterVat,
      savingAfterVat: alone - costAfterVat,
    };
  });
}

// ---------------------------------------------------------------------------------------
// The core check
// ---------------------------------------------------------------------------------------

/** One coalition's test against an allocation. */
export interface CoalitionCheck {
  readonly coalition: number;
  readonly label: string;
  /** Its cost or value on its own, c(S) or v(S). */
  readonly alone: number;
  /** What the allocation gives its members together, Σ_{i ∈ S} x_i. */
  readonly allocated: number;
  /**
   * How much better off S would be on its own: Σ x_i − c(S) (cost game) or v(S) − Σ x_i
   * (gain game); at most 0 when S is content.
   */
  readonly betterOffAloneBy: number;
  /** True when S would be better off on its own (by more than the tolerance). */
  readonly blocks: boolean;
}

/** An allocation's core check. */
export interface CoreCheck {
  /** Every coalition except the empty one and the grand coalition, by mask. */
  readonly coalitions: readonly CoalitionCheck[];
  /** The coalitions that block, the largest margin first. */
  readonly blocking: readonly CoalitionCheck[];
  /** Σ x_i − v(N): 0 when the allocation shares exactly the grand coalition's cost or value. */
  readonly surplus: number;
  /** |surplus| within the tolerance. */
  readonly efficient: boolean;
  /** Efficient and no coalition blocks: the allocation is in the core (Gillies 1959). */
  readonly inCore: boolean;
}

/**
 * The core check (Gillies 1959): for every coalition S, whether it would be better off on
 * its own than under allocation x. In a cost game S blocks when Σ_{i ∈ S} x_i > c(S) (it
 * pays more than it would alone); in a gain game when Σ_{i ∈ S} x_i < v(S). An allocation is
 * in the core when it shares exactly v(N) and no coalition blocks. Comparisons allow
 * {@link sharingTolerance} of v(N), so rounding never makes a group block.
 *
 * @example coreCheck(glove game [0, 0, 0, 1, 0, 1, 0, 1], Shapley [2/3, 1/6, 1/6]): {0, 1}
 *   and {0, 2} block by 1/6 each (see the tests).
 */
export function coreCheck(game: Game, amounts: readonly number[]): CoreCheck {
  const n = game.partners.length;
  if (amounts.length !== n) {
    throw invalidArgument(
      `An allocation needs one amount per partner (${n}); got ${amounts.length}.`
    );
  }
  amounts.forEach((a, i) => requireFinite(a, `The amount for ${game.partners[i]}`));
  const total = grandValue(game);
  const tolerance = sharingTolerance(total);
  const sign = game.kind === "cost" ? 1 : -1;
  const coalitions: CoalitionCheck[] = [];
  for (let m = 1; m < grandCoalition(n); m++) {
    let allocated = 0;
    for (const i of coalitionMembers(m, n)) allocated += amounts[i];
    const betterOffAloneBy = sign * (allocated - game.values[m]);
    coalitions.push({
      coalition: m,
      label: coalitionLabel(m, game.partners),
      alone: game.values[m],
      allocated,
      betterOffAloneBy,
      blocks: betterOffAloneBy > tolerance,
    });
  }
  const surplus = amounts.reduce((a, b) => a + b, 0) - total;
  const efficient = Math.abs(surplus) <= tolerance;
  const blocking = coalitions
    .filter((c) => c.blocks)
    .sort((a, b) => b.betterOffAloneBy - a.betterOffAloneBy || a.coalition - b.coalition);
  return { coalitions, blocking, surplus, efficient, inCore: efficient && blocking.length === 0 };
}

/** Whether any allocation satisfies every coalition, with the proof either way. */
export interface CoreEmptiness {
  readonly empty: boolean;
  /**
   * How far the grand coalition falls short of satisfying every group: for a cost game
   * c(N) − min Σ λ_S c(S), for a gain game max Σ λ_S v(S) − v(N), over balanced
   * collections λ. 0 when the core is not empty.
   */
  readonly gap: number;
  /** The balanced collection that decides it: groups covering every member once, weighted. */
  readonly collection: readonly {
    readonly coalition: number;
    readonly label: string;
    readonly weight: number;
    readonly weightText: string;
  }[];
  /** An allocation in the core when there is one, else null. */
  readonly corePoint: readonly number[] | null;
}

/**
 * Whether the game's core is empty (Bondareva 1963; Shapley 1967), decided exactly by the
 * cheapest balanced collection (`core-emptiness.ts`): a cost game's core is empty when some
 * groups covering every member exactly once (with weights λ_S, Σ_{S ∋ i} λ_S = 1) cost less
 * in all, Σ λ_S c(S), than c(N); a gain game's when they are worth more than v(N). Then
 * whatever the split, one of those groups is better off on its own. A gap within
 * {@link sharingTolerance} counts as none, as typed decimals are not exact.
 *
 * @example coreEmptiness(three-player majority game, v = 1 for two or more).gap = 0.5: the
 *   three pairs at weight 1/2 are worth 1.5 against v(N) = 1, so the core is empty.
 */
export function coreEmptiness(game: Game): CoreEmptiness {
  const sign = game.kind === "cost" ? 1 : -1;
  const result = minimumBalancedCost(game.values.map((v) => sign * v));
  // With costs sign · v, the gap c(N) − min is max Σ λ_S v(S) − v(N) for a gain game.
  const gap = rationalToNumber(result.gapExact);
  const empty = gap > sharingTolerance(grandValue(game));
  return {
    empty,
    gap,
    collection: result.collection.map((b) => ({
      ...b,
      label: coalitionLabel(b.coalition, game.partners),
    })),
    corePoint: empty ? null : result.multipliers.map((y) => sign * y + 0), // + 0: no −0
  };
}

// ---------------------------------------------------------------------------------------
// Shapley as weights × coalition values, for a workbook to reproduce with SUMPRODUCT
// ---------------------------------------------------------------------------------------

function factorial(k: number): number {
  let f = 1;
  for (let j = 2; j <= k; j++) f *= j;
  return f;
}

/**
 * The Shapley weight of a coalition of `size` others joined by one more member, of n:
 * s! (n − s − 1)! / n!, the share of the n! joining orders in which exactly those s came
 * first (Shapley 1953). In Excel: =FACT(s)*FACT(n-s-1)/FACT(n).
 *
 * @example shapleyWeight(1, 3) = 1/6; shapleyWeight(0, 3) = 1/3
 * @throws `#VALUE!` unless 0 ≤ size < n ≤ 8 are whole numbers.
 */
export function shapleyWeight(size: number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARING_PARTNERS) {
    throw invalidArgument(
      `n must be a whole number from 1 to ${MAX_SHARING_PARTNERS}; got ${shown(n)}.`
    );
  }
  if (!Number.isInteger(size) || size < 0 || size >= n) {
    throw invalidArgument(`size must be a whole number from 0 to ${n - 1}; got ${shown(size)}.`);
  }
  return (factorial(size) * factorial(n - size - 1)) / factorial(n);
}

/**
 * The signed weight a_{iT} of coalition T's value in member i's Shapley value, so that
 *   φ_i = Σ_T a_{iT} · v(T)  (a SUMPRODUCT of a weight column and the coalition values):
 *   a_{iT} = (|T| − 1)! (n − |T|)! / n!   if i ∈ T   (T = S ∪ {i}, entering with weight w(|S|)),
 *   a_{iT} = −|T|! (n − |T| − 1)! / n!    if i ∉ T   (T = S, left with weight w(|S|)).
 * It regroups Shapley's sum of weighted marginal contributions by coalition. In Excel, with
 * the member's 0/1 column `in` and the coalition's size `s`:
 *   =IF(in, FACT(s-1)*FACT(n-s)/FACT(n), -FACT(s)*FACT(n-s-1)/FACT(n)), and 0 for T = ∅.
 * The empty coalition's weight is irrelevant (v(∅) = 0) and given as 0.
 *
 * @example shapleyWeights(2) = [[0, 1/2, -1/2, 1/2], [0, -1/2, 1/2, 1/2]]: with
 *   v = [0, 100, 50, 200], φ_A = 100/2 − 50/2 + 200/2 = 125.
 * @returns weights[i][T] for member i and coalition mask T.
 */
export function shapleyWeights(n: number): number[][] {
  shapleyWeight(0, n);
  const size = 2 ** n;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: size }, (_, t) => {
      if (t === 0) return 0;
      const s = coalitionSize(t);
      return t & (1 << i) ? shapleyWeight(s - 1, n) : -shapleyWeight(s, n);
    })
  );
}

/**
 * The Shapley value as the workbook computes it: φ_i = SUMPRODUCT(weights_i, values)
 * ({@link shapleyWeights}); the same figures as {@link shapleyAllocation} up to the order of
 * floating-point additions.
 *
 * @example shapleyBySumproduct([0, 100, 50, 200]) = [125, 75]
 */
export function shapleyBySumproduct(values: readonly number[]): number[] {
  const n = Math.round(Math.log2(Math.max(1, values.length)));
  if (values.length < 2 || 2 ** n !== values.length) {
    throw invalidArgument(`The coalition table must have 2^n entries; got ${values.length}.`);
  }
  values.forEach((v, m) => requireFinite(v, `coalition value ${m}`));
  return shapleyWeights(n).map((row, i) =>
    finiteResult(
      row.reduce((sum, a, t) => sum + a * values[t], 0),
      `Partner ${i + 1}'s share`
    )
  );
}

/**
 * Each coalition's members as 0/1 flags (membership[T][i] = 1 when partner i is in T), the
 * columns a workbook needs for SUMPRODUCT core checks (Σ_{i ∈ T} x_i = SUMPRODUCT(row, x)).
 *
 * @example coalitionMembership(2) = [[0, 0], [1, 0], [0, 1], [1, 1]]
 */
export function coalitionMembership(n: number): number[][] {
  shapleyWeight(0, n);
  return Array.from({ length: 2 ** n }, (_, t) =>
    Array.from({ length: n }, (_, i) => (t & (1 << i) ? 1 : 0))
  );
}
