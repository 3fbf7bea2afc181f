/**
 * What the host keeps for one Excel.run: the options it was run with and the objects the client asked
 * it to keep (`_KeepReference`, and objects made by a method), which later requests of the same run
 * address by `_ReferenceId` (ObjectPathType 6). The references end with the run, as Office.js says of
 * proxies: they belong to the batch that created them.
 */
import type { HostRef } from "./host-type";

export interface RunOptionsSeen {
  /** Excel.RunOptions.mergeUndoGroup; the pinned client does not send it, so the run tells the host. */
  mergeUndoGroup: boolean;
}

export class HostSession {
  private readonly references = new Map<string, HostRef>();
  private nextReference = 1;
  /** Whether this run's merged undo group has already made its one undo record. */
  undoGroupRecorded = false;

  constructor(readonly options: RunOptionsSeen) {}

  keep(ref: HostRef): string {
    const id = `ref:${this.nextReference++}`;
    this.references.set(id, ref);
    return id;
  }

  release(id: string): void {
    this.references.delete(id);
  }

  reference(id: string): HostRef | undefined {
    return this.references.get(id);
  }
}
