/**
 * The command line never destroys a file: not its input, not an existing workbook without
 * --force; `-o` may come before or after the input; a file with many problems prints the
 * first 20 and how many more; schema messages name the unknown key and the allowed values.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, PROBLEMS_SHOWN } from "../../src/cli/pcba";
import { EXAMPLES } from "../support/examples";

const EXAMPLE = path.join(EXAMPLES, "bids-floating-support.json");

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, (s) => out.push(s), (s) => err.push(s)).then((code) => ({
    code,
    out: out.join("\n"),
    err: err.join("\n"),
  }));
}
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "pcba-cli-"));

test("refuses to write the workbook over its own input, and leaves the input as it was", async () => {
  const dir = tmp();
  const input = path.join(dir, "same.json");
  fs.copyFileSync(EXAMPLE, input);
  const before = fs.readFileSync(input, "utf8");
  const r = await run("bids", "build", input, "-o", input);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/is the input file/);
  expect(fs.readFileSync(input, "utf8")).toBe(before);
  // Even with --force, and through another spelling of the same path.
  const again = await run("bids", "build", input, "-o", path.join(dir, ".", "same.json"), "--force");
  expect(again.code).toBe(2);
  expect(fs.readFileSync(input, "utf8")).toBe(before);
});

test("an existing output is replaced only with --force", async () => {
  const dir = tmp();
  const output = path.join(dir, "bids.xlsx");
  fs.writeFileSync(output, "my own notes");
  const r = await run("bids", "build", EXAMPLE, "-o", output);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/exists already: pass --force/);
  expect(fs.readFileSync(output, "utf8")).toBe("my own notes");
  const forced = await run("bids", "build", EXAMPLE, "-o", output, "--force");
  expect(forced.code).toBe(0);
  expect(fs.readFileSync(output).subarray(0, 2).toString()).toBe("PK");
  expect(fs.readdirSync(dir)).toEqual(["bids.xlsx"]);
});

test("-o may come before the input", async () => {
  const output = path.join(tmp(), "bids.xlsx");
  const r = await run("bids", "build", "-o", output, EXAMPLE);
  expect(r.code).toBe(0);
  expect(fs.existsSync(output)).toBe(true);
});

test("a file with many problems prints the first 20 and counts the rest", async () => {
  const dir = tmp();
  const input = path.join(dir, "bad.json");
  const bids = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
  bids.bids = Array.from({ length: 30 }, (_, i) => ({ ...bids.bids[0], bidder: `Bid ${i}`, price: -1 }));
  fs.writeFileSync(input, JSON.stringify(bids));
  const r = await run("bids", "build", input, "-o", path.join(dir, "out.xlsx"));
  expect(r.code).toBe(1);
  const listed = r.err.split("\n").filter((l) => l.startsWith("- "));
  expect(listed).toHaveLength(PROBLEMS_SHOWN);
  expect(r.err).toMatch(/… and 10 more\.$/);
  expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
});

test("schema messages name the unknown key, and the allowed values beside the value given", async () => {
  const dir = tmp();
  const input = path.join(dir, "typo.json");
  const bids = JSON.parse(fs.readFileSync(EXAMPLE, "utf8"));
  bids.methodd = "linear";
  bids.method = "cheapest";
  fs.writeFileSync(input, JSON.stringify(bids));
  const r = await run("bids", "build", input, "-o", path.join(dir, "out.xlsx"));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/must NOT have additional properties: "methodd"/);
  expect(r.err).toMatch(/must be equal to one of the allowed values: "relative", "linear"; got "cheapest"/);
});
