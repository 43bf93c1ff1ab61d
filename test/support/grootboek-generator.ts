/**
 * Generated registries and ledgers for the finance tests and benchmark: dienstverbanden per gemeente and the
 * exact LKS ledger they imply, from a seed, so a run can be repeated. The expected amounts are computed here
 * independently of the reconciliation (the LKS rule for the full month, then calendar-day pro rata).
 */
import Decimal from 'decimal.js';
import { berekenLoonkostensubsidie } from '../../shared/rules/loonkostensubsidie';
import type { Dienstverbandperiode, LksBetaling } from '../../shared/rules/lks-reconciliatie';
import { GEMEENTEN, Gemeente } from '../../shared/schemas/grootboek';
import { maak } from '../../shared/time/datum';

/** A small, seeded pseudo-random generator (mulberry32). */
export function willekeur(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from a seeded stream of numbers in [0, 1). */
export interface Trekking {
  kans(): number;
  geheel(n: number): number;
  kies<T>(xs: readonly T[]): T;
}

/** The draws of a stream of numbers in [0, 1): the one way the generators draw whole numbers and choices. */
export function trekkingVan(kans: () => number): Trekking {
  const geheel = (n: number): number => Math.floor(kans() * n);
  return { kans, geheel, kies: (xs) => xs[geheel(xs.length)]! };
}

/** The draws of the seeded stream `willekeur(seed)`. */
export const trekking = (seed: number): Trekking => trekkingVan(willekeur(seed));

const pad = (n: number) => String(n).padStart(2, '0');
const dagenInMaand = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand, 0)).getUTCDate();

export interface GegenereerdeData {
  dienstverbanden: Dienstverbandperiode[];
  betalingen: LksBetaling[];
}

/**
 * `perGemeente` cases in each gemeente for `jaar`: most work the whole year; some start or end mid-month, some
 * get a new loonwaarde mid-year (two periods), some have the lid 5 forfait. The ledger pays every case-month
 * exactly what the rule implies.
 */
export function genereer(jaar: number, perGemeente: number, seed = 1, gemeenten: readonly Gemeente[] = GEMEENTEN): GegenereerdeData {
  const r = willekeur(seed);
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const dienstverbanden: Dienstverbandperiode[] = [];
  for (const gemeente of gemeenten) {
    for (let i = 1; i <= perGemeente; i++) {
      const casusnummer = `BW-${gemeente.slice(0, 3).toUpperCase()}-${String(i).padStart(5, '0')}`;
      const uren = kies([16, 20, 24, 28, 31, 32, 36]);
      const loonwaarde = r() < 0.05 ? null : kies([0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6]);
      const soort = r();
      if (soort < 0.7) {
        dienstverbanden.push({ casusnummer, gemeente, van: maak(jaar - 1, 9, 1), tot: null, urenPerWeek: uren, loonwaarde });
      } else if (soort < 0.8) {
        const m = 2 + Math.floor(r() * 10);
        const d = 1 + Math.floor(r() * 28);
        dienstverbanden.push({ casusnummer, gemeente, van: maak(jaar, m, d), tot: null, urenPerWeek: uren, loonwaarde });
      } else if (soort < 0.9) {
        const m = 1 + Math.floor(r() * 11);
        const d = 1 + Math.floor(r() * 28);
        dienstverbanden.push({
          casusnummer,
          gemeente,
          van: maak(jaar - 2, 3, 1),
          tot: maak(jaar, m, d),
          urenPerWeek: uren,
          loonwaarde,
        });
      } else {
        const m = 3 + Math.floor(r() * 8);
        const d = 1 + Math.floor(r() * 28);
        const wissel = maak(jaar, m, d);
        const dagEerder = d === 1 ? maak(jaar, m - 1, dagenInMaand(jaar, m - 1)) : maak(jaar, m, d - 1);
        dienstverbanden.push({ casusnummer, gemeente, van: maak(jaar - 1, 1, 1), tot: dagEerder, urenPerWeek: uren, loonwaarde: 0.3 });
        dienstverbanden.push({ casusnummer, gemeente, van: wissel, tot: null, urenPerWeek: uren, loonwaarde: 0.45 });
      }
    }
  }
  return { dienstverbanden, betalingen: betalingenVoor(jaar, dienstverbanden) };
}

/** The ledger that pays exactly what the rule implies, one line per case and month. */
export function betalingenVoor(jaar: number, dienstverbanden: readonly Dienstverbandperiode[]): LksBetaling[] {
  const perCel = new Map<string, LksBetaling>();
  let regel = 1;
  const volledig = new Map<string, Decimal>();
  for (const p of dienstverbanden) {
    for (let m = 1; m <= 12; m++) {
      const dim = dagenInMaand(jaar, m);
      const eerste = maak(jaar, m, 1);
      const laatste = maak(jaar, m, dim);
      if (p.van > laatste || (p.tot !== null && p.tot < eerste)) continue;
      const vanDag = p.van > eerste ? Number(p.van.slice(8)) : 1;
      const totDag = p.tot !== null && p.tot < laatste ? Number(p.tot.slice(8)) : dim;
      const k = `${p.loonwaarde}|${p.urenPerWeek}`;
      let lks = volledig.get(k);
      if (!lks)
        volledig.set(
          k,
          (lks = berekenLoonkostensubsidie({ loonwaarde: p.loonwaarde, urenPerWeek: p.urenPerWeek, peildatum: eerste }).waarde),
        );
      const dagen = totDag - vanDag + 1;
      const bedrag = dagen === dim ? lks : lks.times(dagen).div(dim).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const sleutel = `${p.gemeente}|${p.casusnummer}|${m}`;
      const bestaand = perCel.get(sleutel);
      if (bestaand) bestaand.bedrag = bestaand.bedrag.plus(bedrag);
      else perCel.set(sleutel, { gemeente: p.gemeente, casusnummer: p.casusnummer, periode: `${jaar}-${pad(m)}`, bedrag, regel: ++regel });
    }
  }
  return [...perCel.values()];
}

/** Writes payments as a ledger CSV in Dutch notation, with `extra` bijstand lines per gemeente and month. */
export function alsCsv(
  betalingen: readonly LksBetaling[],
  extraBijstand: readonly { gemeente: Gemeente; periode: string; bedrag: Decimal }[] = [],
): string {
  const regels = ['gemeente;boekdatum;periode;soort;casusnummer;bedrag'];
  const nlBedrag = (d: Decimal) => {
    const [heel, cent] = d.abs().toFixed(2).split('.');
    return `${d.isNegative() ? '-' : ''}${heel!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cent}`;
  };
  for (const b of betalingen)
    regels.push(
      `${b.gemeente};25-${b.periode.slice(5)}-${b.periode.slice(0, 4)};${b.periode};lks;${b.casusnummer ?? ''};${nlBedrag(b.bedrag)}`,
    );
  for (const b of extraBijstand)
    regels.push(`${b.gemeente};01-${b.periode.slice(5)}-${b.periode.slice(0, 4)};${b.periode};bijstand;;${nlBedrag(b.bedrag)}`);
  return `${regels.join('\r\n')}\r\n`;
}
