/**
 * The temporary dienstverband beschut werk and the start of the dienstverband voor onbepaalde duur.
 *
 * Beleidsregels beschut werk Avres 2025 (shared/sources/003), art. 6 lid 2: "Het dienstverband beschut werk wordt
 * gedurende minimaal zeven maanden en maximaal drie jaar van het dienstverband aangeboden in de vorm van een
 * tijdelijk dienstverband." Lid 3: "Na het einde van de in het vorige lid bedoelde periode wordt beschut werk
 * aangeboden in de vorm van een dienstverband voor onbepaalde duur, tenzij …"
 *
 * Three years are read as 36 months. Month arithmetic per FACTS §8.7 (`eindeVanMaandperiode`). The exception of
 * lid 3 (no longer in the doelgroep) is a decision on the case, not a date rule: it is not modelled here.
 */
import { ongeldig } from '../errors';
import { Parameters, basisParameters } from '../parameters';
import { Datum } from '../time/datum';
import { eindeVanMaandperiode, plusDagen } from '../time/kalender';
import { figuurStap, Resultaat, stap } from '../uitleg';
import { beleidOp } from './beleid';
import type { Bron } from '../bron';

const ART_6_2: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '2' };

/**
 * The last day of a temporary dienstverband of 7 up to 36 months.
 * @example tijdelijkDienstverbandEinde({ startdatum: '2026-01-01', maanden: 12 }).waarde // '2026-12-31'
 * @example tijdelijkDienstverbandEinde({ startdatum: '2027-08-31', maanden: 6 }) // throws: at least 7 months
 */
export function tijdelijkDienstverbandEinde(
  invoer: { startdatum: Datum; maanden: number },
  parameters: Parameters = basisParameters,
): Resultaat<Datum> {
  const { startdatum, maanden } = invoer;
  const beleid = beleidOp(startdatum, 'Start tijdelijk dienstverband', parameters);
  const { tijdelijkMinMaanden, tijdelijkMaxMaanden } = beleid.figuren.waarde;
  if (!Number.isInteger(maanden) || maanden < tijdelijkMinMaanden || maanden > tijdelijkMaxMaanden) {
    ongeldig(
      `een tijdelijk dienstverband beschut werk duurt minimaal ${tijdelijkMinMaanden} en maximaal ${tijdelijkMaxMaanden} maanden ` +
        `(Beleidsregels beschut werk Avres 2025 art. 6 lid 2), niet ${maanden}; geef een geheel aantal maanden van ${tijdelijkMinMaanden} tot en met ${tijdelijkMaxMaanden}`,
      { field: 'maanden' },
    );
  }
  const einde = eindeVanMaandperiode(startdatum, maanden);
  return {
    waarde: einde,
    stappen: [
      stap('Start tijdelijk dienstverband', startdatum, ART_6_2),
      ...beleid.aanname,
      figuurStap(`Laatste dag na ${maanden} maanden`, einde, beleid.figuren, [ART_6_2, { omschrijving: 'maandtelling FACTS §8.7' }]),
    ],
  };
}

/**
 * The first day of the dienstverband voor onbepaalde duur: the day after 3 years (36 months) of temporary
 * employment, counted from the start of the first temporary dienstverband.
 * @example vastDienstverbandVanaf({ startdatumEersteTijdelijk: '2026-01-01' }).waarde // '2029-01-01'
 */
export function vastDienstverbandVanaf(
  invoer: { startdatumEersteTijdelijk: Datum },
  parameters: Parameters = basisParameters,
): Resultaat<Datum> {
  const { startdatumEersteTijdelijk } = invoer;
  const beleid = beleidOp(startdatumEersteTijdelijk, 'Start eerste tijdelijk dienstverband', parameters);
  const { tijdelijkMaxMaanden } = beleid.figuren.waarde;
  const laatsteTijdelijk = eindeVanMaandperiode(startdatumEersteTijdelijk, tijdelijkMaxMaanden);
  const vast = plusDagen(laatsteTijdelijk, 1);
  return {
    waarde: vast,
    stappen: [
      stap('Start eerste tijdelijk dienstverband', startdatumEersteTijdelijk, ART_6_2),
      ...beleid.aanname,
      figuurStap(`Laatste dag tijdelijk na ${tijdelijkMaxMaanden} maanden`, laatsteTijdelijk, beleid.figuren, [
        ART_6_2,
        { omschrijving: 'maandtelling FACTS §8.7' },
      ]),
      stap('Dienstverband voor onbepaalde duur vanaf', vast, { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '6', lid: '3' }),
    ],
  };
}
