#!/usr/bin/env node
/* eslint-disable no-undef */
// `npx pcba …`: runs src/cli/pcba.ts through tsx (a dependency of this repository).
require("tsx/cjs");
require("../src/cli/pcba.ts")
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
