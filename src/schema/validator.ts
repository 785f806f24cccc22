/**
 * Checking a journey's plain object against its JSON Schema (Ajv, all errors at once), with
 * messages a user can act on, each led by the path of the value at fault, and a typed parse
 * that lists every problem. Each journey adds the rules a schema cannot say (`extra`, run
 * only once the schema holds).
 */
import { compileSchema } from "./ajv-runtime";

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
        (e) => `${e.instancePath || `(${subject.root})`} ${e.message}`
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
