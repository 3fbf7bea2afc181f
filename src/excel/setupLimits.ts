/** Size bounds of the set-up saved in the workbook (setupSchema.ts). */
/** None of them is reached by a set-up the add-in saves. */
export const SETUP_LIMITS = {
  /**
   * The saved JSON text. Microsoft documents no size limit for a workbook setting (the settings
   * pages are silent on it), so this is our own bound: far above a real set-up (a few KB, plus the
   * last run's header row), far below what would stall the pane.
   */
  jsonChars: 1_000_000,
  /** Any string: Excel's limit for the text of one cell (32,767 characters). */
  textChars: 32_767,
  /** Names, labels, keys, formats, the tier column header. */
  nameChars: 255,
  /** Worksheet names: Excel's limit (the add-in shortens its own sheet names to it too). */
  sheetNameChars: 31,
  /** Tiers of one scheme (the pane's presets have 3 to 11). */
  tiers: 100,
  /** Nesting of objects and arrays (a set-up nests 5 deep). */
  depth: 12,
  /** Values in the whole set-up (a header row may have up to 16,384 cells). */
  values: 50_000,
  /** Excel's grid: 16,384 columns, 1,048,576 rows. */
  columns: 16_384,
  rows: 1_048_576,
  /** The last serial day Excel shows as a date (9999-12-31). */
  lastSerialDay: 2_958_465,
} as const;
