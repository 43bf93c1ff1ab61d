/**
 * `=AVRES.BUIG_SALDO(…)`: the registry (`EvaluatieContext.register`) applies the rule
 * `buigOverzicht` of shared/rules/buig-saldo.ts to its budgets and ledger.
 */
import { DomeinFout } from '../errors';
import { BUDGETSOORTEN, Budgetsoort, GEMEENTEN, Gemeente } from '../schemas/grootboek';
import { ArgumentSpec, geheelArg, tekstArg } from './argumenten';
import { functie } from './functie';

export const BUIG_SALDO = functie<[Gemeente, number, Budgetsoort?]>({
  naam: 'BUIG_SALDO',
  beschrijving:
    'Saldo van het BUIG-budget van een gemeente over een jaar: budget min netto lasten (bijstand en LKS uit het grootboek), uit het register.',
  bron: 'Pw art. 69 lid 1 en art. 8c (het budget is per gemeente)',
  argumenten: [
    tekstArg('gemeente', 'gemeente (het BUIG-budget hoort bij de gemeente)', { keuzes: GEMEENTEN }) as ArgumentSpec<Gemeente>,
    geheelArg('jaar', 'begrotingsjaar', { min: 2015, max: 2100 }),
    tekstArg('budgetsoort', 'voorlopig, nader_voorlopig of definitief; leeg: het meest definitieve budget dat bekend is', {
      optioneel: true,
      keuzes: BUDGETSOORTEN,
    }) as ArgumentSpec<Budgetsoort>,
  ],
  resultaat: 'bedrag',
  leestRegister: () => true,
  voorbeeld: { args: ['Gorinchem', 2025, 'definitief'], uitkomst: 'budget − netto lasten, bijvoorbeeld -1500000.00 (een tekort)' },
  bereken: ([gemeente, jaar, budgetsoort], ctx) => {
    if (!ctx.register)
      throw new DomeinFout(
        'NIET_BESCHIKBAAR',
        'BUIG_SALDO leest het register (budgetten en grootboek) en is alleen beschikbaar via de API',
      );
    return ctx.register.buigSaldo(gemeente, jaar, budgetsoort);
  },
});
