/**
 * The dwangsom bij niet tijdig beslissen.
 *
 * Awb art. 4:17 lid 1: "… verbeurt het bestuursorgaan aan de aanvrager een dwangsom voor elke dag dat het in
 * gebreke is, doch voor ten hoogste 42 dagen. De Algemene termijnenwet is op laatstgenoemde termijn niet van
 * toepassing." Lid 2: "De dwangsom bedraagt de eerste veertien dagen € 23 per dag, de daaropvolgende veertien
 * dagen € 35 per dag en de overige dagen € 45 per dag." Lid 3: the first day is "de dag waarop twee weken zijn
 * verstreken na de dag waarop de termijn voor het geven van de beschikking is verstreken en het bestuursorgaan
 * van de aanvrager een schriftelijke ingebrekestelling heeft ontvangen."
 *
 * Source: Awb, version 1-1-2026, https://wetten.overheid.nl/BWBR0005537/2026-01-01 (FACTS §3). The article
 * was introduced by the Wet dwangsom en beroep bij niet tijdig beslissen, in force 1 oktober 2009.
 */
import Decimal from 'decimal.js';
import type { DwangsomFiguren } from './figuren';
import { Reeks } from './reeks';
import { datum } from '../time/datum';

export const dwangsom: Reeks<DwangsomFiguren> = {
  naam: 'de dwangsom bij niet tijdig beslissen (Awb art. 4:17)',
  waarden: [
    {
      geldigVanaf: datum('2009-10-01'),
      waarde: {
        wachtDagen: 14,
        treden: [
          { vanDag: 1, totDag: 14, bedragPerDag: new Decimal(23) },
          { vanDag: 15, totDag: 28, bedragPerDag: new Decimal(35) },
          { vanDag: 29, totDag: 42, bedragPerDag: new Decimal(45) },
        ],
        maxDagen: 42,
      },
      bron:
        'Algemene wet bestuursrecht, versie 1-1-2026, https://wetten.overheid.nl/BWBR0005537/2026-01-01; ' +
        'ingevoerd bij de Wet dwangsom en beroep bij niet tijdig beslissen, in werking 1 oktober 2009',
      artikel: [
        { regeling: 'Awb', artikel: '4:17', lid: '1', toelichting: 'hoogstens 42 dagen' },
        { regeling: 'Awb', artikel: '4:17', lid: '2', toelichting: '€ 23, € 35 en € 45 per dag' },
        { regeling: 'Awb', artikel: '4:17', lid: '3', toelichting: 'eerste dag na twee weken' },
      ],
    },
  ],
};
