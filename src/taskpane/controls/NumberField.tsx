import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { parseNumber } from "../../engine";
import { usePane } from "../state/PaneContext";

export interface NumberFieldProps {
  label: string;
  value: number | null;
  /** Called with each valid number typed (or null when emptied and `allowEmpty`). */
  onChange(value: number | null): void;
  /** Show and accept the value as a percentage (0.15 ↔ "15"). */
  percent?: boolean;
  allowEmpty?: boolean;
  hint?: string;
  min?: number;
}

const toText = (value: number | null, percent: boolean): string =>
  value === null ? "" : String(Math.round((percent ? value * 100 : value) * 1e6) / 1e6);

/**
 * A number input that keeps what the user types (so "1." or "" are not snapped back while typing) and
 * reports only valid numbers. Accepts what the engine accepts ("58,900", "¥5万", full-width digits).
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const { label, value, onChange, percent = false, allowEmpty = false, hint, min } = props;
  const { t } = usePane();
  const [text, setText] = React.useState(() => toText(value, percent));
  const [invalid, setInvalid] = React.useState(false);
  const shown = React.useRef(value);
  if (shown.current !== value) {
    // The value changed from outside (preset switched): show it.
    shown.current = value;
    const next = toText(value, percent);
    if (text !== next && !invalid) setText(next);
  }

  const handleChange = (next: string): void => {
    setText(next);
    if (next.trim() === "" && allowEmpty) {
      setInvalid(false);
      shown.current = null;
      onChange(null);
      return;
    }
    const parsed = parseNumber(percent ? next.replace(/[%％]/g, "") : next);
    const number = parsed.ok ? (percent ? parsed.value / 100 : parsed.value) : NaN;
    const ok = Number.isFinite(number) && (min === undefined || number >= min);
    setInvalid(!ok);
    if (ok) {
      shown.current = number;
      onChange(number);
    }
  };

  return (
    <Field
      label={label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? t.invalidNumber : undefined}
    >
      <Input value={text} inputMode="decimal" onChange={(_, data) => handleChange(data.value)} />
    </Field>
  );
}
