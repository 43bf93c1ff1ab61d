/**
 * Wettelijk minimumloon on a date, by age.
 *
 * Wet minimumloon en minimumvakantiebijslag (BWBR0002638) art. 8 lid 1: "Het minimumloon bedraagt: a. voor de
 * toepassing van deze wet: per uur …; b. voor de toepassing van wetten die … naar deze wet verwijzen: over elke
 * uitbetalingstermijn van een maand …". Art. 8 lid 3 with the Besluit minimumjeugdloon (BWBR0003599): below 21 "een …
 * percentage van de in het eerste lid … genoemde bedragen". Participatiewet art. 2: the Pw's "wettelijk
 * minimumloon" is the monthly amount of art. 8 lid 1 onder b, or below 21 the amount for the worker's age.
 *
 * The amount is the one in force on the peildatum itself (half-yearly changes included); the youth amount is
 * the percentage of the 21+ amount, rounded to cents, half up (the published youth rates, e.g. 18 jaar
 * € 7,36 per uur on 1-1-2026 = 50 % of € 14,71, follow from this). The Besluit's 1983 text (art. 2 lid 2) rounds
 * monthly and weekly youth amounts to a multiple of € 0,05; whether that survived the 2024 minimumuurloon reform is not
 * verified (FACTS §10.6), so cents are kept: at most a few cents a month.
 *
 * The amounts are exact integers of cents (../breuk.ts); steps are built only when asked, and the steps on a figure
 * are made once per figure and shared.
 */
import Decimal from 'decimal.js';
import { Breuk, centen, centenAlsTekst, centenHalfNaarBoven, decimalAlsBreuk, maal } from '../breuk';
import { resultaatAlsDecimal } from '../geld';
import { ongeldig } from '../errors';
import { basisParameters, Minimumloon, Parameters } from '../parameters';
import { ReeksWaarde, waardeOp } from '../parameters/reeks';
import { leesIsoDatum, Datum } from '../time/datum';
import { figuurStap, Resultaat, Stap, GEEN_STAPPEN, StapOpties, gedeeldeFiguurStap } from '../uitleg';
import type { Bronnen } from '../bron';

export type Loonperiode = 'maand' | 'uur';

export interface MinimumloonInvoer {
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

const BRON_JEUGDLOON: Bronnen = [
  { regeling: 'WML', artikel: '8', lid: '3' },
  { regeling: 'Pw', artikel: '2' },
];

/** The 21+ amount of one figure for one period: exact cents (a published figure is whole cents) and its step. */
interface Volwassenloon {
  centen: Breuk;
  /** Shared between results, hence frozen. */
  stap: Stap;
}

const volwassenPerFiguur = new WeakMap<ReeksWaarde<Minimumloon>, Record<Loonperiode, Volwassenloon>>();

/** The 21+ amounts of a minimum wage figure, read once per figure (figures are immutable). */
function volwassenloon(loon: ReeksWaarde<Minimumloon>, periode: Loonperiode): Volwassenloon {
  let perPeriode = volwassenPerFiguur.get(loon);
  if (perPeriode === undefined) {
    const van = (soort: Loonperiode, bedrag: Decimal): Volwassenloon => {
      const exact = maal(decimalAlsBreuk(bedrag), centen(100));
      const { label, bron } = BRON_PERIODE[soort];
      return { centen: exact, stap: gedeeldeFiguurStap(label, centenAlsTekst(centenHalfNaarBoven(exact)), loon, bron) };
    };
    perPeriode = { maand: van('maand', loon.waarde.referentiemaandloon), uur: van('uur', loon.waarde.perUur) };
    volwassenPerFiguur.set(loon, perPeriode);
  }
  return perPeriode[periode];
}

/** One age of the youth staffel: its exact fraction, the step that shows it, and the label of the amount's step. */
interface Jeugdfractie {
  fractie: Breuk;
  /** Shared between results, hence frozen. */
  fractieStap: Stap;
  label: Record<Loonperiode, string>;
}

/** A youth staffel read once per figure: its oldest and youngest age and each age's fraction. */
interface Jeugdstaffel {
  oudste: number;
  jongste: number;
  perLeeftijd: Map<number, Jeugdfractie>;
}

const staffelPerFiguur = new WeakMap<ReeksWaarde<Readonly<Record<number, Decimal>>>, Jeugdstaffel>();

function jeugdstaffel(staffel: ReeksWaarde<Readonly<Record<number, Decimal>>>): Jeugdstaffel {
  let gelezen = staffelPerFiguur.get(staffel);
  if (gelezen === undefined) {
    const leeftijden = Object.keys(staffel.waarde).map(Number);
    const perLeeftijd = new Map<number, Jeugdfractie>();
    for (const leeftijd of leeftijden) {
      const fractie = staffel.waarde[leeftijd]!;
      perLeeftijd.set(leeftijd, {
        fractie: decimalAlsBreuk(fractie),
        fractieStap: gedeeldeFiguurStap(`Minimumjeugdloon ${leeftijd} jaar: fractie van het minimumloon`, fractie, staffel),
        label: {
          maand: `Wettelijk minimumloon ${leeftijd} jaar per maand, afgerond op centen (half naar boven)`,
          uur: `Wettelijk minimumloon ${leeftijd} jaar per uur, afgerond op centen (half naar boven)`,
        },
      });
    }
    gelezen = { oudste: Math.max(...leeftijden), jongste: Math.min(...leeftijden), perLeeftijd };
    staffelPerFiguur.set(staffel, gelezen);
  }
  return gelezen;
}

function alsVolwassen(volwassen: Volwassenloon, metStappen: boolean): Resultaat<number> {
  return { waarde: centenHalfNaarBoven(volwassen.centen), stappen: metStappen ? [volwassen.stap] : GEEN_STAPPEN };
}

/**
 * The minimum wage in force on `peildatum` in whole cents: the referentiemaandloon (`maand`) or the hourly minimum
 * (`uur`), below 21 the youth fraction of it, rounded to cents half up; the steps only when `stappen` is not false.
 * @example minimumloonInCenten({ peildatum: '2026-01-01', periode: 'maand' }).waarde // 229440
 * @example minimumloonInCenten({ peildatum: '2026-01-01', leeftijd: 18, periode: 'uur' }, basisParameters, { stappen: false }) // { waarde: 736, stappen: [] }
 */
export function minimumloonInCenten(
  invoer: MinimumloonInvoer,
  parameters: Parameters = basisParameters,
  opties: StapOpties = {},
): Resultaat<number> {
  const { leeftijd, periode } = invoer;
  const peildatum = leesIsoDatum(invoer.peildatum, 'peildatum');
  if (!Object.hasOwn(BRON_PERIODE, periode)) ongeldig(`periode "${String(periode)}" is onbekend; kies "maand" of "uur"`);
  if (leeftijd !== undefined && !Number.isInteger(leeftijd)) ongeldig(`leeftijd moet een geheel aantal jaren zijn, niet ${leeftijd}`);

  const loon = waardeOp(parameters.wml, peildatum);
  const volwassen = volwassenloon(loon, periode);
  const metStappen = opties.stappen !== false;
  if (leeftijd === undefined) return alsVolwassen(volwassen, metStappen);

  // The full minimum wage applies from the age just above the oldest age in the youth staffel (21 since 1-7-2019).
  const staffel = waardeOp(parameters.jeugdloon, peildatum);
  const jeugd = jeugdstaffel(staffel);
  if (leeftijd > jeugd.oudste) return alsVolwassen(volwassen, metStappen);
  const fractie = jeugd.perLeeftijd.get(leeftijd);
  if (fractie === undefined) {
    ongeldig(
      `leeftijd moet minstens ${jeugd.jongste} jaar zijn: voor jongere werknemers is er geen minimumjeugdloon (gegeven: ${leeftijd})`,
    );
  }
  const jeugdloon = centenHalfNaarBoven(maal(volwassen.centen, fractie.fractie));
  if (!metStappen) return { waarde: jeugdloon, stappen: GEEN_STAPPEN };
  return {
    waarde: jeugdloon,
    stappen: [
      volwassen.stap,
      fractie.fractieStap,
      figuurStap(fractie.label[periode], centenAlsTekst(jeugdloon), [loon, staffel], BRON_JEUGDLOON),
    ],
  };
}

/**
 * The minimum wage in force on `peildatum` as a Decimal of euros, with the steps that produce it.
 * @example minimumloon({ peildatum: '2026-01-01', periode: 'maand' }).waarde.toFixed(2) // '2294.40'
 * @example minimumloon({ peildatum: '2026-01-01', leeftijd: 18, periode: 'uur' }).waarde.toFixed(2) // '7.36'
 */
export function minimumloon(invoer: MinimumloonInvoer, parameters: Parameters = basisParameters): Resultaat<Decimal> {
  return resultaatAlsDecimal(minimumloonInCenten(invoer, parameters));
}
