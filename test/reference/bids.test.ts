/**
 * End to end for bid comparisons: every bids example is built to .xlsx, recalculated by
 * LibreOffice, and its Summary compared with the model (src/journeys/bids/evaluate.ts): points and
 * totals to 1e-9, ranks and abnormally-low flags exactly, the payment-by-results figures to
 * the penny; every check reads TRUE; the chart opens with the totals.
 */
import { exampleFiles } from "../support/examples";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { evaluateBids } from "../../src/journeys/bids/evaluate";
import { parseBids, bidProblems } from "../../src/journeys/bids/validate";
import {
  bidComparisonPlan,
  bidsInRankOrder,
  BID_SUMMARY_FIRST_ROW,
} from "../../src/journeys/bids/workbook";
import { planToXlsx } from "../../src/workbook/xlsx";
import { convertXlsx, recalculateXlsx } from "../support/libreoffice";

jest.setTimeout(180000);

const EXAMPLES = path.resolve(__dirname, "../../examples");
const files = exampleFiles("bids");
/** A cell's number; LibreOffice's CSV keeps the % of percentage-formatted cells. */
const numberOf = (cell: string) =>
  cell.endsWith("%") ? Number(cell.slice(0, -1)) / 100 : Number(cell);
const close = (ours: number, cell: string) =>
  expect(Math.abs(numberOf(cell) - ours)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(ours)));

test("two bids examples: one relative without PbR, one linear with PbR under central-government rules", () => {
  expect(files.sort()).toEqual(["bids-employment-support.json", "bids-floating-support.json"]);
});

describe.each(files)("%s", (file) => {
  const c = parseBids(JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), "utf8")));
  const e = evaluateBids(c);
  let summary: string[][];
  beforeAll(async () => {
    summary = recalculateXlsx(await planToXlsx(bidComparisonPlan(c)), 1);
  });

  test("every bid's points, total, rank and flag match the model, in rank order", () => {
    const order = bidsInRankOrder(e);
    expect(order.map((k) => e.bids[k].rank)).toEqual(
      e.bids.map((b) => b.rank).sort((x, y) => x - y)
    );
    order.forEach((k, i) => {
      const b = e.bids[k];
      const row = summary[BID_SUMMARY_FIRST_ROW - 1 + i];
      expect(row[0]).toBe(b.bidder);
      close(b.total, row[1]);
      expect(Number(row[2])).toBe(b.rank);
      close(b.pricePoints, row[3]);
      close(b.qualityPoints, row[4]);
      close(b.socialValuePoints, row[5]);
      expect(row[6]).toBe(b.abnormallyLow ? "Yes" : "No");
      expect(row[7]).toBe(
        b.abnormallyLow ? "Ask the bidder to explain its price before any decision" : ""
      );
    });
    expect(e.bids.some((b) => b.abnormallyLow)).toBe(true);
  });

  test("the social value check and the payment-by-results figures match", () => {
    const find = (label: string) => summary.find((r) => r[0].startsWith(label));
    close(e.socialValueShare, find("Social value's share")![1]);
    expect(find("Central-government social value weighting")![1]).toBe(
      !c.centralGovernment
        ? "Not applicable"
        : e.socialValueWarning
          ? "Below the 10% central government expects"
          : "Meets the 10% minimum"
    );
    if (e.pbr) {
      expect(
        Math.abs(Number(find("Expected payment per referral")![1]) - e.pbr.expectedPayment)
      ).toBeLessThanOrEqual(0.005);
      expect(
        Math.abs(Number(find("Peak working capital")![1]) - e.pbr.workingCapital)
      ).toBeLessThanOrEqual(0.005);
      expect(
        Math.abs(Number(find("Cost of financing it")![1]) - e.pbr.financingCost)
      ).toBeLessThanOrEqual(0.005);
    } else expect(find("Expected payment per referral")).toBeUndefined();
  });

  test("every check reads TRUE", () => {
    const checks = summary.filter((r) => r[1] === "TRUE" || r[1] === "FALSE");
    expect(checks.length).toBeGreaterThanOrEqual(4);
    checks.forEach((r) => expect([r[0], r[1]]).toEqual([r[0], "TRUE"]));
  });
});

test("the chart opens in LibreOffice as columns of each bidder's total", async () => {
  const c = parseBids(JSON.parse(fs.readFileSync(path.join(EXAMPLES, files[0]), "utf8")));
  const ods = await JSZip.loadAsync(convertXlsx(await planToXlsx(bidComparisonPlan(c)), "ods"));
  const chart = await ods.file("Object 1/content.xml")!.async("string");
  expect(chart).toMatch(/chart:class="chart:bar"/);
  const sheet = "&apos;Bid summary&apos;";
  const range = `${sheet}.B${BID_SUMMARY_FIRST_ROW}:${sheet}.B${BID_SUMMARY_FIRST_ROW + c.bids.length - 1}`;
  expect(chart).toContain(`chart:values-cell-range-address="${range}"`);
});

test("schema problems name the path", () => {
  const c = JSON.parse(fs.readFileSync(path.join(EXAMPLES, files[0]), "utf8"));
  c.bids[1].quality = 72;
  c.bids[2].price = 0;
  const problems = bidProblems(c).join("\n");
  expect(problems).toMatch(/\/bids\/1\/quality must be <= 1/);
  expect(problems).toMatch(/\/bids\/2\/price must be > 0/);
});
