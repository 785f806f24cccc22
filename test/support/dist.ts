/** The webpack output that `npm test` builds before running jest. */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { makeCustomFunctionsFake, type FakeCustomFunctions } from "./custom-functions-fake";

export const DIST = path.resolve(__dirname, "../../dist");

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run "npm run build:standalone" (npm test does) first.`);
  return file;
}

/**
 * Loads dist/functions.js in a bare JavaScript context whose only global (beyond the
 * language's own) is `CustomFunctions`, as Excel's JavaScript-only runtime would; returns
 * the functions it registered.
 */
export function loadBuiltFunctions(): FakeCustomFunctions {
  const fake = makeCustomFunctionsFake();
  const context = vm.createContext({ CustomFunctions: fake });
  vm.runInContext(fs.readFileSync(distFile("functions.js"), "utf8"), context, {
    filename: "functions.js",
  });
  return fake;
}
