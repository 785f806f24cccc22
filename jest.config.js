/* eslint-disable no-undef */
/**
 * Test projects, one per concern: the pure model and the function adapters run in node, and so
 * do the workbook layer and the journeys (`plan`: test/workbook, test/journeys, test/uncertainty,
 * mirroring src/); the pane in jsdom (test/taskpane and the journeys' pane/ tests);
 * `reference` cross-checks against LibreOffice; `build` checks webpack's output (dist/, built by `npm test` first);
 * `browser` drives the standalone page in Debian's Chromium.
 */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } },
];
const common = { transform: { "^.+\\.tsx?$": tsJest }, moduleFileExtensions: ["ts", "tsx", "js", "json"] };

module.exports = {
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      ...common,
      displayName: "model",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/model/**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/fast-check-setup.ts"],
    },
    {
      ...common,
      displayName: "functions",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/functions/**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/install-custom-functions-fake.ts", "<rootDir>/test/support/fast-check-setup.ts"],
    },
    {
      ...common,
      displayName: "plan",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/test/workbook/**/*.test.ts",
        "<rootDir>/test/journeys/**/*.test.ts",
        "<rootDir>/test/uncertainty/**/*.test.ts",
        "<rootDir>/test/cli/**/*.test.ts",
      ],
    },
    {
      ...common,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.tsx", "<rootDir>/test/journeys/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
      // Rendering Fluent UI in jsdom beside the other projects on a 2-core machine can take
      // longer than Jest's 5 s default for one test (seen on CI); these tests check what the
      // pane does, not how fast: speed is measured in `npm run bench`.
      testTimeout: 30000,
    },
    { ...common, displayName: "build", testEnvironment: "node", testMatch: ["<rootDir>/test/build/**/*.test.ts"] },
    {
      ...common,
      displayName: "reference",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/reference/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
