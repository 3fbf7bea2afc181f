import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { CURRENCY_CHOICES, currencyLabel, defaultCurrency } from "../../i18n/currency";
import { usePane } from "../state/PaneContext";

// Narrow enough for a 320 px pane beside its label; a long name is cut with an ellipsis.
const useStyles = makeStyles({
  dropdown: { minWidth: "120px", maxWidth: "200px" },
});

/**
 * The currency the set-up's money is in (saved with it, written into the sheets' number formats).
 * It starts from the culture Excel reports, else the display language's region, else USD
 * (useDefaultCurrency), and the language switch never changes it.
 */
export function CurrencyField(): React.JSX.Element {
  const { state, dispatch, t } = usePane();
  const styles = useStyles();
  useDefaultCurrency();
  const current = state.output.currency;
  const choices =
    current && !CURRENCY_CHOICES.includes(current)
      ? [current, ...CURRENCY_CHOICES]
      : CURRENCY_CHOICES;
  return (
    <Field label={t.currency} orientation="horizontal" size="small">
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={current ? currencyLabel(current, state.locale) : ""}
        selectedOptions={current ? [current] : []}
        onOptionSelect={(_, data) => {
          if (data.optionValue) dispatch({ type: "output/currency", currency: data.optionValue });
        }}
      >
        {choices.map((code) => (
          <Option key={code} value={code} text={currencyLabel(code, state.locale)}>
            {currencyLabel(code, state.locale)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * Gives the set-up a currency whenever it has none: at the start, and after restoring a saved
 * set-up from before the setting existed (one whose workbook culture could not fill it in,
 * setupStore.ts). The culture is read once per pane opening.
 */
function useDefaultCurrency(): void {
  const { state, dispatch, gateway, displayLanguage } = usePane();
  // Without a way to ask Excel (a hand-written gateway), the display language decides at once.
  const [fallback, setFallback] = React.useState<string | undefined>(() =>
    gateway.workbookCulture ? undefined : defaultCurrency(null, displayLanguage)
  );
  React.useEffect(() => {
    if (!gateway.workbookCulture) return;
    let stale = false;
    gateway
      .workbookCulture()
      .catch(() => null)
      .then((name) => {
        if (!stale) setFallback(defaultCurrency(name, displayLanguage));
      });
    return () => {
      stale = true;
    };
    // Once per pane opening; the gateway and the display language do not change.
  }, []);
  const missing = state.output.currency === undefined;
  React.useEffect(() => {
    if (missing && fallback) dispatch({ type: "output/currency", currency: fallback });
  }, [missing, fallback, dispatch]);
}
