// The fuzz suite of issue 14 for the engine: seeded, bounded sheets of what Excel can deliver and set-ups
// valid and malformed, with the engine's laws asserted on every one (see laws.ts). The counts and the
// seeds are fixed, so a failure replays exactly; the suite's counts and time are in README (Input and parsing).
import fc from "fast-check";
import { rowLabels, runTiering, type Cell, type TieringSetup } from "../../src/engine";
import { checkLaws, orderFree, sameFigures } from "./laws";
import { malformedSetup, sheet, validSetup, type FuzzSheet } from "./sheets";
import { mulberry32 } from "../../src/double/seedCase";
import type { ProblemReason } from "../../src/engine";
import { createFormatter, problemReasonsText } from "../../src/i18n";

/** Every reason the engine gave in the runs above, by value (the pane renders them: see the last test). */
const reasons = new Map<string, ProblemReason>();

/** How many of each the suite generates (README quotes these). */
export const FUZZ_COUNTS = { sheets: 2000, largeSheets: 6, largeRows: 20000, setups: 1500 };

const withSetup = (maxRows: number): fc.Arbitrary<[FuzzSheet, TieringSetup]> =>
  sheet(maxRows).chain((s) => fc.tuple(fc.constant(s), validSetup(s.width)));

describe("fuzz: sheets of what Excel can deliver", () => {
  test(`${FUZZ_COUNTS.sheets} sheets: every law holds, and row order changes no figure`, () => {
    fc.assert(
      fc.property(withSetup(40), fc.integer(), ([s, setup], shuffleSeed) => {
        const r = runTiering(s.rows, setup);
        checkLaws(s.rows, setup, r);
        for (const p of r.problems) reasons.set(JSON.stringify(p.reason), p.reason);
        // The same rows in another order (a seeded shuffle).
        const random = mulberry32(shuffleSeed);
        const order = s.rows.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [order[i], order[j]] = [order[j], order[i]];
        }
        const shuffled = order.map((i) => s.rows[i]);
        sameFigures(orderFree(runTiering(shuffled, setup)), orderFree(r));
      }),
      { seed: 14, numRuns: FUZZ_COUNTS.sheets }
    );
  });

  test(`${FUZZ_COUNTS.largeSheets} sheets of ${FUZZ_COUNTS.largeRows.toLocaleString("en-US")} rows`, () => {
    // Rows drawn from generated rows (fast-check makes 500, a seeded PRNG picks 20,000 of them), so the
    // ids repeat across the sheet as in real sales.
    fc.assert(
      fc.property(withSetup(500), fc.integer(), ([s, setup], seed) => {
        if (s.rows.length === 0) return;
        const random = mulberry32(seed);
        const rows: Cell[][] = Array.from(
          { length: FUZZ_COUNTS.largeRows },
          () => s.rows[Math.floor(random() * s.rows.length)]
        );
        checkLaws(rows, setup, runTiering(rows, setup));
      }),
      { seed: 1414, numRuns: FUZZ_COUNTS.largeSheets }
    );
  });
});

describe("fuzz: malformed set-ups", () => {
  test(`${FUZZ_COUNTS.setups} malformed set-ups never throw, and give a result of the rows' shape`, () => {
    fc.assert(
      fc.property(sheet(12), malformedSetup, (s, setup) => {
        const r = runTiering(s.rows, setup as TieringSetup);
        if (r.rowTier.length !== s.rows.length) throw new Error("rowTier ≠ rows");
        if (r.rowsUsed + r.rowsSkipped !== s.rows.length) throw new Error("used + skipped ≠ rows");
        if (r.warnings.some((w) => w.code === "engineFailed"))
          throw new Error(JSON.stringify(r.warnings));
        rowLabels(r);
      }),
      { seed: 41, numRuns: FUZZ_COUNTS.setups }
    );
  });
});

describe("fuzz: the reasons the engine gives", () => {
  test("every problem reason met above has a Chinese text in the pane", () => {
    expect(reasons.size).toBeGreaterThan(10);
    const chinese = createFormatter("zh-CN");
    for (const [key, reason] of reasons) {
      const zh = problemReasonsText(reason, chinese);
      // Only the words "Excel" and "CLV" and the cell's own error text (#N/A…) stay in English.
      const english = zh.replace(/Excel|CLV|#[A-Z0-9/_]+[!?]?/g, "").match(/[A-Za-z]{3,}/);
      expect([key, english?.[0] ?? null]).toEqual([key, null]);
    }
  });
});
