import type { CustomerIndex } from "./rowColumns";

/**
 * Customers with no used row left are removed: the others are renumbered densely in their order, in the
 * rows (`customer`), in `customers` and in the per-customer sums made while reading (length 0 when absent).
 */
export function dropUnusedCustomers(
  customer: Int32Array,
  customers: CustomerIndex,
  sums: Float64Array[],
  orders: Int32Array
): void {
  const count = customers.count;
  const used = new Uint8Array(count);
  for (let i = 0; i < customer.length; i++) if (customer[i] >= 0) used[customer[i]] = 1;
  const remap = new Int32Array(count);
  let kept = 0;
  for (let c = 0; c < count; c++) remap[c] = used[c] ? kept++ : -1;
  if (kept === count) return;
  for (let i = 0; i < customer.length; i++) if (customer[i] >= 0) customer[i] = remap[customer[i]];
  const keep = (_: unknown, c: number): boolean => used[c] === 1;
  const keyOf = new Map<number, string>();
  for (const [c, key] of customers.keyOf) if (used[c]) keyOf.set(remap[c], key);
  customers.count = kept;
  customers.ids = customers.ids.filter(keep);
  customers.keyOf = keyOf;
  if (customers.names !== null) customers.names = customers.names.filter(keep);
  customers.status = customers.status.filter(keep);
  customers.agent = customers.agent.filter(keep);
  for (const column of [...sums, orders]) {
    if (column.length === 0) continue;
    for (let c = 0; c < count; c++) if (used[c]) column[remap[c]] = column[c];
  }
}
