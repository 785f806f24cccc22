/**
 * Reads a bid comparison back from its workbook's Bid inputs sheet (the BidSettings and Bids
 * tables, and CashFlows when there is a payment-by-results check), so reopening a workbook
 * restores the pane and edits made in the sheet carry into the next build. The inverse of
 * the inputs in `src/plan/bids.ts`.
 */
import { BID_SETTINGS as B } from "./workbook";
import {
  flag,
  number,
  records,
  settingsOf,
  text,
  type JourneyReader,
  type TableValues,
} from "../../workbook/read-tables";
import type { BidComparison } from "./types";

/** The tables a bid workbook holds, by name before any suffix (CashFlows only with PbR). */
export const BID_INPUT_TABLES = ["BidSettings", "Bids", "CashFlows"] as const;

/** The comparison the tables describe. `title` is the inputs sheet's title cell. */
export function bidsFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): BidComparison {
  const setting = settingsOf(tables.BidSettings, "BidSettings");
  const amount = (key: string) => number(setting(key), `BidSettings "${key}"`);
  const method = text(setting(B.method));
  if (method !== "relative" && method !== "linear")
    throw new Error(
      `BidSettings "${B.method}" must be relative or linear; the table holds "${method}".`
    );
  const hasPbr = tables.CashFlows !== undefined;
  return {
    schemaVersion: 1,
    title: title.replace(/^Bid inputs: /, ""),
    centralGovernment: flag(setting(B.centralGovernment)),
    weights: {
      price: amount(B.price),
      quality: amount(B.quality),
      socialValue: amount(B.socialValue),
    },
    method,
    threshold: amount(B.threshold),
    bids: records(tables.Bids, "Bids", [
      "Bidder",
      "Price (£)",
      "Quality (share of marks)",
      "Social value",
    ]).map((r) => ({
      bidder: text(r["Bidder"]),
      price: number(r["Price (£)"], 'Bids "Price (£)"'),
      quality: number(r["Quality (share of marks)"], 'Bids "Quality (share of marks)"'),
      socialValue: number(r["Social value"], 'Bids "Social value"'),
    })),
    pbr: hasPbr
      ? {
          attachmentFee: amount(B.attachmentFee),
          outcomeFee: amount(B.outcomeFee),
          sustainmentMax: amount(B.sustainmentMax),
          outcomeRate: amount(B.outcomeRate),
          sustainmentShare: amount(B.sustainmentShare),
          topSlice: amount(B.topSlice),
          annualRate: amount(B.annualRate),
          cashflows: records(tables.CashFlows, "CashFlows", ["Net cash flow (£)"]).map((r) =>
            number(r["Net cash flow (£)"], 'CashFlows "Net cash flow (£)"')
          ),
        }
      : null,
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/plan/office.ts). */
export const BID_READER: JourneyReader<BidComparison> = {
  tables: BID_INPUT_TABLES,
  from: bidsFromInputTables,
};
