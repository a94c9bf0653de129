// Draws icons/icon.svg as PNGs for the web app manifest, with no dependencies:
// the icon uses only <rect>, <circle> and <polygon> with flat fills, which this
// script rasterises itself (4×4 samples a pixel) and encodes as PNG with node:zlib.
// Anything else in the SVG is an error, so the PNGs cannot silently differ from it.
//   node tools/icons.mjs <out-dir> [size…]     (default sizes: 192 512)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SOURCE = fileURLToPath(new URL('../icons/icon.svg', import.meta.url));

function attrs(tag) {
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function colour(fill) {
  const m = /^#([0-9a-f]{6})$/i.exec(fill ?? '');
  if (!m) throw new Error(`unsupported fill ${fill}`);
  const n = parseInt(m[1], 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** The SVG as { size, shapes: [{ inside(x, y), rgb }] } in viewBox units. */
function parse(svg) {
  const root = /<svg\b[^>]*>/.exec(svg);
  const [vx, vy, vw, vh] = (attrs(root[0]).viewBox ?? '').split(/[\s,]+/).map(Number);
  if (vx !== 0 || vy !== 0 || vw !== vh) throw new Error('the icon needs a square viewBox at 0 0');
  const shapes = [];
  const body = svg.slice(root.index + root[0].length, svg.lastIndexOf('</svg>'));
  for (const [tag, name] of body.matchAll(/<\s*([\w:-]+)[^>]*>/g)) {
    const a = attrs(tag);
    const rgb = colour(a.fill);
    if (name === 'rect') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(a[k] ?? 0));
      shapes.push({ rgb, inside: (px, py) => px >= x && px < x + w && py >= y && py < y + h });
    } else if (name === 'circle') {
      const [cx, cy, r] = ['cx', 'cy', 'r'].map((k) => Number(a[k]));
      shapes.push({ rgb, inside: (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r });
    } else if (name === 'polygon') {
      const p = a.points.trim().split(/[\s,]+/).map(Number);
      shapes.push({
        rgb,
        inside(px, py) { // even-odd rule
          let inside = false;
          for (let i = 0, j = p.length - 2; i < p.length; j = i, i += 2) {
            const [xi, yi, xj, yj] = [p[i], p[i + 1], p[j], p[j + 1]];
            if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
          }
          return inside;
        },
      });
    } else {
      throw new Error(`unsupported element <${name}> in ${SOURCE}`);
    }
  }
  return { size: vw, shapes };
}

/** RGBA pixels, `size` × `size`, the topmost shape at each sample. */
function rasterise({ size: units, shapes }, size) {
  const N = 4; // samples per pixel along each axis
  const scale = units / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const ux = (x + (sx + 0.5) / N) * scale;
          const uy = (y + (sy + 0.5) / N) * scale;
          for (let i = shapes.length - 1; i >= 0; i--) {
            if (shapes[i].inside(ux, uy)) {
              const [r, g, b] = shapes[i].rgb;
              sum[0] += r; sum[1] += g; sum[2] += b; sum[3] += 1;
              break;
            }
          }
        }
      }
      const o = (y * size + x) * 4;
      // Colour averaged over covered samples (straight alpha), coverage as alpha.
      for (let c = 0; c < 3; c++) rgba[o + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      rgba[o + 3] = Math.round((sum[3] / (N * N)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row: filter 0, then pixels
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out = 'dist/icons', ...sizes] = process.argv.slice(2);
  const icon = parse(readFileSync(SOURCE, 'utf8'));
  mkdirSync(out, { recursive: true });
  for (const size of (sizes.length ? sizes : ['192', '512']).map(Number)) {
    writeFileSync(join(out, `icon-${size}.png`), png(rasterise(icon, size), size));
  }
}
