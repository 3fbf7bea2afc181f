import { noticeUrl } from "../../src/commands/noticeDialog";
import { readNotice, renderNotice } from "../../src/commands/notice";

describe("the notice dialog", () => {
  it("carries the message in its URL and reads it back as plain text", () => {
    const message = 'Tiers refreshed: <img src=x onerror=alert(1)> & "more"';
    const url = noticeUrl("https://localhost:3000/taskpane.html?x=1", message, "success");
    expect(url.startsWith("https://localhost:3000/notice.html?")).toBe(true);
    expect(readNotice(new URL(url).search)).toEqual({ message, kind: "success" });
  });

  it("renders the message with textContent, never as HTML, and closes through the callback", () => {
    const elements: Record<
      string,
      {
        textContent: string;
        innerHTML?: string;
        listeners: (() => void)[];
        focus(): void;
        addEventListener(t: string, f: () => void): void;
      }
    > = {};
    const element = () => {
      const el = {
        textContent: "",
        listeners: [] as (() => void)[],
        focus() {},
        addEventListener(_type: string, f: () => void) {
          el.listeners.push(f);
        },
      };
      return el;
    };
    for (const id of ["message", "title", "close"]) elements[id] = element();
    const doc = {
      getElementById: (id: string) => elements[id] ?? null,
      body: { dataset: {} as Record<string, string> },
    } as unknown as Document;
    const close = jest.fn();
    const message = "<b>not bold</b>";
    renderNotice(doc, `?kind=error&message=${encodeURIComponent(message)}`, close);
    expect(elements.message.textContent).toBe(message);
    expect(elements.message.innerHTML).toBeUndefined();
    expect(elements.title.textContent).toBe("Tiers not refreshed");
    elements.close.listeners.forEach((f) => f());
    expect(close).toHaveBeenCalledTimes(1);
  });
});
