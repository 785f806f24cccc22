/**
 * The repository stands alone: a clone in an empty folder builds and tests without any
 * folder beside it. No tracked file outside docs/ may point at the project's shared
 * working folder (its spec and data live in docs/ and the repository's own files).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// Built from parts so that this file does not match itself.
const NEEDLES = [".." + "/shared", "shared" + "/spec", "shared" + "/data"];

function trackedFiles(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
}

test("the tracked files can be listed", () => {
  const files = trackedFiles();
  expect(files).toContain("package.json");
  expect(files).toContain("docs/functions.md");
});

test("no tracked file outside docs/ mentions the shared working folder", () => {
  const offenders: string[] = [];
  for (const file of trackedFiles()) {
    if (file.startsWith("docs/")) continue;
    const full = path.join(ROOT, file);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) continue;
    const bytes = fs.readFileSync(full);
    if (bytes.includes(0)) continue; // binary (icons, fonts)
    const text = bytes.toString("utf8");
    for (const needle of NEEDLES) {
      const at = text.indexOf(needle);
      if (at >= 0) {
        const line = text.slice(0, at).split("\n").length;
        offenders.push(`${file}:${line} mentions ${needle}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});
