/* global console */
/**
 * The `pcba` command line: builds a journey's workbook from its JSON file, without Excel.
 *
 *   npx pcba case build <case.json> -o <case.xlsx>
 *   npx pcba bids build <bids.json> -o <bids.xlsx>
 *   npx pcba sroi build <sroi.json> -o <sroi.xlsx>
 *   npx pcba perspectives build <flows.json> -o <flows.xlsx>
 *
 * The file is checked against its JSON Schema first; problems are listed with their paths.
 */
import * as fs from "fs";
import * as path from "path";
import { parseCase } from "../case/validate";
import { evaluateCase } from "../case/evaluate";
import { businessCasePlan } from "../plan/business-case";
import { planToXlsx } from "../plan/xlsx";
import { parseBids } from "../bids/validate";
import { evaluateBids } from "../bids/evaluate";
import { bidComparisonPlan } from "../plan/bids";
import { parseSroi } from "../sroi/validate";
import { evaluateSroi } from "../sroi/evaluate";
import { sroiPlan } from "../plan/sroi";
import { evaluatePerspectives, parsePerspectives } from "../perspectives/analysis";
import { perspectivePlan } from "../plan/perspectives";

const USAGE = `Usage:
  pcba case build <case.json> -o <case.xlsx>   build a business-case workbook
  pcba bids build <bids.json> -o <bids.xlsx>   build a bid-comparison workbook
  pcba sroi build <sroi.json> -o <sroi.xlsx>   build an SROI value map
  pcba perspectives build <flows.json> -o <flows.xlsx>   build returns by perspective
  pcba --help`;

/** Runs the command; returns the exit code. Output goes through `log` and `fail`. */
export async function main(
  argv: string[],
  log: (s: string) => void = console.log,
  fail: (s: string) => void = console.error
): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const [journey, action, input] = argv;
  const o = argv.indexOf("-o");
  const output = o >= 0 ? argv[o + 1] : undefined;
  if (
    !["case", "bids", "sroi", "perspectives"].includes(journey) ||
    action !== "build" ||
    !input ||
    !output
  ) {
    fail(USAGE);
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(input, "utf8"));
  } catch (e) {
    fail(`Cannot read ${input}: ${(e as Error).message}`);
    return 1;
  }
  if (journey === "bids") return buildBids(value, output, log, fail);
  if (journey === "sroi") return buildSroi(value, output, log, fail);
  if (journey === "perspectives") return buildPerspectives(value, output, log, fail);
  try {
    const c = parseCase(value);
    fs.writeFileSync(output, await planToXlsx(businessCasePlan(c)));
    log(`Wrote ${path.resolve(output)}`);
    for (const r of evaluateCase(c)) {
      const bcr = r.bcr === null ? "n/a" : r.bcr.toFixed(2);
      const payback = r.payback === null ? "never" : `${r.payback.toFixed(1)} years`;
      log(
        `  ${r.name}: NPV £${r.npv.toLocaleString("en-GB", { maximumFractionDigits: 0 })}, BCR ${bcr}, payback ${payback}`
      );
    }
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}

async function buildBids(
  value: unknown,
  output: string,
  log: (s: string) => void,
  fail: (s: string) => void
): Promise<number> {
  try {
    const c = parseBids(value);
    fs.writeFileSync(output, await planToXlsx(bidComparisonPlan(c)));
    log(`Wrote ${path.resolve(output)}`);
    const e = evaluateBids(c);
    for (const b of [...e.bids].sort((x, y) => x.rank - y.rank)) {
      const flag = b.abnormallyLow ? "  (abnormally low: ask the bidder to explain)" : "";
      log(`  ${b.rank}. ${b.bidder}: ${b.total.toFixed(2)} points${flag}`);
    }
    if (e.socialValueWarning) log(`  Warning: ${e.socialValueWarning}`);
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}

async function buildSroi(
  value: unknown,
  output: string,
  log: (s: string) => void,
  fail: (s: string) => void
): Promise<number> {
  try {
    const c = parseSroi(value);
    fs.writeFileSync(output, await planToXlsx(sroiPlan(c)));
    log(`Wrote ${path.resolve(output)}`);
    const r = evaluateSroi(c);
    const ratio = r.ratio === null ? "n/a" : r.ratio.toFixed(2);
    const payback = r.paybackMonths === null ? "never" : `${r.paybackMonths.toFixed(1)} months`;
    log(
      `  SROI ratio ${ratio} : 1, NPV £${r.npv.toLocaleString("en-GB", { maximumFractionDigits: 0 })}, payback ${payback}`
    );
    for (const w of r.warnings) log(`  Warning: ${w}`);
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}

async function buildPerspectives(
  value: unknown,
  output: string,
  log: (s: string) => void,
  fail: (s: string) => void
): Promise<number> {
  try {
    const c = parsePerspectives(value);
    fs.writeFileSync(output, await planToXlsx(perspectivePlan(c)));
    log(`Wrote ${path.resolve(output)}`);
    for (const r of evaluatePerspectives(c)) {
      log(
        `  ${r.perspective}: return ${r.ratio === null ? "n/a (no costs)" : r.ratio.toFixed(2)}, net ${r.net.toFixed(2)}`
      );
    }
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}
