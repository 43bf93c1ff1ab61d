/**
 * Reference: the minimum wage rule as it was on decimal.js (before the integer money core), kept verbatim to prove the
 * exact integer implementation (shared/rules/wml.ts) equal on random inputs (test/shared/rules/wml-referentie.test.ts);
 * the reference LKS (./loonkostensubsidie.ts) uses it too. Not used by the product.
 */
import Decimal from 'decimal.js';
import { ongeldig } from '../../shared/errors';
import { opCenten, bedragTekst } from '../../shared/geld';
import { basisParameters, Parameters } from '../../shared/parameters';
import { waardeOp } from '../../shared/parameters/reeks';
import { leesIsoDatum, Datum } from '../../shared/time/datum';
import { figuurStap, Resultaat, Stap } from '../../shared/uitleg';
import type { Bronnen } from '../../shared/bron';

type Loonperiode = 'maand' | 'uur';

interface MinimumloonInvoer {
  peildatum: Datum;
  /** Age in whole years; absent: 21 or older. */
  leeftijd?: number;
  periode: Loonperiode;
}

const BRON_PERIODE: Record<Loonperiode, { label: string; bron: Bronnen }> = {
  maand: {
    label: 'Wettelijk minimumloon per maand (referentiemaandloon, 36 uur per week), 21 jaar en ouder',
    bron: [
      { regeling: 'WML', artikel: '8', lid: '1', onder: 'b en c' },
      { regeling: 'Pw', artikel: '2' },
    ],
  },
  uur: { label: 'Wettelijk minimumloon per uur, 21 jaar en ouder', bron: { regeling: 'WML', artikel: '8', lid: '1', onder: 'a' } },
};

/** The youngest age the jeugdloon series knows, read from the series itself. */
function jongsteLeeftijd(staffel: Readonly<Record<number, Decimal>>): number {
  return Math.min(...Object.keys(staffel).map(Number));
}

/**
 * The minimum wage in force on `peildatum`: the referentiemaandloon (`maand`) or the hourly minimum (`uur`),
 * below 21 the youth percentage of it, rounded to cents.
 * @example minimumloon({ peildatum: '2026-01-01', periode: 'maand' }).waarde.toFixed(2) // '2294.40'
 * @example minimumloon({ peildatum: '2026-01-01', leeftijd: 18, periode: 'uur' }).waarde.toFixed(2) // '7.36'
 */
export function minimumloonReferentie(invoer: MinimumloonInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  const { leeftijd, periode } = invoer;
  const peildatum = leesIsoDatum(invoer.peildatum, 'peildatum');
  const soort = Object.hasOwn(BRON_PERIODE, periode) ? BRON_PERIODE[periode] : undefined;
  if (soort === undefined) ongeldig(`periode "${String(periode)}" is onbekend; kies "maand" of "uur"`);
  if (leeftijd !== undefined && !Number.isInteger(leeftijd)) ongeldig(`leeftijd moet een geheel aantal jaren zijn, niet ${leeftijd}`);

  const loon = waardeOp(parameters.wml, peildatum);
  const volwassen = periode === 'maand' ? loon.waarde.referentiemaandloon : loon.waarde.perUur;
  const stappen: Stap[] = [figuurStap(soort.label, bedragTekst(volwassen), loon, soort.bron)];
  if (leeftijd === undefined) return { waarde: volwassen, stappen };

  // The full minimum wage applies from the age just above the oldest age in the youth staffel (21 since 1-7-2019).
  const staffel = waardeOp(parameters.jeugdloon, peildatum);
  if (leeftijd > Math.max(...Object.keys(staffel.waarde).map(Number))) return { waarde: volwassen, stappen };
  const fractie = staffel.waarde[leeftijd];
  if (fractie === undefined) {
    ongeldig(
      `leeftijd moet minstens ${jongsteLeeftijd(staffel.waarde)} jaar zijn: voor jongere werknemers is er geen minimumjeugdloon (gegeven: ${leeftijd})`,
    );
  }
  const jeugdloon = opCenten(volwassen.times(fractie));
  stappen.push(
    figuurStap(`Minimumjeugdloon ${leeftijd} jaar: fractie van het minimumloon`, fractie, staffel),
    figuurStap(
      `Wettelijk minimumloon ${leeftijd} jaar per ${periode}, afgerond op centen (half naar boven)`,
      bedragTekst(jeugdloon),
      [loon, staffel],
      [
        { regeling: 'WML', artikel: '8', lid: '3' },
        { regeling: 'Pw', artikel: '2' },
      ],
    ),
  );
  return { waarde: jeugdloon, stappen };
}
