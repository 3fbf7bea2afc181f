import { createExcelDouble } from "../../src/double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import { refreshTiers } from "../../src/commands/refreshTiers";
import { createLiveNotice, readNoticeKind } from "../../src/commands/notice";
import { createNoticeDialog, liveNoticeUrl, noticeUrl } from "../../src/commands/noticeDialog";
import { parseFromDialog, parseToDialog } from "../../src/commands/noticeProtocol";
import { runTiering } from "../../src/engine";
import { HEADER, salesRows, setupFor } from "../excel/helpers";
import { fakeDialogHost, fakePage, noticeText } from "./fakeDialog";

const NO_DETAILS_TEXT = "Open the CRM Pyramid pane for details.";

const SHEET = "Q1 Sales <b>2025</b>";
const ADDRESS = `'${SHEET}'!A1:C11`;

/** The sales on SHEET; `notes` adds a fourth column of notes, where the tier column would go. */
function workbook(address = ADDRESS, notes = false) {
  const rows = salesRows(10, 5);
  const values = notes
    ? [[...HEADER, "Notes"], ...rows.map((r) => [...r, "n"])]
    : [HEADER, ...rows];
  return createExcelDouble({
    sheets: [{ name: SHEET, values }],
    settings: { [SETUP_KEY]: JSON.stringify(setupFor({ kind: "range", address })) },
  });
}

async function refreshThrough(
  fake: ReturnType<typeof fakeDialogHost>,
  address = ADDRESS,
  excel = workbook(address)
) {
  const outcome = await refreshTiers({
    gateway: createExcelGateway(excel.run, excel.requirements),
    runEngine: runTiering,
    notice: createNoticeDialog(fake.host),
    showPane: () => Promise.resolve(),
  });
  // Let the last messages reach the dialog.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { excel, outcome };
}

describe("the notice dialog's URL", () => {
  it("carries no workbook data: the live page, or the kind alone", () => {
    const base = "https://localhost:3000/commands.html?_host_Info=Excel#x";
    expect(liveNoticeUrl(base)).toBe("https://localhost:3000/notice.html?live=1");
    expect(noticeUrl(base, "error")).toBe("https://localhost:3000/notice.html?kind=error");
  });

  it("with DialogApi 1.2, the refresh message (sheet name, address) reaches the page by message, never in the URL", async () => {
    const fake = fakeDialogHost({ dialogApi12: true });
    const { outcome } = await refreshThrough(fake);
    expect(outcome.status).toBe("done");
    expect(fake.opened).toHaveLength(1);
    const [dialog] = fake.opened;
    expect(dialog.url).toBe("https://localhost:3000/notice.html?live=1");
    const message = outcome.status === "done" ? noticeText(outcome) : "";
    expect(message).toContain(SHEET);
    expect(dialog.page.elements.message.textContent).toBe(message);
    expect(dialog.page.elements.title.textContent).toBe("Tiers refreshed");
    expect(dialog.page.elements.close.textContent).toBe("Close");
    expect(dialog.page.elements.close.hidden).toBe(false);
    expect(dialog.page.elements.cancel.hidden).toBe(true);
    for (const opened of fake.opened) {
      expect(decodeURIComponent(opened.url)).not.toContain("Sales");
      expect(decodeURIComponent(opened.url)).not.toContain("A1");
    }
  });

  it("without DialogApi 1.2, the page says only the kind and points to the pane", async () => {
    const fake = fakeDialogHost({ dialogApi12: false });
    const { outcome } = await refreshThrough(fake, `'${SHEET}'!H1:J5`);
    expect(outcome.status).toBe("failed");
    expect(fake.opened).toHaveLength(1);
    const [dialog] = fake.opened;
    expect(dialog.url).toBe("https://localhost:3000/notice.html?kind=error");
    expect(dialog.received).toEqual([]);
    expect(dialog.page.elements.title.textContent).toBe("Tiers not refreshed");
    expect(dialog.page.elements.message.textContent).toBe(NO_DETAILS_TEXT);
    expect(dialog.page.elements.cancel.hidden).toBe(true);
  });

  it("Close on the page closes the dialog", async () => {
    const fake = fakeDialogHost({ dialogApi12: true });
    await refreshThrough(fake);
    const [dialog] = fake.opened;
    dialog.page.elements.close.click();
    expect(dialog.closed).toBe(true);
  });

  it("when no dialog can open, the refresh still completes", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const fake = fakeDialogHost({ dialogApi12: true, failOpen: true });
    const { outcome } = await refreshThrough(fake);
    expect(outcome.status).toBe("done");
    warn.mockRestore();
  });
});

describe("the notice page", () => {
  it("shows the parent's message with textContent, never as HTML", () => {
    const page = fakePage();
    const live = createLiveNotice(page.document, () => undefined);
    const message = 'Tiers refreshed: <img src=x onerror=alert(1)> & "more"';
    live.receive(JSON.stringify({ type: "notice", kind: "success", message }));
    expect(page.elements.message.textContent).toBe(message);
    expect(page.elements.message.innerHTML).toBeUndefined();
    expect(page.body.dataset.kind).toBe("success");
  });

  it("ignores what is not a message of the protocol", () => {
    const page = fakePage();
    const live = createLiveNotice(page.document, () => undefined);
    const before = page.elements.message.textContent;
    for (const text of [
      "<script>",
      "null",
      "[]",
      '{"type":"notice","kind":"evil","message":"x"}',
      '{"type":"notice","kind":"error","message":7}',
      '{"type":"progress","step":{"step":"reading","rowsRead":-1,"rowsTotal":3}}',
      '{"__proto__":{"type":"notice"}}',
    ])
      live.receive(text);
    expect(page.elements.message.textContent).toBe(before);
    expect(parseToDialog('{"type":"progress","step":{"step":"writing"}}')).toEqual({
      type: "progress",
      step: { step: "writing" },
    });
    expect(parseFromDialog("close")).toEqual({ type: "close" });
    expect(parseFromDialog('{"type":"cancel"}')).toEqual({ type: "cancel" });
    expect(parseFromDialog('{"type":"format-c"}')).toBeUndefined();
  });

  it("reads only a known kind from its URL", () => {
    expect(readNoticeKind("?kind=success")).toBe("success");
    expect(readNoticeKind("?kind=<b>")).toBe("info");
    expect(readNoticeKind("?message=Sales!A1")).toBe("info");
  });
});

describe("the notice in Office's display language", () => {
  it("a Chinese Office shows the refresh, its title and its progress in Chinese", async () => {
    const fake = fakeDialogHost({ dialogApi12: true, locale: "zh-CN" });
    const { outcome } = await refreshThrough(fake);
    expect(outcome.status).toBe("done");
    const [dialog] = fake.opened;
    expect(dialog.shown[0]).toBe("正在读取销售数据…");
    expect(dialog.shown).toContain("正在写入…");
    expect(dialog.page.elements.title.textContent).toBe("分层已刷新");
    expect(dialog.page.elements.close.textContent).toBe("关闭");
    expect(dialog.page.elements.cancel.textContent).toBe("取消");
    expect(dialog.page.elements.message.textContent).toBe(
      `分层已刷新：5 个客户，已写入 '${SHEET}'!D1:D11 和工作表“CRM Summary”。`
    );
    expect(dialog.page.elements.message.textContent).toBe(noticeText(outcome, "zh-CN"));
  });

  it("a Chinese Office without DialogApi 1.2 points to the pane in Chinese", async () => {
    const fake = fakeDialogHost({ dialogApi12: false, locale: "zh-CN" });
    await refreshThrough(fake, `'${SHEET}'!H1:J5`);
    const [dialog] = fake.opened;
    expect(dialog.page.elements.title.textContent).toBe("分层未刷新");
    expect(dialog.page.elements.message.textContent).toBe(
      "详细信息请打开 CRM 客户金字塔任务窗格查看。"
    );
  });

  it("an occupied target is refused in Chinese, the adapter's words in Chinese too", async () => {
    const fake = fakeDialogHost({ dialogApi12: true, locale: "zh-CN" });
    const { outcome } = await refreshThrough(fake, ADDRESS, workbook(ADDRESS, true));
    expect(outcome.status).toBe("failed");
    const text = fake.opened[0].page.elements.message.textContent;
    expect(text.startsWith("分层未刷新。")).toBe(true);
    expect(text).toContain(`'${SHEET}'!D1:D11`);
    expect(text).not.toMatch(/is not empty/);
  });
});
