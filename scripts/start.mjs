#!/usr/bin/env node
/**
 * `npm start`: the right thing on any machine.
 *
 * - Windows and macOS: sideload into desktop Excel with office-addin-debugging (which runs
 *   the dev server with the Office dev certificates), as the Office templates do.
 * - Linux (no desktop Excel), or `--standalone`: the same pane on the webpack dev server,
 *   office.js served from the @microsoft/office-js package. Prints the URL and how to
 *   sideload into Excel on the web.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir, platform } from "node:os";
import { join } from "node:path";

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const standalone = process.argv.includes("--standalone") || !["win32", "darwin"].includes(platform());
const certs = ["localhost.crt", "localhost.key", "ca.crt"].every((f) =>
  existsSync(join(homedir(), ".office-addin-dev-certs", f))
);

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (!standalone) {
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  const scheme = certs && process.env.PCBA_HTTP !== "1" ? "https" : "http";
  const url = `${scheme}://localhost:${port}/taskpane.html`;
  console.log(`
PCBA standalone page: ${url}
  (the task pane without Excel: the function reference now, the guided journeys as they land)

To use it inside Excel on the web:
  1. ${certs ? "Dev certificates are installed." : "Install the dev certificates once: npx office-addin-dev-certs install (needs sudo), then npm start again."}
  2. Open a workbook at office.com, then Home > Add-ins > More add-ins > My add-ins >
     Upload my add-in, and choose manifest.xml from this folder.
  3. Partnership CBA appears on the Home tab; type =PCBA. in a cell for the functions.
Stop with Ctrl+C.
`);
  run("npx", ["webpack", "serve", "--mode", "development"]);
}
