/**
 * Returns by perspective: its fields' labels and units in one table, bounds from
 * perspective-analysis.schema.json, and the words its messages use.
 */
import schema from "../perspective-analysis.schema.json";
import { fieldTable } from "../../../taskpane/field-table";

export const PERSPECTIVES_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    discount: { step: 0 },
    start: { step: 0 },
    includeQol: { step: 0 },
    flows: { step: 1, item: "Flow" },
  },
  {
    title: { path: "title", label: "Title", blank: "enter a title" },
    // The rate field the discounting choice shows for a flat rate (DiscountField).
    discount: { path: "discount", label: "Discount rate", unit: "percent" },
    start: { path: "start", label: "Year of the first amount", unit: "year" },
    party: { path: "flows/*/party", label: "Party", blank: "name the party" },
    amount: { path: "flows/*/amounts/*", label: "Amount", unit: "£" },
  }
);

export const PERSPECTIVE_FIELDS = PERSPECTIVES_TABLE.fields;
