/**
 * What the ribbon's Refresh tiers tells the user, as data: `{ code, params }` values that src/i18n
 * puts into words in the user's language (src/i18n/codes/ribbonNotices.ts for the outcome,
 * noticePage.ts for the dialog's own texts). Params are counts, addresses, sheet names, the saved
 * field's path, the adapter's own coded message, or the text of an error nobody expected (an
 * exception's text is data: the command never writes a sentence of its own).
 */
import type { AdapterMessage, SetupDamagedMessage } from "../excel/adapterMessages";

export type NoticeKind = "success" | "error" | "info";

type NoParams = Record<string, never>;

/** The final message of a refresh. */
export type RibbonNotice =
  | {
      code: "refreshed";
      params: { customers: number; tierColumnAddress: string; summarySheetName: string };
    }
  | { code: "cancelled"; params: NoParams }
  /** The writer stopped at Cancel: its own words say what, if anything, it had written. */
  | { code: "writeCancelled"; params: { adapter: AdapterMessage } }
  | { code: "cellEdit"; params: NoParams }
  | { code: "setupUnreadable"; params: { error: string } }
  /** The saved set-up failed its schema check: the adapter's message naming the field and its problem. */
  | { code: "setupDamaged"; params: { adapter: SetupDamagedMessage } }
  | { code: "headerChanged"; params: { address: string } }
  | {
      code: "mappingPastSource";
      params: { field: string; column: number; address: string; columnCount: number };
    }
  | { code: "writeFailed"; params: { adapter: AdapterMessage } }
  | { code: "failed"; params: { error: string } };

/** The notice page's own texts: its titles, the progress steps, the Cancel and no-details lines. */
export type NoticePageText =
  | { code: "title"; params: { kind: NoticeKind | "progress" } }
  | { code: "reading"; params: { rowsRead: number; rowsTotal: number } }
  | { code: "readingStarted"; params: NoParams }
  | { code: "tiering"; params: NoParams }
  | { code: "writing"; params: NoParams }
  | { code: "cancelling"; params: NoParams }
  | { code: "cancelButton"; params: NoParams }
  | { code: "closeButton"; params: NoParams }
  | { code: "noDetails"; params: NoParams };

/** The kind of dialog a notice is shown in (its title and colour). */
export function noticeKind(notice: RibbonNotice): NoticeKind {
  switch (notice.code) {
    case "refreshed":
      return "success";
    case "cancelled":
    case "writeCancelled":
      return "info";
    default:
      return "error";
  }
}
