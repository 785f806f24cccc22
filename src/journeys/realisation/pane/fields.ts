/**
 * Benefits realisation: its fields' labels and units in one table, bounds from
 * realisation.schema.json, and the words its messages use ("Step 3: the savings: green at or
 * above must be 1000% or less"). The steps spread these into their fields rather than
 * repeating labels and bounds in JSX.
 */
import schema from "../realisation.schema.json";
import { fieldTable } from "../../../taskpane/field-table";

export const REALISATION_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    optionId: { step: 0 },
    asAtYear: { step: 0 },
    businessCase: { step: 0 },
    actuals: { step: 1, item: "Line" },
    unplanned: { step: 1, item: "Unplanned line" },
    thresholds: { step: 2 },
  },
  {
    // Step 1: business case and option
    optionId: { path: "optionId", label: "Option the partnership went ahead with" },
    title: { path: "title", label: "Title of the review", blank: "enter a title" },
    asAtYear: { path: "asAtYear", label: "Last year reported", unit: "year" },
    // Step 3: review
    savingsGreen: {
      path: "thresholds/savings/green",
      label: "Savings: green at or above",
      unit: "percent",
    },
    savingsAmber: {
      path: "thresholds/savings/amber",
      label: "Savings: amber at or above",
      unit: "percent",
    },
    costsGreen: {
      path: "thresholds/costs/green",
      label: "Costs: green at or below",
      unit: "percent",
    },
    costsAmber: {
      path: "thresholds/costs/amber",
      label: "Costs: amber at or below",
      unit: "percent",
    },
    assumption: {
      path: "thresholds/assumption",
      label: "The bands are suggested defaults still to review",
    },
  }
);

export const REALISATION_FIELDS = REALISATION_TABLE.fields;
