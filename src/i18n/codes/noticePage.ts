import type { NoticePageText } from "../../commands/ribbonNotice";
import type { Family } from "../coded";
import { renderCoded } from "../coded";
import type { Formatter } from "../format";

/** The notice dialog's own texts (src/commands/notice.ts): titles, progress steps, Cancel. */
export const noticePage: Family<NoticePageText> = {
  texts: {
    "en-US": {
      title: ({ kind }) =>
        ({
          error: "Tiers not refreshed",
          success: "Tiers refreshed",
          progress: "Refreshing tiers",
          info: "CRM Pyramid",
        })[kind],
      reading: ({ rowsRead, rowsTotal }, f) =>
        `Reading rows ${f.integer(rowsRead)} of ${f.integer(rowsTotal)}…`,
      readingStarted: () => "Reading the sales…",
      tiering: () => "Tiering the customers…",
      writing: () => "Writing…",
      cancelling: () => "Cancelling…",
      cancelButton: () => "Cancel",
      closeButton: () => "Close",
      noDetails: () => "Open the CRM Pyramid pane for details.",
    },
    "zh-CN": {
      title: ({ kind }) =>
        ({
          error: "分层未刷新",
          success: "分层已刷新",
          progress: "正在刷新分层",
          info: "CRM 客户金字塔",
        })[kind],
      reading: ({ rowsRead, rowsTotal }, f) =>
        `正在读取… ${f.integer(rowsRead)} / ${f.integer(rowsTotal)} 行`,
      readingStarted: () => "正在读取销售数据…",
      tiering: () => "正在为客户分层…",
      writing: () => "正在写入…",
      cancelling: () => "正在取消…",
      cancelButton: () => "取消",
      closeButton: () => "关闭",
      noDetails: () => "详细信息请打开 CRM 客户金字塔任务窗格查看。",
    },
  },
  samples: {
    title: { kind: "progress" },
    reading: { rowsRead: 1200, rowsTotal: 5000 },
    readingStarted: {},
    tiering: {},
    writing: {},
    cancelling: {},
    cancelButton: {},
    closeButton: {},
    noDetails: {},
  },
};

export function noticePageText(text: NoticePageText, format: Formatter): string {
  return renderCoded(noticePage, text, format);
}
