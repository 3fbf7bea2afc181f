/* CRM.PALIVE, CRM.PURCHASES and CRM.MODELCLV: the BG/NBD and Gamma-Gamma scores of one customer from
   fitted parameters (the engine's src/engine/clvModels), so an analyst can score customers in their
   own sheet. frequency = repeat purchases (distinct purchase days after the first), recency = the
   time from the first to the last purchase, T = the time from the first purchase to the end of the
   observation period, all in the same unit (days, weeks…) as the parameters were fitted in. */
import {
  customerModelClv,
  expectedPurchases,
  probabilityAlive,
  probabilityAliveAhead,
  type BgNbdParams,
} from "../engine/clvModels";
import { isMissing, numberArg } from "./args";
import { numError } from "./errors";

/** Longest horizon CRM.MODELCLV sums over (one BG/NBD evaluation per period). */
export const MAX_MODEL_PERIODS = 1_000;

interface History {
  x: number;
  tx: number;
  T: number;
}

function positive(arg: unknown, name: string): number {
  const value = numberArg(arg, name);
  if (!(value > 0)) throw numError(`${name} must be more than 0; got ${value}.`);
  return value;
}

/** frequency, recency and T of one customer, checked as the BG/NBD summary defines them. */
export function historyArgs(frequency: unknown, recency: unknown, T: unknown): History {
  const x = numberArg(frequency, "frequency");
  if (x < 0 || !Number.isInteger(x))
    throw numError(`frequency is a count of repeat purchases (0, 1, 2…); got ${x}.`);
  const tx = numberArg(recency, "recency");
  const age = numberArg(T, "T");
  if (tx < 0) throw numError(`recency must be at least 0; got ${tx}.`);
  if (age < tx) throw numError(`T must be at least recency (${tx}); got ${age}.`);
  if (x > 0 && tx === 0)
    throw numError("A customer with repeat purchases has a recency above 0 (their last purchase).");
  return { x, tx, T: age };
}

export function bgNbdArgs(r: unknown, alpha: unknown, a: unknown, b: unknown): BgNbdParams {
  return {
    r: positive(r, "r"),
    alpha: positive(alpha, "alpha"),
    a: positive(a, "a"),
    b: positive(b, "b"),
  };
}

function aheadArg(arg: unknown, name: string): number | undefined {
  if (isMissing(arg)) return undefined;
  const t = numberArg(arg, name);
  if (t < 0) throw numError(`${name} must be at least 0; got ${t}.`);
  return t;
}

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw numError(`${what} cannot be computed for these arguments.`);
  return value;
}

export function computePAlive(args: unknown[]): number {
  const [frequency, recency, T, r, alpha, a, b, ahead] = args;
  const h = historyArgs(frequency, recency, T);
  const params = bgNbdArgs(r, alpha, a, b);
  const t = aheadArg(ahead, "periods_ahead");
  const p =
    t === undefined
      ? probabilityAlive(params, h.x, h.tx, h.T)
      : probabilityAliveAhead(params, h.x, h.tx, h.T, t);
  return finite(p, "P(alive)");
}

export function computePurchases(args: unknown[]): number {
  const [periods, frequency, recency, T, r, alpha, a, b] = args;
  const t = aheadArg(periods, "periods") ?? 0;
  const h = historyArgs(frequency, recency, T);
  return finite(
    expectedPurchases(bgNbdArgs(r, alpha, a, b), h.x, h.tx, h.T, t),
    "The expected purchases"
  );
}

/** The engine's one-customer model CLV (customerModelClv), periods in the fit's time unit. */
export function computeModelClv(args: unknown[]): number {
  const [
    frequency,
    recency,
    T,
    monetary,
    r,
    alpha,
    a,
    b,
    p,
    q,
    v,
    marginArg,
    discountArg,
    periodsArg,
  ] = args;
  const h = historyArgs(frequency, recency, T);
  const bg = bgNbdArgs(r, alpha, a, b);
  const gg = { p: positive(p, "p"), q: positive(q, "q"), v: positive(v, "v") };
  if (!(gg.q > 1))
    throw numError(`q must be more than 1 for an expected order value; got ${gg.q}.`);
  const m = numberArg(monetary, "monetary");
  if (m < 0) throw numError(`monetary is an average order value, at least 0; got ${m}.`);
  const margin = numberArg(marginArg, "margin", 1);
  const discount = numberArg(discountArg, "discount", 0.01);
  if (discount <= -1 || discount > 1)
    throw numError(`discount is a fraction per period above -1 (0.01, not 1); got ${discount}.`);
  const periods = numberArg(periodsArg, "periods", 12);
  if (periods < 0 || !Number.isInteger(periods) || periods > MAX_MODEL_PERIODS)
    throw numError(
      `periods must be a whole number from 0 to ${MAX_MODEL_PERIODS}; got ${periods}.`
    );
  const clv = customerModelClv(
    bg,
    gg,
    { x: h.x, tx: h.tx, T: h.T, monetary: m },
    { horizon: periods, periodLength: 1, discountRate: discount, margin }
  );
  return finite(clv, "The model CLV");
}
