/**
 * Members the add-in uses that are newer than the pinned client. @microsoft/office-js 1.1.110's
 * `excel-web-16.00.js` knows ExcelApi up to 1.15; Microsoft's CDN (what Office loads in production)
 * has the later sets. Without these, a member such as `Range.valuesAsJson` (ExcelApi 1.16) would be
 * a plain JavaScript property on Microsoft's Range and nothing would reach the host.
 *
 * Each is added the way the client's generated code writes its own members (compare
 * `Range.prototype.values` in the client): the setter keeps the value and queues a SetProperty
 * action through the client's `OfficeExtension.BatchApiHelper.invokeSetProperty`; a load's result is
 * read back in `_handleResult`. The wire name ("ValuesAsJson") follows the client's rule for every
 * other member; Microsoft does not document the wire, so that is our reading.
 * test/double-tests/client-seam.test.ts fails when an upgrade brings a member natively (then delete
 * it here).
 */

/** The members this file adds, by class: the seam test checks the pinned client lacks each. */
export const CLIENT_EXTENSIONS = { Range: ["valuesAsJson"] } as const;

interface RangeInternals {
  m_valuesAsJson?: unknown;
  _isNull?: boolean;
  _handleResult(value: unknown): void;
}

export function extendClient(excel: typeof Excel, officeExtension: typeof OfficeExtension): void {
  const prototype = excel.Range.prototype as unknown as RangeInternals;
  if (Object.getOwnPropertyDescriptor(prototype, "valuesAsJson")) return;
  const helper = (
    officeExtension as unknown as {
      BatchApiHelper: {
        invokeSetProperty(obj: object, name: string, value: unknown, flags: number): void;
      };
    }
  ).BatchApiHelper;
  const utility = (
    officeExtension as unknown as {
      Utility: {
        throwIfNotLoaded(name: string, value: unknown, type: string, isNull?: boolean): void;
      };
    }
  ).Utility;
  Object.defineProperty(prototype, "valuesAsJson", {
    get(this: RangeInternals) {
      utility.throwIfNotLoaded("valuesAsJson", this.m_valuesAsJson, "Range", this._isNull);
      return this.m_valuesAsJson;
    },
    set(this: RangeInternals, value: unknown) {
      this.m_valuesAsJson = value;
      helper.invokeSetProperty(this, "ValuesAsJson", value, 0);
    },
    enumerable: true,
    configurable: true,
  });
  const handleResult = prototype._handleResult;
  prototype._handleResult = function (this: RangeInternals, value: unknown) {
    handleResult.call(this, value);
    const json = (value as { ValuesAsJson?: unknown } | null)?.ValuesAsJson;
    if (json !== undefined) this.m_valuesAsJson = json;
  };
}
