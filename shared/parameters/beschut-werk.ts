/**
 * The figures of the Avres policy on beschut werk.
 *
 * Source: Beleidsregels beschut werk Avres 2025 (shared/sources/003), vastgesteld by the dagelijks bestuur
 * of the gemeenschappelijke regeling Avres on 6 maart 2025. Art. 11 lid 1: "Deze beleidsregels treden in
 * werking op de dag na publicatie." The publication date was not found (FACTS §10.5); 7 maart 2025, the
 * earliest possible day (the day after adoption), is assumed and kept as its own figure,
 * `beleidInwerkingtreding`, status onbevestigd, so a beheerder records the real date. A date before it is not
 * refused: the 2025 terms are applied with a step that says so (shared/rules/beleid.ts).
 */
import type { BeschutWerkFiguren } from './figuren';
import type { Datum } from '../time/datum';
import { Reeks } from './reeks';
import { datum } from '../time/datum';

const BELEID = 'Beleidsregels beschut werk Avres 2025';

export const beschutWerk: Reeks<BeschutWerkFiguren> = {
  naam: 'het beleid beschut werk (Beleidsregels beschut werk Avres 2025)',
  waarden: [
    {
      geldigVanaf: datum('2025-03-07'),
      waarde: {
        // art. 5 lid 1: "besluit binnen 8 weken na het advies van het UWV"
        beslistermijnWeken: 8,
        // art. 3 lid 1: "een praktijktoets ... van zes maanden"
        praktijktoetsMaanden: 6,
        // art. 3 lid 4: "verlengd met een periode van maximaal zes maanden"
        maxVerlengingMaanden: 6,
        // art. 6 lid 2: "minimaal zeven maanden en maximaal drie jaar ... tijdelijk dienstverband"
        tijdelijkMinMaanden: 7,
        tijdelijkMaxMaanden: 36,
        // art. 6 lid 6: "uitgegaan van een dienstverband van 31 uur per week"
        taakstellingUren: 31,
      },
      bron:
        'Beleidsregels beschut werk Avres 2025, vastgesteld door het dagelijks bestuur van Avres op 6 maart 2025; ' +
        'in werking op de dag na publicatie (art. 11 lid 1). Publicatiedatum niet gevonden: aangenomen is 7 maart 2025, de vroegst mogelijke dag.',
      artikel: [
        { regeling: BELEID, artikel: '5', lid: '1', toelichting: '8 weken' },
        { regeling: BELEID, artikel: '3', lid: '1 en 4', toelichting: '6 maanden, verlenging hoogstens 6 maanden' },
        { regeling: BELEID, artikel: '6', lid: '2', toelichting: 'tijdelijk 7 maanden tot 3 jaar' },
        { regeling: BELEID, artikel: '6', lid: '6', toelichting: '31 uur per week' },
      ],
    },
  ],
};

/** The day the Beleidsregels took effect: the day after publication (art. 11 lid 1), assumed until Avres records it. */
export const beleidInwerkingtreding: Reeks<Datum> = {
  naam: 'de inwerkingtreding van de Beleidsregels beschut werk Avres 2025',
  waarden: [
    {
      geldigVanaf: datum('2025-03-07'),
      waarde: datum('2025-03-07'),
      bron:
        'Beleidsregels beschut werk Avres 2025 art. 11 lid 1 ("de dag na publicatie"); vastgesteld 6 maart 2025. De publicatie ' +
        '(Blad gemeenschappelijke regeling / CVDR) is niet gevonden: 7 maart 2025 is de vroegst mogelijke dag (FACTS §10.5).',
      artikel: { regeling: BELEID, artikel: '11', lid: '1' },
      status: 'onbevestigd',
    },
  ],
};
