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
];
