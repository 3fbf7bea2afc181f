/**
 * Excel.Workbook: the entry point a RequestContext exposes as `context.workbook`.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook
 */
import { CustomXmlPartCollectionDouble } from "./custom-xml";
import { ExcelDoubleError } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { RangeDouble } from "./range";
import { RangeAreasDouble } from "./range-areas";
import type { RequestContextDouble } from "./request-context";
import { selectedAreas } from "./selection";
import { SettingCollectionDouble } from "./settings";
import { TableListDouble } from "./table";
import { WorksheetCollectionDouble } from "./worksheet";

export class WorkbookDouble extends ProxyObject<true> {
  private worksheetsProxy: WorksheetCollectionDouble;
  private tablesProxy: TableListDouble;
  private namesProxy: NamedItemCollectionDouble;
  private settingsProxy: SettingCollectionDouble;
  private partsProxy: CustomXmlPartCollectionDouble;

  constructor(ctx: RequestContextDouble) {
    super(ctx, "Workbook", { target: true });
    this.worksheetsProxy = new WorksheetCollectionDouble(ctx);
    this.tablesProxy = new TableListDouble(ctx, "TableCollection", {
      target: () => ctx.state.tables.map((t) => t.id),
    });
    this.namesProxy = new NamedItemCollectionDouble(ctx);
    this.settingsProxy = new SettingCollectionDouble(ctx);
    this.partsProxy = new CustomXmlPartCollectionDouble(ctx, null);
  }

  protected override properties(): Record<string, PropertyDef<true>> {
    return {};
  }

  get worksheets(): Excel.WorksheetCollection {
    return asExcel<Excel.WorksheetCollection>(this.worksheetsProxy);
  }
  get tables(): Excel.TableCollection {
    return asExcel<Excel.TableCollection>(this.tablesProxy);
  }
  get names(): Excel.NamedItemCollection {
    return asExcel<Excel.NamedItemCollection>(this.namesProxy);
  }
  get settings(): Excel.SettingCollection {
    return asExcel<Excel.SettingCollection>(this.settingsProxy);
  }
  get customXmlParts(): Excel.CustomXmlPartCollection {
    return asExcel<Excel.CustomXmlPartCollection>(this.partsProxy);
  }

  /**
   * "Gets the currently selected single range from the workbook. If there are multiple ranges
   * selected, this method will throw an error." (https://learn.microsoft.com/javascript/api/excel/excel.workbook):
   * a multi-area selection fails the sync with InvalidSelection (the code is the double's choice,
   * see selection.ts).
   */
  getSelectedRange(): Excel.Range {
    const location = "Workbook.getSelectedRange";
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location,
        resolve: () => {
          const areas = selectedAreas(this.ctx.state);
          if (areas.length > 1)
            throw new ExcelDoubleError(
              "InvalidSelection",
              location,
              `${areas.length} areas are selected; use getSelectedRanges`
            );
          return areas[0];
        },
      })
    );
  }

  /** Workbook.getSelectedRanges (ExcelApi 1.9): every selected area, as a RangeAreas. */
  getSelectedRanges(): Excel.RangeAreas {
    return asExcel<Excel.RangeAreas>(
      new RangeAreasDouble(this.ctx, {
        location: "Workbook.getSelectedRanges",
        api: "1.9",
        resolve: () => selectedAreas(this.ctx.state),
      })
    );
  }

  getActiveCell(): Excel.Range {
    return asExcel<Excel.Range>(
      new RangeDouble(this.ctx, {
        location: "Workbook.getActiveCell",
        api: "1.7",
        resolve: () => ({
          sheetId: this.ctx.state.selection.sheetId,
          rect: { ...this.ctx.state.selection.rect, rowCount: 1, colCount: 1 },
        }),
      })
    );
  }
}

/** context.application: calculation control is accepted and ignored (no formula engine). */
export function applicationDouble(): Pick<
  Excel.Application,
  "suspendApiCalculationUntilNextSync"
> & { calculationMode: string; calculate(): void } {
  return {
    suspendApiCalculationUntilNextSync: () => undefined,
    calculationMode: "Automatic",
    calculate: () => undefined,
  };
}
