/**
 * The bid comparison's input tables on the Bid inputs sheet (BidSettings, Bids, and CashFlows
 * when there is a payment-by-results check), each defined once as a codec that writes the
 * table (`./workbook.ts`) and reads it back, so reopening a workbook restores the pane and
 * edits made in the sheet carry into the next build.
 */
import { CENTRAL_GOVERNMENT_SOCIAL_VALUE_MINIMUM } from "./evaluate";
import type { JourneyReader, TableValues } from "../../workbook/read-tables";
import { MONEY, SHARE } from "../../workbook/refs";
import {
  FLAG,
  NUMBER,
  TEXT,
  settingsCodec,
  tableCodec,
  titleCodec,
} from "../../workbook/table-codec";
import type { Bid, BidComparison } from "./types";

/** The Bid inputs sheet's title: "Bid inputs: <the comparison's title>". */
export const BID_INPUTS_TITLE = titleCodec("Bid inputs: ");

const withPbr = (c: BidComparison) => c.pbr !== null;
const pbrOf = (c: BidComparison) => c.pbr!;

/** The evaluation settings, then (with payment by results) the contract's terms. */
export const BID_SETTINGS_TABLE = settingsCodec<BidComparison>()(
  "BidSettings",
  [
    { header: "Input", part: "label" },
    { header: "Value", part: "value", role: "input" },
    { header: "Unit", part: "unit" },
    { header: "Source or note", part: "note" },
  ],
  {
    price: {
      label: "Price weight",
      unit: "points",
      note: "",
      name: "PriceWeight",
      kind: NUMBER,
      write: (c) => c.weights.price,
    },
    quality: {
      label: "Quality weight",
      unit: "points",
      note: "",
      name: "QualityWeight",
      kind: NUMBER,
      write: (c) => c.weights.quality,
    },
    socialValue: {
      label: "Social value weight",
      unit: "points",
      note: "",
      name: "SocialValueWeight",
      kind: NUMBER,
      write: (c) => c.weights.socialValue,
    },
    method: {
      label: "Price scoring method",
      unit: "",
      note: "relative: max · lowest / price; linear: max · (1 − (price − lowest) / lowest), not below 0.",
      name: "PriceMethod",
      kind: TEXT,
      write: (c) => c.method,
    },
    threshold: {
      label: "Abnormally low threshold",
      unit: "%",
      note: "A prompt to ask the bidder to explain, never a reason to reject on its own.",
      name: "LowThreshold",
      kind: NUMBER,
      write: (c) => c.threshold,
    },
    centralGovernment: {
      label: "Central-government rules apply",
      unit: "",
      note: "",
      name: "CentralGovernment",
      kind: FLAG,
      write: (c) => c.centralGovernment,
    },
    socialValueMinimum: {
      label: "Minimum social value weight (central government)",
      unit: "%",
      note: "Central government weights social value at least 10%.",
      name: "SocialValueMinimum",
      kind: NUMBER,
      write: () => CENTRAL_GOVERNMENT_SOCIAL_VALUE_MINIMUM,
    },
    attachmentFee: {
      label: "Attachment fee",
      unit: "£",
      note: "Payment by results: per referral.",
      name: "AttachmentFee",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).attachmentFee,
    },
    outcomeFee: {
      label: "Outcome fee",
      unit: "£",
      note: "",
      name: "OutcomeFee",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).outcomeFee,
    },
    sustainmentMax: {
      label: "Sustainment payments, most for one person",
      unit: "£",
      note: "",
      name: "SustainmentMax",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).sustainmentMax,
    },
    outcomeRate: {
      label: "Outcome rate",
      unit: "%",
      note: "Share of referrals reaching the outcome.",
      name: "OutcomeRate",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).outcomeRate,
    },
    sustainmentShare: {
      label: "Sustainment share",
      unit: "%",
      note: "Share of the sustainment maximum earned on average.",
      name: "SustainmentShare",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).sustainmentShare,
    },
    topSlice: {
      label: "Prime's top slice",
      unit: "%",
      note: "No published typical value: the contract's.",
      name: "TopSlice",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).topSlice,
    },
    annualRate: {
      label: "Cost of borrowing",
      unit: "% a year",
      note: "",
      name: "FinancingRate",
      kind: NUMBER,
      when: withPbr,
      write: (c) => pbrOf(c).annualRate,
    },
    periodsPerYear: {
      label: "Periods a year of the cash flows",
      unit: "periods",
      note: "Monthly.",
      name: "PeriodsPerYear",
      kind: NUMBER,
      when: withPbr,
      write: () => 12,
    },
  }
);

/** The labels of the BidSettings rows, by field. */
export const BID_SETTINGS = Object.fromEntries(
  Object.entries(BID_SETTINGS_TABLE.settings).map(([field, s]) => [field, s.label])
) as { readonly [K in keyof typeof BID_SETTINGS_TABLE.settings]: string };

export const BIDS = tableCodec<Bid>()("Bids", {
  bidder: { header: "Bidder", role: "input", kind: TEXT, write: (b) => b.bidder },
  price: { header: "Price (£)", numFmt: MONEY, role: "input", kind: NUMBER, write: (b) => b.price },
  quality: {
    header: "Quality (share of marks)",
    numFmt: SHARE,
    role: "input",
    kind: NUMBER,
    write: (b) => b.quality,
  },
  socialValue: {
    header: "Social value",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (b) => b.socialValue,
  },
});

/** The subcontractor's net cash flow by month (the month is its row's place, not read back). */
export const CASH_FLOWS = tableCodec<{ month: number; amount: number }>()("CashFlows", {
  month: { header: "Month", kind: NUMBER, write: (m) => m.month },
  amount: {
    header: "Net cash flow (£)",
    numFmt: MONEY,
    role: "input",
    kind: NUMBER,
    write: (m) => m.amount,
  },
});

/** The tables a bid workbook holds, by name before any suffix (CashFlows only with PbR). */
export const BID_INPUT_TABLES = [BID_SETTINGS_TABLE.name, BIDS.name, CASH_FLOWS.name] as const;

/** The comparison the tables describe. `title` is the inputs sheet's title cell. */
export function bidsFromInputTables(
  tables: Record<string, TableValues>,
  title: string
): BidComparison {
  const hasPbr = tables.CashFlows !== undefined;
  const s = BID_SETTINGS_TABLE.read(tables.BidSettings, hasPbr);
  if (s.method !== "relative" && s.method !== "linear")
    throw new Error(
      `BidSettings "${BID_SETTINGS.method}" must be relative or linear; the table holds "${s.method}".`
    );
  return {
    schemaVersion: 1,
    title: BID_INPUTS_TITLE.read(title),
    centralGovernment: s.centralGovernment,
    weights: { price: s.price, quality: s.quality, socialValue: s.socialValue },
    method: s.method,
    threshold: s.threshold,
    bids: BIDS.read(tables.Bids),
    pbr: hasPbr
      ? {
          attachmentFee: s.attachmentFee!,
          outcomeFee: s.outcomeFee!,
          sustainmentMax: s.sustainmentMax!,
          outcomeRate: s.outcomeRate!,
          sustainmentShare: s.sustainmentShare!,
          topSlice: s.topSlice!,
          annualRate: s.annualRate!,
          cashflows: CASH_FLOWS.read(tables.CashFlows).map((m) => m.amount),
        }
      : null,
  };
}

/** Reading this journey back from a workbook (`readFromWorkbook` in src/workbook/office.ts). */
export const BID_READER: JourneyReader<BidComparison> = {
  tables: BID_INPUT_TABLES,
  from: bidsFromInputTables,
};
