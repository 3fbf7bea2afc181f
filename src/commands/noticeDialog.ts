/**
 * Reporting from a ribbon command without the pane: a small dialog (notice.html) showing the
 * message passed in its URL, opened with Office.context.ui.displayDialogAsync
 * (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins). The page must
 * be on the add-in's own domain; it sends "close" with Office.context.ui.messageParent and this side
 * closes it. In the shared runtime the command's code keeps running while the dialog is open
 * (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
 */
import type { NoticeKind } from "./refreshTiers";

/** notice.html?kind=...&message=..., next to the page running this code. */
export function noticeUrl(baseHref: string, message: string, kind: NoticeKind): string {
  const url = new URL("notice.html", baseHref);
  url.searchParams.set("kind", kind);
  // Keep the URL well under the dialog's address limits.
  url.searchParams.set("message", message.length > 1500 ? `${message.slice(0, 1500)}…` : message);
  return url.toString();
}

export function showNoticeDialog(message: string, kind: NoticeKind): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      noticeUrl(window.location.href, message, kind),
      { height: 30, width: 35, displayInIframe: true },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          // No dialog (e.g. one is already open): the message goes to the console at least.
          console.warn(`CRM Pyramid: ${message}`);
          resolve();
          return;
        }
        // Resolves once the dialog is open, so the command can call event.completed() at once.
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        resolve();
      }
    );
  });
}
