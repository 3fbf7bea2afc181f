/**
 * A damaged saved set-up's message is data (the adapter's "setupDamaged" with a coded problem);
 * src/i18n words it: en-US exactly as the adapter wrote it before the problems became codes, zh-CN
 * in Chinese with the same field and figures.
 */
import { parseSetup } from "../../src/excel";
import { adapterMessageText, createFormatter } from "../../src/i18n";
import { setupFor } from "./helpers";

const base = setupFor({ kind: "range", address: "Sales!A1:C11" });
const withMapping = (mapping: object) => ({ ...base, tiering: { ...base.tiering, mapping } });
const withOptions = (options: object) => ({ ...base, tiering: { ...base.tiering, options } });

const HEAD = "The CRM Pyramid set-up saved in this workbook is damaged: ";
const TAIL = ". Nothing was changed. Open the CRM Pyramid pane to set tiering up again.";

const cases: [string, unknown, string][] = [
  ["not JSON", "{oops", "the saved value is not valid JSON"],
  ["a list", [], "the saved value should be a set-up (an object)"],
  [
    "revenue as text",
    withMapping({ customer: 0, revenue: "1" }),
    "tiering.mapping.revenue should be a column number (a whole number from 0 to 16,383)",
  ],
  ["revenue missing", withMapping({ customer: 0 }), "tiering.mapping.revenue is missing"],
  [
    "revenue = customer",
    withMapping({ customer: 0, revenue: 0 }),
    "tiering.mapping.revenue should be a different column from the customer column",
  ],
  [
    "id matching unknown",
    withOptions({ idMatching: "fuzzy" }),
    'tiering.options.idMatching should be "exact", "trim" or "normalized"',
  ],
  [
    "a 300-character label",
    {
      ...base,
      tiering: {
        ...base.tiering,
        scheme: { kind: "rfm", tiers: [{ key: "a", label: "x".repeat(300) }] },
      },
    },
    "tiering.scheme.tiers[0].label should be a tier label (text of at most 255 characters)",
  ],
  [
    "no tiers",
    { ...base, tiering: { ...base.tiering, scheme: { kind: "pyramid", tiers: [] } } },
    "tiering.scheme.tiers should be a list of 1 to 100 tiers",
  ],
  [
    "101 tier moves",
    withOptions({ whatIf: Array.from({ length: 101 }, () => ({ from: 1, to: 2 })) }),
    "tiering.options.whatIf should be a list of at most 100 tier moves",
  ],
  ["version 7", { ...base, version: 7 }, "version should be 1 (the only set-up version there is)"],
  [
    "a 40,000-character value",
    { ...base, extra: "x".repeat(40_000) },
    "extra is longer than 32,767 characters",
  ],
  [
    "__proto__ in the output",
    JSON.parse(JSON.stringify(base).replace('"output":{', '"output":{"__proto__":{},')),
    "output.__proto__ is a key a saved set-up must not have",
  ],
];

describe("a damaged set-up's message", () => {
  it.each(cases)("%s: en-US as before", (_why, value, sentence) => {
    const status = parseSetup(value);
    expect(status.status).toBe("corrupt");
    if (status.status !== "corrupt") return;
    expect(adapterMessageText(status.message, createFormatter("en-US"))).toBe(
      `${HEAD}${sentence}${TAIL}`
    );
  });

  it("zh-CN names the field and its bounds in Chinese", () => {
    const status = parseSetup(withMapping({ customer: 0, revenue: -1 }));
    if (status.status !== "corrupt") throw new Error("not damaged");
    expect(adapterMessageText(status.message, createFormatter("zh-CN"))).toBe(
      "此工作簿中保存的 CRM 客户金字塔设置已损坏（tiering.mapping.revenue）：应为列号（0 到 16,383 之间的整数）。未做任何更改。请打开 CRM 客户金字塔任务窗格重新设置分层。"
    );
  });
});
