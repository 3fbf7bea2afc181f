/**
 * The messages between the ribbon command (the parent) and its notice dialog (notice.html), both
 * JSON strings: the Dialog API carries strings only, Dialog.messageChild down and
 * Office.context.ui.messageParent up
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
 * Workbook text (sheet and table names, addresses, error text) travels only in these messages,
 * never in the dialog's URL, so it never reaches a web server's logs.
 */
import type { RefreshStep } from "./refreshTiers";
import type { NoticeKind, NoticePageText } from "./ribbonNotice";

/** Parent → dialog. */
export type ToDialog =
  { type: "progress"; step: RefreshStep } | { type: "notice"; kind: NoticeKind; message: string };

/** Dialog → parent. */
export type FromDialog = { type: "ready" } | { type: "cancel" } | { type: "close" };

const KINDS: readonly string[] = ["success", "error", "info"];

export function isNoticeKind(value: unknown): value is NoticeKind {
  return typeof value === "string" && KINDS.includes(value);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function parseStep(value: unknown): RefreshStep | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const step = value as Record<string, unknown>;
  if (step.step === "tiering" || step.step === "writing") return { step: step.step };
  if (step.step === "reading" && isCount(step.rowsRead) && isCount(step.rowsTotal))
    return { step: "reading", rowsRead: step.rowsRead, rowsTotal: step.rowsTotal };
  return undefined;
}

/** A message from the parent, or undefined when it is not one (anything else is ignored). */
export function parseToDialog(text: string): ToDialog | undefined {
  const message = parseObject(text);
  if (message?.type === "progress") {
    const step = parseStep(message.step);
    return step && { type: "progress", step };
  }
  if (
    message?.type === "notice" &&
    isNoticeKind(message.kind) &&
    typeof message.message === "string"
  )
    return { type: "notice", kind: message.kind, message: message.message };
  return undefined;
}

/** A message from the dialog; the plain "close" of earlier pages counts as close. */
export function parseFromDialog(text: string): FromDialog | undefined {
  if (text === "close") return { type: "close" };
  const message = parseObject(text);
  return message?.type === "ready" || message?.type === "cancel" || message?.type === "close"
    ? { type: message.type }
    : undefined;
}

/** What the dialog says for a step, as a code (src/i18n/codes/noticePage.ts words it). */
export function stepText(step: RefreshStep): NoticePageText {
  switch (step.step) {
    case "reading":
      return step.rowsTotal > 0
        ? { code: "reading", params: { rowsRead: step.rowsRead, rowsTotal: step.rowsTotal } }
        : { code: "readingStarted", params: {} };
    case "tiering":
      return { code: "tiering", params: {} };
    case "writing":
      return { code: "writing", params: {} };
  }
}
