/**
 * `=AVRES.WACHTLIJSTPOSITIE(…)`: the registry (`EvaluatieContext.register`) applies the rule
 * `wachtlijstpositie` of shared/rules/wachtlijst.ts to its cases.
 */
import { DomeinFout } from '../errors';
import type { Datum } from '../time/datum';
import { GEMEENTEN } from '../schemas/grootboek';
import { datumArg, tekstArg } from './argumenten';
import { functie } from './functie';

export const WACHTLIJSTPOSITIE = functie<[string, string, Datum?]>({
  naam: 'WACHTLIJSTPOSITIE',
  beschrijving: 'Positie (1 = eerste) van een casus op de wachtlijst beschut werk van de gemeente, uit het casusregister.',
  bron: 'Beleidsregels beschut werk Avres 2025 art. 8',
  argumenten: [
    tekstArg('gemeente', 'gemeente', { keuzes: GEMEENTEN }),
    tekstArg('casusnummer', 'casusnummer in het register'),
    datumArg('peildatum', 'datum van de wachtlijst; standaard vandaag', { optioneel: true }),
  ],
  resultaat: 'getal',
  leestRegister: () => true,
  voorbeeld: {
    args: ['Gorinchem', 'BW-2026-0001'],
    uitkomst: '1 voor de eerste op de lijst; de casusnummers van de demo staan in het taakvenster Wachtlijst',
  },
  bereken: ([gemeente, casusnummer, peildatum], ctx) => {
    if (!ctx.register)
      throw new DomeinFout('NIET_BESCHIKBAAR', 'WACHTLIJSTPOSITIE leest het casusregister en is alleen beschikbaar via de API');
    return ctx.register.wachtlijstpositie(gemeente, casusnummer, peildatum ?? ctx.vandaag);
  },
});
