// Writes the app's PNG icons into public/icons/ (commit the output; run again only to
// change the design): node scripts/make-icons.mjs
// No image tooling is installed, so this is a minimal PNG encoder over node:zlib: an
// RGBA image, one deflated IDAT chunk. The drawing is a white "G" on the brand green.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const OUT = path.resolve(import.meta.dirname, "../public/icons");
const BRAND = [0x17, 0x80, 0x44]; // #178044, the theme colour
const WHITE = [0xff, 0xff, 0xff];

// CRC-32 (PNG chunk checksums); a table keeps it independent of the Node version.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** rgba: Uint8Array of size*size*4. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter and interlace methods stay 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(rows, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Is (x, y) in unit coordinates (0..1, y down) inside the letter G of outer radius r? */
function inG(x, y, r) {
  const dx = x - 0.5;
  const dy = 0.5 - y; // maths orientation: up is positive
  const d = Math.hypot(dx, dy);
  const inner = r * 0.6;
  const stroke = r - inner;
  const angle = Math.atan2(dy, dx); // 0 = right, pi/2 = up
  const ring = d >= inner && d <= r && !(angle > 0.02 && angle < 0.8); // open at the upper right
  const bar = dx >= r * 0.02 && d <= r && dy <= 0.02 * r && dy >= -stroke * 0.95; // the crossbar
  return ring || bar;
}

/** Background shape: rounded square for "any" icons, full bleed for maskable ones. */
function inBackground(x, y, rounded) {
  if (!rounded) return true;
  const rad = 0.2;
  const cx = Math.min(Math.max(x, rad), 1 - rad);
  const cy = Math.min(Math.max(y, rad), 1 - rad);
  return Math.hypot(x - cx, y - cy) <= rad;
}

function draw(size, { rounded, letterRadius }) {
  const rgba = new Uint8Array(size * size * 4);
  const SS = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          if (!inBackground(x, y, rounded)) continue;
          if (inG(x, y, letterRadius)) fg++;
          else bg++;
        }
      }
      const total = SS * SS;
      const alpha = (bg + fg) / total;
      const i = (py * size + px) * 4;
      if (alpha === 0) continue;
      const mix = fg / (bg + fg);
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(BRAND[c] * (1 - mix) + WHITE[c] * mix);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, rgba);
}

fs.mkdirSync(OUT, { recursive: true });
const icons = [
  ["icon-192.png", 192, { rounded: true, letterRadius: 0.3 }],
  ["icon-512.png", 512, { rounded: true, letterRadius: 0.3 }],
  // Maskable: the platform crops to its own shape, so fill the square and keep the
  // letter inside the central safe circle (radius 40% of the size).
  ["maskable-512.png", 512, { rounded: false, letterRadius: 0.25 }],
  ["apple-touch-icon.png", 180, { rounded: false, letterRadius: 0.28 }],
  ["shortcut-96.png", 96, { rounded: true, letterRadius: 0.3 }],
];
for (const [name, size, opts] of icons) {
  const png = draw(size, opts);
  fs.writeFileSync(path.join(OUT, name), png);
  console.log(`public/icons/${name}  ${size}x${size}  ${png.length} bytes`);
}
