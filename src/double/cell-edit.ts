/**
 * Cell-edit mode: the user is typing in a cell. Excel.RunOptions.delayForCellEdit: "When false, if
 * the user is in cell edit when the batch request is processed by the host, the batch automatically
 * fails. When true, the batch request is executed immediately if the user is not in cell edit mode,
 * but if the user is in cell edit mode then the batch request is delayed until the user exits cell
 * edit mode. The default behavior with no delayForCellEdit property specified is equivalent to when
 * it is false." (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). The failure's
 * code is `InvalidOperationInCellEditMode` ("The operation isn't available while Excel is in Edit
 * cell mode." — https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 *
 * The double treats every `sync()` as one batch request: while a test holds the double in cell-edit
 * mode, each sync of a run without `delayForCellEdit: true` is rejected before any of its
 * operations run (they are dropped); a sync of a run with `delayForCellEdit: true` waits until
 * `leaveCellEdit()`, then runs. Microsoft does not say whether Excel.run's final implicit sync, or a
 * sync with nothing queued, counts as a batch request; the double sends the final sync only when
 * something is queued (as before) and checks every sync it sends.
 */
export class CellEditMode {
  private editing = false;
  private waiting: (() => void)[] = [];

  get active(): boolean {
    return this.editing;
  }

  enter(): void {
    this.editing = true;
  }

  leave(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resume) => resume());
  }

  /** Resolves once the user is not editing a cell (at once when they are not). */
  async untilLeft(): Promise<void> {
    while (this.editing) await new Promise<void>((resume) => this.waiting.push(resume));
  }
}
