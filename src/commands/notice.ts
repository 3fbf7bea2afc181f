/**
 * The notice dialog's page (notice.html). All text is set with textContent, never as HTML.
 *
 * - `?live=1` (DialogApi 1.2): the page registers for the parent's messages with
 *   Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, ...)
 *   (https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-addhandlerasync-member(1)),
 *   then tells the parent it is ready with messageParent; the parent sends progress steps and the
 *   final message. Cancel and Close message the parent.
 * - `?kind=success|error|info` (no DialogApi 1.2): the kind alone, with "open the pane for details";
 *   the URL never carries workbook text.
 *
 * The page's own texts are in Office's display language (Office.context.displayLanguage), the
 * language the command words its final message in (commands.ts).
 */
import { createFormatter, type Formatter } from "../i18n/format";
import { localeFromDisplayLanguage } from "../i18n/locale";
import { noticePageText } from "../i18n/codes/noticePage";
import { isNoticeKind, parseToDialog, stepText, type FromDialog } from "./noticeProtocol";
import type { NoticeKind, NoticePageText } from "./ribbonNotice";

export interface NoticePage {
  /** A message from the parent (a JSON string); anything else is ignored. */
  receive(text: string): void;
}

function elements(doc: Document) {
  return {
    title: doc.getElementById("title"),
    text: doc.getElementById("message"),
    cancel: doc.getElementById("cancel") as HTMLButtonElement | null,
    close: doc.getElementById("close") as HTMLButtonElement | null,
  };
}

/** The page's language and its buttons' labels (notice.html has the English ones). */
function labelPage(doc: Document, el: ReturnType<typeof elements>, format: Formatter): void {
  if (doc.documentElement) doc.documentElement.lang = format.locale;
  if (el.cancel)
    el.cancel.textContent = noticePageText({ code: "cancelButton", params: {} }, format);
  if (el.close) el.close.textContent = noticePageText({ code: "closeButton", params: {} }, format);
}

function show(button: HTMLElement | null, visible: boolean): void {
  if (button) button.hidden = !visible;
}

/** The kind a URL names (only the kind: an unknown or missing one is "info"). */
export function readNoticeKind(search: string): NoticeKind {
  const kind = new URLSearchParams(search).get("kind");
  return isNoticeKind(kind) ? kind : "info";
}

const ENGLISH = createFormatter("en-US");

/** The page without messages: the kind's title and the generic text. */
export function renderStaticNotice(
  doc: Document,
  search: string,
  close: () => void,
  format: Formatter = ENGLISH
): void {
  const kind = readNoticeKind(search);
  const el = elements(doc);
  labelPage(doc, el, format);
  const say = (text: NoticePageText) => noticePageText(text, format);
  if (el.title) el.title.textContent = say({ code: "title", params: { kind } });
  if (el.text) el.text.textContent = say({ code: "noDetails", params: {} });
  doc.body.dataset.kind = kind;
  show(el.cancel, false);
  show(el.close, true);
  el.close?.addEventListener("click", close);
  el.close?.focus();
}

/** The live page: shows what the parent sends; `send` messages the parent. */
export function createLiveNotice(
  doc: Document,
  send: (message: FromDialog) => void,
  format: Formatter = ENGLISH
): NoticePage {
  const el = elements(doc);
  labelPage(doc, el, format);
  const say = (text: NoticePageText) => noticePageText(text, format);
  let finished = false;
  if (el.title) el.title.textContent = say({ code: "title", params: { kind: "progress" } });
  if (el.text) el.text.textContent = say({ code: "readingStarted", params: {} });
  doc.body.dataset.kind = "progress";
  show(el.cancel, true);
  show(el.close, false);
  el.cancel?.addEventListener("click", () => {
    if (finished || !el.cancel) return;
    el.cancel.disabled = true;
    if (el.text) el.text.textContent = say({ code: "cancelling", params: {} });
    send({ type: "cancel" });
  });
  el.close?.addEventListener("click", () => send({ type: "close" }));
  return {
    receive(text) {
      const message = parseToDialog(text);
      if (!message || finished) return;
      if (message.type === "progress") {
        if (el.text && !el.cancel?.disabled) el.text.textContent = say(stepText(message.step));
        return;
      }
      finished = true;
      if (el.title) el.title.textContent = say({ code: "title", params: { kind: message.kind } });
      if (el.text) el.text.textContent = message.message;
      doc.body.dataset.kind = message.kind;
      show(el.cancel, false);
      show(el.close, true);
      el.close?.focus();
    },
  };
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const ui = Office.context.ui;
    const format = createFormatter(localeFromDisplayLanguage(Office.context.displayLanguage));
    const send = (message: FromDialog) => ui.messageParent(JSON.stringify(message));
    if (new URLSearchParams(window.location.search).get("live") !== "1") {
      renderStaticNotice(document, window.location.search, () => send({ type: "close" }), format);
      return;
    }
    const page = createLiveNotice(document, send, format);
    ui.addHandlerAsync(
      Office.EventType.DialogParentMessageReceived,
      (args: Office.DialogParentMessageReceivedEventArgs) => page.receive(args.message),
      (result: Office.AsyncResult<void>) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) send({ type: "ready" });
        else renderStaticNotice(document, "?kind=info", () => send({ type: "close" }), format);
      }
    );
  });
}
