/**
 * The bid comparison's fields in one table: each one's label and unit here, its bounds from
 * the schema (bid-comparison.schema.json), and the words the pane's messages use for it
 * ("Step 1 · Bid 3: the price must be more than £0").
 */
import schema from "../bid-comparison.schema.json";
import { fieldTable } from "../../../taskpane/field-table";

export const BIDS_TABLE = fieldTable(
  schema,
  {
    title: { step: 0 },
    bids: { step: 0, item: "Bid" },
    weights: { step: 1 },
    method: { step: 1 },
    threshold: { step: 1 },
    centralGovernment: { step: 1 },
    pbr: { step: 2 },
  },
  {
    title: { path: "title", label: "Title", blank: "enter a title" },
    bidder: { path: "bids/*/bidder", label: "Bidder", blank: "enter the bidder's name" },
    price: { path: "bids/*/price", label: "Price", unit: "£" },
    quality: { path: "bids/*/quality", label: "Quality (share of the marks)", unit: "percent" },
    socialValue: { path: "bids/*/socialValue", label: "Social value offered" },
    pointsPrice: { path: "weights/price", label: "Points for price" },
    pointsQuality: { path: "weights/quality", label: "Points for quality" },
    pointsSocialValue: { path: "weights/socialValue", label: "Points for social value" },
    threshold: {
      path: "threshold",
      label: "Abnormally low: more than this below the other bids' mean",
      unit: "percent",
    },
    attachmentFee: { path: "pbr/attachmentFee", label: "Attachment fee", unit: "£" },
    outcomeFee: { path: "pbr/outcomeFee", label: "Outcome fee", unit: "£" },
    sustainmentMax: {
      path: "pbr/sustainmentMax",
      label: "Sustainment payments, most for one person",
      unit: "£",
    },
    outcomeRate: { path: "pbr/outcomeRate", label: "Outcome rate", unit: "percent" },
    sustainmentShare: {
      path: "pbr/sustainmentShare",
      label: "Share of sustainment earned",
      unit: "percent",
    },
    topSlice: { path: "pbr/topSlice", label: "Prime's top slice", unit: "percent" },
    annualRate: { path: "pbr/annualRate", label: "Cost of borrowing", unit: "percent" },
  }
);

export const BID_FIELDS = BIDS_TABLE.fields;
