/**
 * `=AVRES.PRAKTIJKTOETS_EINDE(…)`: thin over the rule `praktijktoetsEinde` in shared/rules/praktijktoets.ts.
 */
import type { Datum } from '../time/datum';
import { praktijktoetsEinde } from '../rules/praktijktoets';
import { datumArg, geheelArg } from './argumenten';
import { rekenregel } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';

const BW = nieuwsteWaarde(basisParameters.beschutWerk).waarde;

export const PRAKTIJKTOETS_EINDE = rekenregel<[Datum, number?]>({
  naam: 'PRAKTIJKTOETS_EINDE',
  beschrijving: `Laatste dag van de praktijktoets van ${BW.praktijktoetsMaanden} maanden, eventueel verlengd met hoogstens ${BW.maxVerlengingMaanden} maanden.`,
  bron: 'Beleidsregels beschut werk Avres 2025 art. 3 lid 1 en 4',
  argumenten: [
    datumArg('startdatum', 'eerste dag van de praktijktoets'),
    geheelArg('verlenging_maanden', `verlenging in maanden (0 tot en met ${BW.maxVerlengingMaanden})`, { optioneel: true, min: 0 }),
  ],
  resultaat: 'datum',
  voorbeeld: { args: ['2026-03-01', 3], uitkomst: '2026-11-30' },
  bereken: ([startdatum, verlengingMaanden], _ctx, p) => praktijktoetsEinde({ startdatum, verlengingMaanden: verlengingMaanden ?? 0 }, p),
});
