// Draws the ribbon and manifest icons (a four-tier pyramid; "refresh" adds a circular arrow)
// as PNGs into assets/. Run once after changing the design: `node scripts/make-icons.mjs`.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const tierColours = [
  [0xc0, 0x8b, 0x00], // VIP: gold
  [0x0f, 0x6c, 0xbd], // Large
  [0x47, 0x9e, 0xf5], // Medium
  [0x9c, 0xc8, 0xf0], // Small
];
const arrowColour = [0x10, 0x7c, 0x10];

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function drawIcon(size, withArrow) {
  const px = Buffer.alloc(size * size * 4);
  const put = (x, y, [r, g, b]) => px.set([r, g, b, 255], (y * size + x) * 4);
  const margin = Math.max(1, Math.round(size / 16));
  const bandHeight = (size - 2 * margin) / 4;
  for (let y = margin; y < size - margin; y++) {
    const band = Math.min(3, Math.floor((y - margin) / bandHeight));
    const inBandGap = (y - margin) % bandHeight < Math.max(1, size / 32) && band > 0;
    if (inBandGap) continue;
    const halfWidth = ((y - margin + 1) / (size - 2 * margin)) * (size / 2 - margin);
    for (let x = 0; x < size; x++) {
      if (Math.abs(x + 0.5 - size / 2) <= halfWidth) put(x, y, tierColours[band]);
    }
  }
  if (withArrow) {
    const cx = size * 0.72,
      cy = size * 0.72,
      r = size * 0.22,
      w = Math.max(1.2, size / 12);
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
        const angle = Math.atan2(y + 0.5 - cy, x + 0.5 - cx);
        if (Math.abs(d - r) <= w / 2 && angle > -Math.PI * 0.9 && angle < Math.PI * 0.6)
          put(x, y, arrowColour);
      }
    }
  }
  return encodePng(size, px);
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80, 128])
  writeFileSync(`assets/icon-${size}.png`, drawIcon(size, false));
for (const size of [16, 32, 80]) writeFileSync(`assets/refresh-${size}.png`, drawIcon(size, true));
console.log("icons written to assets/");
