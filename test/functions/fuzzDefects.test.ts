// Regression tests for the defects the fuzz probe of issue 14 found in the =CRM.* functions, one named
// test each, and error cells in populations arriving both as text ("#N/A") and as error objects.
import * as crm from "../../src/functions/functions";
import { ErrorCode, expectExcelError } from "./customFunctionsStandIn";

// The functions as Excel may call them: any argument can be anything (a scalar, a range, null).
type Loose<R> = (...args: unknown[]) => R;
const tier = crm.tier as Loose<string>;
const tiers = crm.tiers as Loose<string[][]>;
const abc = crm.abc as Loose<string[][]>;
const roi = crm.roi as Loose<number>;
const pareto = crm.pareto as Loose<number>;
const clv = crm.clv as Loose<number>;
const rfm = crm.rfm as Loose<unknown[][]>;

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
/** An Excel error value as Excel hands it to a function when allowErrorForDataTypeAny is set. */
const errorObject = (code: string): Record<string, string> => ({
  type: "Error",
  code,
  message: `${code} from the sheet`,
});

describe("issue 14: results too large to represent are #NUM!, never Infinity", () => {
  test("CRM.ROI(1E+308, 1E-10)", () => {
    expectExcelError(() => roi(1e308, 1e-10), ErrorCode.invalidNumber, /too large/);
    expectExcelError(() => roi(-1e308, 1e-10), ErrorCode.invalidNumber, /too large/);
    // A zero investment is still #DIV/0!.
    expectExcelError(() => roi(1e308, 0), ErrorCode.divisionByZero);
  });

  test("CRM.CLV(1E+308, 0.9, 0), with and without periods", () => {
    expectExcelError(() => clv(1e308, 0.9, 0), ErrorCode.invalidNumber, /too large/);
    expectExcelError(() => clv(1e308, 1, 0, 50), ErrorCode.invalidNumber, /too large/);
    // The sum without a limit keeps its own message.
    expectExcelError(() => clv(100, 1, 0), ErrorCode.invalidNumber, /does not converge/);
  });
});

describe("issue 14: populations whose sums overflow still work", () => {
  test("CRM.PARETO({9E+307;9E+307}) is 0.5", () => {
    expect(pareto(column([9e307, 9e307]))).toBe(0.5);
    expect(pareto(column([9.99e307, 9.99e307, 9.99e307, 9.99e307]), 0.5)).toBe(0.5);
  });

  test("CRM.ABC on values whose total overflows classes them as on scaled values", () => {
    // 9/5/4/1: the last is B (18 of 19 held above it, below 95%); the huge total is Infinity.
    const huge = column([9e307, 5e307, 4e307, 1e307]);
    const small = column([9, 5, 4, 1]);
    expect(abc(small)).toEqual([["A"], ["A"], ["A"], ["B"]]);
    expect(abc(huge)).toEqual(abc(small));
    expect(tiers(huge, "abc")).toEqual(tiers(small, "abc"));
  });
});

describe("issue 14: text of spaces only is #VALUE!, not a blank", () => {
  test.each([
    ['CRM.CLV(100, " ", 0.1)', () => clv(100, " ", 0.1)],
    ['CRM.CLV(100, 0.8, 0.1, "  ")', () => clv(100, 0.8, 0.1, "  ")],
    ['CRM.ROI(" ", 5)', () => roi(" ", 5)],
    ['CRM.ROI(5, "\\t")', () => roi(5, "\t")],
    ['CRM.TIER(" ", B1:B3)', () => tier(" ", column([1, 2, 3]))],
    ['CRM.TIER(1, B1:B3, " ")', () => tier(1, column([1, 2, 3]), " ")],
    ['CRM.PARETO(B1:B3, " ")', () => pareto(column([1, 2, 3]), " ")],
    ['CRM.ABC(B1:B3, " ")', () => abc(column([1, 2, 3]), " ")],
    ['CRM.RFM(…, " ")', () => rfm(column([1]), column([1]), column([1]), " ")],
  ])("%s", (_, call) => {
    expectExcelError(call, ErrorCode.invalidValue);
  });

  test("a truly blank argument still takes its default", () => {
    expect(clv(100, 0.8, 0.1, "")).toBeCloseTo(266.67, 2);
    expect(pareto(column([50, 20, 10, 10, 5, 5]), null)).toBe(0.5);
  });
});

describe("issue 14: a blank inside labels keeps its place (that tier keeps its own name)", () => {
  const pop = column([100, 50, 20, 10, 5, 4, 3, 2, 1, 0]);
  test('{"VIP","","Medium","Small","Gone"} renames VIP, Medium, Small and Inactive only', () => {
    const labels = [["VIP", "", "Medium", "Small", "Gone"]];
    // 9 buyers: pyramid limits 0 / 0 / 2 / 9, so 100 and 50 are Medium and the rest Small.
    const out = tiers(pop, null, labels).map((row) => row[0]);
    expect(out).toEqual(tiers(pop).map((row) => (row[0] === "Inactive" ? "Gone" : row[0])));
    expect(tier(0, pop, null, labels)).toBe("Gone");
    expect(tier(10, pop, null, labels)).toBe("Small");
  });

  test("a blank first label keeps the first name; trailing blank cells are ignored", () => {
    const shares = [[0.5, 1]];
    const twoTiers = column([10, 5]);
    expect(tier(10, twoTiers, shares, [["", "Rest"]])).toBe("Tier 1");
    expect(tier(5, twoTiers, shares, [["", "Rest"]])).toBe("Rest");
    expect(tier(10, twoTiers, shares, column(["Top", "Rest", null, "", null]))).toBe("Top");
    expect(tier(0, twoTiers, shares, column(["Top", "Rest", " "]))).toBe("Inactive");
  });

  test("the number of names is still checked", () => {
    expectExcelError(
      () => tier(10, pop, null, [["VIP", "", "Medium"]]),
      ErrorCode.invalidValue,
      /labels gives 3 names/
    );
  });
});

describe("error cells in populations are skipped, as text and as error objects", () => {
  const codes = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
  const withErrors = (asObjects: boolean): unknown[][] =>
    column([100, ...codes.map((c) => (asObjects ? errorObject(c) : c)), 50, 20, 10]);
  const plain = column([100, 50, 20, 10]);

  test.each([false, true])("error objects: %s", (asObjects) => {
    const pop = withErrors(asObjects);
    const labels = tiers(pop).map((row) => row[0]);
    expect(labels.filter((l) => l !== "")).toEqual(tiers(plain).map((row) => row[0]));
    expect(labels.slice(1, 1 + codes.length)).toEqual(codes.map(() => ""));
    expect(tier(50, pop)).toBe(tier(50, plain));
    expect(pareto(pop, 0.5)).toBe(pareto(plain, 0.5));
    expect(
      abc(pop)
        .flat()
        .filter((l) => l !== "")
    ).toEqual(abc(plain).flat());
    const scores = rfm(pop, pop, pop);
    expect(scores.filter((row) => row[0] !== "")).toHaveLength(4);
    expect(scores[1]).toEqual(["", "", "", "", ""]);
  });

  test("a single argument that is an error object gives that error back", () => {
    expectExcelError(
      () => roi(errorObject("#N/A"), 5),
      ErrorCode.notAvailable,
      /profit is the error #N\/A/
    );
    expectExcelError(() => clv(100, errorObject("#DIV/0!"), 0.1), ErrorCode.divisionByZero);
    expectExcelError(() => tier(errorObject("#NUM!"), column([1])), ErrorCode.invalidNumber);
    // Input-only errors cannot be returned by a custom function: #VALUE!, naming the error.
    expectExcelError(() => roi(5, errorObject("#REF!")), ErrorCode.invalidValue, /#REF!/);
    expectExcelError(
      () => roi(5, { type: "Error", code: "invalidName" }),
      ErrorCode.invalidValue,
      /#NAME\?/
    );
    // As text, "#N/A" is text where a number is needed.
    expectExcelError(() => roi("#N/A", 5), ErrorCode.invalidValue, /must be a number/);
  });

  test("an error object among the labels or the shares is #VALUE!, naming the error", () => {
    expectExcelError(
      () => tier(100, plain, null, [["VIP", errorObject("#N/A"), "M", "S"]]),
      ErrorCode.invalidValue,
      /#N\/A/
    );
    expectExcelError(() => tier(100, plain, [[0.1, errorObject("#N/A")]]), ErrorCode.invalidValue);
  });
});
