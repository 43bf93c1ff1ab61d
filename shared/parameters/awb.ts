/**
 * The Awb beslistermijn for a beschikking op aanvraag without a statutory term.
 *
 * Awb art. 4:13 lid 2: "De in het eerste lid bedoelde redelijke termijn is in ieder geval verstreken wanneer
 * het bestuursorgaan binnen acht weken na ontvangst van de aanvraag geen beschikking heeft gegeven, noch een
 * mededeling als bedoeld in artikel 4:14, derde lid, heeft gedaan."
 *
 * Source: Awb, version 1-1-2026, https://wetten.overheid.nl/BWBR0005537/2026-01-01 (FACTS §3); the present
 * wording of 4:13 and 4:14 lid 3 dates from the Wet dwangsom en beroep bij niet tijdig beslissen (1 oktober 2009).
 */
import { Reeks } from './reeks';
import { datum } from '../time/datum';

/** Weeks after receipt of the aanvraag. */
export const awbBeslistermijnWeken: Reeks<number> = {
  naam: 'de beslistermijn van de Awb (art. 4:13)',
  waarden: [
    {
      geldigVanaf: datum('2009-10-01'),
      waarde: 8,
      bron: 'Algemene wet bestuursrecht, versie 1-1-2026, https://wetten.overheid.nl/BWBR0005537/2026-01-01',
      artikel: { regeling: 'Awb', artikel: '4:13', lid: '2' },
    },
  ],
};
