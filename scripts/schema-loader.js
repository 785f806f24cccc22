/* eslint-disable no-undef */
/**
 * Webpack loader for `*.schema.json`: compiles the JSON Schema at build time with Ajv's
 * standalone code, so the pane never calls `new Function` (which a Content-Security-Policy
 * without 'unsafe-eval' forbids). The module it emits is the schema object, as a plain JSON
 * import would be, with the compiled validator attached under a non-enumerable key
 * (`PRECOMPILED_KEY`); `src/schema/ajv-precompiled.ts` picks it up. Ajv's options come from
 * `src/schema/ajv-options.json`, the same file the run-time compile (`ajv-runtime.ts`, for
 * node, jest and the command line) uses, so both give the same errors.
 */
const Ajv = require("ajv");
const standaloneCode = require("ajv/dist/standalone").default;
const options = require("../src/schema/ajv-options.json");

const PRECOMPILED_KEY = "__pcbaPrecompiledValidate";

/** The CommonJS module for one schema's source text. */
function precompiledModule(source) {
  const schema = JSON.parse(source);
  const ajv = new Ajv({ ...options, code: { source: true, esm: false } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    '"use strict";',
    "var validate = (function () {",
    "  var module = { exports: {} }, exports = module.exports;",
    code,
    "  return module.exports;",
    "})();",
    `var schema = ${JSON.stringify(schema)};`,
    `Object.defineProperty(schema, ${JSON.stringify(PRECOMPILED_KEY)}, { value: validate });`,
    "module.exports = schema;",
  ].join("\n");
}

module.exports = function schemaLoader(source) {
  return precompiledModule(source);
};
module.exports.precompiledModule = precompiledModule;
module.exports.PRECOMPILED_KEY = PRECOMPILED_KEY;
