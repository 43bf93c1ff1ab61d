/**
 * End of the praktijktoets.
 *
 * Beleidsregels beschut werk Avres 2025 (shared/sources/003), art. 3 lid 1: "… een praktijktoets … van zes
 * maanden …"; lid 4: "De duur van de praktijktoets kan worden verlengd met een periode van maximaal zes maanden."
 *
 * Readings (DOMAIN.md, FACTS §8.7 and §8.8): a period of N months from day d ends the day before day d, N months
 * later, or on the last day of that month when day d does not exist there (`eindeVanMaandperiode`). An extension
 * runs on from the day after the previous end (reading 5), which differs from counting 6 + N months from the
 * start when the test starts late in a month. An extension above the maximum is refused as a whole, not trimmed.
 */
import { ongeldig } from '../errors';
import { Parameters, basisParameters } from '../parameters';
import { Datum } from '../time/datum';
import { eindeVanMaandperiode, plusDagen } from '../time/kalender';
import { figuurStap, Resultaat, Stap, stap } from '../uitleg';
import { beleidOp } from './beleid';
import type { Bron } from '../bron';

const ART_3_1: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '3', lid: '1' };
const ART_3_4: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '3', lid: '4' };

/**
 * The last day of the praktijktoets: 6 months from the start, then the extension (0 up to 6 months) from the
 * day after that end.
 * @example praktijktoetsEinde({ startdatum: '2026-03-01' }).waarde // '2026-08-31'
 * @example praktijktoetsEinde({ startdatum: '2026-03-01', verlengingMaanden: 3 }).waarde // '2026-11-30'
 * @example praktijktoetsEinde({ startdatum: '2027-08-31', verlengingMaanden: 1 }).waarde // '2028-03-31' (6 months end on 2028-02-29)
 */
export function praktijktoetsEinde(
  invoer: { startdatum: Datum; verlengingMaanden?: number },
  parameters: Parameters = basisParameters,
): Resultaat<Datum> {
  const { startdatum, verlengingMaanden = 0 } = invoer;
  const beleid = beleidOp(startdatum, 'Start praktijktoets', parameters);
  const { praktijktoetsMaanden, maxVerlengingMaanden } = beleid.figuren.waarde;
  if (!Number.isInteger(verlengingMaanden) || verlengingMaanden < 0) {
    ongeldig(`verlenging_maanden moet een geheel aantal maanden van 0 tot en met ${maxVerlengingMaanden} zijn, niet ${verlengingMaanden}`, {
      field: 'verlengingMaanden',
    });
  }
  if (verlengingMaanden > maxVerlengingMaanden) {
    ongeldig(
      `de praktijktoets kan met hoogstens ${maxVerlengingMaanden} maanden worden verlengd (Beleidsregels beschut werk Avres 2025 art. 3 lid 4), niet met ${verlengingMaanden}`,
      { field: 'verlengingMaanden' },
    );
  }
  const stappen: Stap[] = [stap('Start praktijktoets', startdatum, ART_3_1), ...beleid.aanname];
  const einde = eindeVanMaandperiode(startdatum, praktijktoetsMaanden);
  stappen.push(
    figuurStap(`Einde na ${praktijktoetsMaanden} maanden`, einde, beleid.figuren, [ART_3_1, { omschrijving: 'maandtelling FACTS §8.7' }]),
  );
  if (verlengingMaanden === 0) return { waarde: einde, stappen };
  const verlengingVanaf = plusDagen(einde, 1);
  const verlengd = eindeVanMaandperiode(verlengingVanaf, verlengingMaanden);
  stappen.push(stap('Verlenging begint de dag na het vorige einde', verlengingVanaf, ART_3_4));
  stappen.push(figuurStap(`Einde na verlenging met ${verlengingMaanden} maanden`, verlengd, beleid.figuren, ART_3_4));
  return { waarde: verlengd, stappen };
}
