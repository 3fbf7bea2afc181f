import type {
  AdapterMessage,
  NamedSheet,
  NumberFormatProblem,
  OutputRef,
  SheetNameProblem,
} from "../../excel/adapterMessages";
import type { OutputKind } from "../../excel/gateway";
import { type Family, renderCoded, type TextsFor } from "../coded";
import type { Formatter } from "../format";
import { countNoun } from "../plural";
import { setupProblemText } from "./setupProblems";

/** The Excel adapter's messages (src/excel/adapterMessages.ts) in every locale. */

const NOTHING = "Nothing was written.";
const NOTHING_ZH = "未写入任何内容。";
const READ_AGAIN = "Nothing was written: read the source again and re-run.";
const READ_AGAIN_ZH = "未写入任何内容：请重新读取数据来源后再运行。";

/** Words that name a part of a message: [en-US, zh-CN]. */
type Words<K extends string> = Record<K, readonly [string, string]>;

const OUTPUT: Words<OutputKind> = {
  tierColumn: ["the tier column", "层级列"],
  summarySheet: ["the summary sheet", "汇总工作表"],
  customersSheet: ["the customers sheet", "客户工作表"],
  setup: ["the saved set-up", "已保存的设置"],
};

const SHEET_NAME: Words<SheetNameProblem> = {
  blank: ["is blank", "为空"],
  tooLong: ["is longer than 31 characters", "超过 31 个字符"],
  badCharacter: ["contains one of \\ / ? * [ ] :", "包含 \\ / ? * [ ] : 中的字符"],
  apostrophe: ["starts or ends with an apostrophe", "以撇号开头或结尾"],
  reserved: ['is "History", which Excel reserves', "是 Excel 保留的“History”"],
};

const NAMED_SHEET: Words<NamedSheet> = {
  summary: ["summary sheet name", "汇总工作表名称"],
  customers: ["customers sheet name", "客户工作表名称"],
  comparison: ["sheet name", "工作表名称"],
};

const FORMAT: Words<NumberFormatProblem> = {
  length: ["must be 1 to 255 characters", "必须为 1 到 255 个字符"],
  unclosedQuote: ["has an unclosed quote", "有未闭合的引号"],
  unclosedBracket: ["has an unclosed [ ]", "有未闭合的 [ ]"],
  tooManySections: ["has more than 4 sections", "超过 4 个节"],
};

const EN = 0;
const ZH = 1;

const outputEN = (o: OutputRef) =>
  o.where ? `${OUTPUT[o.kind][EN]} (${o.where})` : OUTPUT[o.kind][EN];
const outputZH = (o: OutputRef) =>
  o.where ? `${OUTPUT[o.kind][ZH]}（${o.where}）` : OUTPUT[o.kind][ZH];

const enUS: TextsFor<AdapterMessage> = {
  cancelled: () => "Cancelled: nothing was written.",
  cellEdit: () => `A cell is being edited. ${NOTHING}`,
  busy: () =>
    `CRM Pyramid is already writing to this workbook (from the pane or the ribbon). Nothing was written: try again when it has finished.`,
  checkFailed: (p) => `Checking the workbook before writing failed: ${p.excelText}. ${NOTHING}`,
  noData: (p) =>
    `No customer in ${p.address} has a usable row, so there are no tiers to write. ${NOTHING}`,
  noComparisonTiers: () => `The comparison has no tiers to write. ${NOTHING}`,
  badSheetName: (p) =>
    `The ${NAMED_SHEET[p.sheet][EN]} "${p.name}" ${SHEET_NAME[p.problem][EN]}. ${NOTHING}`,
  badTierColumnName: () => `The tier column name must be 1 to 255 characters. ${NOTHING}`,
  badCurrencyFormat: (p) =>
    `The currency format "${p.format}" ${FORMAT[p.problem][EN]}. ${NOTHING}`,
  sourceMoved: (p) =>
    `The source moved or changed size: it was ${p.was}, it is now ${p.now}. ${READ_AGAIN}`,
  sourceRowsChanged: (p, f) =>
    `The number of rows in ${p.address} changed from ${f.integer(p.before)} to ${f.integer(p.after)}. ${READ_AGAIN}`,
  sourceHeaderChanged: (p) => `The header row of ${p.address} changed. ${READ_AGAIN}`,
  sourceValuesChanged: (p) => `The values in ${p.address} changed. ${READ_AGAIN}`,
  occupied: (p) =>
    `${p.address} is not empty and was not written by CRM Pyramid. Nothing was changed: clear or move those cells, or choose another source, then try again.`,
  edited: (p) =>
    `${p.address} changed since CRM Pyramid last wrote it (the add-in keeps what you type there). Nothing was changed: clear or move those cells, or allow overwriting, then try again.`,
  formatted: (p) =>
    `${p.address} has number formats that are not CRM Pyramid's; writing tier labels there would set them to Text. Nothing was changed: clear those formats or move those cells, then try again.`,
  sheetTaken: (p) =>
    `A sheet named "${p.sheet}" already exists and was not created by CRM Pyramid. Nothing was changed: rename that sheet or choose another sheet name, then try again.`,
  partial: (p) => {
    const done =
      p.written.length > 0
        ? `Written in full: ${p.written.map(outputEN).join(", ")}.`
        : "Nothing was written in full.";
    const cut = p.interrupted
      ? ` Cut short: ${outputEN(p.interrupted)}; the next run rewrites it.`
      : "";
    return `Excel stopped the write part-way (${p.excelText}). ${done}${cut}`;
  },
  comparisonPartial: (p) =>
    `Excel stopped writing the comparison part-way (${p.excelText}). The sheet "${p.sheet}" may be incomplete; writing the comparison again rewrites it.`,
  tableNotFound: (p) => `The table ${p.table} was not found.`,
  sheetNotFound: (p) => `The sheet ${p.sheet} was not found.`,
  notSheetAddress: (p) => `${p.address} is not a sheet address.`,
  sourceEmpty: (p) => `${p.address} is empty.`,
  multipleAreas: (p, f) =>
    `${countNoun(f, p.areas.length, { one: "area is", other: "areas are" })} selected (${p.areas.join(", ")}); select one range.`,
  setupDamaged: (p, f) =>
    `The CRM Pyramid set-up saved in this workbook is damaged: ${
      p.field === "$" ? "the saved value" : p.field
    } ${setupProblemText(p.problem, f)}. Nothing was changed. Open the CRM Pyramid pane to set tiering up again.`,
  unexpected: (p) => p.text,
};

const zhCN: TextsFor<AdapterMessage> = {
  cancelled: () => "已取消：未写入任何内容。",
  cellEdit: () => `有单元格正在编辑。${NOTHING_ZH}`,
  busy: () =>
    "CRM 客户金字塔正在向此工作簿写入（来自任务窗格或功能区）。未写入任何内容：请在完成后重试。",
  checkFailed: (p) => `写入前检查工作簿失败：${p.excelText}。${NOTHING_ZH}`,
  noData: (p) => `${p.address} 中没有任何客户有可用的行，因此没有可写入的层级。${NOTHING_ZH}`,
  noComparisonTiers: () => `对比中没有可写入的层级。${NOTHING_ZH}`,
  badSheetName: (p) =>
    `${NAMED_SHEET[p.sheet][ZH]}“${p.name}”${SHEET_NAME[p.problem][ZH]}。${NOTHING_ZH}`,
  badTierColumnName: () => `层级列名称必须为 1 到 255 个字符。${NOTHING_ZH}`,
  badCurrencyFormat: (p) => `货币格式“${p.format}”${FORMAT[p.problem][ZH]}。${NOTHING_ZH}`,
  sourceMoved: (p) => `数据来源已移动或大小已改变：原为 ${p.was}，现为 ${p.now}。${READ_AGAIN_ZH}`,
  sourceRowsChanged: (p, f) =>
    `${p.address} 的行数已从 ${f.integer(p.before)} 变为 ${f.integer(p.after)}。${READ_AGAIN_ZH}`,
  sourceHeaderChanged: (p) => `${p.address} 的标题行已更改。${READ_AGAIN_ZH}`,
  sourceValuesChanged: (p) => `${p.address} 中的值已更改。${READ_AGAIN_ZH}`,
  occupied: (p) =>
    `${p.address} 不为空，且不是 CRM 客户金字塔写入的。未做任何更改：请清除或移动这些单元格，或选择其他数据来源，然后重试。`,
  edited: (p) =>
    `${p.address} 在 CRM 客户金字塔上次写入后被更改过（加载项会保留您在那里输入的内容）。未做任何更改：请清除或移动这些单元格，或允许覆盖，然后重试。`,
  formatted: (p) =>
    `${p.address} 带有不是 CRM 客户金字塔设置的数字格式；在那里写入层级标签会把它们改为“文本”格式。未做任何更改：请清除这些格式或移动这些单元格，然后重试。`,
  sheetTaken: (p) =>
    `已存在名为“${p.sheet}”的工作表，且不是 CRM 客户金字塔创建的。未做任何更改：请重命名该工作表或选择其他工作表名称，然后重试。`,
  partial: (p) => {
    const done =
      p.written.length > 0
        ? `已完整写入：${p.written.map(outputZH).join("、")}。`
        : "没有任何部分完整写入。";
    const cut = p.interrupted ? `中途停止：${outputZH(p.interrupted)}；下次运行时会重写。` : "";
    return `Excel 在写入中途停止（${p.excelText}）。${done}${cut}`;
  },
  comparisonPartial: (p) =>
    `Excel 在写入对比时中途停止（${p.excelText}）。工作表“${p.sheet}”可能不完整；再次写入对比即可重写。`,
  tableNotFound: (p) => `找不到表格 ${p.table}。`,
  sheetNotFound: (p) => `找不到工作表 ${p.sheet}。`,
  notSheetAddress: (p) => `${p.address} 不是工作表地址。`,
  sourceEmpty: (p) => `${p.address} 为空。`,
  multipleAreas: (p, f) =>
    `选择了 ${f.integer(p.areas.length)} 个区域（${p.areas.join("、")}）；请只选择一个区域。`,
  setupDamaged: (p, f) =>
    `此工作簿中保存的 CRM 客户金字塔设置已损坏（${p.field === "$" ? "整个值" : p.field}）：${setupProblemText(
      p.problem,
      f
    )}。未做任何更改。请打开 CRM 客户金字塔任务窗格重新设置分层。`,
  unexpected: (p) => `出现错误：${p.text}`,
};

const rejection = { excelCode: "GeneralException", excelText: "GeneralException" };

export const adapterMessages: Family<AdapterMessage> = {
  texts: { "en-US": enUS, "zh-CN": zhCN },
  samples: {
    cancelled: {},
    cellEdit: {},
    busy: {},
    checkFailed: rejection,
    noData: { address: "Sales!A1:C11" },
    noComparisonTiers: {},
    badSheetName: { sheet: "summary", name: "A/B", problem: "badCharacter" },
    badTierColumnName: {},
    badCurrencyFormat: { format: '"$#', problem: "unclosedQuote" },
    sourceMoved: { was: "Sales!A1:C11", now: "Sales!A1:C12" },
    sourceRowsChanged: { address: "Sales!A1:C11", before: 10, after: 11 },
    sourceHeaderChanged: { address: "Sales!A1:C11" },
    sourceValuesChanged: { address: "Sales!A1:C11" },
    occupied: { address: "Sales!D1:D11" },
    edited: { address: "Sales!D3" },
    formatted: { address: "Sales!D2:D4" },
    sheetTaken: { sheet: "CRM Summary" },
    partial: {
      ...rejection,
      written: [{ kind: "tierColumn", where: "Sales!D1:D11" }],
      interrupted: { kind: "summarySheet", where: "CRM Summary" },
    },
    comparisonPartial: { ...rejection, sheet: "CRM Comparison" },
    tableNotFound: { table: "Sales" },
    sheetNotFound: { sheet: "Sales" },
    notSheetAddress: { address: "A1:C3" },
    sourceEmpty: { address: "Sales!A1:C3" },
    multipleAreas: { areas: ["Sales!A1:B2", "Sales!D1:D2"] },
    setupDamaged: {
      field: "tiering.mapping.revenue",
      problem: { code: "wholeNumber", params: { what: "columnNumber", min: 0, max: 16_383 } },
    },
    unexpected: { text: "GeneralException" },
  },
};

export function adapterMessageText(message: AdapterMessage, format: Formatter): string {
  return renderCoded(adapterMessages, message, format);
}
