/**
 * Demo data for `npm start`: about thirty fictitious cases of beschut werk across Gorinchem, Molenlanden and
 * Vijfheerenlanden, both routes, dated relative to today so that some wait on the list, some are in their
 * praktijktoets, and some have a decision deadline about to expire or expired. Written only into an empty registry.
 * The BSNs are generated to pass the elfproef (proefBsn); they are not taken from any register and belong to no
 * one known to this product.
 */
import { proefBsn } from '../../shared/rules/bsn';
import { GEMEENTEN, NieuweGebeurtenis, Route } from '../../shared/schemas/casus';
import { Datum } from '../../shared/time/datum';
import { plusDagen } from '../../shared/time/kalender';
import type { Db } from '../../functions/registry/db';
import { maakCasus, voegGebeurtenisToe, Wie } from '../../functions/registry/casussen';

type ZonderDatum<T> = T extends unknown ? Omit<T, 'datum'> : never;
type Verhaal = { route: Route; aanmelding: number; gebeurtenissen: [number, ZonderDatum<NieuweGebeurtenis>][] };

/** Day offsets before today; each story is told once per gemeente. */
const VERHALEN: Verhaal[] = [
  { route: 'UWV', aanmelding: 10, gebeurtenissen: [] },
  { route: 'Avres', aanmelding: 120, gebeurtenissen: [[100, { soort: 'praktijktoets_start' }]] },
  {
    route: 'Avres',
    aanmelding: 230,
    gebeurtenissen: [
      [200, { soort: 'praktijktoets_start' }],
      [30, { soort: 'praktijktoets_verlenging', maanden: 3 }],
    ],
  },
  {
    route: 'UWV',
    aanmelding: 95,
    gebeurtenissen: [
      [90, { soort: 'uwv_advies_aangevraagd' }],
      [50, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
    ],
  },
  {
    route: 'Avres',
    aanmelding: 300,
    gebeurtenissen: [
      [280, { soort: 'praktijktoets_start' }],
      [100, { soort: 'praktijktoets_einde' }],
      [95, { soort: 'uwv_advies_aangevraagd' }],
      [66, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
    ],
  },
  {
    route: 'UWV',
    aanmelding: 45,
    gebeurtenissen: [
      [40, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
      [20, { soort: 'opschorting_verzoek' }],
    ],
  },
  {
    route: 'UWV',
    aanmelding: 320,
    gebeurtenissen: [
      [310, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
      [290, { soort: 'besluit_indicatie', uitkomst: 'toegekend' }],
      [290, { soort: 'op_wachtlijst' }],
    ],
  },
  {
    route: 'Avres',
    aanmelding: 500,
    gebeurtenissen: [
      [300, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
      [260, { soort: 'besluit_indicatie', uitkomst: 'toegekend' }],
      [260, { soort: 'op_wachtlijst' }],
      [20, { soort: 'ziek_van' }],
    ],
  },
  {
    route: 'UWV',
    aanmelding: 560,
    gebeurtenissen: [
      [550, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
      [520, { soort: 'besluit_indicatie', uitkomst: 'toegekend' }],
      [400, { soort: 'dienstverband_start', dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.4 }],
    ],
  },
  {
    route: 'UWV',
    aanmelding: 600,
    gebeurtenissen: [
      [590, { soort: 'uwv_advies_ontvangen', uitkomst: 'positief' }],
      [560, { soort: 'besluit_indicatie', uitkomst: 'toegekend' }],
      [540, { soort: 'dienstverband_start', dienstverband: 'tijdelijk', urenPerWeek: 24, loonwaarde: 0.3 }],
      [200, { soort: 'dienstverband_einde' }],
      [150, { soort: 'opnieuw_aangemeld' }],
      [150, { soort: 'op_wachtlijst' }],
    ],
  },
];

/** Seeds the demo cases when the registry is empty; returns how many were written. */
export async function zaaiDemo(db: Db, vandaag: Datum): Promise<number> {
  const [{ aantal }] = (await db.query<{ aantal: number }>('SELECT count(*)::int AS aantal FROM casussen')) as [{ aantal: number }];
  if (aantal > 0) return 0;
  const wie: Wie = { actor: 'demo', traceId: 'demo-seed', gemeenten: GEMEENTEN };
  let volgnummer = 0;
  for (const gemeente of GEMEENTEN) {
    for (const v of VERHALEN) {
      const casus = await maakCasus(
        db,
        { gemeente, route: v.route, bsn: proefBsn(++volgnummer), aanmeldingsdatum: plusDagen(vandaag, -v.aanmelding) },
        wie,
      );
      let versie = casus.versie;
      for (const [dagen, g] of v.gebeurtenissen) {
        const r = await voegGebeurtenisToe(
          db,
          casus.casusnummer,
          versie,
          { ...g, datum: plusDagen(vandaag, -dagen) } as NieuweGebeurtenis,
          wie,
        );
        versie = r.casus.versie;
      }
    }
  }
  const verhuisd = await maakCasus(
    db,
    { gemeente: 'Vijfheerenlanden', route: 'UWV', bsn: proefBsn(++volgnummer), aanmeldingsdatum: plusDagen(vandaag, -90) },
    wie,
  );
  await voegGebeurtenisToe(
    db,
    verhuisd.casusnummer,
    1,
    {
      soort: 'verhuisd',
      datum: plusDagen(vandaag, -90),
      van: 'buiten_regio',
      naar: 'Vijfheerenlanden',
      oorspronkelijkeIndicatiedatum: plusDagen(vandaag, -700),
    },
    wie,
  );
  await voegGebeurtenisToe(db, verhuisd.casusnummer, 2, { soort: 'op_wachtlijst', datum: plusDagen(vandaag, -90) }, wie);
  return volgnummer;
}
