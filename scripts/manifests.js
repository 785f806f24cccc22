#!/usr/bin/env node
/* eslint-disable no-undef */
/**
 * Renders `manifest.config.js` as the two manifests Office reads:
 *
 * - `xmlManifest(baseUrl)`: the XML (add-in only) manifest, for every Excel that runs
 *   add-ins, including perpetual and volume-licensed Office.
 * - `unifiedManifest(baseUrl)`: the unified app manifest for Microsoft 365 (JSON, schema
 *   1.25, the version Microsoft's Excel shared-runtime custom-functions sample uses), for
 *   Excel on the web and current Microsoft 365 builds on Windows and Mac.
 *
 * Both carry the same id, version, namespace, URLs, icons, shared runtime and Home-tab
 * button. The webpack build emits both into dist/ for its public URL. The committed
 * `manifest.xml` at the repository root is the development rendering (for `npm start`,
 * `npm run validate` and Excel on the web's "Upload my add-in"); `node scripts/manifests.js`
 * rewrites it and `--check` (run by test/build/manifest.test.ts) fails when it is stale.
 *
 * The unified manifest lists no inline `functions`: its schema caps a function name at 3 to
 * 64 characters and a description at 128, and `PCBA.PV` and five argument descriptions
 * fall outside that. It points `metadataUrl` at the same functions.json the XML manifest
 * uses (generated from the JSDoc), which the schema allows from version 1.24.
 */
const fs = require("fs");
const path = require("path");
const config = require("../manifest.config.js");

const DEV_URL = "https://localhost:3000/";
const UNIFIED_VERSION = "1.25";
const UNIFIED_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.schema.json`;
const ROOT_XML = path.resolve(__dirname, "../manifest.xml");

/** The unified manifest's name for the XML manifest's permission. */
const UNIFIED_PERMISSION = {
  ReadDocument: "Document.Read.User",
  ReadWriteDocument: "Document.ReadWrite.User",
};

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

function esc(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Absolute URLs for the config's paths under `baseUrl`. */
function urls(baseUrl) {
  const base = withSlash(baseUrl);
  const abs = (p) => `${base}${p}`;
  return {
    base,
    origin: new URL(base).origin,
    page: abs(config.paths.page),
    script: abs(config.paths.functionsScript),
    metadata: abs(config.paths.functionsMetadata),
    help: abs(config.paths.help),
    icon: (size) => abs(config.icons[size]),
  };
}

/** The XML manifest for `baseUrl` (development: https://localhost:3000/). */
function xmlManifest(baseUrl = DEV_URL) {
  const u = urls(baseUrl);
  const r = config.ribbon;
  const sets = config.requirements
    .map((s) => `      <Set Name="${esc(s.name)}" MinVersion="${esc(s.minVersion)}"/>`)
    .join("\n");
  const images = (indent) =>
    [16, 32, 80]
      .map((size) => `${indent}<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`)
      .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from manifest.config.js by scripts/manifests.js: edit that, then run node scripts/manifests.js. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${config.id}</Id>
  <Version>${config.version}.0</Version>
  <ProviderName>${esc(config.provider)}</ProviderName>
  <DefaultLocale>${config.defaultLocale}</DefaultLocale>
  <DisplayName DefaultValue="${esc(config.displayName)}"/>
  <Description DefaultValue="${esc(config.description)}"/>
  <IconUrl DefaultValue="${u.icon(32)}"/>
  <HighResolutionIconUrl DefaultValue="${u.icon(80)}"/>
  <SupportUrl DefaultValue="${u.help}"/>
  <AppDomains>
    <AppDomain>${u.origin}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
${sets}
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${u.page}"/>
  </DefaultSettings>
  <Permissions>${config.permission}</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="${r.tab}">
              <Group id="${r.groupId}">
                <Label resid="Group.Label"/>
                <Icon>
${images("                  ")}
                </Icon>
                <Control xsi:type="Button" id="${r.buttonId}">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
${images("                    ")}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${r.taskpaneId}</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${[16, 32, 80].map((s) => `        <bt:Image id="Icon.${s}x${s}" DefaultValue="${u.icon(s)}"/>`).join("\n")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${u.script}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${u.metadata}"/>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${u.help}"/>
        <bt:Url id="Taskpane.Url" DefaultValue="${u.page}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${esc(config.namespace)}"/>
        <bt:String id="GetStarted.Title" DefaultValue="${esc(config.getStarted.title)}"/>
        <bt:String id="Group.Label" DefaultValue="${esc(r.groupLabel)}"/>
        <bt:String id="TaskpaneButton.Label" DefaultValue="${esc(r.buttonLabel)}"/>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="${esc(config.getStarted.description)}"/>
        <bt:String id="TaskpaneButton.Tooltip" DefaultValue="${esc(r.tooltip)}"/>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/** The unified app manifest for Microsoft 365 for `baseUrl`, as an object. */
function unifiedManifest(baseUrl = DEV_URL) {
  const u = urls(baseUrl);
  const r = config.ribbon;
  const icons = [16, 32, 80].map((size) => ({ size, url: u.icon(size) }));
  const capabilities = config.requirements.map((s) => ({ name: s.name, minVersion: s.minVersion }));
  const showTaskpane = "ShowTaskpane";
  return {
    $schema: UNIFIED_SCHEMA,
    manifestVersion: UNIFIED_VERSION,
    id: config.id,
    version: config.version,
    name: { short: config.displayName, full: config.displayName },
    description: { short: config.shortDescription, full: config.description },
    developer: {
      name: config.provider,
      // The add-in's own help page; a store listing needs real privacy and terms pages.
      websiteUrl: u.help,
      privacyUrl: u.help,
      termsOfUseUrl: u.help,
    },
    icons: { color: config.icons.color, outline: config.icons.outline },
    accentColor: config.accentColor,
    localizationInfo: { defaultLanguageTag: config.defaultLocale.toLowerCase() },
    authorization: {
      permissions: {
        resourceSpecific: [{ name: UNIFIED_PERMISSION[config.permission], type: "Delegated" }],
      },
    },
    validDomains: [u.origin],
    extensions: [
      {
        requirements: { scopes: ["workbook"], capabilities },
        runtimes: [
          {
            requirements: { capabilities },
            // One page hosts the pane and the functions (the shared runtime).
            id: "SharedRuntime",
            type: "general",
            code: { page: u.page, script: u.script },
            lifetime: "long",
            actions: [{ id: showTaskpane, type: "openPage", view: r.taskpaneId }],
            customFunctions: {
              namespace: { id: config.namespace, name: config.namespace },
              metadataUrl: u.metadata,
            },
          },
        ],
        ribbons: [
          {
            requirements: { scopes: ["workbook"], formFactors: ["desktop"] },
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: r.tab,
                groups: [
                  {
                    id: r.groupId,
                    label: r.groupLabel,
                    icons,
                    controls: [
                      {
                        id: r.buttonId,
                        type: "button",
                        label: r.buttonLabel,
                        icons,
                        supertip: { title: r.buttonLabel, description: r.tooltip },
                        actionId: showTaskpane,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [
          {
            alternateIcons: {
              icon: { size: 32, url: u.icon(32) },
              highResolutionIcon: { size: 64, url: u.icon(64) },
            },
          },
        ],
        getStartedMessages: [
          {
            requirements: { scopes: ["workbook"] },
            title: config.getStarted.title,
            description: config.getStarted.description,
            learnMoreUrl: u.help,
          },
        ],
      },
    ],
  };
}

module.exports = {
  DEV_URL,
  UNIFIED_VERSION,
  UNIFIED_SCHEMA,
  ROOT_XML,
  xmlManifest,
  unifiedManifest,
};

if (require.main === module) {
  const expected = xmlManifest(DEV_URL);
  if (process.argv.includes("--check")) {
    if (fs.readFileSync(ROOT_XML, "utf8") !== expected) {
      console.error(
        "manifest.xml is not what manifest.config.js renders: run node scripts/manifests.js"
      );
      process.exit(1);
    }
  } else {
    fs.writeFileSync(ROOT_XML, expected);
    console.log(`wrote ${path.relative(process.cwd(), ROOT_XML)}`);
  }
}
