import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { execFileSync } from "child_process";
import { DIST, distFile } from "../support/dist";

const SOURCE = path.resolve(__dirname, "../../manifest.xml");
const DEV_URL = "https://localhost:3000/";

const xml = fs.readFileSync(SOURCE, "utf8");
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);

/** Every attribute and text value in the document, with its path. */
function walk(node: unknown, visit: (key: string, value: string) => void, key = ""): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, key));
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  else if (node !== undefined && node !== null) visit(key, String(node));
}

describe("manifest.xml (offline checks)", () => {
  test("office-addin-manifest reads it: Excel, ReadWriteDocument and nothing more", () => {
    // The office-addin-manifest CLI is ESM-laden; run it as users do rather than import it.
    const cli = require.resolve("office-addin-manifest/cli.js");
    const info = execFileSync(process.execPath, [cli, "info", SOURCE], { encoding: "utf8" });
    expect(info).toMatch(/Id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    expect(info).toMatch(/Type: TaskPaneApp/);
    expect(info).toMatch(/Hosts: Workbook\n/);
    expect(info).toMatch(/Permissions: ReadWriteDocument\n/);
    expect(doc.OfficeApp.Permissions).toBe("ReadWriteDocument");
  });

  test("shared runtime, custom functions in namespace PCBA, a Home-tab button that shows the pane", () => {
    const host = doc.OfficeApp.VersionOverrides.Hosts.Host;
    expect(doc.OfficeApp.Requirements.Sets.Set["@Name"]).toBe("SharedRuntime");
    expect(host.Runtimes.Runtime["@lifetime"]).toBe("long");
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    const strings = doc.OfficeApp.VersionOverrides.Resources["bt:ShortStrings"]["bt:String"];
    const ns = strings.find((s: any) => s["@id"] === cf.Namespace["@resid"]);
    expect(ns["@DefaultValue"]).toBe("PCBA");
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    expect(tab.Group.Control.Action["@xsi:type"]).toBe("ShowTaskpane");
    // The pane and the functions share one runtime: the same page.
    expect(cf.Page.SourceLocation["@resid"]).toBe(host.Runtimes.Runtime["@resid"]);
  });

  test("every resid points at a declared resource, and ids are unique", () => {
    const resources = doc.OfficeApp.VersionOverrides.Resources;
    const declared: string[] = [];
    for (const group of Object.values(resources) as any[]) {
      for (const list of Object.values(group) as any[]) for (const r of [].concat(list)) declared.push((r as any)["@id"]);
    }
    expect(new Set(declared).size).toBe(declared.length);
    const used: string[] = [];
    walk(doc.OfficeApp.VersionOverrides, (k, v) => {
      if (k === "@resid") used.push(v);
    });
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(declared).toContain(id);
  });

  test("every URL it names is served by the build", () => {
    const urls: string[] = [];
    walk(doc, (_k, v) => {
      if (v.startsWith("https://")) urls.push(v);
    });
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      if (!url.startsWith(DEV_URL)) {
        expect(url).toBe("https://localhost:3000"); // the AppDomain
        continue;
      }
      const file = new URL(url).pathname.slice(1);
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
  });

  test("the build copies the manifest (URLs rewritten only when ADDIN_PUBLIC_URL is set)", () => {
    expect(fs.readFileSync(distFile("manifest.xml"), "utf8")).toContain("<Id>");
  });
});
