/**
 * The SROI value map's fields in one table: each one's label and unit here, its bounds from
 * the schema (sroi-analysis.schema.json), and the words the pane's messages use for it.
 */
import schema from "../sroi-analysis.schema.json";
import { fieldTable } from "../../../taskpane/field-table";

export const SROI_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    discount: { step: 0 },
    stakeholders: { step: 0, item: "Stakeholder" },
    outcomes: { step: 1, item: "Outcome" },
    inputs: { step: 2, item: "Input" },
    priceBaseYear: { step: 0 },
    deflators: { step: 0 },
  },
  {
    title: { path: "title", label: "Title", blank: "enter a title" },
    // The rate field the discounting choice shows for a flat rate (DiscountField).
    discount: { path: "discount", label: "Discount rate", unit: "percent" },
    outcome: { path: "outcomes/*/outcome", label: "Outcome", blank: "say what the outcome is" },
    quantity: { path: "outcomes/*/quantity", label: "Quantity" },
    duration: { path: "outcomes/*/duration", label: "Duration", unit: "years" },
    proxy: { path: "outcomes/*/proxy", label: "Value of the proxy", unit: "£" },
    priceYear: { path: "outcomes/*/priceYear", label: "Price year of the proxy", unit: "year" },
    deadweight: { path: "outcomes/*/deadweight", label: "Deadweight", unit: "percent" },
    displacement: { path: "outcomes/*/displacement", label: "Displacement", unit: "percent" },
    attribution: { path: "outcomes/*/attribution", label: "Attribution", unit: "percent" },
    dropOff: { path: "outcomes/*/dropOff", label: "Drop-off", unit: "percent" },
    start: {
      path: "outcomes/*/start",
      label: "First year of impact (0 = at once)",
      unit: "year",
    },
    inputValue: { path: "inputs/*/value", label: "Value", unit: "£" },
    // The deflator editor's (src/taskpane/components/DeflatorEditor.tsx), on step 1.
    deflatorName: { path: "deflators/name", label: "Name of the series" },
  }
);

export const SROI_FIELDS = SROI_TABLE.fields;
