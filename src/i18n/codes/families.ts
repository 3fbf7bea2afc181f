import type { Coded, Family } from "../coded";
import { sqlRefusals } from "./sqlRefusals";
import { noticePage } from "./noticePage";
import { ribbonNotices } from "./ribbonNotices";
import { engineWarnings } from "./engineWarnings";
import { problemReasons } from "./problemReasons";
import { adapterMessages } from "./adapterMessages";
import { sourceProblems } from "./sourceProblems";
import { setupProblems } from "./setupProblems";
import { clvModels } from "./clvModels";

/**
 * Every message family, so `test/i18n/messageCodes.test.ts` renders every code in every locale.
 * A family file in this folder adds its one line here.
 */
export const FAMILIES: Record<string, Family<Coded>> = {
  // FAMILIES: one line per family below this anchor
  sqlRefusals: sqlRefusals as unknown as Family<Coded>,
  clvModels: clvModels as unknown as Family<Coded>,
  setupProblems: setupProblems as unknown as Family<Coded>,
  ribbonNotices: ribbonNotices as unknown as Family<Coded>,
  noticePage: noticePage as unknown as Family<Coded>,
  engineWarnings: engineWarnings as unknown as Family<Coded>,
  problemReasons: problemReasons as unknown as Family<Coded>,
  adapterMessages: adapterMessages as unknown as Family<Coded>,
  sourceProblems: sourceProblems as unknown as Family<Coded>,
};
