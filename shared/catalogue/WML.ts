/**
 * `=AVRES.WML(…)`: thin over the rule `minimumloonInCenten` in shared/rules/wml.ts.
 */
import type { Datum } from '../time/datum';
import { minimumloonInCenten } from '../rules/wml';
import { ArgumentSpec, geheelArg, peildatumArg, tekstArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';

export const WML = rekenregel<[Datum, number?, ('maand' | 'uur')?]>({
  naam: 'WML',
  beschrijving: 'Wettelijk minimumloon: het referentiemaandloon (36 uur) of het uurloon, naar leeftijd.',
  bron: 'Wet minimumloon en minimumvakantiebijslag art. 8; Pw art. 2',
  argumenten: [
    peildatumArg(),
    geheelArg('leeftijd', 'leeftijd; onder 21 het minimumjeugdloon (standaard 21 of ouder)', { optioneel: true, min: 15, max: 120 }),
    tekstArg('periode', '"maand" (standaard) of "uur"', { optioneel: true, keuzes: ['maand', 'uur'] }) as ArgumentSpec<'maand' | 'uur'>,
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: ['2026-01-01'], uitkomst: '2294.40' },
  bereken: ([peildatum, leeftijd, periode], ctx, p) =>
    uitHonderdsten(minimumloonInCenten({ peildatum, leeftijd, periode: periode ?? 'maand' }, p, ctx)),
});
