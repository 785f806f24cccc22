/* eslint-disable no-undef */
/**
 * The one source of truth for both manifests: the add-in's id, version, names, namespace,
 * permissions, requirement sets, icons, button and the paths it serves. `scripts/manifests.js`
 * renders it as the XML manifest (`manifest.xml`, every Office that runs add-ins, including
 * perpetual and volume-licensed Office) and the unified manifest for Microsoft 365
 * (`dist/manifest.json`, Office on the web and current Microsoft 365 builds). Paths are
 * relative to the public URL (`https://localhost:3000/` in development, `ADDIN_PUBLIC_URL`
 * in a production build).
 */
module.exports = {
  /** Never change: Office and Microsoft 365 know the add-in by it. */
  id: "6f1c2d8e-4b7a-4e35-9a0c-3d5e8f2b71a4",
  /** Semantic version; the XML manifest takes it with a fourth part (`0.1.0.0`). */
  version: "0.1.0",
  provider: "PCBA",
  defaultLocale: "en-GB",
  /** At most 30 characters (the unified manifest's `name.short`). */
  displayName: "PCBA: partnership cost-benefit",
  /** At most 80 characters (the unified manifest's `description.short`). */
  shortDescription: "Partnership cost-benefit analysis: Green Book, SROI, VAT, loans and bids.",
  description:
    "Partnership cost-benefit analysis: Green Book appraisal, social return (SROI), VAT and loan-repricing barriers, payment by results and bid scoring.",
  /** The custom functions' namespace: `=PCBA.DISCOUNT_FACTOR(...)`. Never change. */
  namespace: "PCBA",
  /**
   * The requirement sets the add-in cannot work without (everything later is guarded in the
   * code with `Office.context.requirements.isSetSupported`; test/build/requirement-sets.test.ts
   * checks it).
   */
  requirements: [
    { name: "SharedRuntime", minVersion: "1.1" },
    // Defined names (`NamedItemCollection.add`) the workbooks' formulas use, and
    // `getItemOrNullObject` for reading a workbook back.
    { name: "ExcelApi", minVersion: "1.4" },
  ],
  /** XML `ReadWriteDocument`; unified `Document.ReadWrite.User`. */
  permission: "ReadWriteDocument",
  accentColor: "#0F6CBD",
  paths: {
    page: "taskpane.html",
    functionsScript: "functions.js",
    functionsMetadata: "functions.json",
    help: "taskpane.html#help",
  },
  icons: {
    16: "assets/icon-16.png",
    32: "assets/icon-32.png",
    64: "assets/icon-64.png",
    80: "assets/icon-80.png",
    /** The unified manifest's app icons: full colour 192×192, white-on-transparent 32×32. */
    color: "assets/icon-192.png",
    outline: "assets/icon-outline-32.png",
  },
  ribbon: {
    tab: "TabHome",
    groupId: "PCBA.Group",
    groupLabel: "Partnership CBA",
    buttonId: "PCBA.TaskpaneButton",
    buttonLabel: "Partnership CBA",
    tooltip:
      "Build a partnership business case, a social return (SROI) analysis or a bid comparison, and browse the PCBA functions.",
    taskpaneId: "PCBA.Taskpane",
  },
  getStarted: {
    title: "PCBA is ready",
    description:
      "Open Partnership CBA on the Home tab to build a business case, a social return analysis or a bid comparison. Type =PCBA. in a cell for the functions.",
  },
};
