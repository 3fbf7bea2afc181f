// Working buffers reused from one run to the next. A 1,000,000-row run needs ~25 MB of hash-table, sort and
// per-row buffers that never outlive the run; allocating them afresh each time made V8 count them as new
// external memory and run a full garbage collection (over the whole sheet's cell values) every other run.
// The pool holds each buffer through a WeakRef, so an idle add-in keeps nothing once the GC wants it back.
//
// Rule for callers: a scratch buffer is valid only until the next request for the same slot, and must
// never be returned in a result. Runs are synchronous, so two runs never share a slot at the same time.
// The rule stays inside the step that asks for the buffer (the row reader, the roll-up's records, the
// sorts, the id tables): what a step hands on (RowColumns aside, read by the pipeline only) is its own
// memory, so schemes and analyses never see a scratch buffer.

export type ScratchSlot =
  | "keyTable"
  | "wideKeyTable"
  | "numberKeyTable"
  | "rowAmounts"
  | "rowRevenue"
  | "rowCost"
  | "rowProfit"
  | "rowInvestment"
  | "rowDate"
  | "rowScore"
  | "rowClv"
  | "customerRecords"
  | "sortOrder"
  | "sortKeys"
  | "sortHistogram"
  | "tailSums";

const pool = new Map<ScratchSlot, WeakRef<ArrayBuffer>>();

/** An ArrayBuffer of at least `bytes` for `slot`, its contents undefined (callers clear what they read). */
function scratchBuffer(slot: ScratchSlot, bytes: number): ArrayBuffer {
  const pooled = pool.get(slot)?.deref();
  if (pooled && pooled.byteLength >= bytes) return pooled;
  const fresh = new ArrayBuffer(bytes);
  pool.set(slot, new WeakRef(fresh));
  return fresh;
}

/** A zero-filled Int32Array of exactly `length`, over scratch memory. */
export function scratchInt32(slot: ScratchSlot, length: number): Int32Array {
  return new Int32Array(scratchBuffer(slot, 4 * length), 0, length).fill(0);
}

/** A Float64Array of exactly `length` over scratch memory; its contents are not cleared. */
export function scratchFloat64(slot: ScratchSlot, length: number): Float64Array {
  return new Float64Array(scratchBuffer(slot, 8 * length), 0, length);
}

/** How many Int32s the pool's buffer for `slot` holds (0 when none). */
export function pooledInt32Length(slot: ScratchSlot): number {
  const pooled = pool.get(slot)?.deref();
  return pooled ? pooled.byteLength >> 2 : 0;
}
