import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { execFileSync } from "child_process";
import * as os from "os";
import { DIST, distFile } from "../support/dist";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {
  DEV_URL,
  UNIFIED_SCHEMA,
  UNIFIED_VERSION,
  xmlManifest,
} = require("../../scripts/manifests.js");

const SOURCE = path.resolve(__dirname, "../../manifest.xml");

const xml = fs.readFileSync(SOURCE, "utf8");
const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);

/** Every attribute and text value in the document, with its path. */
function walk(node: unknown, visit: (key: string, value: string) => void, key = ""): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, key));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
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
    const sets = [].concat(doc.OfficeApp.Requirements.Sets.Set).map((s: any) => s["@Name"]);
    expect(sets).toContain("SharedRuntime");
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
      for (const list of Object.values(group) as any[])
        for (const r of [].concat(list)) declared.push((r as any)["@id"]);
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

  test("the build emits the manifest (URLs rewritten only when ADDIN_PUBLIC_URL is set)", () => {
    expect(fs.readFileSync(distFile("manifest.xml"), "utf8")).toContain("<Id>");
  });

  test("the committed manifest.xml is what manifest.config.js renders", () => {
    // Fails when manifest.config.js changed without `node scripts/manifests.js`.
    expect(xml).toBe(xmlManifest(DEV_URL));
    const script = path.resolve(__dirname, "../../scripts/manifests.js");
    expect(() =>
      execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })
    ).not.toThrow();
  });
});

describe("dist/manifest.json, the unified manifest for Microsoft 365 (offline checks)", () => {
  const unified = JSON.parse(fs.readFileSync(distFile("manifest.json"), "utf8"));
  // scripts/validate-unified.js: @microsoft/app-manifest's validator with the schema it
  // bundles for the manifest's version (offline). Run as a process, as users run it: the
  // package loads ES modules that jest's CommonJS runtime cannot.
  const validator = path.resolve(__dirname, "../../scripts/validate-unified.js");
  const problems = (m: unknown): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-manifest-"));
    const file = path.join(dir, "manifest.json");
    fs.writeFileSync(file, JSON.stringify(m));
    try {
      execFileSync(process.execPath, [validator, file], { stdio: "pipe" });
      return "";
    } catch (e: any) {
      return String(e.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  test("is valid against Microsoft's schema for its version, bundled with @microsoft/app-manifest", () => {
    expect(unified.$schema).toBe(UNIFIED_SCHEMA);
    expect(unified.manifestVersion).toBe(UNIFIED_VERSION);
    const schema = `@microsoft/app-manifest/build/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.schema.json`;
    expect(fs.existsSync(require.resolve(schema))).toBe(true);
    expect(problems(unified)).toBe("");
  });

  test("the schema check can fail: a missing developer, an unknown key, an inline function named PV", () => {
    const { developer: _developer, ...noDeveloper } = unified;
    expect(problems(noDeveloper)).toMatch(/developer/);
    expect(problems({ ...unified, colour: "blue" })).toMatch(/additional properties/);
    const broken = JSON.parse(JSON.stringify(unified));
    broken.extensions[0].runtimes[0].customFunctions.functions = [
      { id: "PV", name: "PV", parameters: [], result: {} },
    ];
    // Why the manifest points at functions.json instead of listing the functions inline.
    expect(problems(broken)).toMatch(/fewer than 3 characters/);
  });

  test("same id, version, namespace, permission and URLs as the XML manifest", () => {
    const built = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
      fs.readFileSync(distFile("manifest.xml"), "utf8")
    );
    const app = built.OfficeApp;
    expect(unified.id).toBe(app.Id);
    expect(`${unified.version}.0`).toBe(app.Version);
    const resources = app.VersionOverrides.Resources;
    const url = (id: string) =>
      resources["bt:Urls"]["bt:Url"].find((u: any) => u["@id"] === id)["@DefaultValue"];
    const short = (id: string) =>
      resources["bt:ShortStrings"]["bt:String"].find((u: any) => u["@id"] === id)["@DefaultValue"];
    const ext = unified.extensions[0];
    const runtime = ext.runtimes[0];
    expect(runtime.lifetime).toBe("long");
    expect(runtime.code).toEqual({
      page: url("Taskpane.Url"),
      script: url("Functions.Script.Url"),
    });
    expect(runtime.customFunctions.metadataUrl).toBe(url("Functions.Metadata.Url"));
    expect(runtime.customFunctions.namespace).toEqual({
      id: short("Functions.Namespace"),
      name: "PCBA",
    });
    expect(unified.authorization.permissions.resourceSpecific).toEqual([
      { name: "Document.ReadWrite.User", type: "Delegated" },
    ]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(unified.validDomains).toEqual([app.AppDomains.AppDomain]);
    // The same requirement sets, with SharedRuntime among them.
    const xmlSets = []
      .concat(app.Requirements.Sets.Set)
      .map((s: any) => ({ name: s["@Name"], minVersion: s["@MinVersion"] }));
    expect(ext.requirements.capabilities).toEqual(xmlSets);
    expect(runtime.requirements.capabilities).toEqual(xmlSets);
    expect(xmlSets.map((s) => s.name)).toContain("SharedRuntime");
    expect(ext.requirements.scopes).toEqual(["workbook"]);
  });

  test("a Home-tab button opens the shared runtime's page as the pane", () => {
    const ext = unified.extensions[0];
    const tab = ext.ribbons[0].tabs[0];
    expect(tab.builtInTabId).toBe("TabHome");
    const control = tab.groups[0].controls[0];
    expect(control.type).toBe("button");
    const action = ext.runtimes[0].actions.find((a: any) => a.id === control.actionId);
    expect(action.type).toBe("openPage");
  });

  test("every URL and icon it names is served by the build; icons have the sizes Microsoft asks for", () => {
    const found: string[] = [];
    walk(unified, (_k, v) => {
      if (v.startsWith("https://")) found.push(v);
    });
    expect(found.length).toBeGreaterThan(10);
    for (const url of found) {
      if (url.startsWith("https://developer.microsoft.com/")) continue; // $schema
      if (!url.startsWith(DEV_URL)) {
        expect(url).toBe("https://localhost:3000"); // validDomains
        continue;
      }
      const file = new URL(url).pathname.slice(1);
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
    }
    const size = (file: string) => {
      const png = fs.readFileSync(path.join(DIST, file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(unified.icons.color)).toEqual([192, 192]);
    expect(size(unified.icons.outline)).toEqual([32, 32]);
  });

  test("office-addin-manifest packages it with its icons (the zip Microsoft 365 uploads)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pcba-package-"));
    try {
      const cli = require.resolve("office-addin-manifest/cli.js");
      const zipFile = path.join(dir, "pcba.zip");
      execFileSync(
        process.execPath,
        [cli, "export", "-m", distFile("manifest.json"), "-o", zipFile],
        {
          stdio: "pipe",
        }
      );
      const entries = zipEntries(fs.readFileSync(zipFile));
      expect(entries.sort()).toEqual([
        "assets/icon-192.png",
        "assets/icon-outline-32.png",
        "manifest.json",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The names in a zip's central directory. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (
    let i = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])),
      o = zip.readUInt32LE(i + 16),
      n = zip.readUInt16LE(i + 10);
    n > 0;
    n--
  ) {
    const nameLength = zip.readUInt16LE(o + 28);
    names.push(zip.toString("utf8", o + 46, o + 46 + nameLength));
    o += 46 + nameLength + zip.readUInt16LE(o + 30) + zip.readUInt16LE(o + 32);
  }
  return names;
}
