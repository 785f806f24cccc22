/**
 * A sharing analysis as a plain object (the JSON shape of `examples/sharing-*.json`, checked
 * by `sharing.schema.json`), the rules the schema cannot say, and its evaluation: the
 * coalition table, the five allocations side by side with each member's saving, VAT and the
 * core check, and whether any allocation can satisfy every group.
 *
 * The evaluation never throws for incomplete or inconsistent figures: missing coalitions, a
 * typed allocation that does not add up, a rule with nothing to be proportional to, are
 * problems listed with the part they belong to, as the journey shows them on screen.
 */
import { ModelError } from "./errors";
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
  type GameKind,
  type MemberShare,
  type MemberVat,
} from "./sharing";
import type { VatRoute } from "./vat";

/** What is being split. */
export type SharingSubject =
  "running_cost" | "set_up_cost" | "savings" | "pbr_income" | "social_value" | "other";

/** The kind of game each subject is: costs are paid, savings and incomes received. */
export const SUBJECT_KIND: Readonly<Record<SharingSubject, GameKind | null>> = {
  running_cost: "cost",
  set_up_cost: "cost",
  savings: "gain",
  pbr_income: "gain",
  social_value: "gain",
  other: null,
};

/** One partner. */
export interface SharingPartner {
  readonly name: string;
  /** e.g. housing association, charity, college. */
  readonly type: string;
  /** Share of the VAT charged to it that it recovers (0.05 = 5%). */
  readonly vatRecovery: number;
  /** Its units of use (homes, transactions, referrals): for "in proportion to use" and the model. */
  readonly units?: number;
  /** What it spends doing it on its own: needed when the table is generated from the model. */
  readonly standAloneCost?: number;
}

/** One coalition's cost or value, entered directly. */
export interface EnteredCoalition {
  /** The members' names, in any order. */
  readonly members: readonly string[];
  readonly value: number;
}

/** Every coalition's cost or value, typed in. */
export interface EnteredCoalitions {
  readonly source: "entered";
  readonly coalitions: readonly EnteredCoalition[];
}

/** Coalition costs from the simple shared-service model (`sharing.ts`, coalitionCostsFromModel). */
export interface ModelledCoalitions {
  readonly source: "model";
  readonly fixedCost: number;
  /** Cost per unit of use at the full volume of all partners. */
  readonly costPerUnit: number;
  /** Cut in the cost per unit for each doubling of volume, 0 ≤ r < 0.5. */
  readonly scaleSaving: number;
}

/** The VAT treatment of the shared service's charges. */
export interface SharingVatInput {
  readonly route: VatRoute;
  readonly rate: number;
  readonly purchasesShare: number;
}

/** A sharing analysis, as the journey fills it in and `examples/sharing-*.json` hold it. */
export interface SharingAnalysis {
  readonly schemaVersion: 1;
  readonly title: string;
  /** Where the figures come from; say when they are illustrative. */
  readonly description?: string;
  readonly kind: GameKind;
  readonly subject: SharingSubject;
  /** What one unit of use is, e.g. "homes managed". */
  readonly useMeasure?: string;
  readonly partners: readonly SharingPartner[];
  readonly coalitions: EnteredCoalitions | ModelledCoalitions;
  /** For a shared service's costs: how its charges bear VAT. */
  readonly vat?: SharingVatInput;
  /** An allocation the partners propose, one amount per partner in partner order. */
  readonly userAllocation?: { readonly label: string; readonly amounts: readonly number[] };
}

const key = (name: string) => name.trim().toLowerCase();

/**
 * The rules the schema cannot say, as messages with the path at fault: unique partner
 * names; entered coalitions naming known partners, each once, with no coalition entered
 * twice; the model only for costs, with every partner's stand-alone cost and units; VAT only
 * for costs; a subject that matches the kind; one typed amount per partner. Missing
 * coalitions are not here: they are the evaluation's problems (a table may be half filled).
 */
export function sharingCrossChecks(a: SharingAnalysis): string[] {
  const problems: string[] = [];
  const index = new Map<string, number>();
  a.partners.forEach((p, i) => {
    if (index.has(key(p.name))) problems.push(`/partners/${i}/name "${p.name}" is used twice`);
    else index.set(key(p.name), i);
  });
  const expected = SUBJECT_KIND[a.subject];
  if (expected && expected !== a.kind) {
    problems.push(`/kind "${a.kind}" does not fit /subject "${a.subject}", which is a ${expected}`);
  }
  if (a.coalitions.source === "entered") {
    const seen = new Map<number, number>();
    a.coalitions.coalitions.forEach((c, j) => {
      let mask = 0;
      c.members.forEach((name, k) => {
        const i = index.get(key(name));
        if (i === undefined) {
          problems.push(`/coalitions/coalitions/${j}/members/${k} "${name}" is not a partner`);
        } else if (mask & (1 << i)) {
          problems.push(`/coalitions/coalitions/${j}/members/${k} "${name}" is listed twice`);
        } else mask |= 1 << i;
      });
      const before = seen.get(mask);
      if (before !== undefined) {
        problems.push(
          `/coalitions/coalitions/${j} repeats coalition ${before + 1} (${c.members.join(" + ")})`
        );
      } else if (mask) seen.set(mask, j);
    });
  } else {
    if (a.kind !== "cost") {
      problems.push('/coalitions the shared-service model gives costs: it needs /kind "cost"');
    }
    a.partners.forEach((p, i) => {
      if (p.standAloneCost === undefined) {
        problems.push(`/partners/${i} (${p.name}) needs standAloneCost for the model`);
      }
      if (p.units === undefined) {
        problems.push(`/partners/${i} (${p.name}) needs units for the model`);
      }
    });
  }
  if (a.vat && a.kind !== "cost") {
    problems.push('/vat applies to a shared service\'s charges: it needs /kind "cost"');
  }
  if (a.userAllocation && a.userAllocation.amounts.length !== a.partners.length) {
    problems.push(
      `/userAllocation/amounts needs one amount per partner (${a.partners.length}); got ${a.userAllocation.amounts.length}`
    );
  }
  return problems;
}

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
