/**
 * Reporting from a ribbon command without the pane: a small dialog (notice.html) opened with
 * Office.context.ui.displayDialogAsync
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins). The page
 * must be on the add-in's own domain. In the shared runtime the command's code keeps running while
 * the dialog is open
 * (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
 *
 * No workbook data goes in the dialog's URL. With DialogApi 1.2 the page is opened bare; when it
 * says it is ready (messageParent, after registering its DialogParentMessageReceived handler with
 * Office.context.ui.addHandlerAsync), the progress steps and the final message are sent to it with
 * Dialog.messageChild (DialogApi 1.2:
 * https://learn.microsoft.com/javascript/api/office/office.dialog#office-office-dialog-messagechild-member(1),
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets),
 * and its Cancel button messages back. Without DialogApi 1.2 there is no progress, and the final
 * dialog's URL carries the kind alone ("Tiers refreshed" / "not refreshed" and "open the pane for
 * details").
 *
 * The command's messages are codes (ribbonNotice.ts): this file words them in Office's display
 * language (`DialogHost.locale`), and the page words its own texts the same way (notice.ts).
 */
import { ribbonNoticesText } from "../i18n/codes/ribbonNotices";
import { createFormatter } from "../i18n/format";
import type { Locale } from "../i18n/locale";
import type { RefreshNotice, RefreshStep } from "./refreshTiers";
import { parseFromDialog, type ToDialog } from "./noticeProtocol";
import type { NoticeKind } from "./ribbonNotice";

/** The Office.Dialog members used. */
export interface DialogLike {
  addEventHandler(
    eventType: Office.EventType,
    handler: (args: { message: string; origin?: string } | { error: number }) => void
  ): void;
  messageChild(message: string): void;
  close(): void;
}

/** The slice of Office the notice needs (commands.ts passes Office's; tests pass a fake). */
export interface DialogHost {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: { status: "succeeded" | "failed"; value: DialogLike }) => void
  ): void;
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Office.EventType.DialogMessageReceived and DialogEventReceived. */
  events: { message: Office.EventType; closed: Office.EventType };
  /** The page running this code: notice.html is found next to it. */
  baseHref: string;
  /** The language the final message is worded in: Office's display language (commands.ts). */
  locale: Locale;
}

/** The live page: the text comes by message (DialogApi 1.2). */
export function liveNoticeUrl(baseHref: string): string {
  const url = new URL("notice.html", baseHref);
  url.search = "";
  url.hash = "";
  url.searchParams.set("live", "1");
  return url.toString();
}

/** The page without messages: the kind alone, never workbook text. */
export function noticeUrl(baseHref: string, kind: NoticeKind): string {
  const url = new URL("notice.html", baseHref);
  url.search = "";
  url.hash = "";
  url.searchParams.set("kind", kind);
  return url.toString();
}

const SIZE = { height: 30, width: 35, displayInIframe: true };

/** What the live dialog says back (DialogMessageReceived) and its X (DialogEventReceived). */
interface LiveDialogEvents {
  ready(): void;
  cancel(): void;
  close(): void;
  closedByUser(): void;
}

function listenToLiveDialog(host: DialogHost, opened: DialogLike, on: LiveDialogEvents): void {
  opened.addEventHandler(host.events.message, (args) => {
    const message = "message" in args ? parseFromDialog(args.message) : undefined;
    if (message?.type === "ready") on.ready();
    else if (message?.type === "cancel") on.cancel();
    else if (message?.type === "close") on.close();
  });
  // Closed with its X (or otherwise unloaded): a later final message opens it again.
  opened.addEventHandler(host.events.closed, () => on.closedByUser());
}

function openDialog(
  host: DialogHost,
  url: string,
  onOpen: (opened: DialogLike) => void,
  onFail: () => void
): void {
  host.displayDialogAsync(url, SIZE, (result) => {
    if (result.status !== "succeeded") onFail();
    else onOpen(result.value);
  });
}

/** Without DialogApi 1.2: one dialog at the end, its URL naming the kind alone. */
function notifyByUrl(host: DialogHost, kind: NoticeKind, text: string): void {
  openDialog(
    host,
    noticeUrl(host.baseHref, kind),
    (opened) => opened.addEventHandler(host.events.message, () => opened.close()),
    () => console.warn(`CRM Pyramid: ${text}`)
  );
}

/**
 * The notice the ribbon's Refresh reports through: opens the dialog at the first progress step,
 * sends it the steps and the final message (worded in `host.locale`), and passes its Cancel on.
 */
export function createNoticeDialog(host: DialogHost): RefreshNotice {
  const live = host.isSetSupported("DialogApi", "1.2");
  const format = createFormatter(host.locale);
  let dialog: DialogLike | undefined;
  let state: "closed" | "opening" | "ready" = "closed";
  let pendingProgress: RefreshStep | undefined;
  let pendingFinal: ToDialog | undefined;
  let lastSent = "";
  let cancel: (() => void) | undefined;

  const send = (message: ToDialog): void => {
    const text = JSON.stringify(message);
    if (text === lastSent) return;
    lastSent = text;
    dialog?.messageChild(text);
  };

  const flush = (): void => {
    if (state !== "ready") return;
    if (pendingProgress && !pendingFinal) send({ type: "progress", step: pendingProgress });
    pendingProgress = undefined;
    if (pendingFinal) send(pendingFinal);
    pendingFinal = undefined;
  };

  const forget = (): void => {
    state = "closed";
    dialog = undefined;
  };

  const onOpen = (opened: DialogLike): void => {
    dialog = opened;
    listenToLiveDialog(host, opened, {
      ready: () => {
        state = "ready";
        flush();
      },
      cancel: () => cancel?.(),
      close: () => {
        forget();
        opened.close();
      },
      closedByUser: () => {
        if (dialog === opened) forget();
      },
    });
  };

  // No dialog (e.g. another one is open): nothing to show, nothing to cancel with.
  const onFail = (): void => {
    state = "closed";
    pendingProgress = undefined;
    if (pendingFinal?.type === "notice") console.warn(`CRM Pyramid: ${pendingFinal.message}`);
    pendingFinal = undefined;
  };

  const showOrOpen = (): void => {
    if (state !== "closed") return flush();
    state = "opening";
    lastSent = "";
    openDialog(host, liveNoticeUrl(host.baseHref), onOpen, onFail);
  };

  return {
    progress(step) {
      if (!live) return;
      pendingProgress = step;
      showOrOpen();
    },
    notify(notice, kind) {
      const message = ribbonNoticesText(notice, format);
      if (!live) return notifyByUrl(host, kind, message);
      pendingFinal = { type: "notice", kind, message };
      showOrOpen();
    },
    onCancel(fn) {
      cancel = fn;
    },
  };
}
