import { createRoot } from "react-dom/client";
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
  createRoot(container).render(
    <App
      gateway={gateway}
      runEngine={createWorkerRunEngine()}
      initialLocale={localeFromDisplayLanguage(context?.displayLanguage)}
      theme={paneThemeFromOffice(context?.officeTheme)}
    />
  );
});
