import * as React from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import {
  createFormatter,
  messagesFor,
  numberLocale,
  type Formatter,
  type Messages,
} from "../../i18n";
import { DEFAULT_CURRENCY } from "../../i18n/currency";
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
  /** Office's display language ("en-GB"): figures are formatted in it, the currency starts from it. */
  displayLanguage?: string;
}

const PaneContext = React.createContext<PaneContextValue | null>(null);

export function PaneProvider(props: {
  state: PaneState;
  dispatch: React.Dispatch<PaneAction>;
  gateway: WorkbookGateway;
  runEngine: RunEngine;
  displayLanguage?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const { state, dispatch, gateway, runEngine, displayLanguage, children } = props;
  const locale = state.locale;
  // Money in the set-up's currency (USD until the pane has chosen one: CurrencyField.tsx).
  const currency = state.output.currency ?? DEFAULT_CURRENCY;
  const fmt = React.useMemo(
    () =>
      createFormatter(locale, { currency, numberLocale: numberLocale(locale, displayLanguage) }),
    [locale, currency, displayLanguage]
  );
  const value = React.useMemo<PaneContextValue>(
    () => ({ state, dispatch, gateway, runEngine, t: messagesFor(locale), fmt, displayLanguage }),
    [state, dispatch, gateway, runEngine, locale, fmt, displayLanguage]
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePane(): PaneContextValue {
  const value = React.useContext(PaneContext);
  if (!value) throw new Error("usePane must be used inside PaneProvider");
  return value;
}
