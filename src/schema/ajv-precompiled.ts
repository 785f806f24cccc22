/**
 * Compiling a JSON Schema in the webpack build: the validator was compiled at build time by
 * scripts/schema-loader.js (Ajv standalone code) and attached to the imported schema, so
 * nothing here evaluates code (the pane's Content-Security-Policy has no 'unsafe-eval').
 * Replaces `ajv-runtime.ts` in webpack.config.js.
 */
import type { ValidateFunction } from "ajv";

/** The key scripts/schema-loader.js attaches the compiled validator under. */
const PRECOMPILED_KEY = "__pcbaPrecompiledValidate";

export function compileSchema(schema: object): ValidateFunction {
  const check = (schema as Record<string, unknown>)[PRECOMPILED_KEY];
  if (typeof check !== "function")
    throw new Error(
      "A JSON Schema reached the bundle without its precompiled validator: import it from a *.schema.json file (scripts/schema-loader.js compiles those)."
    );
  return check as ValidateFunction;
}
