/**
 * Seeded random LKS inputs that caches cannot help with: loonwaarden with 2 and 4 decimals and at full double
 * precision, around the 70 % cap and empty (forfait); whole, quarter and full-precision hours; youth and adult
 * ages, a sector full-time week; dates in and just outside the known figures. Shared by the equality test
 * against the reference implementation and the benchmark.
 */
import type { LoonkostensubsidieInvoer } from '../../shared/rules/loonkostensubsidie';
import { Datum } from '../../shared/time/datum';
import { trekking } from './grootboek-generator';

/** A generator of random LKS inputs from a seed; `binnenBereik` keeps to dates and ages the figures know. */
export function lksInvoerGenerator(seed: number, { binnenBereik = false } = {}): () => LoonkostensubsidieInvoer {
  const { kans, geheel } = trekking(seed);
  const loonwaarde = (): number | null => {
    const soort = geheel(6);
    if (soort === 0) return null;
    if (soort === 1) return geheel(101) / 100;
    if (soort === 2) return kans();
    if (soort === 3) return 0.3 + (kans() - 0.5) * 1e-9;
    if (soort === 4) return geheel(10_001) / 10_000;
    return [0, 1, 0.3, 0.7][geheel(4)]!;
  };
  const uren = (): number => {
    const soort = geheel(4);
    if (soort === 0) return geheel(61);
    if (soort === 1) return geheel(60 * 4 + 1) / 4;
    if (soort === 2) return kans() * 60;
    return kans() * 168;
  };
  const peildatum = (): Datum => {
    const jaar = binnenBereik ? 2024 + geheel(3) : 2023 + geheel(5);
    const maand = String(1 + geheel(12)).padStart(2, '0');
    return `${jaar}-${maand}-${String(1 + geheel(28)).padStart(2, '0')}` as Datum;
  };
  const leeftijd = (): number | undefined => {
    const soort = geheel(4);
    if (soort === 0) return (binnenBereik ? 15 : 14) + geheel(binnenBereik ? 7 : 8);
    if (soort === 1) return 21 + geheel(50);
    if (soort === 2 && !binnenBereik && geheel(20) === 0) return 18.5;
    return undefined;
  };
  return () => {
    const invoer: LoonkostensubsidieInvoer = { loonwaarde: loonwaarde(), urenPerWeek: uren(), peildatum: peildatum() };
    if (geheel(4) === 0) invoer.voltijdUren = 32 + geheel(9);
    const l = leeftijd();
    if (l !== undefined) invoer.leeftijd = l;
    return invoer;
  };
}

/** The catalogue call of an LKS input, with empty cells for what is not given (as the add-in sends it). */
export const alsLksAanroep = (i: LoonkostensubsidieInvoer): { function: string; args: (number | string)[] } => ({
  function: 'LOONKOSTENSUBSIDIE',
  args: [i.loonwaarde ?? '', i.urenPerWeek, i.peildatum, i.voltijdUren ?? '', i.leeftijd ?? ''],
});
