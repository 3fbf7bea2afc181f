import { createRoot } from "react-dom/client";
import { localeFromDisplayLanguage } from "../i18n";
import { App } from "./App";
import { createWorkerRunEngine } from "./createEngineWorker";
import { paneThemeFromOffice } from "./officeTheme";
import { unavailableGateway } from "./unavailableGateway";

/* global document, Office */

// TODO(lead): once src/excel exports it, replace the next line with
//   import { createExcelGateway } from "../excel";
//   const gateway = createExcelGateway();
const gateway = unavailableGateway("The Excel adapter is not wired into the task pane yet.");

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  const context = Office.context;
  createRoot(container).render(
    <App
      gateway={gateway}
      runEngine={createWorkerRunEngine()}
      initialLocale={localeFromDisplayLanguage(context?.displayLanguage)}
      theme={paneThemeFromOffice(context?.officeTheme)}
    />
  );
});
