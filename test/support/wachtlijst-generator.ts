/**
 * Generated case histories for the waiting-list tests (Beleidsregels beschut werk Avres 2025 art. 8): every kind of
 * event the rule looks at, plus one it ignores, dated within three months so that equal dates, backdated and
 * same-day events are common. Not every generated history is a valid course of a case: the registry refuses what
 * does not fit (409), the pure rule folds whatever it is given.
 */
import fc from 'fast-check';
import { GEMEENTEN, Gemeente, NieuweGebeurtenis } from '../../shared/schemas/casus';
import { Datum, datum } from '../../shared/time/datum';
import { plusDagen } from '../../shared/time/kalender';

export const BEGIN = datum('2025-01-01');
export const DAGEN = 90;
/** The earliest original indication date of a case moving in from outside the region. */
const EERSTE_ELDERS_GEINDICEERD = datum('2024-03-01');

const dag = fc.integer({ min: 0, max: DAGEN }).map((n) => plusDagen(BEGIN, n));
const enkel = (soort: NieuweGebeurtenis['soort'], weight: number) => ({
  weight,
  arbitrary: dag.map((datum) => ({ soort, datum }) as NieuweGebeurtenis),
});

/** One event of any kind the waiting list depends on, and uwv_advies_ontvangen, which it ignores. */
export const gebeurtenisArb: fc.Arbitrary<NieuweGebeurtenis> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ datum: dag, uitkomst: fc.constantFrom('toegekend' as const, 'toegekend' as const, 'afgewezen' as const) })
      .map((g) => ({ soort: 'besluit_indicatie' as const, ...g })),
  },
  enkel('op_wachtlijst', 5),
  enkel('ziek_van', 2),
  enkel('ziek_tot', 2),
  {
    weight: 1,
    arbitrary: dag.map((datum) => ({ soort: 'dienstverband_start' as const, datum, dienstverband: 'tijdelijk' as const, urenPerWeek: 31 })),
  },
  enkel('dienstverband_einde', 1),
  enkel('uitgeschreven', 1),
  enkel('opnieuw_aangemeld', 2),
  enkel('indicatie_ingetrokken', 1),
  {
    weight: 2,
    arbitrary: fc
      .record({
        datum: dag,
        van: fc.constantFrom<Gemeente | 'buiten_regio'>(...GEMEENTEN, 'buiten_regio'),
        naar: fc.constantFrom(...GEMEENTEN),
        eerder: fc.integer({ min: 0, max: 300 }),
      })
      .map(({ datum, van, naar, eerder }) => ({
        soort: 'verhuisd' as const,
        datum,
        van,
        naar,
        ...(van === 'buiten_regio' ? { oorspronkelijkeIndicatiedatum: plusDagen(EERSTE_ELDERS_GEINDICEERD, eerder) } : {}),
      })),
  },
  { weight: 1, arbitrary: dag.map((datum) => ({ soort: 'uwv_advies_ontvangen' as const, datum, uitkomst: 'positief' as const })) },
);

export interface GegenereerdeCasus {
  gemeente: Gemeente;
  aanmeldingsdatum: Datum;
  gebeurtenissen: NieuweGebeurtenis[];
}

/** Mostly an indication and a place on the list first (so that most cases get on a list), sometimes nothing. */
const begin: fc.Arbitrary<NieuweGebeurtenis[]> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.integer({ min: 10, max: DAGEN }), fc.integer({ min: 0, max: 20 })).map(([n, later]) => [
      { soort: 'besluit_indicatie' as const, datum: plusDagen(BEGIN, n), uitkomst: 'toegekend' as const },
      { soort: 'op_wachtlijst' as const, datum: plusDagen(BEGIN, Math.min(DAGEN, n + later)) },
    ]),
  },
  { weight: 1, arbitrary: fc.constant<NieuweGebeurtenis[]>([]) },
);

/** A case registered in the first ten days, with up to `max` further events in the order they are recorded. */
export const casusArb = (max = 8): fc.Arbitrary<GegenereerdeCasus> =>
  fc.record({
    gemeente: fc.constantFrom(...GEMEENTEN),
    aanmeldingsdatum: fc.integer({ min: 0, max: 10 }).map((n) => plusDagen(BEGIN, n)),
    gebeurtenissen: fc.tuple(begin, fc.array(gebeurtenisArb, { maxLength: max })).map(([eerst, rest]) => [...eerst, ...rest]),
  });

/** Peildata worth asking: every date an event took effect, the day before it, and one before and after all. */
export function peildataRond(data: readonly Datum[]): Datum[] {
  const alle = new Set([plusDagen(BEGIN, -1), plusDagen(BEGIN, DAGEN + 1), ...data, ...data.map((d) => plusDagen(d, -1))]);
  return [...alle].sort();
}
