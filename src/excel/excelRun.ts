/** How the adapter reaches Excel: production passes Excel.run and Office.context.requirements. */

/** The shape of Excel.run taking a batch function. */
export type ExcelRunLike = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The shape of Office.context.requirements. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Feature checks by ExcelApi requirement set (https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets). */
export interface ExcelApiLevel {
  atLeast(version: string): boolean;
}

export function excelApiLevel(requirements: RequirementsLike): ExcelApiLevel {
  const cache = new Map<string, boolean>();
  return {
    atLeast(version) {
      let ok = cache.get(version);
      if (ok === undefined) {
        ok = requirements.isSetSupported("ExcelApi", version);
        cache.set(version, ok);
      }
      return ok;
    },
  };
}
