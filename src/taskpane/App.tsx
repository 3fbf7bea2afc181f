import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { WorkbookGateway } from "../excel/gateway";
import type { Locale } from "../i18n";
import { runEngineInline, type RunEngine } from "./engine/runEngine";
import { fluentTheme, type PaneTheme } from "./officeTheme";
import { Pane } from "./Pane";
import { PaneProvider } from "./state/PaneContext";
import { paneReducer } from "./state/paneReducer";
import { initialPaneState } from "./state/paneState";

export interface AppProps {
  /** The only way the pane reaches the workbook (src/excel in Excel, the strict double elsewhere). */
  gateway: WorkbookGateway;
  /** Runs the tiering engine; production passes the Web Worker one (createEngineWorker.ts). Default: in-line. */
  runEngine?: RunEngine;
  /** Starting language (Office's display language); the user can switch in the pane. */
  initialLocale?: Locale;
  /**
   * Office's display language as Office reports it ("en-GB", "de-DE"): the pane formats figures in
   * it and starts the currency from its region when Excel reports no culture. Default: initialLocale.
   */
  displayLanguage?: string;
  /** Office's theme; the pane renders its own FluentProvider with the matching Fluent theme. */
  theme?: PaneTheme;
}

/** The task pane. */
export function App(props: AppProps): React.JSX.Element {
  const { gateway, runEngine = runEngineInline, initialLocale = "en-US", theme = "light" } = props;
  const [state, dispatch] = React.useReducer(paneReducer, initialLocale, initialPaneState);
  return (
    <FluentProvider theme={fluentTheme(theme)} lang={state.locale}>
      <PaneProvider
        state={state}
        dispatch={dispatch}
        gateway={gateway}
        runEngine={runEngine}
        displayLanguage={props.displayLanguage ?? initialLocale}
      >
        <Pane />
      </PaneProvider>
    </FluentProvider>
  );
}
