/** A deep copy of JSON data (settings values, stored range formats); undefined stays undefined. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
