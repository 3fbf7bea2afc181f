/**
 * The saved set-up's scheme schema follows the engine's scheme registry (SCHEME_KINDS): a set-up
 * saved with any kind the registry knows loads, an unknown kind is refused naming the registry's
 * kinds, and a kind added to the registry (here a throw-away "grades", mocked in) loads with no
 * change to the adapter.
 */
import { createExcelDouble } from "../../src/double";
import { createExcelGateway, parseSetup } from "../../src/excel";
import { presets, SCHEME_KINDS } from "../../src/engine";
import { adapterMessageText, createFormatter } from "../../src/i18n";
import type { AdapterMessage } from "../../src/excel/adapterMessages";
import type { RunSetup } from "../../src/excel/runSetup";
import { setupFor } from "./helpers";

const REF = { kind: "range" as const, address: "Sales!A1:C11" };

const english = (message: AdapterMessage) => adapterMessageText(message, createFormatter("en-US"));

/** "pyramid, key, … or custom": the kinds as the English message lists them (so a new scheme needs no edit here). */
const kindList = (kinds: readonly string[]) =>
  `${kinds.slice(0, -1).join(", ")} or ${kinds[kinds.length - 1]}`;

describe("the set-up schema reads the scheme registry", () => {
  it("the presets cover every kind of the registry", () => {
    expect(new Set(presets().map((p) => p.scheme.kind))).toEqual(new Set(SCHEME_KINDS));
  });

  it.each(presets().map((p) => [p.id, p.scheme] as const))(
    "preset %s (its default tiers) round-trips through save and load",
    async (_id, scheme) => {
      const setup: RunSetup = { ...setupFor(REF), tiering: { ...setupFor(REF).tiering, scheme } };
      expect(parseSetup(JSON.stringify(setup))).toEqual({ status: "ok", setup });
      const excel = createExcelDouble({ sheets: [{ name: "Sales" }] });
      const gateway = createExcelGateway(excel.run, excel.requirements);
      await gateway.saveSetup(setup);
      const fresh = createExcelGateway(createExcelDouble(excel.snapshot()).run, excel.requirements);
      expect(await fresh.loadSetup()).toEqual(setup);
    }
  );

  it("an unknown kind is refused, naming the registry's kinds", () => {
    expect(kindList(SCHEME_KINDS)).toContain("pyramid, key, thresholds, abc, valueMatrix, rfm");
    const setup = setupFor(REF);
    const status = parseSetup({ ...setup, tiering: { ...setup.tiering, scheme: { kind: "x" } } });
    expect(status).toMatchObject({ status: "corrupt", field: "tiering.scheme.kind" });
    if (status.status !== "corrupt") return;
    expect(status.message.params.problem).toEqual({
      code: "schemeKind",
      params: { kinds: [...SCHEME_KINDS] },
    });
    expect(english(status.message)).toBe(
      `The CRM Pyramid set-up saved in this workbook is damaged: tiering.scheme.kind should be one of the tiering schemes (${kindList(SCHEME_KINDS)}). Nothing was changed. Open the CRM Pyramid pane to set tiering up again.`
    );
  });

  it("a kind added to the registry loads, with its own fields; the refusal names it too", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/engine", () => {
        const actual = jest.requireActual("../../src/engine");
        return { ...actual, SCHEME_KINDS: [...actual.SCHEME_KINDS, "grades"] };
      });
      const store =
        require("../../src/excel/setupStore") as typeof import("../../src/excel/setupStore");
      const base = setupFor(REF);
      const grades = {
        kind: "grades",
        tiers: [
          { key: "a", label: "A", share: 0.2 },
          { key: "b", label: "B" },
        ],
        measures: ["revenue", "profit"],
      };
      const setup = { ...base, tiering: { ...base.tiering, scheme: grades } };
      expect(store.parseSetup(JSON.stringify(setup))).toEqual({ status: "ok", setup });
      const badTier = { ...grades, tiers: [{ key: "", label: "A" }] };
      expect(
        store.parseSetup({ ...setup, tiering: { ...setup.tiering, scheme: badTier } })
      ).toMatchObject({ status: "corrupt", field: "tiering.scheme.tiers[0].key" });
      const unknown = store.parseSetup({
        ...setup,
        tiering: { ...setup.tiering, scheme: { kind: "pentagon", tiers: [] } },
      });
      expect(unknown.status === "corrupt" && english(unknown.message)).toContain(
        `(${kindList([...SCHEME_KINDS, "grades"])})`
      );
    });
  });
});
