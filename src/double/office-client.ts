/**
 * The one seam between the double and Microsoft's Excel client (@microsoft/office-js, pinned exactly
 * in package.json). The tests and the playground load the client's `dist/excel-web-16.00.js` as a
 * script, so `Excel` and `OfficeExtension` are Microsoft's; this file hands it a host.
 *
 * The hook is internal to office.js: `Excel.run({ session })` and `new Excel.RequestContext(session)`
 * accept a request-info object, and `ClientRequestContext.ensureRequestUrlAndHeaderInfo` asks it for
 * `_resolveRequestUrlAndHeaderInfo()` and, when present, `_createRequestExecutorOrNull()`: the executor
 * it returns receives every request. test/double-tests/client-seam.test.ts fails loudly if an upgrade
 * changes the hook, the package version or the message shape.
 */
import { extendClient } from "./client-extensions";
import type { RequestExecutor } from "./host/executor";

/** The version this seam was read from (the client's package.json must say the same). */
export const OFFICE_CLIENT_VERSION = "1.1.110";

export interface OfficeClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

type Loader = () => void;

/** Test set-ups in Node register how to load the client script (test/setup/office-client.ts). */
export function registerOfficeClientLoader(load: Loader): void {
  (globalThis as { __crmLoadOfficeClient?: Loader }).__crmLoadOfficeClient = load;
}

/** Microsoft's client, loaded once: from the page's script tag (playground) or the test loader. */
export function officeClient(): OfficeClient {
  const scope = globalThis as unknown as Partial<OfficeClient> & { __crmLoadOfficeClient?: Loader };
  if (!isMicrosoftClient(scope)) scope.__crmLoadOfficeClient?.();
  if (!isMicrosoftClient(scope))
    throw new Error(
      "Microsoft's Excel client is not loaded: load @microsoft/office-js/dist/excel-web-16.00.js first"
    );
  extendClient(scope.Excel!, scope.OfficeExtension!);
  return { Excel: scope.Excel!, OfficeExtension: scope.OfficeExtension! };
}

function isMicrosoftClient(scope: Partial<OfficeClient>): boolean {
  return (
    typeof scope.Excel?.RequestContext === "function" &&
    typeof scope.OfficeExtension?.ClientRequestContext === "function"
  );
}

/** The request info a context is made with: no URL (a local document) and our executor. */
export function hostSession(executor: RequestExecutor): object {
  return {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };
}
