/**
 * `=AVRES.VAST_DIENSTVERBAND_VANAF(…)`: thin over the rule `vastDienstverbandVanaf` in shared/rules/dienstverband.ts.
 */
import type { Datum } from '../time/datum';
import { vastDienstverbandVanaf } from '../rules/dienstverband';
import { datumArg } from './argumenten';
import { rekenregel } from './rekenregel';

export const VAST_DIENSTVERBAND_VANAF = rekenregel<[Datum]>({
  naam: 'VAST_DIENSTVERBAND_VANAF',
  beschrijving: 'Eerste dag van het dienstverband voor onbepaalde duur: de dag na 3 jaar tijdelijk dienstverband.',
  bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 2 en 3',
  argumenten: [datumArg('startdatum_eerste_tijdelijk', 'eerste dag van het eerste tijdelijk dienstverband')],
  resultaat: 'datum',
  voorbeeld: { args: ['2026-01-01'], uitkomst: '2029-01-01' },
  bereken: ([startdatumEersteTijdelijk], _ctx, p) => vastDienstverbandVanaf({ startdatumEersteTijdelijk }, p),
});
