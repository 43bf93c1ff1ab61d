/**
 * The add-in's icons as PNGs drawn per pixel (no image tools needed): the AVRES mark for the add-in and its ribbon
 * groups, and one glyph on its own colour per ribbon button, so the buttons can be told apart at 16 px. A new
 * button is one entry in ICONEN; manifest.xml names its files `assets/<naam>-<maat>.png`.
 */
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** A glyph: true where the point (u, v) of the unit square, v downwards, is white. */
type Glyph = (u: number, v: number) => boolean;

interface Icoon {
  kleur: Rgb;
  glyph: Glyph;
  maten: readonly number[];
}

const binnen = (x: number, van: number, tot: number): boolean => x > van && x < tot;
const rechthoek = (u: number, v: number, u0: number, v0: number, u1: number, v1: number): boolean => binnen(u, u0, u1) && binnen(v, v0, v1);
const cirkel = (u: number, v: number, cu: number, cv: number, r: number): boolean => (u - cu) ** 2 + (v - cv) ** 2 < r * r;

/** A ring open at the top right with an arrow head there: the refresh sign. */
const ververs: Glyph = (u, v) => {
  const r = Math.hypot(u - 0.5, v - 0.5);
  const ring = r > 0.22 && r < 0.32 && !(u > 0.5 && v < 0.5);
  const punt = v < 0.5 && binnen(u, 0.5, 0.72) && binnen(v, 0.12 + (u - 0.5) * 0.9, 0.42 - (u - 0.5) * 0.9);
  return ring || punt;
};

/** The Office button sizes; the add-in's own icon also at 64 (HighResolutionIconUrl). */
const KNOP = [16, 32, 80] as const;

export const ICONEN: Record<string, Icoon> = {
  // An "A" in the Excel green.
  icon: {
    kleur: [0x10, 0x7c, 0x41],
    maten: [16, 32, 64, 80],
    glyph: (u, v) => {
      const poot = (richting: number): boolean => Math.abs(u - (0.5 + (richting * 0.3 * (v - 0.2)) / 0.6)) < 0.07 && binnen(v, 0.2, 0.82);
      return poot(-1) || poot(1) || rechthoek(u, v, 0.33, 0.55, 0.67, 0.64);
    },
  },
  // "=": where a formula starts.
  formulebouwer: {
    kleur: [0x10, 0x7c, 0x41],
    maten: KNOP,
    glyph: (u, v) => rechthoek(u, v, 0.22, 0.32, 0.78, 0.44) || rechthoek(u, v, 0.22, 0.56, 0.78, 0.68),
  },
  // "i": information about the selected cell.
  uitleg: {
    kleur: [0x0f, 0x6c, 0xbd],
    maten: KNOP,
    glyph: (u, v) => cirkel(u, v, 0.5, 0.26, 0.09) || rechthoek(u, v, 0.41, 0.42, 0.59, 0.8),
  },
  // A case file: a sheet with three lines.
  casussen: {
    kleur: [0x5c, 0x2e, 0x91],
    maten: KNOP,
    glyph: (u, v) =>
      rechthoek(u, v, 0.26, 0.18, 0.74, 0.82) && ![0.36, 0.5, 0.64].some((r) => rechthoek(u, v, 0.34, r - 0.035, 0.66, r + 0.035)),
  },
  // A numbered list: three dots with a line each.
  wachtlijst: {
    kleur: [0xca, 0x50, 0x10],
    maten: KNOP,
    glyph: (u, v) => [0.28, 0.5, 0.72].some((r) => cirkel(u, v, 0.27, r, 0.07) || rechthoek(u, v, 0.4, r - 0.05, 0.78, r + 0.05)),
  },
  // A bar chart: budget and lasten.
  financien: {
    kleur: [0x03, 0x83, 0x87],
    maten: KNOP,
    glyph: (u, v) =>
      rechthoek(u, v, 0.2, 0.55, 0.36, 0.8) || rechthoek(u, v, 0.42, 0.38, 0.58, 0.8) || rechthoek(u, v, 0.64, 0.2, 0.8, 0.8),
  },
  // A table of figures: a grid of three rows and two columns.
  rekengegevens: {
    kleur: [0x6b, 0x4e, 0x16],
    maten: KNOP,
    glyph: (u, v) =>
      [0.3, 0.5, 0.7].some((r) => rechthoek(u, v, 0.2, r - 0.06, 0.46, r + 0.06) || rechthoek(u, v, 0.54, r - 0.06, 0.8, r + 0.06)),
  },
  // A sheet with a header row: a template.
  sjablonen: {
    kleur: [0x4a, 0x5a, 0x6a],
    maten: KNOP,
    glyph: (u, v) =>
      rechthoek(u, v, 0.22, 0.2, 0.78, 0.32) || (rechthoek(u, v, 0.22, 0.36, 0.78, 0.8) && !rechthoek(u, v, 0.28, 0.42, 0.72, 0.74)),
  },
  // Refresh: a circular arrow on the refresh blue, with a mark for the scope (the workbook, this sheet, the selection).
  'vernieuw-werkmap': { kleur: [0x00, 0x5a, 0x9e], maten: KNOP, glyph: (u, v) => ververs(u, v) || rechthoek(u, v, 0.44, 0.44, 0.56, 0.56) },
  'vernieuw-blad': { kleur: [0x32, 0x7a, 0x32], maten: KNOP, glyph: (u, v) => ververs(u, v) || rechthoek(u, v, 0.4, 0.47, 0.6, 0.53) },
  'vernieuw-selectie': {
    kleur: [0x8a, 0x3f, 0x00],
    maten: KNOP,
    glyph: (u, v) => ververs(u, v) || (rechthoek(u, v, 0.4, 0.4, 0.6, 0.6) && !rechthoek(u, v, 0.45, 0.45, 0.55, 0.55)),
  },
};

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function blok(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** 4×4 samples per pixel, so a glyph's edges stay smooth at 16 px. */
const MONSTERS = 4;

function teken({ kleur, glyph }: Icoon, maat: number): Buffer {
  const rand = kleur.map((c) => Math.round(c * 0.85)) as unknown as Rgb;
  const rijen: Buffer[] = [];
  for (let y = 0; y < maat; y++) {
    const rij = Buffer.alloc(1 + maat * 4);
    for (let x = 0; x < maat; x++) {
      const u = (x + 0.5) / maat;
      const v = (y + 0.5) / maat;
      const opRand = u < 0.06 || u > 0.94 || v < 0.06 || v > 0.94;
      let wit = 0;
      for (let i = 0; i < MONSTERS; i++)
        for (let j = 0; j < MONSTERS; j++) if (glyph((x + (i + 0.5) / MONSTERS) / maat, (y + (j + 0.5) / MONSTERS) / maat)) wit++;
      const dekking = opRand ? 0 : wit / MONSTERS ** 2;
      const grond = opRand ? rand : kleur;
      rij.set([...grond.map((c) => Math.round(c + (0xff - c) * dekking)), 0xff], 1 + x * 4);
    }
    rijen.push(rij);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(maat, 0);
  ihdr.writeUInt32BE(maat, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok('IHDR', ihdr),
    blok('IDAT', deflateSync(Buffer.concat(rijen))),
    blok('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Every icon file the build writes into assets/: its name and its PNG.
 * @example iconBestanden().find((b) => b.naam === 'icon-64.png') // { naam: 'icon-64.png', png: <Buffer 89 50 4e 47 …> }
 */
export function iconBestanden(): { naam: string; png: Buffer }[] {
  return Object.entries(ICONEN).flatMap(([naam, icoon]) =>
    icoon.maten.map((maat) => ({ naam: `${naam}-${maat}.png`, png: teken(icoon, maat) })),
  );
}
