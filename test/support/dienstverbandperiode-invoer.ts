/**
 * Seeded random dienstverband periods for the rules that read them (the four-monthly report, the scenario
 * comparison): in every gemeente, starting before, in and after a year and ending in it, after it or not at all
 * (also on the first and last day of the year and of a month), with whole, quarter, full-precision and more than
 * a place's hours, and loonwaarden with two and four decimals, at full double precision, at 0 and 1, and not
 * determined (the lid 5 forfait); sometimes a sector full-time week or an age.
 */
import type { Dienstverbandperiode } from '../../shared/rules/lks-reconciliatie';
import { GEMEENTEN, type Gemeente } from '../../shared/schemas/grootboek';
import { Datum, dagenInMaand, maak } from '../../shared/time/datum';
import type { Trekking } from './grootboek-generator';

/** A day from the year before `jaar` to the year after, often the first or last day of a month or of the year. */
export function dagRond(t: Trekking, jaar: number): Datum {
  const j = jaar - 1 + t.geheel(3);
  const maand = 1 + t.geheel(12);
  const soort = t.geheel(5);
  if (soort === 0) return maak(j, maand, 1);
  if (soort === 1) return maak(j, maand, dagenInMaand(j, maand));
  if (soort === 2) return t.kies([maak(jaar, 1, 1), maak(jaar, 12, 31), maak(jaar - 1, 12, 31), maak(jaar + 1, 1, 1)]);
  return maak(j, maand, 1 + t.geheel(dagenInMaand(j, maand)));
}

function uren(t: Trekking): number {
  const soort = t.geheel(5);
  if (soort === 0) return t.geheel(41);
  if (soort === 1) return t.geheel(40 * 4 + 1) / 4;
  if (soort === 2) return t.kans() * 40;
  if (soort === 3) return t.kies([31, 36, 20, 24, 32]);
  return t.kans() * 60;
}

function loonwaarde(t: Trekking): number | null {
  const soort = t.geheel(6);
  if (soort === 0) return null;
  if (soort === 1) return t.geheel(101) / 100;
  if (soort === 2) return t.kans();
  if (soort === 3) return t.geheel(10_001) / 10_000;
  return t.kies([0, 1, 0.3, 0.6]);
}

/** Up to `hoogstens` periods around `jaar`, in the gemeenten given (all of them when none are). */
export function dienstverbandperiodes(
  t: Trekking,
  jaar: number,
  hoogstens: number,
  gemeenten: readonly Gemeente[] = GEMEENTEN,
): Dienstverbandperiode[] {
  const aantal = t.geheel(hoogstens + 1);
  const uit: Dienstverbandperiode[] = [];
  for (let i = 0; i < aantal; i++) {
    const a = dagRond(t, jaar);
    const b = dagRond(t, jaar);
    const [van, tot] = a <= b ? [a, b] : [b, a];
    const p: Dienstverbandperiode = {
      casusnummer: `BW-${i + 1}`,
      gemeente: t.kies(gemeenten),
      van,
      tot: t.geheel(3) === 0 ? null : tot,
      urenPerWeek: uren(t),
      loonwaarde: loonwaarde(t),
    };
    if (t.geheel(6) === 0) p.voltijdUren = 32 + t.geheel(9);
    if (t.geheel(6) === 0) p.leeftijd = 15 + t.geheel(30);
    uit.push(p);
  }
  return uit;
}
