import * as React from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { Role } from "../../engine";
import { usePane } from "../state/PaneContext";
import { sourceColumnLetters } from "./columnLetters";

/** The roles the pane lets the user map (the others are detected and kept, but not shown). */
export const MAPPED_ROLES: readonly Role[] = [
  "customer",
  "name",
  "revenue",
  "cost",
  "profit",
  "investment",
  "date",
  "status",
  "score",
];

const NONE = "none";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
});

/** One dropdown per role, each saying how sure the detection was or that the user chose it. */
export function MappingFields(): React.JSX.Element | null {
  const { state, dispatch, t, fmt } = usePane();
  const styles = useStyles();
  const info = state.source.info;
  if (!info) return null;
  const { mapping, confidence, manual } = state.mapping;
  const optionText = (column: number): string =>
    t.columnOption(sourceColumnLetters(info.address, column), String(info.header[column] ?? ""));

  return (
    <div className={styles.grid}>
      {MAPPED_ROLES.map((role) => {
        const column = mapping[role];
        const sure = confidence[role];
        const hint = manual[role]
          ? t.confidenceManual
          : column !== undefined && sure !== undefined
            ? t.confidenceDetected(fmt.percent(sure))
            : column === undefined
              ? t.confidenceMissing
              : undefined;
        return (
          <Field key={role} label={t.roles[role]} hint={hint}>
            <Dropdown
              className={styles.dropdown}
              value={column === undefined ? t.noColumn : optionText(column)}
              selectedOptions={[column === undefined ? NONE : String(column)]}
              onOptionSelect={(_, data) => {
                const value = data.optionValue;
                dispatch({
                  type: "mapping/set",
                  role,
                  column: value === undefined || value === NONE ? undefined : Number(value),
                });
              }}
            >
              <Option value={NONE}>{t.noColumn}</Option>
              {info.header.map((_, index) => (
                <Option key={index} value={String(index)}>
                  {optionText(index)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
