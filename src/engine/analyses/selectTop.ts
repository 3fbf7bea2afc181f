/**
 * The first `limit` items in `compare` order, sorted (a stable order when `compare` breaks every tie).
 * A short list is kept by insertion, one pass over the items, so a 200,000-customer tier is not sorted
 * to name its ten closest customers; a long one sorts everything.
 */
export function selectTop(
  items: readonly number[],
  limit: number,
  compare: (a: number, b: number) => number
): number[] {
  if (limit <= 0) return [];
  if (limit > 64 || limit >= items.length) return items.slice().sort(compare).slice(0, limit);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === limit && compare(item, top[limit - 1]) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
