/**
 * Excel.RangeAreas (ExcelApi 1.9), as Workbook.getSelectedRanges returns it: `areaCount`, `address`,
 * `cellCount` and the `areas` collection of ranges. https://learn.microsoft.com/javascript/api/excel/excel.rangeareas
 * - address: "Returns the RangeAreas reference in A1-style. Address value will contain the worksheet
 *   name for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")." — joined with
 *   ", " as in that example;
 * - areaCount: "Returns the number of rectangular ranges that comprise this RangeAreas object.";
 * - areas: "Returns a collection of rectangular ranges that comprise this RangeAreas object."
 * Other members are not modelled (NotImplemented).
 */
import { CollectionProxy } from "./collection-proxy";
import { type PropertyDef, ProxyObject, asExcel } from "./proxy-object";
import { RangeDouble } from "./range";
import type { RequestContextDouble } from "./request-context";
import type { RangeRef } from "./workbook-parts";

type AreasSource = {
  resolve: () => RangeRef[];
  location: string;
  api: string;
};

export class RangeAreasDouble extends ProxyObject<RangeRef[]> {
  private areasProxy: RangeCollectionDouble | undefined = undefined;

  constructor(ctx: RequestContextDouble, source: AreasSource) {
    super(ctx, "RangeAreas", source);
  }

  protected override properties(): Record<string, PropertyDef<RangeRef[]>> {
    const state = this.ctx.state;
    const address = (refs: RangeRef[]) => refs.map((r) => state.formatRef(r)).join(", ");
    return {
      address: { get: address },
      addressLocal: { get: address },
      areaCount: { get: (refs) => refs.length },
      cellCount: {
        get: (refs) => refs.reduce((sum, r) => sum + r.rect.rowCount * r.rect.colCount, 0),
      },
    };
  }

  protected override navigation(): Record<string, () => ProxyObject<unknown>> {
    return { areas: () => this.areasDouble() as ProxyObject<unknown> };
  }

  private areasDouble(): RangeCollectionDouble {
    this.areasProxy ??= new RangeCollectionDouble(this.ctx, this);
    return this.areasProxy;
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get areas(): Excel.RangeCollection {
    return asExcel<Excel.RangeCollection>(this.areasDouble());
  }
}

/** Excel.RangeCollection (ExcelApi 1.9): `items` after a load. */
export class RangeCollectionDouble extends CollectionProxy<RangeRef[], RangeRef, RangeDouble> {
  constructor(ctx: RequestContextDouble, owner: RangeAreasDouble) {
    super(ctx, "RangeCollection", {
      location: "RangeAreas.areas",
      resolve: () => owner.target("RangeAreas.areas"),
    });
  }
  protected override listItems(refs: RangeRef[]): RangeRef[] {
    return refs;
  }
  protected override createItem(ref: RangeRef): RangeDouble {
    return new RangeDouble(this.ctx, { target: ref });
  }
  get items(): Excel.Range[] {
    return asExcel<Excel.Range[]>(this.itemList());
  }
}
