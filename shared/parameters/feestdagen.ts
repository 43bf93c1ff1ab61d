/**
 * Days equated with an algemeen erkende feestdag by royal decree.
 *
 * Algemene termijnenwet art. 3 lid 3: "Voor de toepassing van deze wet kunnen bij koninklijk besluit
 * andere dagen gelijkgesteld worden met de in het eerste lid genoemde algemeen erkende feestdagen."
 * The decrees are published in the Staatscourant, each for a run of years; the days are bridge days
 * around a feestdag (Friday after Koningsdag or Hemelvaart, the day after Christmas or New Year).
 *
 * Source of the decree titles (single source, FACTS §3): sterfgeval.nl, vraag 70745,
 * https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745
 *
 * The Atw calendar is known for the years from the first to the last year listed here
 * (shared/time/feestdagen.ts refuses other years): a new decree is new rows here, no code change.
 */
import type { GelijkgesteldeDag } from './figuren';
import { datum } from '../time/datum';

const BRON =
  'sterfgeval.nl vraag 70745, https://sterfgeval.nl/juridisch/overige/vragen-van-uitvaartondernemers/gemeentelijke-feestdag-bij-lijkbezorging-feestdagen-in-2026-2028/70745';
const BESLUIT_2023_2025 = 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025';
const BESLUIT_2026_2028 = 'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028';

/** An equated day with the publication where its decree was verified. */
export interface GelijkgesteldeDagMetBron extends GelijkgesteldeDag {
  bron: string;
}

/** The equated days, in date order. */
export const gelijkgesteldeFeestdagen: GelijkgesteldeDagMetBron[] = [
  { datum: datum('2023-04-28'), besluit: BESLUIT_2023_2025, bron: BRON },
  { datum: datum('2023-05-19'), besluit: BESLUIT_2023_2025, bron: BRON },
  { datum: datum('2024-05-10'), besluit: BESLUIT_2023_2025, bron: BRON },
  { datum: datum('2024-12-27'), besluit: BESLUIT_2023_2025, bron: BRON },
  { datum: datum('2025-05-30'), besluit: BESLUIT_2023_2025, bron: BRON },
  { datum: datum('2026-01-02'), besluit: BESLUIT_2026_2028, bron: BRON },
  { datum: datum('2026-05-15'), besluit: BESLUIT_2026_2028, bron: BRON },
  { datum: datum('2027-05-07'), besluit: BESLUIT_2026_2028, bron: BRON },
  { datum: datum('2028-04-28'), besluit: BESLUIT_2026_2028, bron: BRON },
  { datum: datum('2028-05-26'), besluit: BESLUIT_2026_2028, bron: BRON },
];
