/**
 * The notice dialog's page: shows the message from its URL as TEXT (textContent, never HTML) and
 * closes through Office.context.ui.messageParent.
 */

export function readNotice(search: string): { message: string; kind: string } {
  const params = new URLSearchParams(search);
  return { message: params.get("message") ?? "", kind: params.get("kind") ?? "info" };
}

export function renderNotice(doc: Document, search: string, close: () => void): void {
  const { message, kind } = readNotice(search);
  const text = doc.getElementById("message");
  if (text) text.textContent = message;
  const title = doc.getElementById("title");
  if (title)
    title.textContent =
      kind === "error"
        ? "Tiers not refreshed"
        : kind === "success"
          ? "Tiers refreshed"
          : "CRM Pyramid";
  doc.body.dataset.kind = kind;
  const button = doc.getElementById("close");
  button?.addEventListener("click", close);
  button?.focus();
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    renderNotice(document, window.location.search, () => Office.context.ui.messageParent("close"));
  });
}
