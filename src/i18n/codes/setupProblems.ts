import type {
  NumberField,
  SetupList,
  SetupPart,
  SetupProblem,
  TextField,
} from "../../excel/setupProblem";
import { type Family, renderCoded, type TextsFor } from "../coded";
import type { Formatter } from "../format";
import { countNoun, type NounForms } from "../plural";

/**
 * What is wrong with a field of a damaged saved set-up (src/excel/setupProblem.ts), in every locale:
 * the predicate after the field's path ("tiering.mapping.revenue should be a column number …").
 * en-US is the schema's wording from before the problems became codes.
 */

/** Words that name a part of a problem: [en-US, zh-CN]. */
type Words<K extends string> = Record<K, readonly [string, string]>;

const EN = 0;
const ZH = 1;

const TEXT: Words<TextField> = {
  tierLabel: ["a tier label", "层级标签"],
  tierKey: ["a tier key", "层级键"],
  tableName: ["a table name", "表格名称"],
  sourceAddress: ["the source address", "数据来源地址"],
  tierColumnAddress: ["the tier column address", "层级列地址"],
  columnHeader: ["a column header", "列标题"],
  sheetName: ["a sheet name", "工作表名称"],
  numberFormat: ["a number format", "数字格式"],
  time: ["a time", "时间"],
};

const NUMBER: Words<NumberField> = {
  columnNumber: ["a column number", "列号"],
  months: ["a number of months", "月数"],
  tierNumber: ["a tier number", "层级编号"],
  customers: ["a number of customers", "客户数"],
  days: ["a number of days", "天数"],
  periods: ["a number of periods", "期数"],
};

const PART: Words<SetupPart> = {
  setup: ["a set-up (an object)", "设置（一个对象）"],
  mapping: ["the column mapping (an object of column numbers)", "列对应关系（由列号组成的对象）"],
  tiering: ["the tiering set-up (an object)", "分层设置（一个对象）"],
  options: ["the tiering options (an object)", "分层选项（一个对象）"],
  period: ["the period (an object)", "期间（一个对象）"],
  tierMove: ["a tier move (an object)", "层级移动（一个对象）"],
  churn: ["the churn options (an object)", "流失选项（一个对象）"],
  groupLabels: ["the group labels (an object)", "分组标签（一个对象）"],
  output: ["the output options (an object)", "输出选项（一个对象）"],
  lastRun: ["the last run (an object)", "上次运行记录（一个对象）"],
  clv: ["the CLV inputs (an object)", "CLV 输入（一个对象）"],
  tier: ["a tier (an object with a key and a label)", "层级（含键和标签的对象）"],
};

/** The items of a list: [en-US singular and plural, zh-CN]. */
const LIST: Record<Exclude<SetupList, "headerCells">, readonly [NounForms, string]> = {
  tiers: [{ one: "tier", other: "tiers" }, "层级"],
  tierMoves: [{ one: "tier move", other: "tier moves" }, "层级移动"],
  shares: [{ one: "share", other: "shares" }, "占比"],
};

const CELLS: NounForms = { one: "cell", other: "cells" };
const CHARACTERS: NounForms = { one: "character", other: "characters" };
const VALUES: NounForms = { one: "value", other: "values" };

/** "a, b or c" */
const orEN = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}` : items[0];
/** "a、b或c" */
const orZH = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join("、")}或${items[items.length - 1]}` : items[0];

type ListParams = Extract<SetupProblem, { code: "list" }>["params"];

function listEN({ of, min, max }: ListParams, f: Formatter): string {
  if (of === "headerCells")
    return max === undefined
      ? "should be the header row (a list of cells)"
      : `should be a header row of at most ${countNoun(f, max, CELLS)}`;
  if (max === undefined) return `should be a list of ${LIST[of][EN].other}`;
  const from = min ? `${f.integer(min)} to ` : "at most ";
  return `should be a list of ${from}${countNoun(f, max, LIST[of][EN])}`;
}

function listZH({ of, min, max }: ListParams, f: Formatter): string {
  const noun = of === "headerCells" ? "单元格" : LIST[of][ZH];
  const size =
    max === undefined
      ? ""
      : min
        ? `${f.integer(min)} 到 ${f.integer(max)} 个`
        : `最多 ${f.integer(max)} 个`;
  if (of !== "headerCells") return `应为由${size}${noun}组成的列表`;
  return max === undefined ? "应为标题行（单元格列表）" : `应为${size}${noun}的标题行`;
}

const enUS: TextsFor<SetupProblem> = {
  notJson: () => "is not valid JSON",
  unreadable: () => "could not be read",
  missing: () => "is missing",
  tooManyValues: (p, f) => `holds more than ${countNoun(f, p.max, VALUES)}`,
  tooLong: (p, f) => `is longer than ${countNoun(f, p.max, CHARACTERS)}`,
  notData: () => "is not a value a saved set-up can hold",
  tooDeep: () => "is nested too deeply",
  unsafeKey: () => "is a key a saved set-up must not have",
  text: (p, f) =>
    `should be ${TEXT[p.what][EN]} (text of ${p.min > 0 ? `${f.integer(p.min)} to ` : "at most "}${countNoun(f, p.max, CHARACTERS)})`,
  wholeNumber: (p, f) =>
    `should be ${NUMBER[p.what][EN]} (a whole number from ${f.integer(p.min)} to ${f.integer(p.max)})`,
  share: () => "should be a share (a number from 0 to 1)",
  number: () => "should be a number",
  flag: () => "should be true or false",
  sheetAddress: (p) => `should be ${TEXT[p.what][EN]} (a sheet address such as Sales!A1:F2000)`,
  oneOf: (p) => `should be ${orEN(p.options.map((o) => `"${o}"`))}`,
  schemeKind: (p) => `should be one of the tiering schemes (${orEN(p.kinds)})`,
  object: (p) => `should be ${PART[p.what][EN]}`,
  list: listEN,
  version: (p, f) => `should be ${f.integer(p.version)} (the only set-up version there is)`,
  sameColumn: () => "should be a different column from the customer column",
  serialDay: () => "should be a date (an Excel serial day)",
  headerCell: () => "should be a header cell (text, a number, true/false or empty)",
  currencyCode: () => "should be a currency code (ISO 4217: three capital letters such as GBP)",
  discountAtLeast: (p, f) => `should be a discount rate of ${f.integer(p.min)} or more`,
  discountAtMost: (p, f) => `should be a discount rate of at most ${f.integer(p.max)}`,
};

const zhCN: TextsFor<SetupProblem> = {
  notJson: () => "不是有效的 JSON",
  unreadable: () => "无法读取",
  missing: () => "缺失",
  tooManyValues: (p, f) => `包含超过 ${f.integer(p.max)} 个值`,
  tooLong: (p, f) => `长度超过 ${f.integer(p.max)} 个字符`,
  notData: () => "不是已保存的设置可以包含的值",
  tooDeep: () => "嵌套层数过多",
  unsafeKey: () => "是已保存的设置不得包含的键",
  text: (p, f) =>
    `应为${TEXT[p.what][ZH]}（${p.min > 0 ? `${f.integer(p.min)} 到 ` : "最多 "}${f.integer(p.max)} 个字符的文本）`,
  wholeNumber: (p, f) =>
    `应为${NUMBER[p.what][ZH]}（${f.integer(p.min)} 到 ${f.integer(p.max)} 之间的整数）`,
  share: () => "应为占比（0 到 1 之间的数字）",
  number: () => "应为数字",
  flag: () => "应为 true 或 false",
  sheetAddress: (p) => `应为${TEXT[p.what][ZH]}（工作表地址，例如 Sales!A1:F2000）`,
  oneOf: (p) => `应为${orZH(p.options.map((o) => `“${o}”`))}`,
  schemeKind: (p) => `应为以下分层方案之一（${orZH(p.kinds)}）`,
  object: (p) => `应为${PART[p.what][ZH]}`,
  list: listZH,
  version: (p, f) => `应为 ${f.integer(p.version)}（唯一的设置版本）`,
  sameColumn: () => "应与客户列不是同一列",
  serialDay: () => "应为日期（Excel 序列日期值）",
  headerCell: () => "应为标题单元格（文本、数字、true/false 或空）",
  currencyCode: () => "应为货币代码（ISO 4217：三个大写字母，例如 CNY）",
  discountAtLeast: (p, f) => `应为不小于 ${f.integer(p.min)} 的折现率`,
  discountAtMost: (p, f) => `应为不大于 ${f.integer(p.max)} 的折现率`,
};

export const setupProblems: Family<SetupProblem> = {
  texts: { "en-US": enUS, "zh-CN": zhCN },
  samples: {
    notJson: {},
    unreadable: {},
    missing: {},
    tooManyValues: { max: 50_000 },
    tooLong: { max: 32_767 },
    notData: {},
    tooDeep: {},
    unsafeKey: {},
    text: { what: "tierLabel", min: 1, max: 255 },
    wholeNumber: { what: "columnNumber", min: 0, max: 16_383 },
    share: {},
    number: {},
    flag: {},
    sheetAddress: { what: "sourceAddress" },
    oneOf: { options: ["exact", "trim", "normalized"] },
    schemeKind: { kinds: ["pyramid", "key", "custom"] },
    object: { what: "mapping" },
    list: { of: "tiers", min: 1, max: 100 },
    version: { version: 1 },
    sameColumn: {},
    serialDay: {},
    headerCell: {},
    currencyCode: {},
    discountAtLeast: { min: 0 },
    discountAtMost: { max: 100 },
  },
};

export function setupProblemText(problem: SetupProblem, format: Formatter): string {
  return renderCoded(setupProblems, problem, format);
}
