/* Ribbon commands, registered in the shared runtime (manifest: ExecuteFunction "refreshTiers" and
   "openHelp"). The logic is in refreshTiers.ts and helpPage.ts, which take their dependencies
   (tests and the playground call them). */

/* global Office, Excel */

import { runTiering } from "../engine";
import { createExcelGateway } from "../excel";
import { localeFromDisplayLanguage } from "../i18n/locale";
import { createNoticeDialog, type DialogHost } from "./noticeDialog";
import { helpPageUrl, openHelpPage } from "./helpPage";
import { officeHelpHost } from "./officeHelpHost";
import { refreshTiers } from "./refreshTiers";

/** Office's dialog API in the shape the notice takes. */
function officeDialogHost(): DialogHost {
  return {
    displayDialogAsync: (url, options, callback) =>
      Office.context.ui.displayDialogAsync(url, options, (result) =>
        callback({
          status: result.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : "failed",
          value: result.value,
        })
      ),
    isSetSupported: (name, minVersion) =>
      Office.context.requirements.isSetSupported(name, minVersion),
    events: {
      message: Office.EventType.DialogMessageReceived,
      closed: Office.EventType.DialogEventReceived,
    },
    baseHref: window.location.href,
    // The notice speaks Office's language, as the pane first does (taskpane/index.tsx).
    locale: localeFromDisplayLanguage(Office.context.displayLanguage),
  };
}

/** Home > CRM Pyramid > Refresh tiers. */
async function refreshTiersCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshTiers({
      gateway: createExcelGateway(Excel.run, Office.context.requirements),
      runEngine: runTiering,
      notice: createNoticeDialog(officeDialogHost()),
      showPane: () => Office.addin.showAsTaskpane(),
    });
  } finally {
    event.completed();
  }
}

/** Home > CRM Pyramid > Help: the user help page in Office's display language. */
function openHelpCommand(event: Office.AddinCommands.Event): void {
  try {
    const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
    openHelpPage(officeHelpHost("dialog"), helpPageUrl(locale, window.location.href));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshTiers", refreshTiersCommand);
  Office.actions.associate("openHelp", openHelpCommand);
});
