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
import type { SharingAnalysis } from "../types";

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

/**
 * Where a partner's units of use are in the pane: its label carries the draft's unit of use,
 * so the table alone cannot name it ("Step 1 · Partner 2 · Units of use (homes)"); undefined
 * for any other pointer (the table places those).
 */
export function placeSharing(value: unknown, segments: readonly string[]): FieldPlace | undefined {
  const [list, index, prop] = segments;
  if (list !== "partners" || prop !== "units" || segments.length !== 3) return undefined;
  const useMeasure = (value as Partial<SharingAnalysis> | null)?.useMeasure;
  return {
    step: SHARING_TABLE.words.at.partners.step,
    scope: [`Partner ${Number(index) + 1}`],
    field: {
      ...SHARING_FIELDS.units,
      label: unitsLabel(typeof useMeasure === "string" ? useMeasure : undefined),
    },
  };
}

/** The journey as its pane checks it: units of use placed by their label (see {@link placeSharing}). */
export const SHARING_IN_PANE = placedBy(sharing, placeSharing);
