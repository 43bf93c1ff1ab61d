/**
 * Bijstandsnormen per kalendermaand for persons of 21 and over without kostendelende medebewoners,
 * including the vakantietoeslag.
 *
 * Pw art. 21: "Voor belanghebbenden van 21 jaar of ouder doch jonger dan de pensioengerechtigde leeftijd is de
 * norm per kalendermaand, indien het betreft: a. een alleenstaande of een alleenstaande ouder …; b. gehuwden …";
 * art. 22 likewise from the pensioengerechtigde leeftijd; art. 19 lid 3: the vakantietoeslag is included;
 * art. 38: the norms follow the netto minimumloon on 1 January and 1 July. The alleenstaande ouder has the
 * alleenstaande norm (since 2015). Figures: FACTS.md §6; 2026-07-01 from the consolidated statute only (FACTS §10.1,
 * one source), so onbevestigd. The 2027-01-01 norms are not found.
 */
import Decimal from 'decimal.js';
import type { Leefvorm } from './figuren';
import { Reeks } from './reeks';
import type { Bronnen } from '../bron';
import { datum } from '../time/datum';

const ARTIKEL: Bronnen = [
  { regeling: 'Pw', artikel: '21', onder: 'a en b' },
  { regeling: 'Pw', artikel: '22', onder: 'a en b' },
];

function normen(
  alleenstaande: string,
  gehuwden: string,
  alleenstaandeAow: string,
  gehuwdenAow: string,
): Readonly<Record<Leefvorm, Decimal>> {
  const alleen = new Decimal(alleenstaande);
  return {
    alleenstaande: alleen,
    alleenstaande_ouder: alleen,
    gehuwden: new Decimal(gehuwden),
    alleenstaande_aow: new Decimal(alleenstaandeAow),
    gehuwden_aow: new Decimal(gehuwdenAow),
  };
}

export const bijstandsnormen: Reeks<Readonly<Record<Leefvorm, Decimal>>> = {
  naam: 'de bijstandsnorm',
  waarden: [
    {
      geldigVanaf: datum('2024-01-01'),
      waarde: normen('1283.83', '1834.04', '1425.76', '1932.32'),
      bron: 'Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2024-01-01 art. 21 en 22',
      artikel: ARTIKEL,
    },
    {
      geldigVanaf: datum('2024-07-01'),
      waarde: normen('1308.45', '1869.21', '1456.85', '1976.64'),
      bron: 'Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2024-07-01 art. 21 en 22',
      artikel: ARTIKEL,
    },
    {
      geldigVanaf: datum('2025-01-01'),
      waarde: normen('1345.45', '1922.07', '1501.07', '2053.48'),
      bron: 'Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2025-01-01 art. 21 en 22; 120 % gelijk aan gemeentewestland.nl "Normenoverzicht minimuminkomen voor de bijzondere bijstand" (1-1-2025)',
      artikel: ARTIKEL,
    },
    {
      geldigVanaf: datum('2025-07-01'),
      waarde: normen('1369.06', '1955.80', '1530.21', '2094.98'),
      bron: 'Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2025-07-01 art. 21 en 22 (AOW-normen ook in Stimulansz berekenuwrechtplus.nl normenoverzicht)',
      artikel: ARTIKEL,
    },
    {
      geldigVanaf: datum('2026-01-01'),
      waarde: normen('1401.50', '2002.13', '1564.69', '2144.16'),
      bron: 'Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2026-01-01 art. 21 en 22',
      artikel: ARTIKEL,
    },
    {
      geldigVanaf: datum('2026-07-01'),
      waarde: normen('1419.46', '2027.79', '1587.34', '2176.10'),
      bron: 'ENKELE BRON: Participatiewet, consolidatie https://wetten.overheid.nl/BWBR0015703/2026-07-01 art. 20 tot en met 22 (art. 22 onder c gelijk aan onder b)',
      artikel: [{ regeling: 'Pw', artikel: '20 tot en met 22' }],
      status: 'onbevestigd',
    },
  ],
  ritme: 'halfjaar',
};
