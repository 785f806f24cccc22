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
import { planToXlsx } from "../workbook/xlsx";
import { parseBids } from "../bids/validate";
import { evaluateBids } from "../bids/evaluate";
import { bidComparisonPlan } from "../plan/bids";
import { parseSroi } from "../sroi/validate";
import { evaluateSroi } from "../sroi/evaluate";
import { sroiPlan } from "../plan/sroi";
import { evaluatePerspectives, parsePerspectives } from "../perspectives/analysis";
import { perspectivePlan } from "../plan/perspectives";
import type { WorkbookPlan } from "../workbook/types";

/** Each journey: how to check its file, the workbook it builds, and what to print about it. */
interface Journey<T> {
  parse: (value: unknown) => T;
  plan: (c: T) => WorkbookPlan;
  summary: (c: T) => string[];
}
const journey = <T>(j: Journey<T>) => j as Journey<unknown>;
const pounds = (x: number) => `£${x.toLocaleString("en-GB", { maximumFractionDigits: 0 })}`;

const JOURNEYS: Record<string, Journey<unknown>> = {
  case: journey({
    parse: parseCase,
    plan: (c) => businessCasePlan(c),
    summary: (c) =>
      evaluateCase(c).map((r) => {
        const bcr = r.bcr === null ? "n/a" : r.bcr.toFixed(2);
        const payback = r.payback === null ? "never" : `${r.payback.toFixed(1)} years`;
        return `${r.name}: NPV ${pounds(r.npv)}, BCR ${bcr}, payback ${payback}`;
      }),
  }),
  bids: journey({
    parse: parseBids,
    plan: (c) => bidComparisonPlan(c),
    summary: (c) => {
      const e = evaluateBids(c);
      return [
        ...[...e.bids]
          .sort((x, y) => x.rank - y.rank)
          .map(
            (b) =>
              `${b.rank}. ${b.bidder}: ${b.total.toFixed(2)} points${b.abnormallyLow ? "  (abnormally low: ask the bidder to explain)" : ""}`
          ),
        ...(e.socialValueWarning ? [`Warning: ${e.socialValueWarning}`] : []),
      ];
    },
  }),
  sroi: journey({
    parse: parseSroi,
    plan: (c) => sroiPlan(c),
    summary: (c) => {
      const r = evaluateSroi(c);
      const ratio = r.ratio === null ? "n/a" : r.ratio.toFixed(2);
      const payback = r.paybackMonths === null ? "never" : `${r.paybackMonths.toFixed(1)} months`;
      return [
        `SROI ratio ${ratio} : 1, NPV ${pounds(r.npv)}, payback ${payback}`,
        ...r.warnings.map((w) => `Warning: ${w}`),
      ];
    },
  }),
  perspectives: journey({
    parse: parsePerspectives,
    plan: (c) => perspectivePlan(c),
    summary: (c) =>
      evaluatePerspectives(c).map(
        (r) =>
          `${r.perspective}: return ${r.ratio === null ? "n/a (no costs)" : r.ratio.toFixed(2)}, net ${r.net.toFixed(2)}`
      ),
  }),
};

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
  const [name, action, input] = argv;
  const o = argv.indexOf("-o");
  const output = o >= 0 ? argv[o + 1] : undefined;
  const j = Object.prototype.hasOwnProperty.call(JOURNEYS, name) ? JOURNEYS[name] : undefined;
  if (!j || action !== "build" || !input || !output) {
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
  try {
    const c = j.parse(value);
    fs.writeFileSync(output, await planToXlsx(j.plan(c)));
    log(`Wrote ${path.resolve(output)}`);
    for (const line of j.summary(c)) log(`  ${line}`);
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}
