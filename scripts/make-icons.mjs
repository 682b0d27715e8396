#!/usr/bin/env node
/**
 * Writes the app's icons into public/ (run once; the PNGs are committed): the brand mark — the
 * character 一 ("one"), a single horizontal stroke, white on the seal red of the header — as
 * public/icon.svg and as PNGs of 192 and 512 px (the web app manifest's sizes; the 512 one is also
 * "maskable": the stroke stays inside the central safe zone). No dependencies: the PNGs are drawn
 * pixel by pixel and encoded with node:zlib. Usage: node scripts/make-icons.mjs
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const RED = [0xb3, 0x26, 0x1e]; // --brand in src/ui/styles.css
const WHITE = [0xff, 0xff, 0xff];
/** The stroke, as fractions of the icon's side: x from, x to, y from, y to (inside the 80% safe zone). */
const STROKE = { x0: 0.22, x1: 0.78, y0: 0.45, y1: 0.55 };
const out = new URL('../public/', import.meta.url);

function crc32(bytes) {
  let c;
  let crc = 0xffffffff;
  for (const b of bytes) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A size × size RGB PNG: full-bleed red (maskable), white stroke with 4× supersampled edges. */
function png(size) {
  const rows = [];
  const inside = (x, y) => x >= STROKE.x0 * size && x < STROKE.x1 * size && y >= STROKE.y0 * size && y < STROKE.y1 * size;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      let cover = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) cover++;
      const a = cover / 16;
      for (let ch = 0; ch < 3; ch++) row[1 + x * 3 + ch] = Math.round(RED[ch] * (1 - a) + WHITE[ch] * a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="14" fill="${hex(RED)}"/><rect x="${STROKE.x0 * 100}" y="${STROKE.y0 * 100}" width="${(STROKE.x1 - STROKE.x0) * 100}" height="${(STROKE.y1 - STROKE.y0) * 100}" fill="${hex(WHITE)}"/></svg>\n`;

writeFileSync(new URL('icon.svg', out), svg);
for (const size of [192, 512]) writeFileSync(new URL(`icon-${size}.png`, out), png(size));
console.log('wrote public/icon.svg, public/icon-192.png, public/icon-512.png');
