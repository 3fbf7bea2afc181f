import { KEY_CUSTOMER_TIERS } from "./presets";
import { rankShareScheme, type RankShareSpec } from "./rankShares";

export type KeySpec = RankShareSpec<"key">;

/** The key-customer pyramid: buyers by the rank rule, shares 1/19/30/50 by default. */
export const keyScheme = rankShareScheme("key", KEY_CUSTOMER_TIERS);
