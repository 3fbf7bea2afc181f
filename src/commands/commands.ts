/* Ribbon commands, registered in the shared runtime (manifest: ExecuteFunction "refreshTiers").
   The logic is in refreshTiers.ts, which takes its dependencies (tests and the playground call it). */

/* global Office, Excel */

import { runTiering } from "../engine";
import { createExcelGateway } from "../excel";
import { showNoticeDialog } from "./noticeDialog";
import { refreshTiers } from "./refreshTiers";

/** Home > CRM Pyramid > Refresh tiers. */
async function refreshTiersCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshTiers({
      gateway: createExcelGateway(Excel.run, Office.context.requirements),
      runEngine: runTiering,
      notify: showNoticeDialog,
      showPane: () => Office.addin.showAsTaskpane(),
    });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshTiers", refreshTiersCommand);
});
