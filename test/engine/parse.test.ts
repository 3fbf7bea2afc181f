import fc from "fast-check";
import { parseDateText } from "../../src/engine/parse/parseDate";
import { parseNumberText } from "../../src/engine/parse/parseNumber";
import { parsePlainDate } from "../../src/engine/parse/parsePlainDate";
import { parsePlainNumber } from "../../src/engine/parse/parsePlainNumber";
import {
  addMonths,
  parseDate,
  parseNumber,
  runTiering,
  serialToYmd,
  ymdToSerial,
  type Cell,
  type TieringSetup,
} from "../../src/engine";
import { createFormatter, problemReasonsText } from "../../src/i18n";

const value = (cell: Cell): number | string => {
  const p = parseNumber(cell);
  return p.ok ? p.value : "bad";
};

describe("parseNumber", () => {
  test.each<[Cell, number]>([
    [1234.5, 1234.5],
    ["1234.5", 1234.5],
    ["1,234,567.89", 1234567.89],
    ["¥1,234", 1234],
    ["$ 99.90", 99.9],
    ["€12", 12],
    ["£-3", -3],
    ["-$1,000", -1000],
    ["(1,234)", -1234],
    ["($1,234.50)", -1234.5],
    ["1,234-", -1234],
    ["12.5%", 0.125],
    ["１２３４．５", 1234.5],
    ["￥１，２３４", 1234],
    ["3万", 30000],
    ["1.2345万", 12345],
    ["2.5亿", 250000000],
    ["5万元", 50000],
    ["100元", 100],
    ["1e3", 1000],
    ["  42  ", 42],
    ["-0", 0],
  ])("%p → %p", (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  test.each<Cell>([
    "abc",
    "12abc",
    "1.234,56",
    "1,23",
    "--5",
    "(-5)",
    "$5€",
    "#N/A",
    "#DIV/0!",
    true,
    NaN,
    Infinity,
    "%",
    "万",
    "1,2345",
  ])("%p is a bad cell", (cell) => {
    expect(value(cell)).toBe("bad");
  });

  test("blank cells say blank", () => {
    expect(parseNumber("")).toEqual({ ok: false, reason: "blank" });
    expect(parseNumber(null)).toEqual({ ok: false, reason: "blank" });
    expect(parseNumber("   ")).toEqual({ ok: false, reason: "blank" });
  });

  const withCommas = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

  test("property: round-trips numbers written in the accepted formats", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom(
          "plain",
          "commas",
          "currency",
          "accounting",
          "trailing",
          "fullwidth",
          "wan",
          "yi",
          "percent"
        ),
        (whole, cents, negative, format) => {
          const digits = String(whole);
          const frac = String(cents).padStart(2, "0");
          const expected = (negative ? -1 : 1) * Number(`${digits}.${frac}`);
          let text: string;
          let want = expected;
          switch (format) {
            case "plain":
              text = `${negative ? "-" : ""}${digits}.${frac}`;
              break;
            case "commas":
              text = `${negative ? "-" : ""}${withCommas(digits)}.${frac}`;
              break;
            case "currency":
              text = `${negative ? "-" : ""}¥${withCommas(digits)}.${frac}`;
              break;
            case "accounting":
              text = negative
                ? `($${withCommas(digits)}.${frac})`
                : `$${withCommas(digits)}.${frac}`;
              break;
            case "trailing":
              text = `${withCommas(digits)}.${frac}${negative ? "-" : ""}`;
              break;
            case "fullwidth":
              text =
                (negative ? "－" : "") +
                `${digits}.${frac}`.replace(/[0-9.]/g, (ch) =>
                  String.fromCharCode(ch.charCodeAt(0) + 0xfee0)
                );
              break;
            case "wan":
              text = `${negative ? "-" : ""}${digits}.${frac}万`;
              want = (negative ? -1 : 1) * Number(`${digits}${frac}00`);
              break;
            case "yi":
              text = `${negative ? "-" : ""}${digits}.${frac}亿`;
              want = (negative ? -1 : 1) * Number(`${digits}${frac}000000`);
              break;
            default:
              text = `${negative ? "-" : ""}${digits}.${frac}%`;
              want = (negative ? -1 : 1) * Number(`${digits}.${frac}e-2`);
          }
          const parsed = parseNumber(text);
          expect(parsed).toEqual({ ok: true, value: want === 0 ? 0 : want });
        }
      )
    );
  });

  test("property: garbage never throws and always answers", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string({ unit: fc.constantFrom(..."0123456789,.-+()%$¥€£万亿元eE /年月日:T#") }),
          fc.double(),
          fc.boolean(),
          fc.constant(null),
          fc.constant(undefined)
        ),
        (cell) => {
          const parsed = parseNumber(cell as Cell);
          expect(typeof parsed.ok).toBe("boolean");
          if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
          const date = parseDate(cell as Cell);
          expect(typeof date.ok).toBe("boolean");
        }
      )
    );
  });
});

describe("parseNumber's plain-text fast path", () => {
  // Money text shaped like the fast path's grammar, and near misses: digit runs of any length (the fast
  // path stops at 15 digits), commas in and out of place, signs, symbols, spaces and suffixes.
  const digitRun = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 18 });
  const moneyLike = fc
    .tuple(
      fc.constantFrom("", " ", "  ", "\t"),
      fc.constantFrom("", "-", "+"),
      fc.constantFrom("", "$", "¥", "€", "£", "￥"),
      fc.constantFrom("", "-", "+"),
      fc.oneof(
        fc.array(digitRun, { maxLength: 4 }),
        // Thousands groups: mostly of three digits, after a first group of up to five.
        fc
          .tuple(
            fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 5 }),
            fc.array(
              fc.oneof(
                {
                  weight: 6,
                  arbitrary: fc.string({
                    unit: fc.constantFrom(..."0123456789"),
                    minLength: 3,
                    maxLength: 3,
                  }),
                },
                {
                  weight: 1,
                  arbitrary: fc.string({
                    unit: fc.constantFrom(..."0123456789"),
                    minLength: 2,
                    maxLength: 4,
                  }),
                }
              ),
              { minLength: 1, maxLength: 4 }
            )
          )
          .map(([first, rest]) => [first, ...rest])
      ),
      fc.constantFrom(",", ",", ".", ""),
      fc.option(digitRun),
      fc.constantFrom("", "", "", "%", "万", "-", "$", ".", " ", "e3")
    )
    .map(
      ([lead, sign1, symbol, sign2, groups, joiner, fraction, tail]) =>
        lead +
        sign1 +
        symbol +
        sign2 +
        groups.join(joiner) +
        (fraction === null ? "" : "." + fraction) +
        tail
    );

  test("property: gives exactly what the general pattern gives, for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          moneyLike,
          fc.string({ unit: fc.constantFrom(..."0123456789,.-+$¥€£ ") }),
          fc.string()
        ),
        (text) => {
          expect(parseNumber(text)).toEqual(parseNumberText(text));
        }
      ),
      { numRuns: 5000 }
    );
  });

  test("takes the usual forms itself, exactly", () => {
    for (const [text, value] of [
      ["1,234.50", 1234.5],
      ["-$99.90", -99.9],
      ["$-99.90", -99.9],
      ["  ¥1,234,567.89 ", 1234567.89],
      [".5", 0.5],
      ["-0.00", 0],
      ["0.1", 0.1],
      ["123456789012345", 123456789012345],
      ["0.00000000000001", 1e-14],
    ] as const)
      expect(parsePlainNumber(text)).toBe(value);
  });

  test("leaves every other form to the general pattern", () => {
    for (const text of [
      "(1,234)",
      "1,234-",
      "12.5%",
      "3万",
      "1e3",
      "１２３",
      "1234567890123456",
      "1,23",
      "1234,567",
      "5.",
      "--5",
      "",
      "#N/A",
      "$ 99.90",
    ])
      expect(parsePlainNumber(text)).toBeNaN();
  });
});

describe("parseDate's plain-text fast path", () => {
  const digits = (min: number, max: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });
  // Year-first dates and near misses: any digits (so impossible days, leap days and years outside Excel's
  // range), every separator, spaces, and the suffixes only the general patterns read.
  const dateLike = fc
    .tuple(
      fc.constantFrom("", " ", "\u3000"),
      fc.oneof(
        fc.integer({ min: 1899, max: 2101 }).map(String),
        fc.constantFrom("9999", "1900", "0024", "2000", "2100"),
        digits(0, 5)
      ),
      fc.constantFrom("-", "/", ".", "年", " ", ""),
      fc.oneof(fc.integer({ min: 0, max: 13 }).map(String), digits(0, 3)),
      fc.constantFrom("-", "/", ".", "月", ""),
      fc.oneof(
        fc.integer({ min: 0, max: 32 }).map(String),
        fc.integer({ min: 1, max: 9 }).map((d) => "0" + d),
        digits(0, 3)
      ),
      fc.constantFrom("", "", "", " ", "日", "T10:30", " 10:30:15", "Z", "x")
    )
    .map((parts) => parts.join(""));

  test("property: gives exactly what the general patterns give, for any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          dateLike,
          // Leap days of any year, century years included (1900 and 2100 have none, 2000 has one).
          fc.integer({ min: 1, max: 99 }).map((c) => `${c * 100}-02-29`),
          fc.integer({ min: 1900, max: 9999 }).map((y) => `${y}/2/29`),
          fc.string()
        ),
        (text) => {
          expect(parseDate(text)).toEqual(parseDateText(text));
        }
      ),
      { numRuns: 5000 }
    );
  });

  test("takes the usual forms itself, as Excel numbers them", () => {
    for (const [text, serial] of [
      ["2024-01-01", 45292],
      ["1900-03-01", 61],
      ["2024/2/29", 45351],
      ["2000-02-29", 36585],
      [" 2024.12.31 ", 45657],
      ["9999-12-31", 2958465],
    ] as const)
      expect(parsePlainDate(text)).toBe(serial);
  });

  test("leaves every other form, and days that do not exist, to the general patterns", () => {
    for (const text of [
      "2023-02-29",
      "2100-02-29",
      "2024-13-01",
      "1900-02-28",
      "2024-03-15T10:30",
      "2024年3月15日",
      "Mar 15, 2024",
      "15/03/2024",
      "２０２４-０３-１５",
      "20240315",
      "",
    ])
      expect(parsePlainDate(text)).toBeNaN();
  });
});

describe("parseDate", () => {
  const serial = (cell: Cell): number | string => {
    const p = parseDate(cell);
    return p.ok ? p.value : "bad";
  };

  test("Excel serials: 45292 is 2024-01-01, 61 is 1900-03-01", () => {
    expect(ymdToSerial(2024, 1, 1)).toBe(45292);
    expect(ymdToSerial(1900, 3, 1)).toBe(61);
    expect(serialToYmd(45657)).toEqual([2024, 12, 31]);
  });

  test.each<[Cell, number]>([
    [45292, 45292],
    [45292.5, 45292.5],
    ["2024-01-01", 45292],
    ["2024/1/1", 45292],
    ["2024.01.01", 45292],
    ["2024年1月1日", 45292],
    ["２０２４－０１－０１", 45292],
    ["2024-01-01T12:00:00", 45292.5],
    ["2024-01-01 06:00", 45292.25],
    ["Jan 1, 2024", 45292],
    ["1 January 2024", 45292],
    ["2024-02-29", 45351],
  ])("%p → %p", (cell, expected) => {
    expect(serial(cell)).toBe(expected);
  });

  test.each<Cell>([
    "01/02/2024",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "yesterday",
    "#N/A",
    true,
    0,
    -5,
    3e6,
    "Foo 1, 2024",
  ])("%p is not a date", (cell) => {
    expect(serial(cell)).toBe("bad");
  });

  test("years before 1900 are out of range, never read as 19xx", () => {
    for (const text of ["0024-03-15", "0099-12-31", "1899-12-31", "Mar 15, 0024", "15 March 0099"])
      expect(parseDate(text)).toEqual({
        ok: false,
        reason: { code: "dateOutOfRange", params: {} },
      });
  });

  test("property: every valid calendar day round-trips through text and serial", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1900-03-01T00:00:00Z"),
          max: new Date("9999-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          const day = d.getUTCDate();
          const s = ymdToSerial(y, m, day);
          expect(serialToYmd(s)).toEqual([y, m, day]);
          const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(serial(iso)).toBe(s);
          expect(serial(`${y}/${m}/${day}`)).toBe(s);
          expect(serial(`${y}年${m}月${day}日`)).toBe(s);
          expect(serial(s)).toBe(s);
        }
      )
    );
  });

  test("addMonths clamps to the end of the month", () => {
    expect(serialToYmd(addMonths(ymdToSerial(2024, 3, 31), -1))).toEqual([2024, 2, 29]);
    expect(serialToYmd(addMonths(ymdToSerial(2024, 12, 31), -12))).toEqual([2023, 12, 31]);
  });
});

describe("problem reasons", () => {
  // Each bad cell's reason is a code; the pane and the summary sheet word it as the engine's English
  // sentences did, and in Chinese as the pane's substring translation did.
  const en = createFormatter("en-US");
  const zh = createFormatter("zh-CN");
  const setup: TieringSetup = {
    mapping: { customer: 0, revenue: 1, investment: 2, date: 3, score: 4, clv: 5 },
    scheme: { kind: "pyramid", tiers: [] },
  };
  const ok = [10, 0, 45000, 1, 1];
  const cases: [Cell[], string, string][] = [
    [["A", "$1$", ...ok], "not a number (two currency symbols)", "不是数字（两个货币符号）"],
    [["A", "--5", ...ok], "not a number (more than one sign)", "不是数字（多个正负号）"],
    [["A", "5 7", ...ok], "not a number (space inside the digits)", "不是数字（数字中间有空格）"],
    [["A", "1e400", ...ok], "not a finite number", "不是有限数字"],
    [["A", " #N/A ", ...ok], "Excel error #N/A", "Excel 错误 #N/A"],
    [["A", 1, -3, 45000, 1, 1], "negative where not allowed (investment)", "不允许为负数（投入）"],
    [["A", 1, 0, "", 1, 1], "missing date", "缺少日期"],
    [
      ["A", 1, 0, "2024-02-30", 1, 1],
      "unparseable date: not a valid date",
      "无法识别的日期：不是有效日期",
    ],
    [
      ["A", 1, 0, "#REF!", 1, 1],
      "unparseable date: Excel error #REF!",
      "无法识别的日期：Excel 错误 #REF!",
    ],
    [["A", 1, 0, 45000, "high", 1], "not a number (score ignored)", "不是数字（已忽略评分）"],
    [["A", 1, 0, 45000, 1, 1e300], "number too large (CLV ignored)", "数字过大（已忽略终身价值）"],
    [["", 1, 0, 45000, 1, 1], "missing customer id", "缺少客户编号"],
    [
      ["#DIV/0!", 1, 0, 45000, 1, 1],
      "Excel error #DIV/0! in customer id",
      "Excel 错误 #DIV/0!（客户编号中）",
    ],
    [[true, 1, 0, 45000, 1, 1], "customer id is not text or a number", "客户编号不是文本或数字"],
    [null as unknown as Cell[], "not a row", "不是一行数据"],
  ];
  test.each(cases)("%j: %s", (row, english, chinese) => {
    const [problem] = runTiering([row], setup).problems;
    expect(problemReasonsText(problem.reason, en)).toBe(english);
    expect(problemReasonsText(problem.reason, zh)).toBe(chinese);
  });

  test("amounts too large to add up", () => {
    const amountsOnly: TieringSetup = { ...setup, mapping: { customer: 0, revenue: 1 } };
    const [problem] = runTiering(
      [
        ["A", 9e307],
        ["A", 9e307],
      ],
      amountsOnly
    ).problems;
    expect(problemReasonsText(problem.reason, en)).toBe("amounts too large to add up");
    expect(problemReasonsText(problem.reason, zh)).toBe("金额过大，无法相加");
  });
});
