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
      return (check.errors ?? []).map(
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
