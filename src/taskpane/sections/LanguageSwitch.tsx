import * as React from "react";
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { LOCALES, type Locale } from "../../i18n";
import { usePane } from "../state/PaneContext";

const useStyles = makeStyles({ dropdown: { minWidth: "120px" } });

/** en-US / zh-CN, starting from Office's display language. */
export function LanguageSwitch(): React.JSX.Element {
  const { state, dispatch, t } = usePane();
  const styles = useStyles();
  return (
    <Field label={t.language} orientation="horizontal" size="small">
      <Dropdown
        size="small"
        className={styles.dropdown}
        value={t.languageNames[state.locale]}
        selectedOptions={[state.locale]}
        onOptionSelect={(_, data) => {
          if (data.optionValue && (LOCALES as readonly string[]).includes(data.optionValue)) {
            dispatch({ type: "locale", locale: data.optionValue as Locale });
          }
        }}
      >
        {LOCALES.map((locale) => (
          <Option key={locale} value={locale} lang={locale}>
            {t.languageNames[locale]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
