import * as React from "react";
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import {
  ABC_COUNT_CUTOFFS,
  ABC_GROWTH_MIN,
  ABC_GROWTH_TOP_SHARE,
  ABC_VALUE_CUTOFFS,
  type SchemeSpec,
} from "../../engine";
import { NumberField } from "../controls/NumberField";
import { usePane } from "../state/PaneContext";
import { customInMode, type AnyTier } from "./tierEditing";

type Props<K extends SchemeSpec["kind"]> = {
  scheme: Extract<SchemeSpec, { kind: K }>;
  setScheme: (next: SchemeSpec) => void;
};

/** A custom scheme's choice: tiers by shares or by thresholds. */
export function CustomModeField({ scheme, setScheme }: Props<"custom">): React.JSX.Element {
  const { t } = usePane();
  return (
    <Field label={t.customMode}>
      <RadioGroup
        layout="vertical"
        value={scheme.mode}
        onChange={(_, data) => {
          const mode = data.value === "thresholds" ? "thresholds" : "shares";
          setScheme(customInMode(scheme.tiers as AnyTier[], mode));
        }}
      >
        <Radio value="shares" label={t.customShares} />
        <Radio value="thresholds" label={t.customThresholds} />
      </RadioGroup>
    </Field>
  );
}

/** ABC by count or by value: the two cut-offs. */
export function AbcCutoffFields({ scheme, setScheme }: Props<"abc">): React.JSX.Element {
  const { t, fmt } = usePane();
  const cutoffs =
    scheme.cutoffs ?? (scheme.mode === "count" ? ABC_COUNT_CUTOFFS : ABC_VALUE_CUTOFFS);
  return (
    <>
      <Caption1>{scheme.mode === "count" ? t.abcCountHint : t.abcValueHint}</Caption1>
      {[0, 1].map((i) => (
        <NumberField
          key={`${scheme.mode}-${i}`}
          label={t.abcCutoff(i + 1, fmt)}
          value={cutoffs[i]}
          percent
          min={0}
          onChange={(value) =>
            setScheme({ ...scheme, cutoffs: cutoffs.map((c, j) => (j === i ? (value ?? 0) : c)) })
          }
        />
      ))}
    </>
  );
}

/** ABC by growth: the minimum yearly growth and the top share. */
export function AbcGrowthFields({ scheme, setScheme }: Props<"abc">): React.JSX.Element {
  const { t } = usePane();
  return (
    <>
      <NumberField
        label={t.minGrowth}
        value={scheme.minGrowth ?? ABC_GROWTH_MIN}
        percent
        onChange={(value) => setScheme({ ...scheme, minGrowth: value ?? ABC_GROWTH_MIN })}
      />
      <NumberField
        label={t.topShare}
        value={scheme.topShare ?? ABC_GROWTH_TOP_SHARE}
        percent
        min={0}
        onChange={(value) => setScheme({ ...scheme, topShare: value ?? ABC_GROWTH_TOP_SHARE })}
      />
    </>
  );
}
