/**
 * PCBA custom functions: the bundle's entry. One module per section of the catalogue
 * (`docs/functions.md`), each a set of thin adapters from Excel's argument shapes
 * to the pure model in `src/model/`: an adapter reads its arguments (`./args`), calls the
 * model and shapes the result; failures become Excel errors (`./excel-errors`).
 *
 * The JSDoc in those modules is the single source of truth for the functions' metadata:
 * webpack's custom-functions-metadata-plugin turns it into `functions.json` and appends the
 * `CustomFunctions.associate` calls to each module (the list is `FUNCTION_SOURCES` in
 * webpack.config.js), and `npm run docs` renders the README's function reference from it.
 * Optional parameters arrive as `null` from Excel (TypeScript default values do not
 * apply), so defaults are applied in the adapters. Custom tag: `@example` (a formula and
 * its result, shown in the README and the pane, and checked by the tests).
 */
export * from "./appraisal";
export * from "./prices";
export * from "./sroi";
export * from "./perspectives";
export * from "./partnership-finance";
export * from "./payment-by-results";
export * from "./bids";
