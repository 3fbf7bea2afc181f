// Fit + score time of the forward-looking CLV models on 200,000 simulated customers (about 1,000,000
// transaction rows, dates in days): the summary, BG/NBD and Gamma-Gamma fits, and P(alive), expected
// purchases and the model CLV per customer. Run: node --require tsx/cjs bench/clvModels.ts
import { customerSummary, fitBgNbd, fitGammaGamma, modelClv } from "../src/engine/clvModels";
import { gamma, seeded } from "../test/engine/clvModels/simulate";

const CUSTOMERS = 200_000;
const END = 46_000; // an Excel serial day (2025-12-09)

function transactionRows() {
  const u = seeded(21);
  const customer: number[] = [];
  const date: number[] = [];
  const amount: number[] = [];
  const line = (c: number, day: number, value: number) => {
    customer.push(c);
    date.push(day);
    amount.push(value);
  };
  for (let c = 0; c < CUSTOMERS; c++) {
    const T = 30 + 700 * u();
    const lambda = gamma(u, 0.6, 60); // purchases per day
    const p = gamma(u, 0.8, 1) / (gamma(u, 0.8, 1) + gamma(u, 4, 1));
    const nu = gamma(u, 4, 200);
    const first = END - Math.floor(T);
    for (let t = 0, alive = true; alive && t <= T; t += -Math.log(1 - u()) / lambda) {
      const lines = 1 + Math.floor(3 * u());
      for (let k = 0; k < lines; k++) line(c, first + Math.floor(t), gamma(u, 6, nu) / lines);
      alive = t === 0 || u() >= p;
    }
  }
  return { customer, date, amount };
}

const rows = transactionRows();
// From a collected heap (npm run bench passes --expose-gc), as the engine bench starts.
(globalThis as { gc?: () => void }).gc?.();
const t0 = performance.now();
const summary = customerSummary(rows, { customers: CUSTOMERS, unitDays: 7, observationEnd: END });
const t1 = performance.now();
const result = modelClv(summary, { horizon: 12, periodLength: 52 / 12, discountRate: 0.01 });
const t2 = performance.now();
// The fits alone again, to show where the time goes (modelClv fits BG/NBD on the buyers); these
// second runs are faster than the first, whose code is not compiled yet.
fitBgNbd(summary.frequency, summary.recency, summary.T);
const t3 = performance.now();
fitGammaGamma(summary.frequency, summary.monetary);
const t4 = performance.now();
const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
const bg = result.bgNbd;
// evaluations: of the BG/NBD likelihood, on the 10,000-customer subsample and on every customer.
const fit = bg
  ? `r ${bg.r.toFixed(3)}, α ${bg.alpha.toFixed(2)}, a ${bg.a.toFixed(3)}, b ${bg.b.toFixed(3)} ` +
    `(${bg.evaluations} evaluations)`
  : "no fit";
console.log(
  `CLV models (BG/NBD + Gamma-Gamma) on ${CUSTOMERS.toLocaleString("en-US")} customers ` +
    `(${rows.customer.length.toLocaleString("en-US")} rows): summary ${ms(t0, t1)}, ` +
    `fit + score ${ms(t1, t2)} (target ≤ 1000 ms; BG/NBD fit ${ms(t2, t3)}, Gamma-Gamma fit ${ms(t3, t4)}); ` +
    `${fit}; warnings: ${result.warnings.length}`
);
