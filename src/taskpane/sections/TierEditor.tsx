import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { SchemeSpec } from "../../engine";
import { defaultTierLabel } from "../../i18n";
import { NumberField } from "../controls/NumberField";
import { usePane } from "../state/PaneContext";
import { AbcCutoffFields, AbcGrowthFields, CustomModeField } from "./SchemeOptionFields";
import { addTier, patchTier, tierEditing, type AnyTier } from "./tierEditing";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
  },
  tier: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Edits the scheme's tiers: names always; shares, thresholds or ABC cut-offs by kind; custom tiers can be added. */
export function TierEditor(): React.JSX.Element {
  const { state, dispatch, t } = usePane();
  const styles = useStyles();
  const { scheme, locale } = state;
  const tiers = scheme.tiers as AnyTier[];
  const setScheme = (next: SchemeSpec): void => dispatch({ type: "scheme", scheme: next });
  const editing = tierEditing(scheme);
  const last = tiers.length - 1;
  const sharesGiven =
    editing === "shares"
      ? tiers.slice(0, last).reduce((sum, tier) => sum + (tier.share ?? 0), 0)
      : 0;
  return (
    <>
      {scheme.kind === "custom" && <CustomModeField scheme={scheme} setScheme={setScheme} />}
      <ol className={styles.list}>
        {tiers.map((tier, index) => (
          <li key={tier.key} className={styles.tier}>
            <TierFields index={index} sharesGiven={sharesGiven} />
            {scheme.kind === "custom" && tiers.length > 2 && (
              <div className={styles.actions}>
                <Button
                  size="small"
                  onClick={() =>
                    setScheme({
                      ...scheme,
                      tiers: tiers.filter((_, i) => i !== index),
                    } as SchemeSpec)
                  }
                >
                  {t.removeTier(tier.label)}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {editing === "shares" && sharesGiven > 1 && <Caption1 role="status">{t.sharesOver}</Caption1>}
      {scheme.kind === "custom" && (
        <div className={styles.actions}>
          <Button
            onClick={() =>
              setScheme(addTier(scheme, (key) => defaultTierLabel(key, locale) ?? key))
            }
          >
            {t.addTier}
          </Button>
        </div>
      )}
      {scheme.kind === "abc" && scheme.mode !== "growth" && (
        <AbcCutoffFields scheme={scheme} setScheme={setScheme} />
      )}
      {scheme.kind === "abc" && scheme.mode === "growth" && (
        <AbcGrowthFields scheme={scheme} setScheme={setScheme} />
      )}
    </>
  );
}

/** One tier's name, and its share or lower bound as the scheme edits them (the last tier takes the rest). */
function TierFields({
  index,
  sharesGiven,
}: {
  index: number;
  sharesGiven: number;
}): React.JSX.Element {
  const { state, dispatch, t, fmt } = usePane();
  const { scheme } = state;
  const tier = scheme.tiers[index] as AnyTier;
  const isLast = index === scheme.tiers.length - 1;
  const editing = tierEditing(scheme);
  const setTier = (patch: Partial<AnyTier>): void =>
    dispatch({ type: "scheme", scheme: patchTier(scheme, index, patch) });
  return (
    <>
      <Field label={t.tierLabel(index + 1, fmt)}>
        <Input value={tier.label} onChange={(_, data) => setTier({ label: data.value })} />
      </Field>
      {editing === "shares" && !isLast && (
        <NumberField
          label={t.tierShare(tier.label)}
          value={tier.share ?? 0}
          percent
          min={0}
          onChange={(value) => setTier({ share: value ?? 0 })}
        />
      )}
      {editing === "shares" && isLast && (
        <Caption1>
          {t.tierRestShare(tier.label, fmt.percent(Math.max(0, 1 - sharesGiven), 1))}
        </Caption1>
      )}
      {editing === "thresholds" && !isLast && (
        <NumberField
          label={t.tierMin(tier.label)}
          value={tier.min ?? 0}
          onChange={(value) => setTier({ min: value ?? 0 })}
        />
      )}
      {editing === "thresholds" && isLast && <Caption1>{t.tierRest(tier.label)}</Caption1>}
    </>
  );
}
