import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ABC_COUNT_CUTOFFS,
  ABC_GROWTH_MIN,
  ABC_GROWTH_TOP_SHARE,
  ABC_VALUE_CUTOFFS,
  type RankTierSpec,
  type SchemeSpec,
  type ThresholdTierSpec,
  type TierSpec,
} from "../../engine";
import { defaultTierLabel } from "../../i18n";
import { NumberField } from "../controls/NumberField";
import { usePane } from "../state/PaneContext";

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

type AnyTier = TierSpec & Partial<RankTierSpec & ThresholdTierSpec>;

const isShares = (s: SchemeSpec): boolean =>
  s.kind === "pyramid" || s.kind === "key" || (s.kind === "custom" && s.mode === "shares");
const isThresholds = (s: SchemeSpec): boolean =>
  s.kind === "thresholds" || (s.kind === "custom" && s.mode === "thresholds");

/** Edits the scheme's tiers: names always; shares, thresholds or ABC cut-offs by kind; custom tiers can be added. */
export function TierEditor(): React.JSX.Element {
  const { state, dispatch, t, fmt } = usePane();
  const styles = useStyles();
  const { scheme, locale } = state;
  const tiers = scheme.tiers as AnyTier[];
  const setScheme = (next: SchemeSpec): void => dispatch({ type: "scheme", scheme: next });
  const setTier = (index: number, patch: Partial<AnyTier>): void =>
    setScheme({
      ...scheme,
      tiers: tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)),
    } as SchemeSpec);
  const last = tiers.length - 1;
  const sharesGiven = isShares(scheme)
    ? tiers.slice(0, last).reduce((sum, tier) => sum + (tier.share ?? 0), 0)
    : 0;

  const addTier = (): void => {
    const used = new Set(tiers.map((tier) => tier.key));
    let n = tiers.length + 1;
    while (used.has(`tier${n}`)) n++;
    const key = `tier${n}`;
    const label = defaultTierLabel(key, locale) ?? key;
    const added: AnyTier =
      scheme.kind === "custom" && scheme.mode === "thresholds"
        ? { key, label }
        : { key, label, share: 0 };
    // The new tier goes last (it takes the rest); the previous last tier gets an explicit share or bound.
    const previous = tiers.map((tier, i) =>
      i === last
        ? isShares(scheme)
          ? { ...tier, share: tier.share ?? 0 }
          : { ...tier, min: tier.min ?? 0 }
        : tier
    );
    setScheme({ ...scheme, tiers: [...previous, added] } as SchemeSpec);
  };

  return (
    <>
      {scheme.kind === "custom" && (
        <Field label={t.customMode}>
          <RadioGroup
            layout="vertical"
            value={scheme.mode}
            onChange={(_, data) => {
              const mode = data.value === "thresholds" ? "thresholds" : "shares";
              setScheme(
                mode === "thresholds"
                  ? { kind: "custom", mode, tiers: tiers.map(({ key, label }) => ({ key, label })) }
                  : {
                      kind: "custom",
                      mode,
                      tiers: tiers.map(({ key, label }) => ({
                        key,
                        label,
                        share: 1 / tiers.length,
                      })),
                    }
              );
            }}
          >
            <Radio value="shares" label={t.customShares} />
            <Radio value="thresholds" label={t.customThresholds} />
          </RadioGroup>
        </Field>
      )}
      <ol className={styles.list}>
        {tiers.map((tier, index) => (
          <li key={tier.key} className={styles.tier}>
            <Field label={t.tierLabel(index + 1)}>
              <Input
                value={tier.label}
                onChange={(_, data) => setTier(index, { label: data.value })}
              />
            </Field>
            {isShares(scheme) &&
              (index < last ? (
                <NumberField
                  label={t.tierShare(tier.label)}
                  value={tier.share ?? 0}
                  percent
                  min={0}
                  onChange={(value) => setTier(index, { share: value ?? 0 })}
                />
              ) : (
                <Caption1>
                  {t.tierRest(tier.label)} ({fmt.percent(Math.max(0, 1 - sharesGiven), 1)})
                </Caption1>
              ))}
            {isThresholds(scheme) && index < last && (
              <NumberField
                label={t.tierMin(tier.label)}
                value={tier.min ?? 0}
                onChange={(value) => setTier(index, { min: value ?? 0 })}
              />
            )}
            {isThresholds(scheme) && index === last && (
              <Caption1>{t.tierRest(tier.label)}</Caption1>
            )}
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
      {isShares(scheme) && sharesGiven > 1 && <Caption1 role="status">{t.sharesOver}</Caption1>}
      {scheme.kind === "custom" && (
        <div className={styles.actions}>
          <Button onClick={addTier}>{t.addTier}</Button>
        </div>
      )}
      {scheme.kind === "abc" && scheme.mode !== "growth" && (
        <>
          <Caption1>{scheme.mode === "count" ? t.abcCountHint : t.abcValueHint}</Caption1>
          {[0, 1].map((i) => {
            const cutoffs =
              scheme.cutoffs ?? (scheme.mode === "count" ? ABC_COUNT_CUTOFFS : ABC_VALUE_CUTOFFS);
            return (
              <NumberField
                key={`${scheme.mode}-${i}`}
                label={t.abcCutoff(i + 1)}
                value={cutoffs[i]}
                percent
                min={0}
                onChange={(value) =>
                  setScheme({
                    ...scheme,
                    cutoffs: cutoffs.map((c, j) => (j === i ? (value ?? 0) : c)),
                  })
                }
              />
            );
          })}
        </>
      )}
      {scheme.kind === "abc" && scheme.mode === "growth" && (
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
      )}
    </>
  );
}
