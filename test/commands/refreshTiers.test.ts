import { createExcelDouble } from "../../src/double";
import { createExcelGateway, SETUP_KEY } from "../../src/excel";
import { refreshTiers, type NoticeKind, type RibbonNotice } from "../../src/commands/refreshTiers";
import { ribbonNoticesText } from "../../src/i18n/codes/ribbonNotices";
import { createFormatter } from "../../src/i18n";
import { runTiering } from "../../src/engine";
import { HEADER, salesRows, setupFor } from "../excel/helpers";

function deps(excel: ReturnType<typeof createExcelDouble>) {
  const notices: { message: string; kind: NoticeKind }[] = [];
  const showPane = jest.fn(() => Promise.resolve());
  return {
    notices,
    showPane,
    deps: {
      gateway: createExcelGateway(excel.run, excel.requirements),
      runEngine: runTiering,
      notify: (notice: RibbonNotice, kind: NoticeKind) =>
        void notices.push({ message: ribbonNoticesText(notice, createFormatter("en-US")), kind }),
      showPane,
    },
  };
}

const ref = { kind: "range" as const, address: "Sales!A1:C11" };

describe("the ribbon's Refresh tiers", () => {
  it("with nothing set up, opens the pane and writes nothing", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10)] }],
    });
    const before = excel.snapshot();
    const t = deps(excel);
    expect(await refreshTiers(t.deps)).toEqual({ status: "no-setup" });
    expect(t.showPane).toHaveBeenCalledTimes(1);
    expect(t.notices).toEqual([]);
    expect(excel.snapshot()).toEqual(before);
  });

  it("with a saved set-up, refreshes and reports success", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10, 5)] }],
      settings: { [SETUP_KEY]: JSON.stringify(setupFor(ref)) },
    });
    const t = deps(excel);
    const outcome = await refreshTiers(t.deps);
    expect(outcome).toMatchObject({ status: "done", customers: 5 });
    expect(t.notices).toEqual([
      {
        kind: "success",
        message:
          'Tiers refreshed: 5 customers, written to Sales!D1:D11 and the sheet "CRM Summary".',
      },
    ]);
    expect(t.showPane).not.toHaveBeenCalled();
    expect(excel.snapshot().sheets[0].values![0][3]).toBe("Tier");
  });

  it("an occupied target fails with a message naming the range, nothing written", async () => {
    const excel = createExcelDouble({
      sheets: [
        {
          name: "Sales",
          values: [[...HEADER, "Notes"], ...salesRows(10, 5).map((r) => [...r, "n"])],
        },
      ],
      settings: { [SETUP_KEY]: JSON.stringify(setupFor(ref)) },
    });
    const before = excel.snapshot();
    const t = deps(excel);
    const outcome = await refreshTiers(t.deps);
    expect(outcome.status).toBe("failed");
    expect(t.notices).toHaveLength(1);
    expect(t.notices[0].kind).toBe("error");
    expect(t.notices[0].message).toMatch(/^Tiers were not refreshed\. Sales!D1:D11 is not empty/);
    expect(excel.snapshot()).toEqual(before);
  });

  it("a missing source table fails with a clear message", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "Sales" }],
      settings: { [SETUP_KEY]: JSON.stringify(setupFor({ kind: "table", tableName: "Gone" })) },
    });
    const t = deps(excel);
    expect((await refreshTiers(t.deps)).status).toBe("failed");
    expect(t.notices[0]).toMatchObject({ kind: "error" });
    expect(t.notices[0].message).toContain("The table Gone was not found.");
  });

  it("a saved mapping past the source's last column stops before writing, naming the field", async () => {
    const setup = setupFor(ref);
    setup.tiering.mapping = { customer: 0, revenue: 7 };
    const excel = createExcelDouble({
      sheets: [{ name: "Sales", values: [HEADER, ...salesRows(10, 5)] }],
      settings: { [SETUP_KEY]: JSON.stringify(setup) },
    });
    const before = excel.snapshot();
    const t = deps(excel);
    expect((await refreshTiers(t.deps)).status).toBe("failed");
    expect(t.notices).toHaveLength(1);
    expect(t.notices[0].kind).toBe("error");
    expect(t.notices[0].message).toContain("tiering.mapping.revenue");
    expect(t.notices[0].message).toContain("Sales!A1:C11 has 3 columns");
    expect(excel.snapshot()).toEqual(before);
  });

  it("a damaged set-up is reported and the pane opens", async () => {
    const excel = createExcelDouble({
      sheets: [{ name: "Sales" }],
      settings: { [SETUP_KEY]: "{" },
    });
    const t = deps(excel);
    expect(await refreshTiers(t.deps)).toMatchObject({
      status: "corrupt-setup",
      code: "setup-damaged",
      field: "$",
    });
    expect(t.notices[0].kind).toBe("error");
    expect(t.showPane).toHaveBeenCalled();
  });
});
