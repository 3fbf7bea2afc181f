/**
 * The currency through the adapter and the double (issue 17): Application.cultureInfo as
 * Microsoft's client reads it, the culture's currency for a set-up saved without one, and Apply's
 * currency number format, the same in both output languages.
 */
import { createExcelDouble, type WorkbookJson } from "../../src/double";
import { createExcelGateway } from "../../src/excel";
import { refreshTiers } from "../../src/commands/refreshTiers";
import { runTiering } from "../../src/engine";
import { DEFAULT_OUTPUT, type RunSetup } from "../../src/excel/runSetup";
import { SETUP_KEY, parseSetup } from "../../src/excel/setupStore";
import { HEADER, salesRows, setupFor, tier } from "./helpers";

const REF = { kind: "range" as const, address: "Sales!A1:C21" };

function workbook(extra: Partial<WorkbookJson> = {}): WorkbookJson {
  return { sheets: [{ name: "Sales", values: [HEADER, ...salesRows(20, 10)] }], ...extra };
}

/** Every number format on the sheets the add-in wrote (all but Sales). */
function outputFormats(json: WorkbookJson): Set<string> {
  return new Set(
    json.sheets
      .filter((sheet) => sheet.name !== "Sales")
      .flatMap((sheet) => (sheet.numberFormats ?? []).flat())
      .filter((format): format is string => typeof format === "string")
  );
}

/** A set-up as saved before the currency setting existed. */
function oldSetup(): RunSetup {
  const setup = setupFor(REF);
  const output = { ...setup.output };
  delete output.currency;
  return { ...setup, output };
}

describe("Application.cultureInfo in the double, through Microsoft's client", () => {
  it("reports the workbook JSON's culture (default en-US) and keeps it in snapshots", async () => {
    const gb = createExcelDouble(workbook({ culture: "en-GB" }));
    const name = await gb.run(async (context) => {
      const application = context.workbook.application;
      application.load("cultureInfo/name");
      await context.sync();
      return application.cultureInfo.name;
    });
    expect(name).toBe("en-GB");
    expect(gb.snapshot().culture).toBe("en-GB");
    expect(createExcelDouble(gb.snapshot()).snapshot().culture).toBe("en-GB");
    expect(createExcelDouble(workbook()).snapshot().culture).toBe("en-US");
    expect(() => createExcelDouble(workbook({ culture: "not a culture!" }))).toThrow(/culture/);
  });

  it("gives the culture's decimal and group separators (CultureInfo.numberFormat)", async () => {
    const de = createExcelDouble(workbook({ culture: "de-DE" }));
    const separators = await de.run(async (context) => {
      const format = context.workbook.application.cultureInfo.numberFormat;
      format.load("numberDecimalSeparator,numberGroupSeparator");
      await context.sync();
      return [format.numberDecimalSeparator, format.numberGroupSeparator];
    });
    expect(separators).toEqual([",", "."]);
  });

  it("has no cultureInfo below ExcelApi 1.11; the gateway then reports no culture", async () => {
    const old = createExcelDouble(workbook({ culture: "en-GB" }), { maxExcelApi: "1.10" });
    await expect(
      old.run(async (context) => {
        context.workbook.application.load("cultureInfo/name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(await createExcelGateway(old.run, old.requirements).workbookCulture!()).toBeNull();
    const gb = createExcelDouble(workbook({ culture: "en-GB" }));
    expect(await createExcelGateway(gb.run, gb.requirements).workbookCulture!()).toBe("en-GB");
  });
});

describe("the saved set-up's currency", () => {
  async function saveAndLoad(json: WorkbookJson, setup: RunSetup, maxExcelApi?: string) {
    const excel = createExcelDouble(json, maxExcelApi ? { maxExcelApi } : {});
    await excel.run(async (context) => {
      context.workbook.settings.add(SETUP_KEY, JSON.stringify(setup));
      await context.sync();
    });
    return createExcelGateway(excel.run, excel.requirements).loadSetup();
  }

  it("an older set-up without one loads and gets the culture's currency", async () => {
    const loaded = await saveAndLoad(workbook({ culture: "en-GB" }), oldSetup());
    expect(loaded?.output.currency).toBe("GBP");
  });

  it("below ExcelApi 1.11 an older set-up loads without one (the pane's default applies)", async () => {
    const loaded = await saveAndLoad(workbook({ culture: "en-GB" }), oldSetup(), "1.10");
    expect(loaded).not.toBeNull();
    expect(loaded!.output.currency).toBeUndefined();
  });

  it("a saved currency wins over the culture", async () => {
    const loaded = await saveAndLoad(workbook({ culture: "en-GB" }), setupFor(REF));
    expect(loaded?.output.currency).toBe("USD");
  });

  it("a saved value that is not an ISO 4217 code is a damaged set-up", () => {
    const setup = { ...setupFor(REF), output: { ...DEFAULT_OUTPUT, currency: "pounds" } };
    expect(parseSetup(JSON.stringify(setup))).toMatchObject({
      status: "corrupt",
      field: "output.currency",
      message: { params: { problem: { code: "currencyCode" } } },
    });
  });
});

describe("Apply writes the set-up's currency", () => {
  it.each(["en-US", "zh-CN"] as const)('as "£"#,##0 in %s', async (language) => {
    const excel = createExcelDouble(workbook({ culture: "en-GB" }));
    const gateway = createExcelGateway(excel.run, excel.requirements);
    const setup: RunSetup = {
      ...setupFor(REF),
      output: { ...DEFAULT_OUTPUT, language, currency: "GBP" },
    };
    const data = await gateway.readSource(REF);
    expect((await gateway.applyResult(setup, data, tier(data, setup))).ok).toBe(true);
    const formats = outputFormats(excel.snapshot());
    expect(formats).toContain('"£"#,##0');
    expect([...formats].filter((f) => /[$¥]/.test(f))).toEqual([]);
  });

  it("Refresh tiers on an older set-up in an en-GB workbook writes £", async () => {
    const excel = createExcelDouble(workbook({ culture: "en-GB" }));
    await excel.run(async (context) => {
      context.workbook.settings.add(SETUP_KEY, JSON.stringify(oldSetup()));
      await context.sync();
    });
    const outcome = await refreshTiers({
      gateway: createExcelGateway(excel.run, excel.requirements),
      runEngine: runTiering,
      notify: () => undefined,
      showPane: () => Promise.resolve(),
    });
    expect(outcome.status).toBe("done");
    expect(outputFormats(excel.snapshot())).toContain('"£"#,##0');
  });
});
