/**
 * Figures of the loonkostensubsidie (Pw art. 10d) and the vakantiebijslag it is built on.
 *
 * Pw art. 10d lid 4: the LKS "is ten hoogste 70 procent van het totale bedrag van het wettelijk minimumloon en
 * de aanspraak op vakantiebijslag …, vermeerderd met een bij ministeriële regeling vastgestelde vergoeding voor
 * werkgeverslasten" and is pro-rated to "36 uren per week"; lid 5: 50 % when the loonwaarde is not determined.
 * Regeling loonkostensubsidie Participatiewet 2021 art. 1: werkgeverslasten "bedraagt 23,5 procent van de
 * loonkosten waarover loonkostensubsidie wordt verstrekt" (the 2014 Regeling already had 23,5 %).
 * WML art. 15: vakantiebijslag of 8 % of the wage. Figures and sources: FACTS.md §2.
 *
 * The series start on 1 January 2024, the first minimum wage this project has verified (LKS needs the WML of
 * 1 January, Pw art. 10d lid 7); the figures themselves are older.
 */
import Decimal from 'decimal.js';
import type { LksFiguren } from './figuren';
import { Reeks } from './reeks';
import { datum } from '../time/datum';

export const vakantiebijslag: Reeks<Decimal> = {
  naam: 'het percentage vakantiebijslag',
  waarden: [
    {
      geldigVanaf: datum('2024-01-01'),
      waarde: new Decimal('0.08'),
      bron: 'Wet minimumloon en minimumvakantiebijslag, https://wetten.overheid.nl/BWBR0002638 (consolidaties 2024-01-01 t/m 2026-01-01)',
      artikel: { regeling: 'WML', artikel: '15', lid: '1' },
    },
  ],
};

export const loonkostensubsidie: Reeks<LksFiguren> = {
  naam: 'de regels voor de loonkostensubsidie',
  waarden: [
    {
      geldigVanaf: datum('2024-01-01'),
      waarde: {
        maximum: new Decimal('0.70'),
        forfait: new Decimal('0.50'),
        werkgeverslasten: new Decimal('0.235'),
        normUren: 36,
      },
      bron: 'Participatiewet https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel10d (zelfde tekst in de consolidaties vanaf 2024-01-01); Regeling loonkostensubsidie Participatiewet 2021 (18-2-2021, nr. 2021-0000027549) art. 1; Regeling 2014 art. 1 lid 2, Stcrt. 2014, 29290',
      artikel: [
        { regeling: 'Pw', artikel: '10d', lid: '4 en 5' },
        { regeling: 'Regeling LKS Pw 2021', artikel: '1' },
      ],
    },
  ],
};
