/**
 * `=AVRES.LOONKOSTENSUBSIDIE(…)`: thin over the rule `loonkostensubsidieInCenten` in shared/rules/loonkostensubsidie.ts.
 */
import { Datum, UREN_IN_EEN_WEEK } from '../time/datum';
import { loonkostensubsidieInCenten } from '../rules/loonkostensubsidie';
import { geheelArg, getalArg, peildatumArg, percentageArg } from './argumenten';
import { rekenregel, uitHonderdsten } from './rekenregel';
import { basisParameters } from '../parameters';
import { nieuwsteWaarde } from '../parameters/reeks';
import { procentNl } from '../parameters/notatie';

const LKS = nieuwsteWaarde(basisParameters.loonkostensubsidie).waarde;

export const LOONKOSTENSUBSIDIE = rekenregel<[number | undefined, number, Datum, number?, number?]>({
  naam: 'LOONKOSTENSUBSIDIE',
  beschrijving: 'Loonkostensubsidie per maand inclusief vergoeding werkgeverslasten (€).',
  bron: 'Pw art. 10d lid 4, 5 en 7; Regeling LKS Pw 2021 art. 1; Beleidsregels beschut werk Avres 2025 art. 7 lid 1',
  argumenten: [
    percentageArg(
      'loonwaarde',
      `loonwaarde als fractie van het WML (45% = 0,45); leeg: forfait van ${procentNl(LKS.forfait)} (Pw 10d lid 5)`,
      {
        optioneel: true,
      },
    ),
    getalArg('uren_per_week', 'overeengekomen arbeidsduur in uren per week', { min: 0, max: UREN_IN_EEN_WEEK }),
    peildatumArg('de datum waarvoor de subsidie wordt berekend (het WML van 1 januari van dat jaar geldt)'),
    getalArg('voltijd_uren', 'volledige werkweek in de sector; uren daarboven tellen niet mee', {
      optioneel: true,
      min: 1,
      max: UREN_IN_EEN_WEEK,
    }),
    geheelArg('leeftijd', 'leeftijd van de werknemer; onder 21 geldt het minimumjeugdloon', { optioneel: true, min: 15, max: 120 }),
  ],
  resultaat: 'bedrag',
  voorbeeld: { args: [0.6, 36, '2026-01-01'], uitkomst: '1224.11' },
  bereken: ([loonwaarde, urenPerWeek, peildatum, voltijdUren, leeftijd], ctx, p) =>
    uitHonderdsten(loonkostensubsidieInCenten({ loonwaarde: loonwaarde ?? null, urenPerWeek, peildatum, voltijdUren, leeftijd }, p, ctx)),
});
