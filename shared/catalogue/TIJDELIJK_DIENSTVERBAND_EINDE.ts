/**
 * `=AVRES.TIJDELIJK_DIENSTVERBAND_EINDE(…)`: thin over the rule `tijdelijkDienstverbandEinde` in shared/rules/dienstverband.ts.
 */
import type { Datum } from '../time/datum';
import { tijdelijkDienstverbandEinde } from '../rules/dienstverband';
import { datumArg, geheelArg } from './argumenten';
import { rekenregel } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';

const BW = nieuwsteWaarde(basisParameters.beschutWerk).waarde;

export const TIJDELIJK_DIENSTVERBAND_EINDE = rekenregel<[Datum, number]>({
  naam: 'TIJDELIJK_DIENSTVERBAND_EINDE',
  beschrijving: `Laatste dag van een tijdelijk dienstverband beschut werk van ${BW.tijdelijkMinMaanden} tot en met ${BW.tijdelijkMaxMaanden} maanden.`,
  bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2',
  argumenten: [
    datumArg('startdatum', 'eerste dag van het tijdelijk dienstverband'),
    geheelArg('maanden', `duur in maanden (${BW.tijdelijkMinMaanden} tot en met ${BW.tijdelijkMaxMaanden})`),
  ],
  resultaat: 'datum',
  voorbeeld: { args: ['2026-01-01', 12], uitkomst: '2026-12-31' },
  bereken: ([startdatum, maanden], _ctx, p) => tijdelijkDienstverbandEinde({ startdatum, maanden }, p),
});
