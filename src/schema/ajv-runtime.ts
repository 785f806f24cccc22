/**
 * Compiling a JSON Schema where the code runs in node (jest, the command line, the bench):
 * Ajv at run time. The webpack build replaces this module with `ajv-precompiled.ts`, which
 * uses the validator compiled at build time instead (scripts/schema-loader.js), so the
 * bundle neither ships Ajv's compiler nor calls `new Function`. Both use `ajv-options.json`.
 */
import Ajv, { type ValidateFunction } from "ajv";
import options from "./ajv-options.json";

const ajv = new Ajv(options);

export function compileSchema(schema: object): ValidateFunction {
  return ajv.compile(schema);
}
