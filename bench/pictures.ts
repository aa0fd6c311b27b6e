import { deflateSync } from 'node:zlib';
import type { Random } from './random.js';

/** CRC-32 (IEEE 802.3, the polynomial PNG and zip use), table-driven. */
const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0xffffffff): number {
  let c = start;
  for (let i = 0; i < bytes.length; i++) c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

type Rgb = readonly [number, number, number];

const palette: readonly Rgb[] = [
  [0x1d, 0x4e, 0x89], [0x2a, 0x9d, 0x8f], [0xe9, 0xc4, 0x6a], [0xf4, 0xa2, 0x61],
  [0xe7, 0x6f, 0x51], [0x6a, 0x4c, 0x93], [0x38, 0x86, 0x3c], [0x8d, 0x5b, 0x4c],
];

/**
 * A small picture as a valid PNG (8-bit RGB, no interlace): a pale background, a figure of
 * circles and a rounded body, and a little seeded grain, so it compresses like a simple
 * drawn picture (a few KB), not like a flat colour. Deterministic for a given generator.
 */
export function makePng(random: Random, size = 120): Buffer {
  const background: Rgb = [0xf7, 0xf4, 0xee];
  const head = random.pick(palette);
  const body = random.pick(palette);
  const accent = random.pick(palette);
  const hx = size / 2 + random.int(-10, 10);
  const hy = size * 0.32;
  const hr = size * (0.14 + random.next() * 0.05);
  const ax = random.int(15, size - 15);
  const ay = random.int(15, size - 15);
  const ar = random.int(6, 14);
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let colour: Rgb = background;
      if ((x - ax) ** 2 + (y - ay) ** 2 < ar * ar) colour = accent;
      if ((x - hx) ** 2 + (y - hy) ** 2 < hr * hr) colour = head;
      else if (y > size * 0.52 && y < size * 0.92 && Math.abs(x - hx) < size * 0.24 - (y - size * 0.52) * -0.1) colour = body;
      const grain = random.next() < 0.15 ? random.int(-6, 6) : 0;
      const at = row + 1 + x * 3;
      raw[at] = clamp(colour[0] + grain);
      raw[at + 1] = clamp(colour[1] + grain);
      raw[at + 2] = clamp(colour[2] + grain);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

const clamp = (v: number) => Math.max(0, Math.min(255, v));
const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** A small line-drawing-style SVG (under 1 KB), with a `<title>` matching its alt text. */
export function makeSvg(random: Random, title: string): string {
  const [a, b, c] = [random.pick(palette), random.pick(palette), random.pick(palette)];
  const hx = 60 + random.int(-8, 8);
  const shapes = [
    `<circle cx="${hx}" cy="38" r="${random.int(14, 20)}" fill="${hex(a)}"/>`,
    `<path d="M${hx - 30} 110 Q${hx - 28} ${random.int(62, 72)} ${hx} ${random.int(62, 70)} Q${hx + 28} ${random.int(62, 72)} ${hx + 30} 110 Z" fill="${hex(b)}"/>`,
    random.next() < 0.5
      ? `<rect x="${random.int(8, 20)}" y="${random.int(70, 86)}" width="${random.int(18, 28)}" height="${random.int(18, 28)}" rx="4" fill="${hex(c)}"/>`
      : `<polygon points="${random.int(90, 100)},${random.int(10, 20)} ${random.int(104, 114)},${random.int(34, 44)} ${random.int(80, 90)},${random.int(34, 44)}" fill="${hex(c)}"/>`,
  ];
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120" role="img">',
    `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`,
    '<rect width="120" height="120" rx="12" fill="#f7f4ee"/>',
    ...shapes,
    '<path d="M20 112 H100" stroke="#222" stroke-width="3" stroke-linecap="round"/>',
    '</svg>',
    '',
  ].join('\n');
}
