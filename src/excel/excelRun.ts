/** How the adapter reaches Excel: production passes Excel.run and Office.context.requirements. */

/**
 * The shapes of Excel.run the adapter uses: a batch function, optionally with Excel.RunOptions
 * (https://learn.microsoft.com/javascript/api/excel/excel.run).
 */
export interface ExcelRunLike {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

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
