/* global console, process */
/**
 * The `pcba` command line: builds a journey's workbook from its JSON file, without Excel.
 *
 *   npx pcba case build <case.json> -o <case.xlsx>
 *   npx pcba bids build <bids.json> -o <bids.xlsx>
 *   npx pcba sroi build <sroi.json> -o <sroi.xlsx>
 *   npx pcba perspectives build <flows.json> -o <flows.xlsx>
 *
 * The file is checked against its JSON Schema first; problems are listed with their paths
 * (the first 20, then how many more). The input is never overwritten, and an existing output
 * only with --force.
 * The journeys, their names and what is printed about a build come from `JOURNEYS`.
 */
import * as fs from "fs";
import * as path from "path";
import { JOURNEYS } from "../journeys";
import { planToXlsx } from "../workbook/xlsx";

const USAGE = [
  "Usage:",
  ...JOURNEYS.map(
    ({ cli }) =>
      `  pcba ${cli.name} build <${cli.file}.json> -o <${cli.file}.xlsx> [--force]   ${cli.does}`
  ),
  "  pcba --help",
  "",
  "-o may come before or after the input. An existing output file is replaced only with --force,",
  "and never when it is the input itself.",
].join("\n");

/** How many problems a failed check prints before it counts the rest. */
export const PROBLEMS_SHOWN = 20;

interface Command {
  name?: string;
  action?: string;
  input?: string;
  output?: string;
  force: boolean;
}

/** The words of a command: `-o FILE` and `--force` anywhere, the rest in order. */
function readCommand(argv: readonly string[]): Command | null {
  const words: string[] = [];
  let output: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "-o" || argv[i] === "--output") {
      if (output !== undefined || i + 1 >= argv.length) return null;
      output = argv[++i];
    } else if (argv[i] === "--force" || argv[i] === "-f") force = true;
    else words.push(argv[i]);
  }
  if (words.length > 3) return null;
  const [name, action, input] = words;
  return { name, action, input, output, force };
}

/**
 * A validation error's heading and its first problems ("- …" lines), then how many more:
 * a file with hundreds of problems is still readable in a terminal.
 */
export function firstProblems(message: string): string {
  const [heading, ...lines] = message.split("\n");
  const rest = lines.length - PROBLEMS_SHOWN;
  return [
    heading,
    ...lines.slice(0, PROBLEMS_SHOWN),
    ...(rest > 0 ? [`… and ${rest} more.`] : []),
  ].join("\n");
}

/** Whether two paths name one file (the same path, or links to one file). */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

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
  const command = readCommand(argv);
  const j = JOURNEYS.find((x) => x.cli.name === command?.name);
  if (!command || !j || command.action !== "build" || !command.input || !command.output) {
    fail(USAGE);
    return 2;
  }
  const { input, output, force } = command;
  if (sameFile(input, output)) {
    fail(`The output ${output} is the input file: choose another name for the workbook.`);
    return 2;
  }
  if (fs.existsSync(output) && !force) {
    fail(`${output} exists already: pass --force to replace it, or choose another name.`);
    return 2;
  }
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(input, "utf8"));
  } catch (e) {
    fail(`Cannot read ${input}: ${(e as Error).message}`);
    return 1;
  }
  let c: unknown;
  try {
    c = j.parse(value);
  } catch (e) {
    fail(firstProblems((e as Error).message));
    return 1;
  }
  try {
    const bytes = await planToXlsx(j.plan(c));
    // Written beside the output, then renamed over it: a failure never leaves half a file.
    const partial = `${output}.${process.pid}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, output);
    log(`Wrote ${path.resolve(output)}`);
    for (const line of j.summary(c)) log(`  ${line}`);
    return 0;
  } catch (e) {
    fail((e as Error).message);
    return 1;
  }
}
