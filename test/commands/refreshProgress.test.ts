/**
 * The ribbon's Refresh shows its progress in the notice dialog and can be cancelled from it: the
 * dialog's Cancel aborts the signal the reads and the writes check between blocks.
 */
import { createExcelDouble } from "../../src/double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import type { ReadOptions, WorkbookGateway } from "../../src/excel/gateway";
import { refreshTiers, type RefreshStep } from "../../src/commands/refreshTiers";
import { createNoticeDialog } from "../../src/commands/noticeDialog";
import { runTiering } from "../../src/engine";
import { HEADER, salesRows, setupFor } from "../excel/helpers";
import { ribbonNoticesText } from "../../src/i18n/codes/ribbonNotices";
import { createFormatter } from "../../src/i18n";
import { fakeDialogHost, noticeText, type OpenedDialog } from "./fakeDialog";

const ROWS = 100;

function workbook() {
  return createExcelDouble({
    sheets: [{ name: "Sales", values: [HEADER, ...salesRows(ROWS, 40)] }],
    settings: {
      [SETUP_KEY]: JSON.stringify(setupFor({ kind: "range", address: `Sales!A1:C${ROWS + 1}` })),
    },
  });
}

/** The gateway, reading 10 rows a block (so a 100-row source takes 10 blocks). */
function smallBlocks(excel: ReturnType<typeof createExcelDouble>): WorkbookGateway {
  const gateway = createExcelGateway(excel.run, excel.requirements);
  const read = gateway.readSource.bind(gateway);
  gateway.readSource = (ref, options) =>
    read(ref, { ...options, blockRows: 10 } as ReadOptions & { blockRows: number });
  return gateway;
}

async function refresh(
  gateway: WorkbookGateway,
  fake: ReturnType<typeof fakeDialogHost>
): Promise<Awaited<ReturnType<typeof refreshTiers>>> {
  const outcome = await refreshTiers({
    gateway,
    runEngine: runTiering,
    notice: createNoticeDialog(fake.host),
    showPane: () => Promise.resolve(),
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return outcome;
}

describe("progress and Cancel in the ribbon's Refresh", () => {
  it("the dialog opens at the start and shows the rows read, then writing, then the result", async () => {
    const excel = workbook();
    const fake = fakeDialogHost({ dialogApi12: true });
    const outcome = await refresh(smallBlocks(excel), fake);
    expect(outcome.status).toBe("done");
    expect(fake.opened).toHaveLength(1);
    const { shown } = fake.opened[0];
    const reading = shown.filter((text) => text.startsWith("Reading rows"));
    // Each block's progress, in order, ending with all rows.
    expect(reading.length).toBeGreaterThanOrEqual(5);
    expect(reading[reading.length - 1]).toBe(`Reading rows ${ROWS} of ${ROWS}…`);
    const counts = reading.map((text) => Number(/Reading rows (\d+)/.exec(text)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(shown.indexOf("Writing…")).toBeGreaterThan(shown.indexOf(reading[reading.length - 1]));
    expect(shown[shown.length - 1]).toBe(outcome.status === "done" ? noticeText(outcome) : "");
    expect(fake.opened[0].page.elements.cancel.hidden).toBe(true);
  });

  it("Cancel while reading stops the read between blocks, writes nothing and says so", async () => {
    const excel = workbook();
    const before = excel.snapshot();
    const fake = fakeDialogHost({ dialogApi12: true });
    let readsAfterCancel = 0;
    let cancelled = false;
    fake.onShow = (dialog: OpenedDialog, text) => {
      if (cancelled && text.startsWith("Reading rows")) readsAfterCancel++;
      if (!cancelled && text === `Reading rows 30 of ${ROWS}…`) {
        cancelled = true;
        dialog.page.elements.cancel.click();
      }
    };
    const syncs = excel.syncLog.length;
    const outcome = await refresh(smallBlocks(excel), fake);
    expect(cancelled).toBe(true);
    expect(outcome.status).toBe("cancelled");
    expect(noticeText(outcome)).toBe("Refresh cancelled: nothing was written.");
    expect(readsAfterCancel).toBe(0);
    expect(excel.snapshot()).toEqual(before);
    // Stopped after the 3rd of 10 blocks (plus the few requests to locate the source).
    expect(excel.syncLog.length - syncs).toBeLessThan(10);
    const dialog = fake.opened[0];
    expect(dialog.page.elements.message.textContent).toBe(
      "Refresh cancelled: nothing was written."
    );
    expect(dialog.page.elements.close.hidden).toBe(false);
  });

  it("Cancel when writing starts reaches the writer's signal, and nothing is written", async () => {
    const excel = workbook();
    const before = excel.snapshot();
    const fake = fakeDialogHost({ dialogApi12: true });
    fake.onShow = (dialog, text) => {
      if (text === "Writing…") dialog.page.elements.cancel.click();
    };
    const gateway = smallBlocks(excel);
    const apply = gateway.applyResult.bind(gateway);
    const signals: (AbortSignal | undefined)[] = [];
    gateway.applyResult = (setup, data, result, options) => {
      signals.push(options?.signal);
      return apply(setup, data, result, options);
    };
    const outcome = await refresh(gateway, fake);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
    expect(outcome.status).toBe("cancelled");
    expect(excel.snapshot()).toEqual(before);
  });

  it("a dialog closed with its X mid-run opens again for the result", async () => {
    const excel = workbook();
    const fake = fakeDialogHost({ dialogApi12: true });
    fake.onShow = (dialog, text) => {
      if (text === `Reading rows 50 of ${ROWS}…`) dialog.closeByUser();
    };
    const outcome = await refresh(smallBlocks(excel), fake);
    expect(outcome.status).toBe("done");
    expect(fake.opened).toHaveLength(2);
    expect(fake.opened[1].page.elements.message.textContent).toBe(
      outcome.status === "done" ? noticeText(outcome) : ""
    );
  });

  it("without DialogApi 1.2 there is no progress dialog, only the final one", async () => {
    const excel = workbook();
    const fake = fakeDialogHost({ dialogApi12: false });
    const outcome = await refresh(smallBlocks(excel), fake);
    expect(outcome.status).toBe("done");
    expect(fake.opened.map((d) => d.url)).toEqual([
      "https://localhost:3000/notice.html?kind=success",
    ]);
  });

  it("a notice given as a dependency gets the steps as data, and its cancel aborts the read", async () => {
    const excel = workbook();
    const steps: RefreshStep[] = [];
    let cancel: (() => void) | undefined;
    const notices: string[] = [];
    const outcome = await refreshTiers({
      gateway: smallBlocks(excel),
      runEngine: runTiering,
      showPane: () => Promise.resolve(),
      notice: {
        notify: (notice) => void notices.push(ribbonNoticesText(notice, createFormatter("en-US"))),
        onCancel: (fn) => (cancel = fn),
        progress: (step) => {
          steps.push(step);
          if (step.step === "reading" && step.rowsRead === 20) cancel?.();
        },
      },
    });
    expect(outcome.status).toBe("cancelled");
    expect(steps[0]).toEqual({ step: "reading", rowsRead: 0, rowsTotal: 0 });
    expect(steps).toContainEqual({ step: "reading", rowsRead: 20, rowsTotal: ROWS });
    expect(steps.some((s) => s.step === "writing")).toBe(false);
    expect(notices).toEqual(["Refresh cancelled: nothing was written."]);
  });
});
