/**
 * Wettelijk minimumloon (WML) for workers aged 21 and over, and the youth percentages below 21.
 *
 * WML art. 8 lid 1: "Het minimumloon bedraagt: a. voor de toepassing van deze wet: per uur …; b. voor de
 * toepassing van wetten die ten aanzien van de berekening van uitkeringen of tegemoetkomingen naar deze wet
 * verwijzen: over elke uitbetalingstermijn van een maand …" (indexed under art. 14). The monthly amount of
 * onder b, the referentiemaandloon (36-hour week, onder c), is the "wettelijk minimumloon" of Pw art. 2.
 * Figures: FACTS.md §1 (each verified with two sources); 2026-07-01 from one machine annotation, inconsistent by a
 * cent, so onbevestigd (FACTS §10.2). 2027-01-01 is not found: the half-year rhythm ends the known range on 2026-12-31.
 */
import Decimal from 'decimal.js';
import type { Minimumloon } from './figuren';
import { Reeks } from './reeks';
import type { Bronnen } from '../bron';
import { datum } from '../time/datum';

const ARTIKEL_WML: Bronnen = [
  { regeling: 'WML', artikel: '8', lid: '1', onder: 'a en b' },
  { regeling: 'WML', artikel: '14' },
];

function minimumloon(perUur: string, referentiemaandloon: string): Minimumloon {
  return { perUur: new Decimal(perUur), referentiemaandloon: new Decimal(referentiemaandloon) };
}

export const wml: Reeks<Minimumloon> = {
  naam: 'het wettelijk minimumloon',
  waarden: [
    {
      geldigVanaf: datum('2024-01-01'),
      waarde: minimumloon('13.27', '2069.40'),
      bron: 'Besluit SZW 2023-0000526966; accountingcounts.nl "Minimumuurloon per 1 januari 2024"; salariscompleet.nl "Minimumuurloon per 1 januari 2024 bekendgemaakt"',
      artikel: ARTIKEL_WML,
    },
    {
      geldigVanaf: datum('2024-07-01'),
      waarde: minimumloon('13.68', '2133.60'),
      bron: '4-vision.nl "Wettelijk minimumloon per 1 juli 2024"; persaldi.nl "Hoogte minimumuurloon per 1 juli 2024 bekend"',
      artikel: ARTIKEL_WML,
    },
    {
      geldigVanaf: datum('2025-01-01'),
      waarde: minimumloon('14.06', '2191.80'),
      bron: 'Besluit SZW 2024-0000675332; admaxi.nl "Minimumloon per 1 januari 2025"; svb.nl "Bedragen minimumlonen vanaf 1 januari 2025"',
      artikel: ARTIKEL_WML,
    },
    {
      geldigVanaf: datum('2025-07-01'),
      waarde: minimumloon('14.40', '2245.80'),
      bron: 'Stcrt. 2025, 12264; admintrend.nl "Minimumuurloon per 1 juli 2025 naar € 14,40"; w-o.nl "Wettelijk minimumuurloon per 1 juli 2025"',
      artikel: ARTIKEL_WML,
    },
    {
      geldigVanaf: datum('2026-01-01'),
      waarde: minimumloon('14.71', '2294.40'),
      bron: 'rijksoverheid.nl "Uitkeringsbedragen per 1 januari 2026" (10-12-2025); smitwolf.nl "Wettelijk minimumloon per 1 januari 2026"; grootheddeaccountants.nl',
      artikel: ARTIKEL_WML,
    },
    {
      geldigVanaf: datum('2026-07-01'),
      waarde: minimumloon('14.99', '2337.00'),
      bron:
        'Regeling van 28 april 2026, nr. 2026-0000107275 (Stcrt. 2026, 16505), zoals de annotatie bij de consolidatie ' +
        'https://wetten.overheid.nl/BWBR0002638/2026-07-01 die noemt; NIET BEVESTIGD en onderling een cent verschillend: ' +
        '€ 2.337,00 / 156 = € 14,98 en € 14,99 × 156 = € 2.338,44. Beide bedragen staan hier zoals de annotatie ze geeft.',
      artikel: ARTIKEL_WML,
      status: 'onbevestigd',
    },
  ],
  ritme: 'halfjaar',
};

function staffel(percentages: Record<number, string>): Readonly<Record<number, Decimal>> {
  const uit: Record<number, Decimal> = {};
  for (const [leeftijd, fractie] of Object.entries(percentages)) uit[Number(leeftijd)] = new Decimal(fractie);
  return uit;
}

const ARTIKEL_JEUGDLOON: Bronnen = [{ regeling: 'WML', artikel: '7 lid 3 en art. 8 lid 3' }, { regeling: 'Besluit minimumjeugdloon' }];

/** Fraction of the 21+ minimum wage by age, 15 … 20 (21 and over: the full minimum wage). */
export const jeugdloon: Reeks<Readonly<Record<number, Decimal>>> = {
  naam: 'het minimumjeugdloon',
  waarden: [
    {
      geldigVanaf: datum('2019-07-01'),
      waarde: staffel({ 15: '0.30', 16: '0.345', 17: '0.395', 18: '0.50', 19: '0.60', 20: '0.80' }),
      bron: 'ondernemenmetpersoneel.nl "Minimum jeugdloon, hoe werkt het?"; vertiadvies.nl "Minimumuurloon naar € 14,71" (1-1-2026: 20 jaar € 11,77, 19 jaar € 8,83, 18 jaar € 7,36); flexexpert.nl "Minimumlonen van 22 naar 21 jaar" (wijziging 1-7-2019)',
      artikel: ARTIKEL_JEUGDLOON,
    },
    {
      geldigVanaf: datum('2027-01-01'),
      waarde: staffel({ 15: '0.30', 16: '0.40', 17: '0.50', 18: '0.625', 19: '0.75', 20: '0.875' }),
      bron: 'ENKELE BRON, niet getoetst aan het Staatsblad: performa-or.nl "Flinke verhoging minimumjeugdloon per 1 januari 2027" (aangekondigde staffel)',
      artikel: ARTIKEL_JEUGDLOON,
      status: 'aangekondigd',
    },
  ],
};
