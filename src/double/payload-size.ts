/**
 * Bytes of `value` on the wire: the UTF-8 length of its JSON. The 5MB limits of Excel on the web are
 * payload sizes (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and a request travels as UTF-8 text, so "名" counts 3 bytes, not 1 UTF-16 unit. The page does not
 * give Excel's exact envelope; the double counts the JSON of the arguments plus a fixed overhead per
 * operation (DoubleLimits.bytesPerOperation).
 */
export function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes.
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
