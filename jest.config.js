/* Three projects: plain TypeScript tests in Node; .tsx tests (React components) in jsdom; the
   end-to-end tests (*.e2e.ts) in a real Chromium.
   ts-jest only transpiles (isolatedModules); `npm run typecheck` does the type checking once. */
const tsJest = [
  "ts-jest",
  { tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", jsx: "react-jsx" } },
];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
      setupFiles: ["<rootDir>/test/setup/office-client.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      // The playground in Debian's Chromium (playwright-core); see test/e2e/browser.ts.
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.ts"],
      // One playground build for every e2e file (test/e2e/playgroundBuild.ts).
      globalSetup: "<rootDir>/test/e2e/playgroundBuild.ts",
      globalTeardown: "<rootDir>/test/e2e/playgroundTeardown.ts",
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/setup/jsdom-setup.ts", "<rootDir>/test/setup/office-client.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
