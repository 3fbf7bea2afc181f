// CRM.PALIVE, CRM.PURCHASES and CRM.MODELCLV: laws of the BG/NBD and Gamma-Gamma scores, agreement
// with the engine's own scoring of a fitted base (what the add-in would write), and bad arguments.
import fc from "fast-check";
import { modelClv, probabilityAlive } from "../../src/engine/clvModels";
import { modelclv, palive, purchases } from "../../src/functions/functions";
import { simulate } from "../engine/clvModels/simulate";
import { ErrorCode, expectExcelError } from "./customFunctionsStandIn";

const PARAMS = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
const SPEND = { p: 6.25, q: 3.74, v: 15.44 };
const bg = [PARAMS.r, PARAMS.alpha, PARAMS.a, PARAMS.b] as const;
const gg = [SPEND.p, SPEND.q, SPEND.v] as const;

/** A customer history as BG/NBD defines it: 0 ≤ recency ≤ T, recency > 0 when there are repeats. */
const history = fc
  .record({
    x: fc.integer({ min: 0, max: 60 }),
    T: fc.double({ min: 0.5, max: 500, noNaN: true }),
    share: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : T * share, T }));
const parameters = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.5, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});

describe("CRM.PALIVE", () => {
  test("is the engine's P(alive), a probability, and 1 for a customer who never bought again", () => {
    fc.assert(
      fc.property(history, parameters, (h, p) => {
        const value = palive(h.x, h.tx, h.T, p.r, p.alpha, p.a, p.b);
        expect(value).toBe(probabilityAlive(p, h.x, h.tx, h.T));
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(value).toBe(1);
      })
    );
  });

  test("a longer silence since the last purchase never raises it", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 200, noNaN: true }), (h, extra) => {
        fc.pre(h.x > 0);
        expect(palive(h.x, h.tx, h.T + extra, ...bg)).toBeLessThanOrEqual(
          palive(h.x, h.tx, h.T, ...bg) + 1e-12
        );
      })
    );
  });

  test("periods ahead: never above now, and falling the further ahead", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 100, noNaN: true }), (h, t) => {
        const now = palive(h.x, h.tx, h.T, ...bg);
        const ahead = palive(h.x, h.tx, h.T, ...bg, t);
        const further = palive(h.x, h.tx, h.T, ...bg, t + 10);
        expect(ahead).toBeLessThanOrEqual(now + 1e-12);
        expect(further).toBeLessThanOrEqual(ahead + 1e-12);
      })
    );
  });

  test("bad arguments name the argument", () => {
    expectExcelError(() => palive(1.5, 3, 10, ...bg), ErrorCode.invalidNumber, /frequency/);
    expectExcelError(
      () => palive(2, 12, 10, ...bg),
      ErrorCode.invalidNumber,
      /T must be at least recency/
    );
    expectExcelError(() => palive(2, 0, 10, ...bg), ErrorCode.invalidNumber, /recency above 0/);
    expectExcelError(
      () => palive(2, 3, 10, 0, 4.4, 0.79, 2.4),
      ErrorCode.invalidNumber,
      /r must be more than 0/
    );
    expectExcelError(
      () => palive("many", 3, 10, ...bg),
      ErrorCode.invalidValue,
      /frequency must be a number/
    );
    expectExcelError(() => palive(2, 3, 10, ...bg, -1), ErrorCode.invalidNumber, /periods_ahead/);
  });
});

describe("CRM.PURCHASES", () => {
  test("none in no time, and never fewer over a longer time", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 100, noNaN: true }), (h, t) => {
        expect(purchases(0, h.x, h.tx, h.T, ...bg)).toBe(0);
        const some = purchases(t, h.x, h.tx, h.T, ...bg);
        expect(some).toBeGreaterThanOrEqual(0);
        expect(purchases(t + 5, h.x, h.tx, h.T, ...bg)).toBeGreaterThanOrEqual(some - 1e-9);
      })
    );
  });
});

describe("CRM.MODELCLV", () => {
  const sim = simulate(1500, PARAMS, SPEND, { seed: 9, tMin: 26, tMax: 78 });
  const summary = {
    ...sim,
    total: sim.monetary.map((m, i) => m * (sim.frequency[i] + 1)),
    hasPurchase: Uint8Array.from(sim.T, () => 1),
  };
  const options = { horizon: 12, periodLength: 1, discountRate: 0.01, margin: 0.3 };
  const engine = modelClv(summary, options);

  test("with the engine's fitted parameters it gives the engine's CLV for every customer", () => {
    expect(engine.usedModel).toBe(true);
    const fit = engine.bgNbd!;
    const spend = engine.gammaGamma!;
    const worst = Array.from(engine.clv).reduce((most, clv, i) => {
      const ours = modelclv(
        summary.frequency[i],
        summary.recency[i],
        summary.T[i],
        summary.monetary[i],
        fit.r,
        fit.alpha,
        fit.a,
        fit.b,
        spend.p,
        spend.q,
        spend.v,
        options.margin,
        options.discountRate,
        options.horizon
      );
      return Math.max(most, Math.abs(ours - clv) / Math.max(1, Math.abs(clv)));
    }, 0);
    expect(worst).toBeLessThan(1e-9);
  });

  test("nothing over no periods, linear in the margin, more over a longer horizon", () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0, max: 500, noNaN: true }), (h, m) => {
        const clv = (margin: number, periods: number) =>
          modelclv(h.x, h.tx, h.T, h.x === 0 ? 0 : m, ...bg, ...gg, margin, 0.01, periods);
        expect(clv(0.3, 0)).toBe(0);
        expect(clv(0.6, 12)).toBeCloseTo(2 * clv(0.3, 12), 9);
        expect(clv(0.3, 24)).toBeGreaterThanOrEqual(clv(0.3, 12) - 1e-9);
      })
    );
  });

  test("bad arguments", () => {
    expectExcelError(
      () => modelclv(2, 3, 10, 20, ...bg, 6, 0.9, 15),
      ErrorCode.invalidNumber,
      /q must be more than 1/
    );
    expectExcelError(
      () => modelclv(2, 3, 10, -5, ...bg, ...gg),
      ErrorCode.invalidNumber,
      /monetary/
    );
    expectExcelError(
      () => modelclv(2, 3, 10, 20, ...bg, ...gg, 1, 5),
      ErrorCode.invalidNumber,
      /discount is a fraction/
    );
    expectExcelError(
      () => modelclv(2, 3, 10, 20, ...bg, ...gg, 1, 0.01, 2.5),
      ErrorCode.invalidNumber,
      /periods/
    );
  });
});
