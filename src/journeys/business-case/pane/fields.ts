/**
 * The business case's fields in one table: each one's label and unit here, its bounds from
 * the schema (business-case.schema.json), and the words the pane's messages use for it
 * ("Step 2 · Option 1 · Savings line 1: the years to reach it must be 60 or less"). The
 * steps spread these into their fields rather than repeating labels and bounds in JSX.
 */
import schema from "../business-case.schema.json";
import { fieldTable, placedBy } from "../../../taskpane/field-table";
import { businessCase } from "..";
import { FORMS, SUGGESTED_FORMS } from "../continuum";
import type { BusinessCase } from "../types";

export const CASE_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    purpose: { step: 0 },
    partners: { step: 0, item: "Partner" },
    options: { step: 1, item: "Option" },
    // An option's parts are edited on different steps, each line scoped as its step shows it.
    "options/*/savings": { step: 1, item: "Savings line" },
    "options/*/oneOffCosts": { step: 2, item: "One-off cost" },
    "options/*/forums": { step: 2, item: "Forum" },
    "options/*/coordinationCost": { step: 2 },
    "options/*/vat": { step: 3 },
    "options/*/loanRepricing": { step: 3 },
    vat: { step: 3 },
    loans: { step: 3, item: "Loan" },
    swaps: { step: 3, item: "Swap" },
    appraisal: { step: 4 },
    deflators: { step: 4 },
  },
  {
    // Step 1: partners
    title: { path: "title", label: "Title of the business case", blank: "enter a title" },
    partnerName: { path: "partners/*/name", label: "Name", blank: "enter a name" },
    partnerType: { path: "partners/*/type", label: "Type" },
    turnover: { path: "partners/*/turnover", label: "Annual turnover", unit: "£" },
    homes: { path: "partners/*/homes", label: "Homes or beneficiaries", unit: "count" },
    purpose: { path: "purpose", label: "What is the partnership for?" },
    // Step 2: savings
    savingSource: { path: "options/*/savings/*/source", label: "Source" },
    savingDescription: { path: "options/*/savings/*/description", label: "Description" },
    fullAnnual: { path: "options/*/savings/*/fullAnnual", label: "Full annual saving", unit: "£" },
    yearsToFull: {
      path: "options/*/savings/*/yearsToFull",
      label: "Years to reach it",
      unit: "years",
    },
    difficulty: { path: "options/*/savings/*/difficulty", label: "How hard" },
    confidence: {
      path: "options/*/savings/*/confidence",
      label: "Confidence (share you expect to realise)",
      unit: "percent",
    },
    savingPriceYear: { path: "options/*/savings/*/priceYear", label: "Price year" },
    savingAssumption: {
      path: "options/*/savings/*/assumption",
      label: "Assumption to review",
    },
    // Step 3: costs
    costCategory: { path: "options/*/oneOffCosts/*/category", label: "Category" },
    costYear: { path: "options/*/oneOffCosts/*/year", label: "Year (0 = now)", unit: "year" },
    costAmount: { path: "options/*/oneOffCosts/*/amount", label: "Amount", unit: "£" },
    costPriceYear: { path: "options/*/oneOffCosts/*/priceYear", label: "Price year" },
    forumName: { path: "options/*/forums/*/name", label: "Forum" },
    meetingsPerYear: {
      path: "options/*/forums/*/meetingsPerYear",
      label: "Meetings a year",
      unit: "count",
    },
    attendees: { path: "options/*/forums/*/attendees", label: "Attendees", unit: "count" },
    hours: { path: "options/*/forums/*/hours", label: "Hours per meeting", unit: "hours" },
    hourlyRate: { path: "options/*/forums/*/hourlyRate", label: "Loaded hourly rate", unit: "£" },
    preparation: {
      path: "options/*/forums/*/preparation",
      label: "Preparation and travel (share of meeting time)",
      unit: "percent",
    },
    coordinationCost: {
      path: "options/*/coordinationCost",
      label: "Other coordination cost a year",
      unit: "£",
    },
    // Step 4: barriers
    vatRate: { path: "vat/rate", label: "VAT rate", unit: "percent" },
    recoveryRate: {
      path: "vat/recoveryRate",
      label: "Members' VAT recovery rate",
      unit: "percent",
    },
    vatRoute: { path: "options/*/vat/route", label: "VAT route" },
    costBase: {
      path: "options/*/vat/costBase",
      label: "Shared service cost base a year (ex VAT)",
      unit: "£",
    },
    boughtInShare: {
      path: "options/*/vat/boughtInShare",
      label: "Bought-in share of the cost base",
      unit: "percent",
    },
    repricing: {
      path: "options/*/loanRepricing/applies",
      label: "Lenders may reprice the loan book",
    },
    keepLoans: {
      path: "options/*/loanRepricing/keepLoansInSubsidiaries",
      label: "Mitigate: keep loans and security in the existing subsidiaries",
    },
    loanName: { path: "loans/*/name", label: "Loan" },
    balance: { path: "loans/*/balance", label: "Balance", unit: "£" },
    oldMargin: { path: "loans/*/oldMargin", label: "Margin today", unit: "percent" },
    newMargin: { path: "loans/*/newMargin", label: "Margin lenders would ask", unit: "percent" },
    loanYears: { path: "loans/*/years", label: "Years left", unit: "years" },
    loanRepayment: { path: "loans/*/repayment", label: "Repayment" },
    interestRate: { path: "loans/*/interestRate", label: "Interest rate", unit: "percent" },
    repricingInYears: {
      path: "loans/*/repricingInYears",
      label: "Years until the lender could reprice anyway",
      unit: "years",
    },
    consentFee: {
      path: "loans/*/consentFee",
      label: "Consent fee (share of balance)",
      unit: "percent",
    },
    swapName: { path: "swaps/*/name", label: "Swap" },
    notional: { path: "swaps/*/notional", label: "Notional", unit: "£" },
    fixedRate: { path: "swaps/*/fixedRate", label: "Fixed rate paid", unit: "percent" },
    marketRate: { path: "swaps/*/marketRate", label: "Market swap rate today", unit: "percent" },
    swapYears: { path: "swaps/*/years", label: "Years left on the swap", unit: "years" },
    swapRepayment: { path: "swaps/*/repayment", label: "Notional amortises" },
    // Step 5: settings
    horizon: { path: "appraisal/horizon", label: "Horizon", unit: "years" },
    discountRate: { path: "appraisal/discount", label: "Discount rate", unit: "percent" },
    optimismBias: {
      path: "appraisal/optimismBias",
      label: "Optimism bias on one-off costs",
      unit: "percent",
    },
    priceBaseYear: { path: "appraisal/priceBaseYear", label: "Price base year", unit: "year" },
    // The deflator editor's (src/taskpane/components/DeflatorEditor.tsx), on step 5.
    deflatorName: { path: "deflators/name", label: "Name of the series" },
  }
);

export const CASE_FIELDS = CASE_TABLE.fields;

/** An option's tick box on step 1, as it is labelled: its form, and whether it is suggested. */
export const formChoiceLabel = (form: (typeof FORMS)[number], purpose: BusinessCase["purpose"]) =>
  `${form.label}${SUGGESTED_FORMS[purpose]?.includes(form.id) ? " (suggested)" : ""}`;

/**
 * The business case as its pane checks it: the schema's "at least one option" said at the
 * first suggested form's tick box on step 1 (options are chosen there, edited on step 2), so
 * its link goes there; everything else is placed by the table.
 */
export const CASE_IN_PANE = placedBy(businessCase, (value, segments, said) => {
  const c = value as Partial<BusinessCase> | null;
  if (segments.join("/") !== "options" || !/^must NOT have fewer than 1 items/.test(said))
    return undefined;
  const purpose = c?.purpose ?? "growing";
  const form = FORMS.find((f) => SUGGESTED_FORMS[purpose]?.includes(f.id)) ?? FORMS[0];
  return {
    step: CASE_TABLE.words.at.purpose.step,
    scope: [],
    field: { label: formChoiceLabel(form, purpose) },
    says: "choose at least one option to compare with doing nothing",
  };
});
