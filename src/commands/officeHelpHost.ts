/* Office's side of opening the help page (helpPage.ts), for the ribbon's Help button (commands.ts)
   and the pane's Help link (taskpane/index.tsx). Kept out of the pane, which gets a callback. */

/* global Office, window */

import type { HelpHost } from "./helpPage";

/**
 * `fallback` where OpenBrowserWindowApi 1.1 is missing (Office on the web): "dialog" opens the page
 * in an Office dialog (the ribbon has no window of its own; the page is on the add-in's domain, as
 * the dialog API requires: https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins);
 * "tab" opens a browser tab from the pane, which is a web page there.
 */
export function officeHelpHost(fallback: "dialog" | "tab"): HelpHost {
  return {
    isSetSupported: (name, minVersion) =>
      Office.context.requirements.isSetSupported(name, minVersion),
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
    fallback: (url) => {
      if (fallback === "tab") window.open(url, "_blank", "noopener");
      // The user closes the dialog with its own close button; nothing is sent back.
      else
        Office.context.ui.displayDialogAsync(url, { height: 80, width: 50, displayInIframe: true });
    },
  };
}
