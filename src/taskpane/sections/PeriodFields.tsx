import * as React from "react";
import { Caption1, Field, Input } from "@fluentui/react-components";
import { serialToYmd, ymdToSerial } from "../../engine";
import { NumberField } from "../controls/NumberField";
import { usePane } from "../state/PaneContext";

/** "2024-12-31" ↔ Excel serial day (the engine's period end). */
export function serialToIso(serial: number): string {
  const [y, m, d] = serialToYmd(serial);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The period that decides who is Inactive: its length in months and its last day. */
export function PeriodFields(): React.JSX.Element {
  const { state, dispatch, t } = usePane();
  if (state.mapping.mapping.date === undefined) return <Caption1>{t.periodNeedsDate}</Caption1>;
  const { periodMonths, periodEnd } = state.options;
  return (
    <>
      <NumberField
        label={t.periodMonths}
        value={periodMonths}
        min={1}
        onChange={(value) =>
          value !== null &&
          value >= 1 &&
          dispatch({ type: "options", patch: { periodMonths: Math.round(value) } })
        }
      />
      <Field label={t.periodEnd} hint={t.periodEndHint}>
        <Input
          type="date"
          value={periodEnd === null ? "" : serialToIso(periodEnd)}
          onChange={(_, data) =>
            dispatch({ type: "options", patch: { periodEnd: isoToSerial(data.value) } })
          }
        />
      </Field>
    </>
  );
}
