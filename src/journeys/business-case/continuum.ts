/**
 * What the pane knows about the partnership continuum (`docs/domain.md`, "The partnership
 * continuum"): the forms in order from loose to tight, which forms each purpose tends to
 * lead to, how much autonomy each keeps (an order, not a number: none is published), and
 * the savings sources from easiest to hardest.
 */
import type { Difficulty, PartnershipForm, Purpose, SavingsSource } from "./types";

/** Forms from stand-alone towards full merger, with the label users see. */
export const FORMS: readonly { id: PartnershipForm; label: string; autonomy: string }[] = [
  { id: "informal_collaboration", label: "Informal collaboration", autonomy: "Full" },
  {
    id: "procurement_consortium",
    label: "Procurement consortium / joint bidding",
    autonomy: "Most",
  },
  { id: "shared_service", label: "Shared service organisation", autonomy: "Much" },
  { id: "joint_venture", label: "Joint venture", autonomy: "Some" },
  { id: "group_structure", label: "Group structure", autonomy: "Little" },
  { id: "merger", label: "Full merger", autonomy: "None" },
];

export const formLabel = (id: PartnershipForm) => FORMS.find((f) => f.id === id)!.label;
export const autonomyKept = (id: PartnershipForm) => FORMS.find((f) => f.id === id)!.autonomy;

/** "Form follows function": the forms each purpose tends to lead to. */
export const SUGGESTED_FORMS: Record<Purpose, readonly PartnershipForm[]> = {
  buying: ["procurement_consortium", "shared_service"],
  selling: ["procurement_consortium", "joint_venture"],
  sharing_services: ["shared_service", "group_structure"],
  growing: ["group_structure", "merger"],
  diversifying: ["group_structure", "joint_venture"],
};

export const PURPOSES: readonly { id: Purpose; label: string }[] = [
  { id: "buying", label: "Buying together" },
  { id: "selling", label: "Selling or bidding together" },
  { id: "sharing_services", label: "Sharing services" },
  { id: "growing", label: "Growing" },
  { id: "diversifying", label: "Diversifying" },
];

/** Savings sources in a merger, easiest first, with the difficulty the pane suggests. */
export const SAVINGS_SOURCES: readonly {
  id: SavingsSource;
  label: string;
  difficulty: Difficulty;
}[] = [
  { id: "procurement", label: "External procurement", difficulty: "easy" },
  { id: "executive", label: "Executive team consolidation", difficulty: "moderate" },
  { id: "borrowing", label: "Borrowing costs (often rise instead)", difficulty: "hard" },
  { id: "operational_staff", label: "Operational staff restructuring", difficulty: "hard" },
  { id: "board", label: "Board restructuring", difficulty: "hard" },
  { id: "other", label: "Other", difficulty: "moderate" },
];

/** Whether a form triggers each barrier by default (the user can change it per option). */
export const FORM_BARRIERS: Record<PartnershipForm, { vat: boolean; loans: boolean }> = {
  informal_collaboration: { vat: false, loans: false },
  procurement_consortium: { vat: false, loans: false },
  shared_service: { vat: true, loans: false },
  joint_venture: { vat: true, loans: false },
  group_structure: { vat: true, loans: true },
  merger: { vat: false, loans: true },
};
