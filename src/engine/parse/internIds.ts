import { readAmounts } from "./amountsOnly";
import type { CustomerIndex } from "./rowColumns";
import { BLOCK } from "../ids/blockKeyTable";
import { CustomerKeys } from "../ids/customerKeys";
import type { Cell, IdMatching } from "../types";

/**
 * The customer of every row: a row array whose id cell is non-blank text (not an Excel error) or a finite
 * number gets its customer, in order of first appearance; every other row gets -1. With `amounts` (the
 * amounts-only fast path), also the amount of every row in column `amountCol` (see readAmounts).
 */
export function internIds(
  rows: readonly Cell[][],
  idCol: number,
  matching: IdMatching,
  amountCol: number,
  amounts: Float64Array | null
): { customer: Int32Array; customers: CustomerIndex; bigNumericIds: number } {
  const n = rows.length;
  const customer = new Int32Array(n); // every entry set below
  const index = new CustomerKeys(matching, n);
  if (idCol >= 0) assignCustomers(rows, idCol, index, customer, amountCol, amounts);
  else customer.fill(-1);
  const found = index.finish();
  const customers: CustomerIndex = {
    count: index.size,
    ids: found.ids,
    keyOf: found.keyOf,
    foldCase: found.foldCase,
    names: null,
    status: new Uint8Array(index.size),
    agent: new Uint8Array(index.size),
  };
  return { customer, customers, bigNumericIds: index.bigNumericIds };
}

/** The hot loop of internIds, on its own so that it is optimised as a whole (see sortBuyers.ts). */
function assignCustomers(
  rows: readonly Cell[][],
  idCol: number,
  index: CustomerKeys,
  customer: Int32Array,
  amountCol: number,
  amounts: Float64Array | null
): void {
  const n = rows.length;
  for (let start = 0; start < n; start += BLOCK) {
    const end = Math.min(n, start + BLOCK);
    index.assignBlock(rows, idCol, start, end, customer);
    if (amounts) readAmounts(rows, amountCol, amounts, start, end);
  }
}
