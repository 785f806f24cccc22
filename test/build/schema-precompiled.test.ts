/**
 * The pane's JSON Schema validators are compiled at build time (scripts/schema-loader.js,
 * Ajv standalone code) so its Content-Security-Policy needs no 'unsafe-eval'; node keeps
 * compiling at run time (src/schema/ajv-runtime.ts). Both must give the same errors, so
 * messages are unchanged: every schema in src/, on each example and thousands of mutations
 * of them.
 */
import * as fs from "fs";
import * as path from "path";
import { createRequire } from "module";
import { compileSchema as runtimeCompile } from "../../src/schema/ajv-runtime";
import { compileSchema as precompiled } from "../../src/schema/ajv-precompiled";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { precompiledModule } = require("../../scripts/schema-loader.js");

const ROOT = path.resolve(__dirname, "../..");

/** Every *.schema.json under src/, wherever the journeys keep them. */
function schemaFiles(dir = path.join(ROOT, "src")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return schemaFiles(full);
    return e.name.endsWith(".schema.json") ? [full] : [];
  });
}

/** What webpack's bundle gets for `import schema from "<file>"`. */
function loadAsBundled(file: string): object {
  const code: string = precompiledModule(fs.readFileSync(file, "utf8"));
  const module = { exports: {} as object };
  // Node may evaluate the generated module; the browser never does (it is bundled code).
  new Function("module", "exports", "require", code)(module, module.exports, createRequire(file));
  return module.exports;
}

/** Values near the examples: each leaf replaced by a wrong type, a negative, null, or removed. */
function* mutations(value: unknown, opaque: readonly string[] = []): Generator<unknown> {
  const json = JSON.stringify(value);
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, at: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
    else leaves.push(at);
  };
  walk(value, []);
  // Inside a property the schema leaves opaque (an object it does not describe, checked by
  // another schema), every mutation is valid here and says nothing about this schema's code.
  for (const at of leaves.filter((p) => !opaque.includes(String(p[0])))) {
    for (const replacement of ["0x10", -1.5, null, undefined]) {
      const copy = JSON.parse(json);
      let parent = copy;
      for (const k of at.slice(0, -1)) parent = parent[k];
      const last = at[at.length - 1];
      if (replacement === undefined) {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else parent[last] = replacement;
      yield copy;
    }
  }
  yield { ...(value as object), unexpected: 1 };
  yield [];
  yield "a case";
}

/** Top-level properties the schema types only as "object", with nothing said of their insides. */
function opaqueProperties(schema: { properties?: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(schema.properties ?? {})
    .filter(([, p]) => p.type === "object" && !p.properties && !p.$ref && !p.additionalProperties)
    .map(([k]) => k);
}

const examples = fs
  .readdirSync(path.join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, "examples", f), "utf8")));

const files = schemaFiles();

test("the journeys' schemas are found (four or more)", () => {
  expect(files.length).toBeGreaterThanOrEqual(4);
});

describe.each(files.map((f) => [path.relative(ROOT, f), f]))("%s", (_name, file) => {
  const raw = JSON.parse(fs.readFileSync(file, "utf8"));
  const bundled = loadAsBundled(file);

  test("the bundled module is the schema itself (the key it carries is not enumerable)", () => {
    expect(bundled).toEqual(raw);
    expect(JSON.stringify(bundled)).toBe(JSON.stringify(raw));
  });

  test("the generated code evaluates nothing at run time", () => {
    const code: string = precompiledModule(fs.readFileSync(file, "utf8"));
    expect(code).not.toMatch(/new Function|\beval\(/);
  });

  test("same verdict and same errors as Ajv at run time, on the examples and their mutations", () => {
    const atRunTime = runtimeCompile(raw);
    const atBuildTime = precompiled(bundled);
    // The journey's own examples (valid against it), each mutated leaf by leaf.
    const own = examples.filter((e) => atRunTime(e));
    expect(own.length).toBeGreaterThan(0);
    let checked = 0;
    let invalid = 0;
    for (const example of own) {
      for (const value of [example, ...mutations(example, opaqueProperties(raw))]) {
        const ok = atRunTime(value);
        expect(atBuildTime(value)).toBe(ok);
        expect(atBuildTime.errors ?? null).toEqual(atRunTime.errors ?? null);
        checked++;
        if (!ok) invalid++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(checked / 2);
  });
});

test("the build-time path refuses a schema that was not precompiled, with a message", () => {
  expect(() => precompiled({ type: "object" })).toThrow(/precompiled validator/);
});
