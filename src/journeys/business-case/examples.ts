/**
 * Starting points for the journey. Every number offered here has no published source for a
 * particular organisation, so each savings line starts flagged as an assumption to review
 * (`docs/domain.md`, "Unsourced numbers are user inputs"); the pane shows the flag until the user
 * clears it.
 */
import { FORM_BARRIERS, FORMS, SAVINGS_SOURCES } from "./continuum";
import type { BusinessCase, BusinessOption, PartnershipForm } from "./types";
import { latestYear, shippedDeflators } from "../../model/price-base";
import twoAssociations from "../../../examples/two-associations-merger.json";
import sharedBackOffice from "../../../examples/shared-back-office-vat.json";
import mergerLoans from "../../../examples/merger-loan-repricing.json";

/** The example files in examples/ that are business cases. */
export const EXAMPLE_FILES = [
  "two-associations-merger.json",
  "shared-back-office-vat.json",
  "merger-loan-repricing.json",
] as const;

/** The examples the pane offers to start from. */
export const EXAMPLES: readonly { id: string; label: string; case: BusinessCase }[] = [
  {
    id: "two-associations",
    label: "Two associations, £5m a year by year five",
    case: twoAssociations as BusinessCase,
  },
  {
    id: "shared-back-office",
    label: "Shared back office facing 20% VAT",
    case: sharedBackOffice as BusinessCase,
  },
  { id: "merger-loans", label: "Merger with a £200m loan book", case: mergerLoans as BusinessCase },
];

/** A new option for a form: one savings line per source, all zero and flagged to review. */
export function newOption(
  form: PartnershipForm,
  existing: readonly BusinessOption[]
): BusinessOption {
  const label = FORMS.find((f) => f.id === form)!.label;
  let id: string = form;
  for (let n = 2; existing.some((o) => o.id === id); n++) id = `${form}_${n}`;
  const barriers = FORM_BARRIERS[form];
  return {
    id,
    name: label,
    form,
    savings: SAVINGS_SOURCES.filter((s) => s.id !== "other").map((s) => ({
      source: s.id,
      description: s.label,
      fullAnnual: 0,
      yearsToFull: 3,
      difficulty: s.difficulty,
      confidence: 0.5,
      assumption: true,
    })),
    oneOffCosts: [],
    forums: [],
    coordinationCost: 0,
    vat: barriers.vat ? { route: "taxable", costBase: 0, boughtInShare: 0 } : null,
    loanRepricing: { applies: barriers.loans, keepLoansInSubsidiaries: false },
  };
}

/** An empty case: two partners to name, the Green Book's appraisal settings. */
export function blankCase(): BusinessCase {
  return {
    schemaVersion: 1,
    title: "Partnership business case",
    purpose: "sharing_services",
    partners: [
      { name: "", type: "housing association", turnover: 0, homes: 0 },
      { name: "", type: "housing association", turnover: 0, homes: 0 },
    ],
    appraisal: {
      horizon: 10,
      discount: "STPR",
      optimismBias: 0,
      // The latest year of the shipped deflators (2024), not the clock: a case started today
      // and one started next year are in the same prices, and lines given in earlier years'
      // prices convert without extending the series.
      priceBaseYear: latestYear(shippedDeflators())!.start,
    },
    vat: { rate: 0.2, recoveryRate: 0 },
    loans: [],
    swaps: [],
    options: [],
  };
}
