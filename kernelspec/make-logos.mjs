// Draws the kernelspec logos (a lens over a blue square: "Python with the lid off") and
// writes resources/logo-32x32.png, logo-64x64.png and logo-svg.svg.  The PNGs are encoded
// here with node:zlib (RGBA, filter 0 on every row); run `node kernelspec/make-logos.mjs`
// after changing the drawing and commit the results.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, 'resources');

// The drawing in a 64-unit square: [shape, colour] painted in order.
const BLUE = [55, 118, 171], YELLOW = [255, 212, 59], WHITE = [255, 255, 255];
const shapes = [
  { kind: 'rrect', x: 2, y: 2, w: 60, h: 60, r: 12, color: BLUE },
  { kind: 'ring', cx: 27, cy: 27, r: 16, width: 6, color: YELLOW },
  { kind: 'disc', cx: 27, cy: 27, r: 13, color: WHITE, alpha: 0.35 },
  { kind: 'bar', x0: 38, y0: 38, x1: 54, y1: 54, width: 7, color: YELLOW },
];

function coverage(s, x, y) {
  switch (s.kind) {
    case 'rrect': {
      const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
      const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
      return Math.hypot(dx, dy) <= s.r && x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h;
    }
    case 'ring': { const d = Math.hypot(x - s.cx, y - s.cy); return d <= s.r && d >= s.r - s.width; }
    case 'disc': return Math.hypot(x - s.cx, y - s.cy) <= s.r;
    case 'bar': {
      const vx = s.x1 - s.x0, vy = s.y1 - s.y0;
      const t = Math.max(0, Math.min(1, ((x - s.x0) * vx + (y - s.y0) * vy) / (vx * vx + vy * vy)));
      return Math.hypot(x - (s.x0 + t * vx), y - (s.y0 + t * vy)) <= s.width / 2;
    }
  }
  return false;
}

function render(size) {
  const px = new Float64Array(size * size * 4);
  const SS = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = ((pxi + (sx + 0.5) / SS) * 64) / size, y = ((py + (sy + 0.5) / SS) * 64) / size;
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const s of shapes) {
            if (!coverage(s, x, y)) continue;
            const al = s.alpha ?? 1;
            cr = cr * (1 - al) + s.color[0] * al; cg = cg * (1 - al) + s.color[1] * al; cb = cb * (1 - al) + s.color[2] * al;
            ca = ca + al * (1 - ca);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const n = SS * SS, i = (py * size + pxi) * 4;
      const alpha = a / n;
      px[i] = alpha ? r / n / alpha : 0; px[i + 1] = alpha ? g / n / alpha : 0; px[i + 2] = alpha ? b / n / alpha : 0; px[i + 3] = alpha * 255;
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size) {
  const px = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size * 4; x++) raw[y * (size * 4 + 1) + 1 + x] = Math.round(Math.max(0, Math.min(255, px[y * size * 4 + x])));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="${hex(BLUE)}"/>
  <circle cx="27" cy="27" r="13" fill="${hex(WHITE)}" fill-opacity="0.35"/>
  <circle cx="27" cy="27" r="13" fill="none" stroke="${hex(YELLOW)}" stroke-width="6"/>
  <line x1="38" y1="38" x2="54" y2="54" stroke="${hex(YELLOW)}" stroke-width="7" stroke-linecap="round"/>
</svg>
`;
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'logo-32x32.png'), png(32));
fs.writeFileSync(path.join(out, 'logo-64x64.png'), png(64));
fs.writeFileSync(path.join(out, 'logo-svg.svg'), svg);
