/**
 * The pensioengerechtigde leeftijd (AOW art. 7a), set by law five years ahead: 67 in 2023 through 2027, 67 and 3
 * months from 2028 (FACTS §10.6). Rules that change at this age (the vrijlating of Pw art. 31 and 34a, the
 * bijstandsnormen of art. 22) read it here, so the 2028 change needs no code.
 */
import type { Pensioenleeftijd } from './figuren';
import { Reeks } from './reeks';
import { datum } from '../time/datum';

export const pensioengerechtigdeLeeftijd: Reeks<Pensioenleeftijd> = {
  naam: 'de pensioengerechtigde leeftijd',
  waarden: [
    {
      geldigVanaf: datum('2023-01-01'),
      waarde: { jaren: 67, maanden: 0 },
      bron: 'AOW art. 7a; spin.nl "AOW-leeftijd naar 67 jaar en 3 maanden"; rd.nl "65-plusser heeft straks nog 21 jaar voor de boeg" (2022)',
      artikel: { regeling: 'AOW', artikel: '7a' },
    },
    {
      geldigVanaf: datum('2028-01-01'),
      waarde: { jaren: 67, maanden: 3 },
      bron: 'AOW art. 7a; spin.nl "AOW-leeftijd naar 67 jaar en 3 maanden" (FACTS §10.6)',
      artikel: { regeling: 'AOW', artikel: '7a' },
    },
  ],
  ritme: 'jaar',
};
