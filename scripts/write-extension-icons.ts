/**
 * Draws the extension's icons (16/32/48/128 px PNG) into extension/icons/: a blue rounded square,
 * a white land patch (an irregular polygon, as on the 卫片) and a green check mark — drawn here
 * with 4×4 supersampling and written with node:zlib, so no image tool or design file is needed.
 * Run: npx tsx scripts/write-extension-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [29, 79, 145, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GREEN: Rgba = [52, 168, 83, 255];

/** The patch, in a 0–1 unit square. */
const PATCH: readonly (readonly [number, number])[] = [
  [0.2, 0.3],
  [0.52, 0.18],
  [0.8, 0.3],
  [0.74, 0.62],
  [0.46, 0.8],
  [0.22, 0.66],
];

function insidePolygon(x: number, y: number, polygon: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, [ax, ay]: readonly [number, number], [bx, by]: readonly [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** The colour at a point of the unit square, or undefined outside the icon. */
function colourAt(x: number, y: number, size: number): Rgba | undefined {
  if (!insideRoundedSquare(x, y, 0.18)) return undefined;
  const check: [number, number][] = [
    [0.5, 0.62],
    [0.62, 0.74],
    [0.86, 0.46],
  ];
  // Small icons need a thicker stroke to stay readable.
  const stroke = size <= 16 ? 0.1 : size <= 32 ? 0.08 : 0.065;
  if (distanceToSegment(x, y, check[0]!, check[1]!) < stroke || distanceToSegment(x, y, check[1]!, check[2]!) < stroke) return GREEN;
  if (insidePolygon(x, y, PATCH)) return WHITE;
  return BLUE;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!colour) continue;
          // Premultiplied, so that edges blend with transparency rather than with black.
          for (let c = 0; c < 3; c += 1) sum[c] = (sum[c] ?? 0) + (colour[c] ?? 0) * (colour[3] / 255);
          sum[3] = (sum[3] ?? 0) + colour[3];
        }
      }
      const n = samples * samples;
      const alpha = (sum[3] ?? 0) / n;
      const offset = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c += 1) raw[offset + c] = alpha > 0 ? Math.round(((sum[c] ?? 0) / n / alpha) * 255) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

const dir = new URL('../extension/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icon-${size}.png`, dir), png(size));
console.log('extension/icons: icon-16/32/48/128.png');
