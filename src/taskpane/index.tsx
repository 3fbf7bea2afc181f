import { createRoot } from "react-dom/client";
import { openHelpPage } from "../commands/helpPage";
import { officeHelpHost } from "../commands/officeHelpHost";
import { OpenPageContext } from "./controls/HelpLink";
import { localeFromDisplayLanguage } from "../i18n";
import { App } from "./App";
import { createWorkerRunEngine } from "./createEngineWorker";
import { paneThemeFromOffice } from "./officeTheme";
import { createExcelGateway } from "../excel";

/* global document, Office, Excel */

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  // Office.context.requirements is only there once Office is ready.
  const gateway = createExcelGateway(Excel.run, context.requirements);
  // The Help link opens the user's browser where Office can, else a browser tab (helpPage.ts).
  const openPage = (url: string) => void openHelpPage(officeHelpHost("tab"), url);
  createRoot(container).render(
    <OpenPageContext.Provider value={openPage}>
      <App
        gateway={gateway}
        runEngine={createWorkerRunEngine()}
        initialLocale={localeFromDisplayLanguage(context?.displayLanguage)}
        displayLanguage={context?.displayLanguage}
        theme={paneThemeFromOffice(context?.officeTheme)}
      />
    </OpenPageContext.Provider>
  );
});
