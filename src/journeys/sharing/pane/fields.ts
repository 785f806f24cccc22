/**
 * Sharing costs or gains: its fields' labels and units in one table, bounds from
 * sharing.schema.json, and the words its messages use ("Step 1 · Partner 2: the VAT it
 * recovers must be 100% or less"). The steps spread these into their fields rather than
 * repeating labels and bounds in JSX.
 */
import schema from "../sharing.schema.json";
import { fieldTable, placedBy } from "../../../taskpane/field-table";
import type { FieldPlace } from "../../../taskpane/words";
import { sharing } from "..";
import { SUBJECT_KIND, type SharingAnalysis, type SharingSubject } from "../types";
import { coalitionLabel, type GameKind } from "../../../model/sharing";

export const SHARING_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    subject: { step: 0 },
    kind: { step: 0 },
    useMeasure: { step: 0 },
    vat: { step: 0 },
    partners: { step: 0, item: "Partner" },
    coalitions: { step: 1 },
    userAllocation: { step: 2 },
  },
  {
    // Step 1: partners and what is shared
    title: { path: "title", label: "Title", blank: "enter a title" },
    subject: { path: "subject", label: "What is being shared" },
    kind: { path: "kind", label: "Is it a cost or a gain?" },
    useMeasure: {
      path: "useMeasure",
      label: "Unit of use (what is counted for sharing in proportion to use)",
    },
    name: { path: "partners/*/name", label: "Name", blank: "enter a name" },
    type: { path: "partners/*/type", label: "Type (housing association, charity, college)" },
    vatRecovery: { path: "partners/*/vatRecovery", label: "VAT it recovers", unit: "percent" },
    // The field adds the unit of use to its label ("Units of use (homes)"); messages say this.
    units: { path: "partners/*/units", label: "Units of use", unit: "count" },
    standAloneCost: {
      path: "partners/*/standAloneCost",
      label: "What it spends doing it on its own (a year)",
      unit: "£",
    },
    vatRoute: { path: "vat/route", label: "VAT on the shared service's charges" },
    vatRate: { path: "vat/rate", label: "VAT rate", unit: "percent" },
    purchasesShare: {
      path: "vat/purchasesShare",
      label: "Share of the service's cost bought in (bears VAT)",
      unit: "percent",
    },
    // Step 2: what each group could do alone
    source: { path: "coalitions/source", label: "Where each group's cost comes from" },
    fixedCost: {
      path: "coalitions/fixedCost",
      label: "Fixed cost of a shared service (a year)",
      unit: "£",
    },
    costPerUnit: {
      path: "coalitions/costPerUnit",
      label: "Cost per unit of use when every partner uses it",
      unit: "£",
    },
    scaleSaving: {
      path: "coalitions/scaleSaving",
      label: "Cut in cost per unit for each doubling of volume",
      unit: "percent",
    },
    // Step 3: allocations
    allocationName: {
      path: "userAllocation/label",
      label: "Your allocation's name (leave blank for none)",
    },
  }
);

export const SHARING_FIELDS = SHARING_TABLE.fields;

/** The units-of-use field's label, with the unit of use when one is named ("Units of use (homes)"). */
export const unitsLabel = (useMeasure: string | undefined): string =>
  `${SHARING_FIELDS.units.label}${useMeasure ? ` (${useMeasure})` : ""}`;

/** What can be shared, as step 1's drop-down says it. */
export const SUBJECTS: readonly { readonly id: SharingSubject; readonly label: string }[] = [
  { id: "running_cost", label: "The running cost of a shared service" },
  { id: "set_up_cost", label: "A set-up cost" },
  { id: "savings", label: "Savings made together" },
  { id: "pbr_income", label: "A payment-by-results income" },
  { id: "social_value", label: "A social value" },
  { id: "other", label: "Something else" },
];

/** A partner's amount under the user's allocation, as step 3 labels it. */
export const allocationLabel = (name: string, kind: GameKind): string =>
  `${name} ${kind === "cost" ? "pays" : "receives"} under your allocation`;

const key = (name: string) => name.trim().toLowerCase();

/**
 * Where the cost-or-gain choice is: its own drop-down when the subject leaves it open
 * ("Something else"), else the subject's, which sets it (the kind's is not shown then).
 */
function kindPlace(a: Partial<SharingAnalysis>, says: string): FieldPlace {
  const open = a.subject === undefined || SUBJECT_KIND[a.subject] === null;
  return {
    step: SHARING_TABLE.words.at.kind.step,
    scope: [],
    field: open ? SHARING_FIELDS.kind : SHARING_FIELDS.subject,
    says,
  };
}

/**
 * Where a problem at a pointer's `segments` is in the pane, for what the table alone cannot
 * place, given what the validator `said` after the pointer: a partner's units of use (its
 * label carries the draft's unit of use: "Step 1 · Partner 2 · Units of use (homes)"), and the
 * analysis's own rules, each at the field that puts it right, in the pane's words (a kind that
 * does not fit its subject: at the subject, which sets the kind); undefined for anything
 * else (the table places those).
 */
export function placeSharing(
  value: unknown,
  segments: readonly string[],
  said = ""
): FieldPlace | undefined {
  const a = (value ?? {}) as Partial<SharingAnalysis>;
  const [list, index, prop] = segments;
  const partners = Array.isArray(a.partners) ? a.partners : [];
  const kind = a.kind === "gain" ? "gain" : "cost";
  const partnerStep = SHARING_TABLE.words.at.partners.step;
  const units = (i: number): FieldPlace => ({
    step: partnerStep,
    scope: [`Partner ${i + 1}`],
    field: {
      ...SHARING_FIELDS.units,
      label: unitsLabel(typeof a.useMeasure === "string" ? a.useMeasure : undefined),
    },
  });
  if (list === "partners" && prop === "units" && segments.length === 3) return units(Number(index));
  if (list === "partners" && segments.length === 2) {
    const i = Number(index);
    if (/^\(.*\) needs units for the model$/.test(said))
      return {
        ...units(i),
        says: "enter its units of use: the shared-service model (step 2) shares by them",
      };
    if (/^\(.*\) needs standAloneCost for the model$/.test(said))
      return {
        step: partnerStep,
        scope: [`Partner ${i + 1}`],
        field: SHARING_FIELDS.standAloneCost,
        says: "enter what it spends doing it on its own (a year): the shared-service model (step 2) needs it",
      };
  }
  if (list === "kind" && / does not fit \/subject /.test(said) && a.subject) {
    const subject = SUBJECTS.find((x) => x.id === a.subject)?.label ?? a.subject;
    const fits = SUBJECT_KIND[a.subject];
    return kindPlace(
      a,
      `"${subject}" is a ${fits}, but the analysis shares a ${a.kind}: choose what is being shared again (it sets a ${fits}), or "Something else" to keep a ${a.kind}`
    );
  }
  if (list === "coalitions" && segments.length === 1 && /model gives costs/.test(said))
    return kindPlace(
      a,
      "the shared-service model (step 2) gives costs, but the analysis shares a gain: make it a cost, or choose a gain as what is being shared (step 2 then takes each group's figure)"
    );
  if (list === "vat" && segments.length === 1 && /applies to a shared service/.test(said))
    return kindPlace(
      a,
      'VAT on a shared service\'s charges is for a cost, but the analysis shares a gain: make it a cost and choose "Leave VAT out", or choose a gain as what is being shared'
    );
  if (list === "userAllocation" && index === "amounts" && /one amount per partner/.test(said)) {
    const amounts = Array.isArray(a.userAllocation?.amounts) ? a.userAllocation.amounts : [];
    const step = SHARING_TABLE.words.at.userAllocation.step;
    if (amounts.length < partners.length) {
      const missing = partners[amounts.length].name;
      return {
        step,
        scope: [],
        field: { label: allocationLabel(missing, kind), unit: "£" },
        says: `your allocation has ${amounts.length} amounts for ${partners.length} partners: enter what ${missing} ${kind === "cost" ? "pays" : "receives"}`,
      };
    }
    return {
      step,
      scope: [],
      field: SHARING_FIELDS.allocationName,
      says: `your allocation has ${amounts.length} amounts for ${partners.length} partners (the last ${amounts.length - partners.length} are not shown): clear its name to remove it and enter it again`,
    };
  }
  if (list === "coalitions" && index === "coalitions" && a.coalitions?.source === "entered") {
    // A group the table cannot show (a member who is not a partner, or named twice): said
    // at the partner's name, the field that can make the names match.
    const j = Number(prop);
    const m = /^"(.*)" is (not a partner|listed twice)$/.exec(said);
    if (segments[3] === "members" && m) {
      const i = Math.max(
        0,
        partners.findIndex((p) => key(p.name) === key(m[1]))
      );
      return {
        step: partnerStep,
        scope: [`Partner ${i + 1}`],
        field: SHARING_FIELDS.name,
        says:
          m[2] === "listed twice"
            ? `group ${j + 1} of the coalition table names ${m[1].trim()} twice: remove the repeat from the file or the workbook's table`
            : `group ${j + 1} of the coalition table names "${m[1]}", who is not a partner: give a partner that name, or remove the group from the file or the workbook's table`,
      };
    }
    const again = /^repeats coalition (\d+) \((.*)\)$/.exec(said);
    if (segments.length === 3 && again) {
      const names = partners.map((p) => p.name);
      const members = a.coalitions.coalitions[j]?.members ?? [];
      const mask = members.reduce(
        (x, n) => x | (1 << names.findIndex((p) => key(p) === key(n))),
        0
      );
      return {
        step: SHARING_TABLE.words.at.coalitions.step,
        scope: [],
        field: {
          label: `${coalitionLabel(mask, names)}: ${kind === "cost" ? "cost" : "value"} on its own`,
          unit: "£",
        },
        says: `the coalition table gives ${again[2]} twice (groups ${again[1]} and ${j + 1}); the pane shows the first: enter its figure again to keep one`,
      };
    }
  }
  return undefined;
}

/** The journey as its pane checks it: units of use placed by their label (see {@link placeSharing}). */
export const SHARING_IN_PANE = placedBy(sharing, placeSharing);
