/**
 * Checking a journey's plain object against its JSON Schema (Ajv, all errors at once), with
 * messages a user can act on, each led by the path of the value at fault, and a typed parse
 * that lists every problem. Each journey adds the rules a schema cannot say (`extra`, run
 * only once the schema holds).
 */
import type { ErrorObject } from "ajv";
import { compileSchema } from "./ajv-runtime";

/** The value at a JSON Pointer (Ajv's `instancePath`) inside `root`. */
function valueAt(root: unknown, pointer: string): unknown {
  let at = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  }
  return at;
}

/** A value as a message quotes it, cut short when long. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * What Ajv's message leaves out and a user needs to act on: the unknown key
 * (`/appraisal must NOT have additional properties: "horizonn"`), the allowed values and
 * the value given (`… must be equal to one of the allowed values: "cost", "benefit"; got
 * "gift"`).
 */
function detail(e: ErrorObject, root: unknown): string {
  switch (e.keyword) {
    case "additionalProperties":
      return `: ${quote(e.params.additionalProperty)}`;
    case "enum":
      return `: ${(e.params.allowedValues as unknown[]).map(quote).join(", ")}; got ${quote(valueAt(root, e.instancePath))}`;
    case "const":
      return `: ${quote(e.params.allowedValue)}; got ${quote(valueAt(root, e.instancePath))}`;
    case "oneOf":
    case "anyOf":
    case "type":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `; got ${quote(valueAt(root, e.instancePath))}`;
    default:
      return "";
  }
}

/** Keywords that say a value is of another shape, not a value of the right shape to adjust. */
const SHAPE = new Set([
  "type",
  "required",
  "additionalProperties",
  "const",
  "enum",
  "oneOf",
  "anyOf",
  "not",
  "if",
]);

/** The schema node at a schema path ("#/definitions/reforecast/oneOf"), if any. */
function nodeAt(schema: object, path: string): unknown {
  let at: unknown = schema;
  for (const raw of path.replace(/^#/, "").split("/").filter(Boolean)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  }
  return at;
}

/** One alternative of a oneOf in words: "null", "{ annual, year }", "a number". */
function alternative(schema: object, node: unknown): string {
  let n = node as Record<string, unknown> | undefined;
  if (n && typeof n.$ref === "string") n = nodeAt(schema, n.$ref) as Record<string, unknown>;
  if (!n) return "another value";
  if (Array.isArray(n.required) && n.required.length) return `{ ${n.required.join(", ")} }`;
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (Array.isArray(n.enum)) return n.enum.map((x) => JSON.stringify(x)).join(" or ");
  const types = ([] as unknown[]).concat(n.type ?? []);
  return types.length ? types.join(" or ") : "another value";
}

/**
 * Ajv's errors with each failed oneOf (anyOf) said once. Ajv lists every alternative's
 * errors, then "must match exactly one schema in oneOf": "/reforecast must be null", "…
 * must have required property 'annual'", "/reforecast/amount must be >= 0", …. When some
 * alternative has the value's shape and only a value is wrong (a bound), those errors are
 * what to fix, and the rest are dropped; when none has its shape, one message says what the
 * choices are ("must be one of: null, { annual, year }, { amount, year }").
 */
export function collapseAlternatives(
  errors: readonly ErrorObject[],
  schema: object
): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== "oneOf" && e.keyword !== "anyOf") {
      out.push(e);
      continue;
    }
    // The alternatives' errors come just before it, at its value or inside it: from its own
    // alternatives (under its schema path) or from the definitions they refer to (Ajv gives
    // a referenced definition's paths from the root: "#/definitions/levelReforecast/…").
    const at = e.instancePath;
    const mine = (x: ErrorObject) =>
      (x.instancePath === at || x.instancePath.startsWith(`${at}/`)) &&
      (x.schemaPath.startsWith(`${e.schemaPath}/`) ||
        /^#\/(definitions|\$defs)\//.test(x.schemaPath));
    let first = out.length;
    while (first > 0 && mine(out[first - 1])) first--;
    const inside = out.splice(first);
    const values = inside.filter((x) => !SHAPE.has(x.keyword));
    if (values.length) {
      out.push(...values);
      continue;
    }
    // Each alternative once, in order: a definition by what it requires, an inline one by
    // the type or value it allows.
    const choices = new Map<string, string>();
    for (const x of inside) {
      const ref = /^#\/(?:definitions|\$defs)\/[^/]+/.exec(x.schemaPath)?.[0];
      const own = ref ?? x.schemaPath.slice(0, x.schemaPath.lastIndexOf("/"));
      if (choices.has(own)) continue;
      if (ref) choices.set(own, alternative(schema, nodeAt(schema, ref)));
      else if (x.keyword === "type") choices.set(own, String(x.params.type));
      else if (x.keyword === "const") choices.set(own, quote(x.params.allowedValue));
      else if (x.keyword === "enum")
        choices.set(own, (x.params.allowedValues as unknown[]).map(quote).join(" or "));
    }
    const said = choices.size ? [...choices.values()].join(", ") : "one of its forms";
    out.push({ ...e, message: `must be one of: ${said}` });
  }
  return out;
}

export interface SchemaValidator<T> {
  /** Problems with a value, empty when it is valid. */
  problems(value: unknown): string[];
  /** The value, typed, or an error listing every problem. */
  parse(value: unknown): T;
}

/**
 * @param schema the journey's JSON Schema
 * @param subject how a message names the whole object ("the case"), and how the error starts
 *   ("The case is not valid")
 */
export function schemaValidator<T>(
  schema: object,
  subject: { root: string; title: string },
  extra: (value: T) => string[] = () => []
): SchemaValidator<T> {
  // Ajv at run time in node; in the webpack build, the validator compiled at build time
  // (webpack.config.js swaps ajv-runtime for ajv-precompiled: no `new Function` in the pane).
  const check = compileSchema(schema);
  const problems = (value: unknown): string[] => {
    if (!check(value))
      return collapseAlternatives(check.errors ?? [], schema).map(
        (e) => `${e.instancePath || `(${subject.root})`} ${e.message}${detail(e, value)}`
      );
    return extra(value as T);
  };
  return {
    problems,
    parse(value) {
      const found = problems(value);
      if (found.length) throw new Error(`${subject.title} is not valid:\n- ${found.join("\n- ")}`);
      return value as T;
    },
  };
}
