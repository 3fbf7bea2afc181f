/**
 * The warnings of the forward-looking CLV models, as codes with plain-data params: the `clvModels`
 * family (src/i18n/codes/clvModels.ts) puts them into words. Each one means the simple CLV was used
 * instead of the model's, for every customer or for the customers counted.
 */
export type ClvModelWarning =
  | { code: "clvFewRepeatCustomers"; params: { repeatCustomers: number; minimum: number } }
  | { code: "clvFitNotConverged"; params: { model: ClvModelName } }
  | { code: "clvDegenerateFit"; params: { model: ClvModelName } }
  | { code: "clvScoresFellBack"; params: { count: number } }
  // The calibration/holdout check (holdout.ts): its warnings say how far to trust the check itself.
  | { code: "clvHoldoutNone"; params: Record<string, never> }
  | {
      code: "clvHoldoutFewCustomers";
      params: { customers: number; repeatCustomers: number; minimum: number };
    }
  | { code: "clvHoldoutFitNotConverged"; params: { model: ClvModelName } };

/** The models' names, as the literature spells them (not translated). */
export type ClvModelName = "BG/NBD" | "Gamma-Gamma";
