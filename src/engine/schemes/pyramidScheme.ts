import { PYRAMID_TIERS } from "./presets";
import { rankShareScheme, type RankShareSpec } from "./rankShares";

export type PyramidSpec = RankShareSpec<"pyramid">;

/** The customer pyramid: buyers by the rank rule, shares 1/4/15/80 by default. */
export const pyramidScheme = rankShareScheme("pyramid", PYRAMID_TIERS);
