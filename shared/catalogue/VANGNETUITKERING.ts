/**
 * `=AVRES.VANGNETUITKERING(…)`: thin over the rule `vangnetuitkeringInCenten` in shared/rules/vangnetuitkering.ts.
 */
import { vangnetuitkeringInCenten } from '../rules/vangnetuitkering';
import { bedragArg, bereikArg, geheelArg, leesGetallen } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { bekendTotVan, nieuwsteWaarde } from '../parameters/reeks';
import { procentNl } from '../parameters/notatie';

const V = nieuwsteWaarde(basisParameters.vangnet).waarde;
const LAATSTE_JAAR = bekendTotVan(basisParameters.vangnet)?.slice(0, 4);

export const VANGNETUITKERING = rekenregel<[number, number, unknown[][]?, number?]>({
  naam: 'VANGNETUITKERING',
  beschrijving: `Vangnetuitkering BUIG: ${procentNl(V.vergoedingTussen)} van het tekort tussen ${procentNl(V.drempel)} en ${procentNl(V.bovengrens)} van het budget, ${procentNl(V.vergoedingBoven)} daarboven; de voorwaarden van het begrotingsjaar (zonder jaar: ${LAATSTE_JAAR}, het laatste bekende).`,
  bron: 'Pw art. 74; Besluit Participatiewet; Toetsingscommissie vangnet, voorwaarden 2025',
  argumenten: [
    bedragArg('definitief_budget', 'definitief toegekende gebundelde uitkering (€)', { min: 0 }),
    bedragArg('netto_lasten', 'netto lasten bijstand en loonkostensubsidie (€)'),
    bereikArg('tekorten_vorige_twee_jaren', 'tekorten (negatief: overschotten) van de twee voorgaande jaren (€)', { optioneel: true }),
    geheelArg('jaar', 'begrotingsjaar waarvan de voorwaarden gelden; leeg: het laatste jaar waarvan ze bekend zijn', {
      optioneel: true,
      min: 2015,
      max: 2100,
    }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [10000000, 11500000], uitkomst: '500000.00' },
  bereken: ([definitiefBudget, nettoLasten, vorige, jaar], ctx, p) =>
    uitHonderdsten(
      vangnetuitkeringInCenten(
        {
          definitiefBudget,
          nettoLasten,
          tekortenVorigeTweeJaren: vorige === undefined ? undefined : leesGetallen(vorige, 'tekorten_vorige_twee_jaren', 3),
          jaar,
        },
        p,
        ctx,
      ),
    ),
});
