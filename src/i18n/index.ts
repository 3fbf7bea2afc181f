import { enUS, type Messages } from "./messages.en-US";
import { zhCN } from "./messages.zh-CN";
import type { Locale } from "./locale";

export * from "./locale";
export * from "./format";
export * from "./tierLabels";
export type { Messages } from "./messages.en-US";

const MESSAGES: Record<Locale, Messages> = { "en-US": enUS, "zh-CN": zhCN };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
export { adapterMessageText } from "./codes/adapterMessages";
export { sourceProblemText } from "./codes/sourceProblems";
export { problemReasonsText } from "./codes/problemReasons";
export { engineWarningsText } from "./codes/engineWarnings";
export { ribbonNoticesText } from "./codes/ribbonNotices";
export { setupProblemText } from "./codes/setupProblems";
export { clvModelsText } from "./codes/clvModels";
export { sqlRefusalsText } from "./codes/sqlRefusals";
