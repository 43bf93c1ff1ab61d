/**
 * The dwangsom bij niet tijdig beslissen.
 *
 * Awb art. 4:17 lid 1: "… verbeurt het bestuursorgaan aan de aanvrager een dwangsom voor elke dag dat het in
 * gebreke is, doch voor ten hoogste 42 dagen. De Algemene termijnenwet is op laatstgenoemde termijn niet van
 * toepassing." Lid 2 (since 2019-01-01): "De dwangsom bedraagt de eerste veertien dagen € 23 per dag, de
 * daaropvolgende veertien dagen € 35 per dag en de overige dagen € 45 per dag"; from 1 oktober 2009 (Wet dwangsom
 * en beroep bij niet tijdig beslissen) until then € 20, € 30 and € 40 (maximum € 1.260). Lid 3: the first day is
 * "de dag waarop twee weken zijn verstreken na de dag waarop de termijn voor het geven van de beschikking is
 * verstreken en het bestuursorgaan van de aanvrager een schriftelijke ingebrekestelling heeft ontvangen."
 *
 * Sources: FACTS §3 and §10.3: € 20/30/40 in every Awb consolidation from 2009-10-01 up to and including
 * 2018-08-01, € 23/35/45 first in the 2019-01-01 consolidation (the exact change date between them is not pinned;
 * 2019-01-01 is the likely one).
 */
import Decimal from 'decimal.js';
import type { DwangsomFiguren } from './figuren';
import { Reeks } from './reeks';
import type { Bronnen } from '../bron';
import { datum } from '../time/datum';

function figuren(eerste: number, tweede: number, derde: number): DwangsomFiguren {
  return {
    wachtDagen: 14,
    treden: [
      { vanDag: 1, totDag: 14, bedragPerDag: new Decimal(eerste) },
      { vanDag: 15, totDag: 28, bedragPerDag: new Decimal(tweede) },
      { vanDag: 29, totDag: 42, bedragPerDag: new Decimal(derde) },
    ],
    maxDagen: 42,
  };
}

function artikel(bedragen: string): Bronnen {
  return [
    { regeling: 'Awb', artikel: '4:17', lid: '1', toelichting: 'hoogstens 42 dagen' },
    { regeling: 'Awb', artikel: '4:17', lid: '2', toelichting: bedragen },
    { regeling: 'Awb', artikel: '4:17', lid: '3', toelichting: 'eerste dag na twee weken' },
  ];
}

export const dwangsom: Reeks<DwangsomFiguren> = {
  naam: 'de dwangsom bij niet tijdig beslissen (Awb art. 4:17)',
  waarden: [
    {
      geldigVanaf: datum('2009-10-01'),
      waarde: figuren(20, 30, 40),
      bron:
        'Algemene wet bestuursrecht, consolidaties https://wetten.overheid.nl/BWBR0005537/2009-10-01 tot en met 2018-08-01; ' +
        'ingevoerd bij de Wet dwangsom en beroep bij niet tijdig beslissen, in werking 1 oktober 2009',
      artikel: artikel('€ 20, € 30 en € 40 per dag'),
    },
    {
      geldigVanaf: datum('2019-01-01'),
      waarde: figuren(23, 35, 45),
      bron:
        'Algemene wet bestuursrecht, eerst in de consolidatie https://wetten.overheid.nl/BWBR0005537/2019-01-01 (de precieze datum van de wijziging ' +
        'tussen 2 augustus 2018 en 1 januari 2019 is niet vastgesteld); versie 1-1-2026, https://wetten.overheid.nl/BWBR0005537/2026-01-01',
      artikel: artikel('€ 23, € 35 en € 45 per dag'),
    },
  ],
};
