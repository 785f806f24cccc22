/**
 * The business case's words for its messages: where each part of the case is edited, and
 * the labels of the fields its steps name (bounds from business-case.schema.json).
 */
import schema from "../business-case.schema.json";
import { fieldTable } from "../../../taskpane/field-table";

export const CASE_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    purpose: { step: 0 },
    partners: { step: 0, item: "Partner" },
    options: { step: 1, item: "Option" },
    vat: { step: 3 },
    loans: { step: 3, item: "Loan" },
    swaps: { step: 3, item: "Swap" },
    appraisal: { step: 4 },
  },
  {
    title: { path: "title", label: "Title of the business case", blank: "enter a title" },
    partnerName: { path: "partners/*/name", label: "Name", blank: "enter a name" },
    turnover: { path: "partners/*/turnover", label: "Annual turnover", unit: "£" },
  }
);
