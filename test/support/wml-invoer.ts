/**
 * Seeded random minimum wage inputs: per month and per hour (and periods that do not exist), youth ages 15 to 20,
 * adult ages and no age, ages below the staffel, fractional and full-precision ages; peildata around every change
 * of the figures and outside them. Shared by the equality test against the reference implementation and the
 * benchmark.
 */
import type { Loonperiode, MinimumloonInvoer } from '../../shared/rules/wml';
import { trekking } from './grootboek-generator';
import { willekeurigePeildatum } from './peildatum-invoer';

const GEEN_PERIODE = ['week', '', 'Maand', 'toString', '__proto__'] as const;

/** A generator of random minimum wage inputs from a seed. */
export function wmlInvoerGenerator(seed: number): () => MinimumloonInvoer {
  const { kans, geheel } = trekking(seed);
  const periode = (): Loonperiode => {
    if (geheel(40) === 0) return GEEN_PERIODE[geheel(GEEN_PERIODE.length)] as Loonperiode;
    return geheel(2) === 0 ? 'maand' : 'uur';
  };
  const leeftijd = (): number | undefined => {
    const soort = geheel(10);
    if (soort < 5) return 15 + geheel(6);
    if (soort < 7) return 21 + geheel(60);
    if (soort === 7) return undefined;
    if (soort === 8) return [14, 0, -1, -0, 1e21][geheel(5)];
    return [18.5, 15 + kans() * 6, Number.NaN][geheel(3)];
  };
  return () => {
    const invoer: MinimumloonInvoer = { peildatum: willekeurigePeildatum(kans), periode: periode() };
    const l = leeftijd();
    if (l !== undefined) invoer.leeftijd = l;
    return invoer;
  };
}

/** The catalogue call of a minimum wage input, with an empty cell for an absent age (as the add-in sends it). */
export const alsWmlAanroep = (i: MinimumloonInvoer): { function: string; args: (number | string)[] } => ({
  function: 'WML',
  args: [i.peildatum, i.leeftijd ?? '', i.periode],
});
