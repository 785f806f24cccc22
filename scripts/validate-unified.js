#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * `npm run validate:unified [file]`: checks a unified manifest (default dist/manifest.json)
 * offline against Microsoft's JSON Schema for its `manifestVersion`, the copy bundled in
 * @microsoft/app-manifest, with that package's own validator. Passing the schema keeps it
 * offline (given only the manifest, the package fetches unknown schema URLs). Prints each
 * problem and exits 1 when there are any. `npm run validate` is Microsoft's online check of
 * the XML manifest.
 */
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

async function main() {
  const file = path.resolve(process.argv[2] || "dist/manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  const version = manifest.manifestVersion;
  let schemaFile;
  try {
    schemaFile = require.resolve(
      `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`
    );
  } catch {
    throw new Error(
      `@microsoft/app-manifest bundles no schema for manifestVersion ${JSON.stringify(version)}`
    );
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const problems = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  for (const p of problems) console.error(p);
  if (problems.length) process.exit(1);
  console.log(
    `${path.relative(process.cwd(), file)}: valid against the unified manifest schema v${version}`
  );
}

main().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
