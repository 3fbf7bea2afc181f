import type { RibbonNotice } from "../../commands/ribbonNotice";
import type { Family } from "../coded";
import { renderCoded } from "../coded";
import type { Formatter } from "../format";
import { countNoun } from "../plural";
import { enUS } from "../messages.en-US";
import { zhCN } from "../messages.zh-CN";
import { adapterMessageText } from "./adapterMessages";

/**
 * The ribbon's Refresh tiers outcome (src/commands/ribbonNotice.ts), in the language of Office's
 * display (the notice is Office's UI, like the pane's first language). en-US is the command's
 * wording from before the messages became codes.
 */
export const ribbonNotices: Family<RibbonNotice> = {
  texts: {
    "en-US": {
      refreshed: ({ customers, tierColumnAddress, summarySheetName }, f) =>
        `Tiers refreshed: ${countNoun(f, customers, { one: "customer", other: "customers" })}, written to ${tierColumnAddress} and the sheet "${summarySheetName}".`,
      cancelled: () => "Refresh cancelled: nothing was written.",
      writeCancelled: ({ adapter }, f) => adapterMessageText(adapter, f),
      cellEdit: () => `Tiers were not refreshed. ${enUS.cellEditMode}`,
      setupUnreadable: ({ error }) => `Refresh tiers could not read the saved set-up: ${error}`,
      setupDamaged: ({ adapter }, f) => adapterMessageText(adapter, f),
      headerChanged: ({ address }) =>
        `The columns of ${address} changed since tiers were set up, so the saved column mapping may be wrong. Open the CRM Pyramid pane to check the mapping and apply again.`,
      mappingPastSource: ({ field, column, address, columnCount }, f) =>
        `Tiers were not refreshed: the saved set-up maps ${field} to column ${f.integer(column)}, but ${address} has ${countNoun(f, columnCount, { one: "column", other: "columns" })}. Open the CRM Pyramid pane to check the mapping and apply again.`,
      writeFailed: ({ adapter }, f) =>
        `Tiers were not refreshed. ${adapterMessageText(adapter, f)}`,
      failed: ({ error }) => `Tiers were not refreshed: ${error}`,
    },
    "zh-CN": {
      refreshed: ({ customers, tierColumnAddress, summarySheetName }, f) =>
        `分层已刷新：${f.integer(customers)} 个客户，已写入 ${tierColumnAddress} 和工作表“${summarySheetName}”。`,
      cancelled: () => "已取消刷新：未写入任何内容。",
      writeCancelled: ({ adapter }, f) => adapterMessageText(adapter, f),
      cellEdit: () => `分层未刷新。${zhCN.cellEditMode}`,
      setupUnreadable: ({ error }) => `刷新分层时无法读取工作簿中保存的设置：${error}`,
      setupDamaged: ({ adapter }, f) => adapterMessageText(adapter, f),
      headerChanged: ({ address }) =>
        `设置分层后，${address} 的列已更改，保存的列对应关系可能不再正确。请打开 CRM 客户金字塔任务窗格检查各列，然后重新应用。`,
      mappingPastSource: ({ field, column, address, columnCount }, f) =>
        `分层未刷新：保存的设置把 ${field} 对应到第 ${f.integer(column)} 列，但 ${address} 只有 ${f.integer(columnCount)} 列。请打开 CRM 客户金字塔任务窗格检查各列，然后重新应用。`,
      writeFailed: ({ adapter }, f) => `分层未刷新。${adapterMessageText(adapter, f)}`,
      failed: ({ error }) => `分层未刷新：${error}`,
    },
  },
  samples: {
    refreshed: {
      customers: 2126,
      tierColumnAddress: "Sales!D1:D2127",
      summarySheetName: "CRM Summary",
    },
    cancelled: {},
    writeCancelled: { adapter: { code: "cancelled", params: {} } },
    cellEdit: {},
    setupUnreadable: { error: "The request failed." },
    setupDamaged: {
      adapter: {
        code: "setupDamaged",
        params: { field: "tiering.mapping.revenue", problem: { code: "number", params: {} } },
      },
    },
    headerChanged: { address: "Sales!A1:C11" },
    mappingPastSource: {
      field: "tiering.mapping.revenue",
      column: 8,
      address: "Sales!A1:C11",
      columnCount: 3,
    },
    writeFailed: { adapter: { code: "occupied", params: { address: "Sales!D1:D11" } } },
    failed: { error: "The request failed." },
  },
};

export function ribbonNoticesText(notice: RibbonNotice, format: Formatter): string {
  return renderCoded(ribbonNotices, notice, format);
}
