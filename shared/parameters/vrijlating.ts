/**
 * Vrijlating of inkomsten uit arbeid in the bijstand.
 *
 * Pw art. 31 lid 2 onder n: not counted as means are "inkomsten uit arbeid tot 25 procent van deze inkomsten,
 * met een maximum van € … per maand, … waarbij voor een persoon die de pensioengerechtigde leeftijd nog niet
 * heeft bereikt geldt dat die inkomsten gedurende ten hoogste zes maanden niet tot de middelen worden gerekend";
 * lid 5: onderdeel n "is niet van toepassing op de persoon die jonger is dan 27 jaar"; art. 38 lid 3: the cap
 * follows the netto minimumloon. Figures: FACTS.md §5 (2025-01 … 2026-01) and the consolidated statute for 2024.
 * The pensioengerechtigde leeftijd is 67 for 2023 through 2027 and 67 and 3 months from 2028, so the series
 * ends before 2028 in any case.
 */
import Decimal from 'decimal.js';
import type { VrijlatingFiguren } from './figuren';
import { Reeks } from './reeks';
import type { Bronnen } from '../bron';
import { datum } from '../time/datum';

const ARTIKEL: Bronnen = [
  { regeling: 'Pw', artikel: '31', lid: '2', onder: 'n' },
  { regeling: 'Pw', artikel: '31', lid: '5' },
  { regeling: 'AOW', artikel: '7a' },
];

function figuren(maximum: string): VrijlatingFiguren {
  return {
    percentage: new Decimal('0.25'),
    maximum: new Decimal(maximum),
    maanden: 6,
    minimumleeftijd: 27,
    pensioengerechtigdeLeeftijd: 67,
  };
}

const AOW_LEEFTIJD =
  'AOW-leeftijd 67 jaar in 2023 t/m 2027: spin.nl "AOW-leeftijd naar 67 jaar en 3 maanden"; rd.nl "65-plusser heeft straks nog 21 jaar voor de boeg" (2022)';

function consolidatie(datum: string): string {
  return `Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/${datum}#Artikel31 (art. 31 lid 2 onder n en lid 5); ${AOW_LEEFTIJD}`;
}

export const vrijlating: Reeks<VrijlatingFiguren> = {
  naam: 'de vrijlating van inkomsten uit arbeid',
  waarden: [
    { geldigVanaf: datum('2024-01-01'), waarde: figuren('264.00'), bron: consolidatie('2024-01-01'), artikel: ARTIKEL },
    { geldigVanaf: datum('2024-07-01'), waarde: figuren('269.00'), bron: consolidatie('2024-07-01'), artikel: ARTIKEL },
    { geldigVanaf: datum('2025-01-01'), waarde: figuren('273.00'), bron: consolidatie('2025-01-01'), artikel: ARTIKEL },
    { geldigVanaf: datum('2025-07-01'), waarde: figuren('278.00'), bron: consolidatie('2025-07-01'), artikel: ARTIKEL },
    {
      geldigVanaf: datum('2026-01-01'),
      waarde: figuren('285.00'),
      bron: `${consolidatie('2026-01-01')}; iasz.nl "Vrij te laten inkomsten uit arbeid (onderdeel n) € 285"`,
      artikel: ARTIKEL,
    },
  ],
  ritme: 'halfjaar',
};
