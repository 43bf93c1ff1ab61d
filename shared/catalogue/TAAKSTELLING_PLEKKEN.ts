/**
 * `=AVRES.TAAKSTELLING_PLEKKEN(…)`: thin over the rule `taakstellingPlekkenInHonderdsten` in shared/rules/taakstelling.ts.
 */
import { taakstellingPlekkenInHonderdsten } from '../rules/taakstelling';
import { bereikArg, leesGetallen } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';

export const TAAKSTELLING_PLEKKEN = rekenregel<[unknown[][]]>({
  naam: 'TAAKSTELLING_PLEKKEN',
  beschrijving: `Gerealiseerde plekken voor de taakstelling: per persoon uren/${nieuwsteWaarde(basisParameters.beschutWerk).waarde.taakstellingUren}, hoogstens 1.`,
  bron: 'Beleidsregels beschut werk Avres 2025 art. 6 lid 6',
  argumenten: [bereikArg('uren_per_week', 'bereik met de uren per week van elk dienstverband')],
  resultaat: 'getal',
  voorbeeld: { args: [[[31], [20], [36]]], uitkomst: '2.65' },
  bereken: ([uren], ctx, p) =>
    uitHonderdsten(taakstellingPlekkenInHonderdsten({ urenPerWeek: leesGetallen(uren, 'uren_per_week', 1) }, p, ctx)),
});
