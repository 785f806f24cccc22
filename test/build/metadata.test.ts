import * as fs from "fs";
import { execFileSync } from "child_process";
import * as path from "path";
import { distFile } from "../support/dist";
import { readSpec } from "../support/spec";
import { loadBuiltFunctions } from "../support/dist";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

const metadata: Metadata = JSON.parse(fs.readFileSync(distFile("functions.json"), "utf8"));
const spec = readSpec();
const specById = new Map(spec.map((f) => [f.id, f]));

describe("functions.json", () => {
  test("the spec catalogue was read", () => {
    expect(spec.length).toBeGreaterThan(30);
    expect(specById.get("SROI_NPV")!.args.map((a) => a.name)).toEqual(specById.get("SROI")!.args.map((a) => a.name));
  });

  test.each(metadata.functions.map((f) => [f.id, f] as const))("%s: described, in the spec, same arguments", (id, f) => {
    expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(f.name).toBe(id);
    expect(f.description?.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(new RegExp(`#${id}$`));
    const s = specById.get(id);
    expect(s).toBeDefined();
    expect(f.parameters.map((p) => p.name)).toEqual(s!.args.map((a) => a.name));
    expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(s!.args.map((a) => a.optional));
    for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(5);
  });

  test("every function in functions.json is registered by functions.js, and no other", () => {
    const registered = [...loadBuiltFunctions().registered.keys()].sort();
    expect(registered).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  test("the README's function reference and reference.json match the JSDoc", () => {
    const script = path.resolve(__dirname, "../../scripts/function-reference.js");
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});
