/**
 * `=AVRES.BEGELEIDINGSKOSTEN(…)`: thin over the rule `begeleidingskostenInCenten` in shared/rules/begeleidingskosten.ts.
 */
import { UREN_IN_EEN_WEEK } from '../time/datum';
import { begeleidingskostenInCenten } from '../rules/begeleidingskosten';
import { bedragArg, getalArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';

export const BEGELEIDINGSKOSTEN = rekenregel<[number, number]>({
  naam: 'BEGELEIDINGSKOSTEN',
  beschrijving: `Vergoeding begeleidingskosten per jaar: het rijksbedrag per plek naar rato van uren/${nieuwsteWaarde(basisParameters.beschutWerk).waarde.taakstellingUren} (hoogstens 1).`,
  bron: 'Beleidsregels beschut werk Avres 2025 art. 7 lid 2 onder c',
  argumenten: [
    getalArg('uren_per_week', 'omvang van het dienstverband in uren per week', { min: 0, max: UREN_IN_EEN_WEEK }),
    bedragArg('rijksbedrag_per_plek', 'bedrag per plek per jaar dat Avres van het Rijk ontvangt (€)', { min: 0 }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [20, 9000], uitkomst: '5806.45' },
  bereken: ([urenPerWeek, rijksbedragPerPlek], ctx, p) =>
    uitHonderdsten(begeleidingskostenInCenten({ urenPerWeek, rijksbedragPerPlek }, p, ctx)),
});
