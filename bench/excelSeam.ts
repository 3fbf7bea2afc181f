// The Excel seam on the real wire: the add-in's read and Apply of a 200,000-row sheet through
// Microsoft's Excel client (@microsoft/office-js, pinned) into the double's host. The bytes are the
// client's own request and response bodies (UTF-8 JSON), the syncs are counted at the executor.
// Run: node --require tsx/cjs bench/excelSeam.ts
import "../test/setup/office-client";
import { createExcelDouble, type SyncRecord } from "../src/double";
import { createExcelGateway } from "../src/excel";
import { rangeWorkbook, salesRows, setupFor, tier } from "../test/excel/helpers";

const ROWS = 200_000;
const MB = 1024 * 1024;

function summary(label: string, syncs: readonly SyncRecord[], ms: number): string {
  const work = syncs.filter((s) => !s.cleanup);
  const sent = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
  const received = syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  const largest = (pick: (s: SyncRecord) => number) =>
    (Math.max(...syncs.map(pick)) / MB).toFixed(2);
  return (
    `${label}: ${ms.toFixed(0)} ms, ${work.length} syncs (+${syncs.length - work.length} clean-up), ` +
    `sent ${(sent / MB).toFixed(1)} MB (largest request ${largest((s) => s.requestBytes)} MB), ` +
    `received ${(received / MB).toFixed(1)} MB (largest response ${largest((s) => s.responseBytes)} MB); limit 5 MB each`
  );
}

async function main(): Promise<void> {
  const excel = createExcelDouble(rangeWorkbook(salesRows(ROWS, 50_000)));
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const ref = { kind: "range" as const, address: `Sales!A1:C${ROWS + 1}` };
  let start = performance.now();
  const data = await gateway.readSource(ref);
  const readLog = excel.syncLog.slice();
  console.log(
    summary(
      `Excel seam, read ${ROWS.toLocaleString("en-US")} rows`,
      readLog,
      performance.now() - start
    )
  );
  const setup = setupFor(ref);
  const result = tier(data, setup);
  start = performance.now();
  const outcome = await gateway.applyResult(setup, data, result);
  if (!outcome.ok) throw new Error(`Apply failed: ${JSON.stringify(outcome)}`);
  const applyLog = excel.syncLog.slice(readLog.length);
  console.log(
    summary(
      `Excel seam, Apply ${ROWS.toLocaleString("en-US")} rows`,
      applyLog,
      performance.now() - start
    )
  );
}

void main();
