/**
 * Makes Microsoft's Excel client (@microsoft/office-js, pinned) loadable in Jest: the double loads it
 * on first use (src/double/office-client.ts), by evaluating `dist/excel-web-16.00.js` in this test
 * file's global scope, as a page's <script> tag would. Node has no `window`, `navigator`,
 * `document` or `location`; the client needs them to exist while it loads, so bare ones are
 * provided where the environment has none (jsdom has them all).
 */
import { readFileSync } from "fs";
import { registerOfficeClientLoader } from "../../src/double/office-client";

const CLIENT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

registerOfficeClientLoader(() => {
  const scope = globalThis as Record<string, unknown>;
  scope.window ??= globalThis;
  scope.navigator ??= { userAgent: "node" };
  scope.document ??= {};
  scope.location ??= { href: "https://localhost/", protocol: "https:", hash: "", search: "" };
  // The client claims the `Office` global for its own namespace; the add-in's Office (a test's
  // stand-in) is not the client's to replace.
  const hadOffice = "Office" in scope;
  const office = scope.Office;
  // A <script> runs in the global scope, its top-level `var`s (Excel, OfficeExtension, OSF, ...)
  // becoming globals: an indirect eval is the one way to do that inside Jest's sandbox.
  // eslint-disable-next-line no-eval
  (0, eval)(readFileSync(CLIENT, "utf8"));
  if (hadOffice) scope.Office = office;
  else delete scope.Office;
});
