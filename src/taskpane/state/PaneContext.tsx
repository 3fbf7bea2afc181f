import * as React from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { createFormatter, messagesFor, type Formatter, type Messages } from "../../i18n";
import type { RunEngine } from "../engine/runEngine";
import type { PaneAction } from "./paneActions";
import type { PaneState } from "./paneState";

/** What every section needs: the state and its dispatch, the injected services, and the language. */
export interface PaneContextValue {
  state: PaneState;
  dispatch: React.Dispatch<PaneAction>;
  gateway: WorkbookGateway;
  runEngine: RunEngine;
  t: Messages;
  fmt: Formatter;
}

const PaneContext = React.createContext<PaneContextValue | null>(null);

export function PaneProvider(props: {
  state: PaneState;
  dispatch: React.Dispatch<PaneAction>;
  gateway: WorkbookGateway;
  runEngine: RunEngine;
  children: React.ReactNode;
}): React.JSX.Element {
  const { state, dispatch, gateway, runEngine, children } = props;
  const locale = state.locale;
  const fmt = React.useMemo(() => createFormatter(locale), [locale]);
  const value = React.useMemo<PaneContextValue>(
    () => ({ state, dispatch, gateway, runEngine, t: messagesFor(locale), fmt }),
    [state, dispatch, gateway, runEngine, locale, fmt]
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = React.useContext(PaneContext);
  if (!value) throw new Error("usePane must be used inside PaneProvider");
  return value;
}
