/**
 * `=AVRES.VRIJLATING(…)`: thin over the rule `vrijlating` in shared/rules/vrijlating.ts.
 */
import type { Datum } from '../time/datum';
import { vrijlating } from '../rules/vrijlating';
import { bedragArg, geheelArg, peildatumArg } from './argumenten';
import { rekenregel } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import { procentNl } from '../parameters/notatie';

const V = nieuwsteWaarde(basisParameters.vrijlating).waarde;

export const VRIJLATING = rekenregel<[number, Datum, number, number]>({
  naam: 'VRIJLATING',
  beschrijving: `Vrijlating van inkomsten uit arbeid per maand: ${procentNl(V.percentage)}, gemaximeerd, maanden 1 tot en met ${V.maanden}, niet onder ${V.minimumleeftijd} jaar.`,
  bron: 'Pw art. 31 lid 2 onder n en lid 5',
  argumenten: [
    bedragArg('netto_inkomsten_arbeid', 'netto inkomsten uit arbeid in de maand (€)', { min: 0 }),
    peildatumArg(),
    geheelArg('leeftijd', 'leeftijd in de maand', { min: 15, max: 120 }),
    geheelArg('maand_nummer', 'hoeveelste maand van de vrijlating (1 = eerste)', { min: 1 }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [800, '2026-01-01', 30, 1], uitkomst: '200.00' },
  bereken: ([nettoInkomstenArbeid, peildatum, leeftijd, maandNummer], _ctx, p) =>
    vrijlating({ nettoInkomstenArbeid, peildatum, leeftijd, maandNummer }, p),
});
