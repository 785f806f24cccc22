/**
 * The function catalogue (`docs/functions.md`), read as the contract: each function's name
 * and argument list, with "…same…" references expanded.
 */
import * as fs from "fs";
import * as path from "path";

export const SPEC_PATH = path.resolve(__dirname, "../../docs/functions.md");

export interface SpecArg {
  readonly name: string;
  readonly optional: boolean;
  readonly defaultText?: string;
}
export interface SpecFunction {
  readonly id: string;
  readonly section: string;
  readonly args: SpecArg[];
}

function parseArgs(
  list: string,
  byId: Map<string, SpecFunction>,
  previous?: SpecFunction
): SpecArg[] {
  const out: SpecArg[] = [];
  for (const raw of list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const same = /^…same(?: as ([A-Z_]+))?…$/.exec(raw);
    if (same) {
      const source = same[1] ? byId.get(same[1]) : previous;
      if (!source) throw new Error(`spec: cannot expand ${raw}`);
      for (const a of source.args) if (!out.some((o) => o.name === a.name)) out.push(a);
      continue;
    }
    const m = /^(\[)?([a-z_]+)(?:=([^\]]*))?\]?$/.exec(raw);
    if (!m) throw new Error(`spec: cannot read argument "${raw}" in "${list}"`);
    out.push({ name: m[2], optional: Boolean(m[1]), defaultText: m[3] });
  }
  return out;
}

export function readSpec(): SpecFunction[] {
  const text = fs.readFileSync(SPEC_PATH, "utf8");
  const functions: SpecFunction[] = [];
  const byId = new Map<string, SpecFunction>();
  let section = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("## ")) section = line.slice(3).trim();
    const m = /^\| `([A-Z_]+)\((.*)\)` *\|/.exec(line);
    if (!m) continue;
    const f: SpecFunction = {
      id: m[1],
      section,
      args: parseArgs(m[2], byId, functions[functions.length - 1]),
    };
    functions.push(f);
    byId.set(f.id, f);
  }
  return functions;
}
