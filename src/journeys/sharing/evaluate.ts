/**
 * A sharing analysis's evaluation (the analysis is `./types.ts`, its checks `./validate.ts`;
 * the game theory is `src/model/sharing.ts`): the coalition table, the five allocations side by side with each member's saving, VAT and the
 * core check, and whether any allocation can satisfy every group.
 *
 * The evaluation never throws for incomplete or inconsistent figures: missing coalitions, a
 * typed allocation that does not add up, a rule with nothing to be proportional to, are
 * problems listed with the part they belong to, as the journey shows them on screen.
 */
import { ModelError } from "../../model/errors";
import {
  ALLOCATION_RULES,
  allocationLabel,
  coalitionCostsFromModel,
  coalitionTableProblems,
  completeGame,
  coreCheck,
  coreEmptiness,
  equalAllocation,
  grandCoalition,
  memberShares,
  memberVat,
  shapleyAllocation,
  shapleyWeights,
  standAloneAllocation,
  useAllocation,
  userAllocationProblems,
  type AllocationRule,
  type CoalitionTable,
  type CoreCheck,
  type CoreEmptiness,
  type Game,
  type MemberShare,
  type MemberVat,
} from "../../model/sharing";
import type { SharingAnalysis } from "./types";

const key = (name: string) => name.trim().toLowerCase();

/** The analysis's coalition table, with the cheapest arrangements when modelled. */
export interface SharingTable {
  readonly table: CoalitionTable;
  /** For each coalition, the members who use a shared service (model only). */
  readonly arrangement: readonly number[] | null;
  /** What stops the table from being used: missing coalitions, bad model inputs. */
  readonly problems: readonly string[];
}

const messageOf = (e: unknown): string => {
  if (e instanceof ModelError) return e.message;
  throw e;
};

/**
 * The coalition table an analysis describes: entered coalitions placed by bit mask (partner
 * i is bit 2^i, in partner order), or generated from the simple model.
 */
export function sharingTable(a: SharingAnalysis): SharingTable {
  const partners = a.partners.map((p) => p.name);
  const n = partners.length;
  if (a.coalitions.source === "model") {
    const model = a.coalitions;
    const empty = new Array<number | null>(2 ** n).fill(null);
    empty[0] = 0;
    const blank: CoalitionTable = { kind: a.kind, partners, values: empty };
    const missing = a.partners
      .filter((p) => p.standAloneCost === undefined || p.units === undefined)
      .map((p) => p.name);
    if (missing.length) {
      return {
        table: blank,
        arrangement: null,
        problems: [
          `The model needs every partner's stand-alone cost and units; missing for ${missing.join(", ")}.`,
        ],
      };
    }
    try {
      const result = coalitionCostsFromModel(partners, {
        standAloneCosts: a.partners.map((p) => p.standAloneCost ?? NaN),
        units: a.partners.map((p) => p.units ?? NaN),
        fixedCost: model.fixedCost,
        costPerUnit: model.costPerUnit,
        scaleSaving: model.scaleSaving,
      });
      return { table: result.table, arrangement: result.arrangement, problems: [] };
    } catch (e) {
      return { table: blank, arrangement: null, problems: [messageOf(e)] };
    }
  }
  const index = new Map(partners.map((name, i) => [key(name), i]));
  const values = new Array<number | null>(2 ** Math.min(n, 8)).fill(null);
  values[0] = 0;
  for (const c of a.coalitions.coalitions) {
    let mask = 0;
    for (const name of c.members) mask |= 1 << (index.get(key(name)) ?? 30);
    if (mask > 0 && mask < values.length && values[mask] === null) values[mask] = c.value;
  }
  const table: CoalitionTable = { kind: a.kind, partners, values };
  return { table, arrangement: null, problems: coalitionTableProblems(table) };
}

/** One allocation rule's result. */
export interface AllocationResult {
  readonly rule: AllocationRule;
  readonly label: string;
  /** What each member pays or receives, or null when the rule cannot be applied. */
  readonly amounts: readonly number[] | null;
  /** Why the rule cannot be applied, or what is wrong with the typed allocation. */
  readonly problems: readonly string[];
  readonly members: readonly MemberShare[] | null;
  /** VAT per member, for a cost game with a VAT route; null otherwise. */
  readonly vat: readonly MemberVat[] | null;
  readonly core: CoreCheck | null;
}

/** Everything the journey shows and the workbook reproduces. */
export interface SharingEvaluation {
  readonly table: CoalitionTable;
  readonly arrangement: readonly number[] | null;
  /** Problems with the coalition table; when any, there is no game and no allocation. */
  readonly problems: readonly string[];
  readonly game: Game | null;
  readonly allocations: readonly AllocationResult[];
  /** Whether any allocation satisfies every group, with the proof. */
  readonly emptiness: CoreEmptiness | null;
  /** Signed Shapley weights per member and coalition (`sharing.ts`, shapleyWeights). */
  readonly shapleyWeights: readonly (readonly number[])[] | null;
}

function ruleAmounts(a: SharingAnalysis, game: Game, rule: AllocationRule): number[] {
  switch (rule) {
    case "shapley":
      return shapleyAllocation(game);
    case "equal":
      return equalAllocation(game);
    case "stand_alone":
      return standAloneAllocation(game);
    case "use":
      return useAllocation(
        game,
        a.partners.map((p) => p.units ?? NaN)
      );
    case "user":
      return [...(a.userAllocation?.amounts ?? [])];
  }
}

function allocationResult(a: SharingAnalysis, game: Game, rule: AllocationRule): AllocationResult {
  const label =
    rule === "user" && a.userAllocation ? a.userAllocation.label : allocationLabel(rule, game.kind);
  const none = { rule, label, amounts: null, members: null, vat: null, core: null };
  if (rule === "user" && !a.userAllocation) {
    return { ...none, problems: ["No allocation has been typed."] };
  }
  if (rule === "use") {
    const missing = a.partners.filter((p) => p.units === undefined).map((p) => p.name);
    if (missing.length) {
      return {
        ...none,
        problems: [
          `Sharing in proportion to use needs every partner's units of use; missing for ${missing.join(", ")}.`,
        ],
      };
    }
  }
  let amounts: number[];
  try {
    amounts = ruleAmounts(a, game, rule);
  } catch (e) {
    return { ...none, problems: [messageOf(e)] };
  }
  const problems = rule === "user" ? userAllocationProblems(game, amounts) : [];
  if (amounts.length !== game.partners.length || amounts.some((x) => !Number.isFinite(x))) {
    return { ...none, problems };
  }
  let vat: MemberVat[] | null = null;
  if (a.vat && game.kind === "cost") {
    try {
      vat = memberVat(
        game,
        amounts,
        a.partners.map((p) => p.vatRecovery),
        a.vat
      );
    } catch (e) {
      problems.push(messageOf(e));
    }
  }
  return {
    rule,
    label,
    amounts,
    problems,
    members: memberShares(game, amounts),
    vat,
    core: coreCheck(game, amounts),
  };
}

/**
 * The whole analysis: the table and its problems; when complete, the five allocations
 * (Shapley, in proportion to use, equal shares, in proportion to stand-alone cost or value,
 * and the typed one), each with every member's amount, saving against going alone, VAT and
 * the core check; whether the core is empty; and the Shapley weights for the workbook.
 *
 * @example evaluateSharing(back-office example).allocations[0].amounts → each association's
 *   Shapley share of the shared service's cost (see the tests).
 */
export function evaluateSharing(a: SharingAnalysis): SharingEvaluation {
  const { table, arrangement, problems } = sharingTable(a);
  if (problems.length) {
    return {
      table,
      arrangement,
      problems,
      game: null,
      allocations: [],
      emptiness: null,
      shapleyWeights: null,
    };
  }
  const game = completeGame(table);
  return {
    table,
    arrangement,
    problems,
    game,
    allocations: ALLOCATION_RULES.map((rule) => allocationResult(a, game, rule)),
    emptiness: coreEmptiness(game),
    shapleyWeights: shapleyWeights(game.partners.length),
  };
}

/**
 * A sentence on whether the core is empty, for the journey and the workbook's notes.
 *
 * @example coreSummary(majority game) = "No split satisfies every group: Ashby + Brook
 *   (weight 1/2), Ashby + Cole (weight 1/2) and Brook + Cole (weight 1/2) cover every partner
 *   once and could make 1.5 on their own, against 1 for all together (0.5 more). Whatever the
 *   split, one of them gets less than on its own."
 */
export function coreSummary(game: Game, emptiness: CoreEmptiness): string {
  const total = game.values[grandCoalition(game.partners.length)];
  if (!emptiness.empty) {
    return "At least one split satisfies every group: no group need be better off on its own.";
  }
  const groups = emptiness.collection.map((b) => `${b.label} (weight ${b.weightText})`);
  const list =
    groups.length > 1
      ? `${groups.slice(0, -1).join(", ")} and ${groups[groups.length - 1]}`
      : groups[0];
  const worth = emptiness.collection.reduce((s, b) => s + b.weight * game.values[b.coalition], 0);
  const round = (x: number) => Number(x.toPrecision(10));
  return game.kind === "cost"
    ? `No split satisfies every group: ${list} cover every partner once and would cost ${round(worth)} on their own, against ${round(total)} for all together (${round(emptiness.gap)} less). Whatever the split, one of them pays more than on its own.`
    : `No split satisfies every group: ${list} cover every partner once and could make ${round(worth)} on their own, against ${round(total)} for all together (${round(emptiness.gap)} more). Whatever the split, one of them gets less than on its own.`;
}
