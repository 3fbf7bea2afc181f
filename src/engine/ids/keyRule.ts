/**
 * How a customer's matching key (idKey) is kept, as plain data: most customers are plain ids, whose key is
 * their display id itself up to ASCII case, so only the others' keys are stored. Keys are made only where
 * they are read (joining customers across runs), never on every run.
 */
export interface KeyRule {
  /** The key of each customer whose key is not its display id up to case (sparse: customer → key). */
  keyOf: ReadonlyMap<number, string>;
  /** Whether a plain id's key is its lower case (matching "normalized") or the id as shown. */
  foldCase: boolean;
}

/** The matching key of customer `c`, shown as `id`. */
export function matchingKey(rule: KeyRule, id: string, c: number): string {
  const given = rule.keyOf.get(c);
  return given !== undefined ? given : rule.foldCase ? id.toLowerCase() : id;
}

/** The matching key of customer `c` of a result's customers (see idKey.ts): use it to join runs. */
export function customerKey(customers: KeyRule & { id: readonly string[] }, c: number): string {
  return matchingKey(customers, customers.id[c], c);
}

/** Every customer's matching key, in customer order. */
export function customerKeys(customers: KeyRule & { id: readonly string[] }): string[] {
  const keys = new Array<string>(customers.id.length);
  for (let c = 0; c < keys.length; c++) keys[c] = customerKey(customers, c);
  return keys;
}
