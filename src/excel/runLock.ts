/**
 * One write at a time per Excel host: the pane and the ribbon share one runtime (manifest
 * <Runtimes>), and two writes whose requests interleave would each see the other's half-done
 * outputs. The lock is keyed by the `run` function (Excel.run in production, one per double in
 * tests), so separate workbooks in tests never block each other. A second request is refused at
 * once rather than queued: the user then sees why nothing happened and can press again.
 */
const busy = new WeakMap<object, string>();

export interface LockResult<T> {
  ran: true;
  value: T;
}

export async function exclusive<T>(
  key: object,
  what: string,
  work: () => Promise<T>
): Promise<LockResult<T> | { ran: false; holder: string }> {
  const holder = busy.get(key);
  if (holder !== undefined) return { ran: false, holder };
  busy.set(key, what);
  try {
    return { ran: true, value: await work() };
  } finally {
    busy.delete(key);
  }
}

export function isBusy(key: object): boolean {
  return busy.has(key);
}
