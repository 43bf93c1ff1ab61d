/**
 * `=AVRES.BIJSTANDSNORM(…)`: thin over the rule `bijstandsnormInCenten` in shared/rules/bijstandsnorm.ts.
 */
import type { Datum } from '../time/datum';
import { LEEFVORMEN, Leefvorm } from '../parameters';
import { bijstandsnormInCenten } from '../rules/bijstandsnorm';
import { ArgumentSpec, getalArg, peildatumArg, tekstArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';

export const BIJSTANDSNORM = rekenregel<[Leefvorm, Datum, number?]>({
  naam: 'BIJSTANDSNORM',
  beschrijving: 'Bijstandsnorm per maand inclusief vakantietoeslag; met percentage 1,2 de minimagrens van 120%.',
  bron: 'Pw art. 21 en 22',
  argumenten: [
    tekstArg('leefvorm', 'leefvorm', { keuzes: LEEFVORMEN }) as ArgumentSpec<Leefvorm>,
    peildatumArg(),
    getalArg('percentage', 'fractie van de norm (1,2 = 120%); standaard 1', { optioneel: true, min: 0, max: 5 }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: ['alleenstaande', '2026-01-01', 1.2], uitkomst: '1681.80' },
  bereken: ([leefvorm, peildatum, percentage], ctx, p) =>
    uitHonderdsten(bijstandsnormInCenten({ leefvorm, peildatum, percentage: percentage ?? 1 }, p, ctx)),
});
