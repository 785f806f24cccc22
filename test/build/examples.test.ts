/**
 * Every documented example with a result (`→`) is evaluated through the built
 * dist/functions.js, with the arguments Excel would pass, and must show that result to the
 * decimals printed. The README and the pane show these examples, so they cannot drift.
 */
import reference from "../../src/functions/reference.json";
import { loadBuiltFunctions } from "../support/dist";
import { call, valueOf } from "../support/excel";
import { parseExample } from "../support/formula";

const cf = loadBuiltFunctions();
const examples = reference.flatMap((f) =>
  f.examples.map((text) => ({ text, parsed: parseExample(text) })).filter((e) => e.parsed !== null)
);

describe("documented examples", () => {
  test("most functions have a checked example", () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  test.each(examples.map((e) => [e.text, e.parsed!] as const))("%s", (_text, example) => {
    const fn = cf.registered.get(example.id)!;
    expect(fn).toBeDefined();
    const result = valueOf(call(fn, ...example.args));
    const shown = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
    expect(shown.length).toBe(example.expected.length);
    example.expected.forEach((e, i) => {
      if (typeof e.value === "boolean") expect(shown[i]).toBe(e.value);
      else expect(Math.abs((shown[i] as number) - e.value)).toBeLessThanOrEqual(0.5 * 10 ** -e.decimals + 1e-12);
    });
  });
});
