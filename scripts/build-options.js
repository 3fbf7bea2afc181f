/* The build's options, read from the environment in one place (webpack.config.js uses them; the
   Jest build tests check them). README "Deploying to production" documents each one. */
const { devBaseUrl, rewriteManifestUrls } = require("./manifest-urls");

/** Microsoft's global CDN for Office.js, the default
    (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn). */
const globalOfficeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Office 365 operated by 21Vianet (China): add-ins "should use corresponding CDN", this address
    (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn#cdn-references-for-other-microsoft-365-environments,
    also https://learn.microsoft.com/office/dev/add-ins/publish/government-cloud-guidance#office-365-operated-by-21vianet). */
const vianetOfficeJsUrl =
  "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

/** A build option the build cannot use; `code` names the option, the message says what to do. */
class BuildOptionError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "BuildOptionError";
    this.code = code;
  }
}

function officeJsUrlFrom(value) {
  if (value === undefined || value === "") return globalOfficeJsUrl;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || !/\/office\.js$/i.test(url.pathname)) {
    throw new BuildOptionError(
      "OFFICE_JS_URL",
      `[crm-pyramid] OFFICE_JS_URL must be the https:// address of office.js, e.g. ${vianetOfficeJsUrl} ` +
        `for Microsoft 365 operated by 21Vianet; got "${value}".`
    );
  }
  return url.href;
}

/**
 * @param {{ mode: string, playground: boolean, env: Record<string, string | undefined> }} input
 *   `playground`: a `--env playground` build (the in-browser test page; never deployed).
 * @returns {{ baseUrl: string | undefined, officeJsUrl: string }}
 */
function resolveBuildOptions({ mode, playground, env }) {
  const production = mode !== "development";
  const baseUrl = env.ADDIN_BASE_URL || undefined;
  // A production dist/ is what gets deployed: a manifest still pointing at the development server
  // would install an add-in that cannot load anywhere but the developer's machine.
  if (production && !playground && !baseUrl) {
    throw new BuildOptionError(
      "ADDIN_BASE_URL",
      "[crm-pyramid] A production build needs ADDIN_BASE_URL, the HTTPS address that will host dist/, e.g.\n" +
        "  ADDIN_BASE_URL=https://addins.example.com/crm-pyramid/ npm run build\n" +
        `Without it dist/manifest.xml would point Excel at the development server (${devBaseUrl}).\n` +
        "For a local build with the development URLs use: npm run build:dev"
    );
  }
  if (baseUrl) {
    try {
      rewriteManifestUrls("", baseUrl); // checks it now, before a minute of compiling
    } catch (error) {
      throw new BuildOptionError("ADDIN_BASE_URL", `[crm-pyramid] ${error.message}`);
    }
  }
  return { baseUrl, officeJsUrl: officeJsUrlFrom(env.OFFICE_JS_URL) };
}

module.exports = { BuildOptionError, globalOfficeJsUrl, resolveBuildOptions, vianetOfficeJsUrl };
