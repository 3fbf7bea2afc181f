/**
 * A fake Office dialog host for the notice: each dialog it opens runs the real notice page
 * (src/commands/notice.ts) on a fake document, wired both ways the way the Dialog API carries
 * messages (messageChild → the page's DialogParentMessageReceived handler; the page's messageParent
 * → the parent's DialogMessageReceived handler).
 */
import { createLiveNotice, renderStaticNotice, type NoticePage } from "../../src/commands/notice";
import type { DialogHost, DialogLike } from "../../src/commands/noticeDialog";
import type { RefreshOutcome } from "../../src/commands/refreshTiers";
import { ribbonNoticesText } from "../../src/i18n/codes/ribbonNotices";
import { createFormatter, type Locale } from "../../src/i18n";

/** What the user reads for an outcome's notice ("" when it has none). */
export function noticeText(outcome: RefreshOutcome, locale: Locale = "en-US"): string {
  return "notice" in outcome ? ribbonNoticesText(outcome.notice, createFormatter(locale)) : "";
}

export interface FakeElement {
  textContent: string;
  hidden: boolean;
  disabled: boolean;
  /** Set only if something writes HTML (nothing should). */
  innerHTML?: string;
  listeners: (() => void)[];
  focus(): void;
  addEventListener(type: string, listener: () => void): void;
  click(): void;
}

function element(): FakeElement {
  const el: FakeElement = {
    textContent: "",
    hidden: false,
    disabled: false,
    listeners: [],
    focus() {},
    addEventListener(_type, listener) {
      el.listeners.push(listener);
    },
    click() {
      if (!el.disabled) el.listeners.forEach((listener) => listener());
    },
  };
  return el;
}

export interface FakePage {
  elements: Record<"title" | "message" | "cancel" | "close", FakeElement>;
  body: { dataset: Record<string, string> };
  document: Document;
}

export function fakePage(): FakePage {
  const elements = {
    title: element(),
    message: element(),
    cancel: element(),
    close: element(),
  };
  const body = { dataset: {} as Record<string, string> };
  const document = {
    getElementById: (id: string) => (elements as Record<string, FakeElement>)[id] ?? null,
    body,
  } as unknown as Document;
  return { elements, body, document };
}

const MESSAGE = "dialogMessageReceived" as unknown as Office.EventType;
const CLOSED = "dialogEventReceived" as unknown as Office.EventType;

export interface OpenedDialog {
  url: string;
  page: FakePage;
  /** Every text the page's message line showed, in order. */
  shown: string[];
  /** Raw messages the parent sent. */
  received: string[];
  closed: boolean;
  /** The user closes it with its X. */
  closeByUser(): void;
}

export interface FakeHost {
  host: DialogHost;
  opened: OpenedDialog[];
  /** Called after each message the page receives (to click Cancel at a given step). */
  onShow?: (dialog: OpenedDialog, text: string) => void;
}

export function fakeDialogHost(options: {
  dialogApi12: boolean;
  failOpen?: boolean;
  /** Office's display language (both the command's and the page's). */
  locale?: Locale;
}): FakeHost {
  const locale = options.locale ?? "en-US";
  const format = createFormatter(locale);
  const fake: FakeHost = {
    opened: [],
    host: {
      baseHref: "https://localhost:3000/commands.html?_host_Info=Excel$Win32",
      locale,
      isSetSupported: (name, minVersion) =>
        name === "DialogApi" && (options.dialogApi12 || (minVersion ?? "1.1") === "1.1"),
      events: { message: MESSAGE, closed: CLOSED },
      displayDialogAsync(url, _size, callback) {
        if (options.failOpen) {
          callback({ status: "failed", value: undefined as unknown as DialogLike });
          return;
        }
        const handlers = new Map<Office.EventType, ((args: never) => void)[]>();
        const emit = (type: Office.EventType, args: object) =>
          (handlers.get(type) ?? []).forEach((handler) => handler(args as never));
        const page = fakePage();
        const opened: OpenedDialog = {
          url,
          page,
          shown: [],
          received: [],
          closed: false,
          closeByUser() {
            opened.closed = true;
            emit(CLOSED, { error: 12006 });
          },
        };
        fake.opened.push(opened);
        const toParent = (text: string) => {
          if (!opened.closed) emit(MESSAGE, { message: text, origin: "https://localhost:3000" });
        };
        let live: NoticePage | undefined;
        const search = new URL(url).search;
        if (new URLSearchParams(search).get("live") === "1")
          live = createLiveNotice(page.document, (m) => toParent(JSON.stringify(m)), format);
        else
          renderStaticNotice(
            page.document,
            search,
            () => toParent(JSON.stringify({ type: "close" })),
            format
          );
        opened.shown.push(page.elements.message.textContent);
        const dialog: DialogLike = {
          addEventHandler(type, handler) {
            handlers.set(type, [...(handlers.get(type) ?? []), handler as (args: never) => void]);
          },
          messageChild(text) {
            if (opened.closed) throw new Error("messageChild on a closed dialog");
            opened.received.push(text);
            live?.receive(text);
            const shown = page.elements.message.textContent;
            if (opened.shown[opened.shown.length - 1] !== shown) opened.shown.push(shown);
            fake.onShow?.(opened, shown);
          },
          close() {
            opened.closed = true;
          },
        };
        callback({ status: "succeeded", value: dialog });
        // The page registers its handler, then says it is ready (a moment later).
        if (live) void Promise.resolve().then(() => toParent(JSON.stringify({ type: "ready" })));
      },
    },
  };
  return fake;
}
