/**
 * `=AVRES.VANGNETUITKERING(…)`: thin over the rule `vangnetuitkering` in shared/rules/vangnetuitkering.ts.
 */
import { vangnetuitkering } from '../rules/vangnetuitkering';
import { bedragArg, bereikArg, leesGetallen } from './argumenten';
import { rekenregel } from './rekenregel';

export const VANGNETUITKERING = rekenregel<[number, number, unknown[][]?]>({
  naam: 'VANGNETUITKERING',
  beschrijving: 'Vangnetuitkering BUIG: 50% van het tekort tussen 7,5% en 12,5% van het budget, 100% daarboven.',
  bron: 'Pw art. 74; Besluit Participatiewet; Toetsingscommissie vangnet, voorwaarden 2025',
  argumenten: [
    bedragArg('definitief_budget', 'definitief toegekende gebundelde uitkering (€)', { min: 0 }),
    bedragArg('netto_lasten', 'netto lasten bijstand en loonkostensubsidie (€)'),
    bereikArg('tekorten_vorige_twee_jaren', 'tekorten (negatief: overschotten) van de twee voorgaande jaren (€)', { optioneel: true }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [10000000, 11500000], uitkomst: '500000.00' },
  bereken: ([definitiefBudget, nettoLasten, vorige], _ctx, p) =>
    vangnetuitkering(
      {
        definitiefBudget,
        nettoLasten,
        tekortenVorigeTweeJaren: vorige === undefined ? undefined : leesGetallen(vorige, 'tekorten_vorige_twee_jaren', 3),
      },
      p,
    ),
});
