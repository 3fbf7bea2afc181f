// ESLint for the whole project: Microsoft's Office add-ins rules (load before read, sync after
// load, isNullObject checks...) and Prettier, applied to .ts AND .tsx (the plugin's own
// recommended block only names .ts files).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const [jsRecommended, prettierOff, addinBlock] = officeAddins.configs.recommended;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-artifacts/**", "test/schemas/**"] },
  jsRecommended,
  prettierOff,
  {
    ...addinBlock,
    files: ["**/*.{js,mjs,cjs,ts,tsx}"],
    languageOptions: { ...addinBlock.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: {
      ...addinBlock.rules,
      // TypeScript already reports undefined names, with the real Office/DOM/Node types.
      "no-undef": "off",
    },
  },
  {
    // The strict Excel double implements the API, and its tests read before sync ON PURPOSE to
    // prove that it throws as Excel does: the rules that guard add-in code do not apply there.
    files: ["src/double/**", "test/double-tests/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  {
    // The double is a development tool (tests and the playground): nothing the add-in ships may
    // import it, so it can never reach the production bundle.
    files: ["src/{engine,excel,functions,commands,taskpane,i18n}/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/double", "**/double/*"], message: "src/double is dev-only." }] },
      ],
    },
  },
  {
    // Issue 15's size rules: one small idea per file, functions a newcomer can read in one screen.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "max-lines": ["error", { max: 300 }],
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
];
