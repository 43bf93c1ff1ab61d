/**
 * Vrijlating of inkomsten uit arbeid in the bijstand.
 *
 * Pw art. 31 lid 2 onder n: not counted as means are "inkomsten uit arbeid tot 25 procent van deze inkomsten,
 * met een maximum van € … per maand, … waarbij voor een persoon die de pensioengerechtigde leeftijd nog niet
 * heeft bereikt geldt dat die inkomsten gedurende ten hoogste zes maanden niet tot de middelen worden gerekend";
 * lid 5: onderdeel n "is niet van toepassing op de persoon die jonger is dan 27 jaar"; art. 38 lid 3: the cap
 * follows the netto minimumloon. Figures: FACTS.md §5 (2025-01 … 2026-01) and the consolidated statute for 2024.
 * The cap for 2026-H2 is not verified (FACTS §10.6: the 2026-07-01 consolidation still prints € 285 though art. 38
 * indexes it), so the known range ends on 2026-06-30 until Avres records it.
 *
 * From 2027-01-01 the Participatiewet in balans replaces onderdeel n by art. 34a (FACTS §10.4): 15 % for at most
 * 12 consecutive months below the pensioengerechtigde leeftijd (no exclusion under 27), 15 % for someone medisch
 * urenbeperkt, at or above that age 25 % up to € 226 per month. Its first value's date is the regime change.
 */
import Decimal from 'decimal.js';
import type { BijverdienFiguren, VrijlatingFiguren } from './figuren';
import { Reeks } from './reeks';
import type { Bronnen } from '../bron';
import { datum } from '../time/datum';

const ARTIKEL: Bronnen = [
  { regeling: 'Pw', artikel: '31', lid: '2', onder: 'n' },
  { regeling: 'Pw', artikel: '31', lid: '5' },
];

function figuren(maximum: string): VrijlatingFiguren {
  return {
    percentage: new Decimal('0.25'),
    maximum: new Decimal(maximum),
    maanden: 6,
    minimumleeftijd: 27,
  };
}

function consolidatie(datum: string): string {
  return `Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/${datum}#Artikel31 (art. 31 lid 2 onder n en lid 5)`;
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

/** Pw art. 34a, the vrijlating from 2027-01-01: its first value's date is the day the regime changes. */
export const bijverdienregels: Reeks<BijverdienFiguren> = {
  naam: 'de bijverdienregels van de Participatiewet in balans (Pw art. 34a)',
  waarden: [
    {
      geldigVanaf: datum('2027-01-01'),
      waarde: {
        percentage: new Decimal('0.15'),
        maanden: 12,
        percentageMedisch: new Decimal('0.15'),
        percentageAow: new Decimal('0.25'),
        maximumAow: new Decimal('226.00'),
      },
      bron:
        'Participatiewet, consolidaties https://wetten.overheid.nl/BWBR0015703/2026-01-01 en 2026-07-01 (art. 34a en 34b gedrukt naast art. 31 lid 2 onder n); ' +
        'ingangsdatum 1 januari 2027 uit één bron: gemeente.nu "Belangrijkste wijzigingen en implementatie Participatiewet in balans" (15-10-2025); ' +
        'https://wetten.overheid.nl/BWBR0051679/2027-01-01 "Toekomstige tekst vanaf 01-01-2027". Het Koninklijk Besluit van inwerkingtreding is niet gelezen.',
      artikel: { regeling: 'Pw', artikel: '34a' },
      status: 'onbevestigd',
    },
  ],
  ritme: 'halfjaar',
};
