import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelDouble, type ExcelRun } from "../double";
import { createExcelGateway } from "../excel";
import { runTiering } from "../engine";
import { App } from "../taskpane/App";
import { createWorkerRunEngine } from "../taskpane/createEngineWorker";
import { refreshTiers } from "../commands/refreshTiers";
import { createFormatter, localeFromDisplayLanguage, ribbonNoticesText } from "../i18n";
import { Playground, type RibbonNotice } from "./Playground";
import { sampleWorkbook } from "./sampleWorkbook";
import { createWorkbookVersion } from "./workbookVersion";
import type { PlaygroundApi } from "./playgroundApi";

/* The playground: the real task pane and the real Refresh tiers command, with the strict Excel
   double standing in for Excel, preloaded with the methodology's 2,126-customer sample. */

const excel = createExcelDouble(sampleWorkbook());
const version = createWorkbookVersion();
// Every Excel.run batch may change the workbook: redraw the grid after each one.
const run = (async (...args: Parameters<typeof excel.run>) => {
  try {
    return await (excel.run as (...a: typeof args) => Promise<unknown>)(...args);
  } finally {
    version.bump();
  }
}) as ExcelRun;
const gateway = createExcelGateway(run, excel.requirements);
const container = document.getElementById("root")!;
const root = createRoot(container);
let notice: RibbonNotice | null = null;
/** Bumped to open the pane afresh (setCulture): React mounts a new App for a new key. */
let paneOpening = 0;
/** Office's display language, as a URL parameter (?displayLanguage=zh-CN): the pane starts in it
    and the ribbon notice speaks it, as in Excel (taskpane/index.tsx, commands.ts). */
const displayLanguage =
  new URLSearchParams(window.location.search).get("displayLanguage") ?? "en-US";
const officeLocale = localeFromDisplayLanguage(displayLanguage);
const NOTICE_FORMAT = createFormatter(officeLocale);

function focusPane() {
  container.querySelector<HTMLElement>("main")?.scrollIntoView();
  return Promise.resolve();
}

async function runRibbon(id: string): Promise<unknown> {
  if (id !== "refreshTiers")
    throw new Error(`No ribbon button runs "${id}"; the add-in has refreshTiers.`);
  notice = { kind: "info", message: "Refreshing tiers…" };
  render();
  const outcome = await refreshTiers({
    gateway,
    runEngine: runTiering,
    // In Office's display language, as commands.ts words the notice in Excel.
    notify: (coded, kind) => {
      notice = { message: ribbonNoticesText(coded, NOTICE_FORMAT), kind };
      render();
    },
    showPane: focusPane,
  });
  if (outcome.status === "no-setup") {
    notice = { kind: "info", message: "Nothing is set up in this workbook yet: use the pane." };
  }
  render();
  return outcome;
}

function render() {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Playground
        excel={excel}
        version={version}
        notice={notice}
        onRefreshTiers={async () => {
          await runRibbon("refreshTiers");
        }}
        pane={
          <App
            key={paneOpening}
            gateway={gateway}
            runEngine={createdEngine}
            initialLocale={officeLocale}
            displayLanguage={displayLanguage}
            theme="light"
          />
        }
      />
    </FluentProvider>
  );
}

const createdEngine = createWorkerRunEngine();
const api: PlaygroundApi = {
  ready: true,
  loadWorkbook: (json) => {
    excel.loadWorkbook(json);
    version.bump();
  },
  setCulture: (name) => {
    excel.loadWorkbook({ ...excel.snapshot(), culture: name });
    version.bump();
    paneOpening += 1;
    render();
  },
  select: (address) => {
    excel.select(address);
    version.bump();
  },
  snapshot: () => excel.snapshot(),
  runRibbon,
};
window.playground = api;
render();
