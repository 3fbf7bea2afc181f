/**
 * Chinese texts use the full-width colon "：" (no space after it), never the half-width ": "; English
 * keeps the half-width one. Walks every zh-CN pane message (functions called with sample arguments)
 * and every family's zh-CN texts (rendered with the family's samples).
 */
import { createFormatter, messagesFor, type Formatter, type Messages } from "../../src/i18n";
import { renderCoded } from "../../src/i18n/coded";
import { FAMILIES } from "../../src/i18n/codes/families";

/** A half-width colon used as punctuation: right after a word, then a space or the end. */
const HALF_WIDTH_COLON = /(?<!\s):(\s|$)/;
const FULL_WIDTH_COLON = /：/;

const F = Symbol("formatter");

/**
 * Arguments for the pane messages that take more than text; `F` stands for the formatter. Any other
 * message gets one sample text per parameter (a message that needs a number or the formatter and is
 * missing here fails below, so add it).
 */
const ARGS: Partial<Record<keyof Messages, unknown[]>> = {
  sourceRows: [20, F],
  tierLabel: [2, F],
  abcCutoff: [1, F],
  rowsUsed: [20, 1, F],
  pyramidBar: ["VIP", 3, F],
  applyCharts: [2, "Pyramid, Revenue", F],
  applyUndoSteps: [3, F],
  setupDamaged: ["tiering.mapping.revenue"],
  whatIfMoved: [2, "Small", "Medium", F],
  comparisonWritten: ["CRM Comparison", 4, F],
  newLostSummary: [1, 2, 3, F],
  churnCount: [5, F],
  problemsCount: [2, F],
};

const SAMPLE_TEXT = "Sales!A1";

/** Every text of a messages object: strings as they are, functions called with sample arguments. */
function texts(messages: object, format: Formatter, path = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    const name = path ? `${path}.${key}` : key;
    if (typeof value === "string") return [[name, value]];
    if (typeof value === "function") {
      const args = (ARGS[key as keyof Messages] ?? Array(value.length).fill(SAMPLE_TEXT)).map(
        (a) => (a === F ? format : a)
      );
      return [[name, (value as (...a: unknown[]) => string)(...args)]];
    }
    return texts(value as object, format, name);
  });
}

/** The family samples' own strings (a user's error text may hold ": "), to be cut out of a text. */
function paramStrings(params: unknown): string[] {
  if (typeof params === "string") return [params];
  if (params && typeof params === "object") return Object.values(params).flatMap(paramStrings);
  return [];
}

function familyTexts(format: Formatter): [string, string][] {
  return Object.entries(FAMILIES).flatMap(([family, f]) =>
    Object.entries(f.samples as Record<string, object>).map(([code, params]): [string, string] => {
      let text = renderCoded(f, { code, params }, format);
      for (const s of paramStrings(params)) text = text.split(s).join("");
      return [`${family}.${code}`, text];
    })
  );
}

const zh = createFormatter("zh-CN");
const en = createFormatter("en-US");

describe("colons", () => {
  it("no zh-CN pane message has a half-width colon", () => {
    const all = texts(messagesFor("zh-CN"), zh);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter(([, text]) => HALF_WIDTH_COLON.test(text))).toEqual([]);
  });

  it("no zh-CN family text has a half-width colon", () => {
    const all = familyTexts(zh);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, text]) => HALF_WIDTH_COLON.test(text))).toEqual([]);
  });

  it("English keeps the half-width colon", () => {
    const all = [...texts(messagesFor("en-US"), en), ...familyTexts(en)];
    expect(all.filter(([, text]) => FULL_WIDTH_COLON.test(text))).toEqual([]);
    expect(messagesFor("en-US").labelled("Range", "Sales!A1:C9")).toBe("Range: Sales!A1:C9");
    expect(messagesFor("zh-CN").labelled("区域", "Sales!A1:C9")).toBe("区域：Sales!A1:C9");
  });

  it("the checker itself catches a half-width colon and lets a listed ':' character be", () => {
    expect(HALF_WIDTH_COLON.test("区域: Sales!A1")).toBe(true);
    expect(HALF_WIDTH_COLON.test("区域:")).toBe(true);
    expect(HALF_WIDTH_COLON.test("包含 \\ / ? * [ ] : 中的字符")).toBe(false);
    expect(HALF_WIDTH_COLON.test("Sales!A1:C9")).toBe(false);
  });
});

/** A half-width bracket beside Chinese text ("问题单元格 (5)", "(20%)小客户"): Chinese uses "（）". */
const HALF_WIDTH_BRACKET = /[\u4e00-\u9fff]\s*[()]|[()]\s*[\u4e00-\u9fff]/;

describe("brackets", () => {
  it("no zh-CN pane message or family text puts a half-width bracket beside Chinese", () => {
    const all = [...texts(messagesFor("zh-CN"), zh), ...familyTexts(zh)];
    expect(all.filter(([, text]) => HALF_WIDTH_BRACKET.test(text))).toEqual([]);
    expect(messagesFor("zh-CN").headingWithCount("问题单元格", "5")).toBe("问题单元格（5）");
  });

  it("the checker catches the half-width forms and lets code and formulas be", () => {
    expect(HALF_WIDTH_BRACKET.test("问题单元格 (5)")).toBe(true);
    expect(HALF_WIDTH_BRACKET.test("其余客户(20%)")).toBe(true);
    expect(HALF_WIDTH_BRACKET.test("问题单元格（5）")).toBe(false);
    expect(HALF_WIDTH_BRACKET.test("=CRM.TIER(B2, B:B)")).toBe(false);
  });
});
