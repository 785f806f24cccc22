/**
 * A sharing analysis as a plain object: the JSON shape of `examples/sharing-*.json`, checked
 * by `sharing.schema.json` and the rules in `./validate.ts`.
 */
import type { GameKind } from "../../model/sharing";
import type { VatRoute } from "../../model/vat";

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
