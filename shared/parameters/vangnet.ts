/**
 * The regular vangnetuitkering on the BUIG (Pw art. 74, Besluit Participatiewet).
 *
 * Toetsingscommissie vangnetuitkering Participatiewet: a gemeente qualifies when its tekort exceeds 7,5 % of the
 * definitief toegekende gebundelde uitkering and the tekort cumulated over three years exceeds 7,5 % of that
 * year's budget; "50 % van het tekort tussen 7,5 % en 12,5 %, 100 % boven 12,5 %" is compensated.
 * Confirmed for 2021, 2024 and 2025 (FACTS.md §4); the series starts in 2021 and ends with 2025 because later
 * years are not confirmed. The uitgebreid vangnet (from 2025, threshold 5 %) is not here: its compensation
 * percentages are not verified.
 */
import Decimal from 'decimal.js';
import type { VangnetFiguren } from './figuren';
import { Reeks } from './reeks';
import { datum } from '../time/datum';

export const vangnet: Reeks<VangnetFiguren> = {
  naam: 'de regels voor de vangnetuitkering',
  waarden: [
    {
      geldigVanaf: datum('2021-01-01'),
      waarde: {
        drempel: new Decimal('0.075'),
        bovengrens: new Decimal('0.125'),
        vergoedingTussen: new Decimal('0.5'),
        vergoedingBoven: new Decimal('1'),
      },
      bron: 'toetsingscommissievp.nl "Wat is het eigen risico voor een vangnetuitkering over 2021?" https://www.toetsingscommissievp.nl/documenten/vragen-en-antwoorden/wat-is-het-eigen-risico-voor-een-vangnetuitkering-over-2021 ; "Voorwaarden 2025" https://www.toetsingscommissievp.nl/vangnetuitkering-2025/voorwaarden-2025',
      artikel: [
        { regeling: 'Pw', artikel: '74' },
        { regeling: 'Besluit Pw', toelichting: 'vangnetuitkering' },
      ],
    },
  ],
  bekendTot: datum('2025-12-31'),
};
