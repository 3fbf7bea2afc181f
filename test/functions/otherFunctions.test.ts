import { abcByCumulativeValue } from "../../src/engine";
import { clvInfinite } from "../../src/engine/analyses/clv";
import { RFM_SEGMENTS } from "../../src/engine/analyses/rfm";
import { abc, clv, pareto, rfm, roi } from "../../src/functions/functions";
import { guard } from "../../src/functions/errors";
import { ErrorCode, expectExcelError, StandInError } from "./customFunctionsStandIn";

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);

describe("CRM.ABC", () => {
  test("hand-worked: 40/30/20/10 → A, A, A (crosses 80%), B; defaults 0.8 / 0.95", () => {
    expect(abc([[40, 30, 20, 10]])).toEqual([["A", "A", "A", "B"]]);
    // 50/30/15/5: held above 15 is 80% → not below 80% → B; held above 5 is 95% → C.
    expect(abc(column([50, 30, 15, 5]))).toEqual([["A"], ["A"], ["B"], ["C"]]);
    expect(abc(column([50, 30, 15, 5]), 0.5, 0.9)).toEqual([["A"], ["B"], ["B"], ["C"]]);
  });

  test("ties share a class; blanks give an empty cell; values ≤ 0 are Inactive", () => {
    expect(abc(column([10, 10, 10, 10, 0, "", "x"]), 0.3, 0.6)).toEqual([
      ["A"],
      ["A"],
      ["A"],
      ["A"],
      ["Inactive"],
      [""],
      [""],
    ]);
  });

  test("equals the engine's abcByCumulativeValue on a random column", () => {
    const values = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 97) - 5);
    const engine = abcByCumulativeValue(Float64Array.from(values), [0.7, 0.9]);
    const expected = Array.from(engine, (k) => (k >= 0 ? "ABC"[k] : "Inactive"));
    expect(abc(column(values), "70%", 0.9).map((row) => row[0])).toEqual(expected);
  });

  test("bad arguments", () => {
    expectExcelError(() => abc(null as never), ErrorCode.invalidValue, /values is required/);
    expectExcelError(() => abc(column([1]), 80), ErrorCode.invalidNumber, /a_share is a fraction/);
    expectExcelError(
      () => abc(column([1]), 0),
      ErrorCode.invalidNumber,
      /a_share must be more than 0/
    );
    expectExcelError(
      () => abc(column([1]), "most"),
      ErrorCode.invalidValue,
      /a_share must be a number/
    );
    expectExcelError(
      () => abc(column([1]), 0.8, 1.5),
      ErrorCode.invalidNumber,
      /b_share is a fraction/
    );
    expectExcelError(() => abc(column([1]), 0.9, 0.8), ErrorCode.invalidNumber, /at least a_share/);
  });
});

describe("CRM.ROI", () => {
  test("profit ÷ investment, e.g. the seed's VIP tier: 45,600 ÷ 40,000 = 1.14", () => {
    expect(roi(45600, 40000)).toBeCloseTo(1.14, 12);
    expect(roi(-522, 985)).toBeCloseTo(-0.53, 2);
    expect(roi("9,480", "6,820")).toBeCloseTo(1.39, 2);
    expect(roi(null, 5)).toBe(0);
  });

  test("bad arguments", () => {
    expectExcelError(() => roi(100, 0), ErrorCode.divisionByZero, /investment is 0/);
    expectExcelError(() => roi(100, null), ErrorCode.divisionByZero, /investment is 0/);
    expectExcelError(() => roi("lots", 5), ErrorCode.invalidValue, /profit must be a number/);
    expectExcelError(() => roi(5, "x"), ErrorCode.invalidValue, /investment must be a number/);
    expectExcelError(() => roi(5, [[1, 2]]), ErrorCode.invalidValue, /one value, not a range/);
  });
});

describe("CRM.PARETO", () => {
  test("share of the total held by the top 20% (default); count = round(share × N), at least 1", () => {
    const values = column([50, 20, 10, 10, 5, 5, 0, -3, "", "x"]);
    // 6 buyers: top round(1.2) = 1 customer holds 50 of 100.
    expect(pareto(values)).toBeCloseTo(0.5, 12);
    expect(pareto(values, 0.5)).toBeCloseTo(0.8, 12); // top 3: 50 + 20 + 10
    expect(pareto(values, 0.01)).toBeCloseTo(0.5, 12); // at least 1 customer
    expect(pareto(values, 1)).toBeCloseTo(1, 12);
  });

  test("bad arguments", () => {
    expectExcelError(
      () => pareto(column([0, "", -1])),
      ErrorCode.divisionByZero,
      /no numbers above 0/
    );
    expectExcelError(
      () => pareto(column([1]), 20),
      ErrorCode.invalidNumber,
      /top_share is a fraction/
    );
    expectExcelError(() => pareto(column([1]), 0), ErrorCode.invalidNumber, /more than 0/);
    expectExcelError(() => pareto(column([1]), "top"), ErrorCode.invalidValue, /top_share/);
    expectExcelError(() => pareto(null as never), ErrorCode.invalidValue, /values is required/);
  });
});

describe("CRM.CLV", () => {
  test("infinite horizon m·r/(1+d−r) and the finite sum", () => {
    expect(clv(100, 0.8, 0.1)).toBeCloseTo((100 * 0.8) / 0.3, 10);
    expect(clv(100, 0.8, 0.1)).toBe(clvInfinite(100, 0.8, 0.1));
    const q = 0.8 / 1.1;
    expect(clv(100, 0.8, 0.1, 3)).toBeCloseTo(100 * (q + q * q + q * q * q), 10);
    expect(clv(100, "80%", "10%", 0)).toBe(0);
    expect(clv(100, 0.8, 0.1, null)).toBe(clv(100, 0.8, 0.1));
  });

  test("bad arguments: rates are fractions, periods a whole number", () => {
    expectExcelError(
      () => clv(100, 80, 0.1),
      ErrorCode.invalidNumber,
      /retention is a fraction.*not 80/
    );
    expectExcelError(
      () => clv(100, -0.1, 0.1),
      ErrorCode.invalidNumber,
      /retention must be at least 0/
    );
    expectExcelError(() => clv(100, 0.8, 10), ErrorCode.invalidNumber, /discount is a fraction/);
    expectExcelError(() => clv(100, 0.8, -1), ErrorCode.invalidNumber, /more than -1/);
    expectExcelError(() => clv(100, 1, 0), ErrorCode.invalidNumber, /does not converge/);
    expectExcelError(() => clv(100, 0.8, 0.1, 2.5), ErrorCode.invalidNumber, /whole number/);
    expectExcelError(() => clv(100, 0.8, 0.1, -1), ErrorCode.invalidNumber, /whole number/);
    expectExcelError(() => clv(100, 0.8, 0.1, 1e9), ErrorCode.invalidNumber, /whole number/);
    expectExcelError(() => clv("m", 0.8, 0.1), ErrorCode.invalidValue, /margin must be a number/);
  });
});

describe("CRM.RFM", () => {
  test("scores 1–5 per variable (recency reversed) with the engine's segments", () => {
    // Ten customers; customer i has recency 10·i days, frequency 10 − i, monetary 100·(10 − i).
    const recency = column(Array.from({ length: 10 }, (_, i) => 10 * i));
    const frequency = column(Array.from({ length: 10 }, (_, i) => 10 - i));
    const monetary = column(Array.from({ length: 10 }, (_, i) => 100 * (10 - i)));
    const rows = rfm(recency, frequency, monetary);
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual([5, 5, 5, "555", "Champions"]);
    expect(rows[9]).toEqual([1, 1, 1, "111", "Lost"]);
    expect(rows[4]).toEqual([3, 3, 3, "333", "Loyal Customers"]);
    for (const row of rows) {
      expect(RFM_SEGMENTS.map((s) => s.label).concat("Others")).toContain(row[4]);
    }
    expect(rfm(recency, frequency, monetary, 5)).toEqual(rows);
  });

  test("ties share a score; a customer with a blank or text cell gets an empty row", () => {
    const rows = rfm(column([5, 5, 30, ""]), column([2, 2, 1, 4]), column([100, 100, 50, "x"]));
    expect(rows[0]).toEqual(rows[1]);
    expect(rows[3]).toEqual(["", "", "", "", ""]);
  });

  test("bad arguments", () => {
    const one = column([1, 2]);
    expectExcelError(
      () => rfm(one, one, column([1])),
      ErrorCode.invalidValue,
      /same number of cells.*2, 2 and 1/
    );
    expectExcelError(
      () => rfm(null as never, one, one),
      ErrorCode.invalidValue,
      /recency_days is required/
    );
    expectExcelError(
      () => rfm(one, null as never, one),
      ErrorCode.invalidValue,
      /frequency is required/
    );
    expectExcelError(
      () => rfm(one, one, null as never),
      ErrorCode.invalidValue,
      /monetary is required/
    );
    expectExcelError(() => rfm(one, one, one, 3), ErrorCode.invalidNumber, /only 5/);
    expectExcelError(
      () => rfm(one, one, one, "five"),
      ErrorCode.invalidValue,
      /bins must be a number/
    );
    expectExcelError(
      () => rfm(column([-1, 2]), one, one),
      ErrorCode.invalidNumber,
      /recency_days must not be negative/
    );
    expectExcelError(
      () => rfm(one, column([1, -2]), one),
      ErrorCode.invalidNumber,
      /frequency must not be negative/
    );
  });
});

describe("errors never leave a function as a plain JavaScript exception", () => {
  test("guard turns an unexpected exception into #VALUE! with its text", () => {
    const error = (() => {
      try {
        guard(() => {
          throw new TypeError("boom");
        });
      } catch (e) {
        return e as StandInError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(StandInError);
    expect(error?.code).toBe("#VALUE!");
    expect(error?.message).toMatch(/boom/);
  });
});
