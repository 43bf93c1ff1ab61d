/**
 * `=AVRES.VRIJLATING(…)`: thin over the rule `vrijlatingInCenten` in shared/rules/vrijlating.ts.
 */
import type { Datum } from '../time/datum';
import { vrijlatingInCenten } from '../rules/vrijlating';
import { bedragArg, geheelArg, logischArg, peildatumArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import { datumNl } from '../time/datum';
import { euroNl, procentNl } from '../parameters/notatie';

const V = nieuwsteWaarde(basisParameters.vrijlating).waarde;
const NIEUW = nieuwsteWaarde(basisParameters.bijverdienregels);
const B = NIEUW.waarde;

export const VRIJLATING = rekenregel<[number, Datum, number, number, boolean?]>({
  naam: 'VRIJLATING',
  beschrijving:
    `Vrijlating van inkomsten uit arbeid per maand: ${procentNl(V.percentage)}, gemaximeerd, maanden 1 tot en met ${V.maanden}, niet onder ${V.minimumleeftijd} jaar; ` +
    `vanaf ${datumNl(NIEUW.geldigVanaf)} (Pw art. 34a) ${procentNl(B.percentage)} gedurende ${B.maanden} maanden, ${procentNl(B.percentageMedisch)} bij medische urenbeperking, ` +
    `vanaf de AOW-leeftijd ${procentNl(B.percentageAow)} tot ${euroNl(B.maximumAow)}.`,
  bron: 'Pw art. 31 lid 2 onder n en lid 5; vanaf 2027 Pw art. 34a; AOW art. 7a',
  argumenten: [
    bedragArg('netto_inkomsten_arbeid', 'netto inkomsten uit arbeid in de maand (€)', { min: 0 }),
    peildatumArg(),
    geheelArg('leeftijd', 'leeftijd in de maand', { min: 15, max: 120 }),
    geheelArg('maand_nummer', 'hoeveelste maand van de vrijlating (1 = eerste)', { min: 1 }),
    logischArg('medisch_urenbeperkt', 'WAAR bij medische urenbeperking (Pw art. 34a, vanaf 2027); standaard ONWAAR', { optioneel: true }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [800, '2026-01-01', 30, 1], uitkomst: '200.00' },
  bereken: ([nettoInkomstenArbeid, peildatum, leeftijd, maandNummer, medischUrenbeperkt], ctx, p) =>
    uitHonderdsten(vrijlatingInCenten({ nettoInkomstenArbeid, peildatum, leeftijd, maandNummer, medischUrenbeperkt }, p, ctx)),
});
