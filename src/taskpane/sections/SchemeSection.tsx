import * as React from "react";
import { Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../state/PaneContext";
import { PRESET_IDS, isPresetId } from "../state/schemePresets";
import { PeriodFields } from "./PeriodFields";
import { TierEditor } from "./TierEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** A preset's name in the pane's language; a preset without one (a new scheme) shows its id. */
const presetName = (names: Partial<Record<string, string>>, id: string): string => names[id] ?? id;

/** The scheme: preset picker, its editable tiers, and the period that decides who is Inactive. */
export function SchemeSection(): React.JSX.Element {
  const { state, dispatch, t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t.preset}>
        <Dropdown
          className={styles.dropdown}
          value={presetName(t.presets, state.presetId)}
          selectedOptions={[state.presetId]}
          onOptionSelect={(_, data) => {
            if (data.optionValue && isPresetId(data.optionValue))
              dispatch({ type: "preset", id: data.optionValue });
          }}
        >
          {PRESET_IDS.map((id) => (
            <Option key={id} value={id}>
              {presetName(t.presets, id)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Subtitle2 as="h3">{t.tiersHeading}</Subtitle2>
      <TierEditor />
      <Subtitle2 as="h3">{t.periodHeading}</Subtitle2>
      <PeriodFields />
    </div>
  );
}
