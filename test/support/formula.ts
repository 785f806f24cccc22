/**
 * Reads the arguments of a documented example such as
 * `=PCBA.NPSV({0,60,60}, 100, 0.035) → 13.98` the way Excel would pass them: numbers,
 * "text", TRUE/FALSE, array constants ({1,2;3,4}: commas separate columns, semicolons
 * rows) as 2-D arrays, and an empty argument as null.
 */
export interface Example {
  readonly id: string;
  readonly args: unknown[];
  /** The values after the arrow: numbers with the decimals shown (for the tolerance), or TRUE/FALSE. */
  readonly expected: { value: number | boolean; decimals: number }[];
}

function splitTopLevel(s: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "{" || ch === "(")) depth++;
    if (!quoted && (ch === "}" || ch === ")")) depth--;
    if (!quoted && depth === 0 && separators.includes(ch)) {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

function scalar(token: string): unknown {
  if (token === "") return null;
  if (/^".*"$/.test(token)) return token.slice(1, -1);
  if (/^true$/i.test(token)) return true;
  if (/^false$/i.test(token)) return false;
  const n = Number(token);
  if (Number.isFinite(n)) return n;
  throw new Error(`cannot read example argument ${token}`);
}

function argument(token: string): unknown {
  if (token.startsWith("{")) {
    const body = token.slice(1, -1);
    return body.split(";").map((row) => splitTopLevel(row, ",").map(scalar));
  }
  const v = scalar(token);
  return v;
}

/** Parses an example with an arrow and values after it; null for one that has none. */
export function parseExample(text: string): Example | null {
  const m = /^=PCBA\.([A-Z_]+)\((.*)\)\s*→\s*(.+)$/.exec(text);
  if (!m) return null;
  const args = splitTopLevel(m[2], ",").map(argument);
  const numbers = m[3]
    .split("(")[0]
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const expected = numbers.map((n) =>
    /^(true|false)$/i.test(n)
      ? { value: /^true$/i.test(n), decimals: 0 }
      : { value: Number(n), decimals: (n.split(".")[1] ?? "").length }
  );
  if (expected.some((e) => typeof e.value === "number" && !Number.isFinite(e.value))) return null;
  return { id: m[1], args, expected };
}
