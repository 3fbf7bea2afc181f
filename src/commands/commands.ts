/* Ribbon commands, registered in the shared runtime (manifest: ExecuteFunction "refreshTiers"). */

/* global Office */

/** Home > CRM Pyramid > Refresh tiers. */
async function refreshTiers(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // Nothing is saved in the workbook yet: open the pane so the user can set tiering up.
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshTiers", refreshTiers);
});
