/**
 * Range.valuesAsJson for Microsoft's client. ExcelApi 1.16 added it
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member),
 * and the office.js Office serves has it, but the newest @microsoft/office-js on npm (1.1.110, the
 * one the double loads) predates it: its Range has no such property, so `range.valuesAsJson = ...`
 * would only set a plain field and send nothing, and a load would never fill it. This adds the
 * property the way the client's generated code does every other Range property (values: a setter
 * that keeps the value and queues SetProperty "ValuesAsJson", a getter that throws
 * PropertyNotLoaded until loaded, the load result read from "ValuesAsJson"), and only where the
 * client lacks it. The host side is types/range-properties.ts (requirement set 1.16 checked there).
 * Large writes are not split into row blocks as the client does for `values` (our choice: the
 * adapter already writes in chunks).
 */

interface ClientRange {
  m_valuesAsJson?: unknown;
  _isNull?: boolean;
  _handleResult(value: unknown): void;
}

interface ClientNamespaces {
  Excel: { Range: { prototype: object } };
  OfficeExtension: {
    Utility: {
      throwIfNotLoaded(name: string, value: unknown, entity: string, isNull?: boolean): void;
    };
    BatchApiHelper: {
      invokeSetProperty(obj: object, name: string, value: unknown, flags: number): void;
    };
  };
}

/** Adds Range.valuesAsJson to Microsoft's client when it has none (call once, after loading it). */
export function addRangeValuesAsJson(client: ClientNamespaces): void {
  const proto = client.Excel.Range.prototype as ClientRange;
  if (Object.getOwnPropertyDescriptor(proto, "valuesAsJson")) return;
  const { Utility, BatchApiHelper } = client.OfficeExtension;
  Object.defineProperty(proto, "valuesAsJson", {
    get(this: ClientRange) {
      Utility.throwIfNotLoaded("valuesAsJson", this.m_valuesAsJson, "Range", this._isNull);
      return this.m_valuesAsJson;
    },
    set(this: ClientRange, value: unknown) {
      this.m_valuesAsJson = value;
      BatchApiHelper.invokeSetProperty(this, "ValuesAsJson", value, 0);
    },
    enumerable: true,
    configurable: true,
  });
  const handleResult = proto._handleResult;
  proto._handleResult = function (this: ClientRange, value: unknown) {
    handleResult.call(this, value);
    const loaded = (value as Record<string, unknown> | null | undefined)?.ValuesAsJson;
    if (loaded !== undefined) this.m_valuesAsJson = loaded;
  };
}
