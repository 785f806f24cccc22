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
 * The journeys, their names and what is printed about a build come from `JOURNEYS`.
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS } from "../journeys";
import { planToXlsx } from "../workbook/xlsx";

const USAGE = [
  "Usage:",
  ...JOURNEYS.map(
    ({ cli }) => `  pcba ${cli.name} build <${cli.file}.json> -o <${cli.file}.xlsx>   ${cli.does}`
  ),
  "  pcba --help",
].join("\n");

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
  const j = JOURNEYS.find((x) => x.cli.name === name);
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
