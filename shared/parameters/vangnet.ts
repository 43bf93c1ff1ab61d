/**
 * The regular vangnetuitkering on the BUIG (Pw art. 74, Besluit Participatiewet).
 *
 * Toetsingscommissie vangnetuitkering Participatiewet: a gemeente qualifies when its tekort exceeds 7,5 % of the
 * definitief toegekende gebundelde uitkering and the tekort cumulated over three years exceeds 7,5 % of that
 * year's budget; "50 % van het tekort tussen 7,5 % en 12,5 %, 100 % boven 12,5 %" is compensated.
 * One value per budget year (rhythm `jaar`), so a beheerder who records the conditions of a new year extends the
 * known range by itself. Confirmed for 2021, 2024 and 2025 (FACTS.md §4); 2022 and 2023 have the same structure
 * but were not checked on their own, so they are onbevestigd. 2026 and 2027 are not found (FACTS §10.6). The
 * uitgebreid vangnet (from 2025, threshold 5 %) is not here: its compensation percentages are not verified.
 */
import Decimal from 'decimal.js';
import type { VangnetFiguren } from './figuren';
import { Reeks, ReeksWaarde } from './reeks';
import type { ParameterStatus } from './status';
import { datum, type Datum } from '../time/datum';

const REGULIER: VangnetFiguren = {
  drempel: new Decimal('0.075'),
  bovengrens: new Decimal('0.125'),
  vergoedingTussen: new Decimal('0.5'),
  vergoedingBoven: new Decimal('1'),
};

const TOETSINGSCOMMISSIE =
  'toetsingscommissievp.nl "Wat is het eigen risico voor een vangnetuitkering over 2021?" https://www.toetsingscommissievp.nl/documenten/vragen-en-antwoorden/wat-is-het-eigen-risico-voor-een-vangnetuitkering-over-2021 ; "Voorwaarden 2025" https://www.toetsingscommissievp.nl/vangnetuitkering-2025/voorwaarden-2025';

function jaar(geldigVanaf: Datum, bron: string, status?: ParameterStatus): ReeksWaarde<VangnetFiguren> {
  return {
    geldigVanaf,
    waarde: REGULIER,
    bron,
    artikel: [
      { regeling: 'Pw', artikel: '74' },
      { regeling: 'Besluit Pw', toelichting: 'vangnetuitkering' },
    ],
    ...(status ? { status } : {}),
  };
}

const NIET_APART = 'zelfde opbouw als 2021 en 2024/2025; dit jaar niet apart getoetst';

export const vangnet: Reeks<VangnetFiguren> = {
  naam: 'de regels voor de vangnetuitkering',
  waarden: [
    jaar(datum('2021-01-01'), TOETSINGSCOMMISSIE),
    jaar(datum('2022-01-01'), `${TOETSINGSCOMMISSIE} (${NIET_APART})`, 'onbevestigd'),
    jaar(datum('2023-01-01'), `${TOETSINGSCOMMISSIE} (${NIET_APART})`, 'onbevestigd'),
    jaar(datum('2024-01-01'), `${TOETSINGSCOMMISSIE} (bevestigd voor 2024)`),
    jaar(datum('2025-01-01'), `${TOETSINGSCOMMISSIE} (bevestigd voor 2025)`),
  ],
  ritme: 'jaar',
};
