/**
 * Derived facts of a case, computed from its events by the shared rules every time they are asked for (never
 * stored as a second truth): the beslistermijn with its Awb conflict flag, the end of the praktijktoets, and the
 * loonkostensubsidie of a running dienstverband. A fact that cannot be computed carries its Dutch error instead.
 */
import { DomeinFout } from '../../shared/errors';
import { awbBeslistermijnConflict, beslistermijn, Opschorting } from '../../shared/rules/beslistermijn';
import { praktijktoetsEinde } from '../../shared/rules/praktijktoets';
import { berekenLoonkostensubsidie } from '../../shared/rules/loonkostensubsidie';
import { inVolgorde, type Route, type VastgelegdeGebeurtenis } from '../../shared/schemas/casus';
import { Datum, dagenTussen, datumNl } from '../../shared/time/datum';
import { alsStapJson, StapJson } from '../../shared/schemas/grootboek';

type Of<T> = T | { fout: { code: string; message: string } };

function probeer<T>(f: () => T): Of<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof DomeinFout) return { fout: { code: e.code, message: e.message } };
    throw e;
  }
}

/** The months a praktijktoets starting on `startdatum` was extended by: every extension dated on or after its start. */
export function praktijktoetsVerlenging(gebeurtenissen: readonly VastgelegdeGebeurtenis[], startdatum: Datum): number {
  return gebeurtenissen.reduce((som, g) => som + (g.soort === 'praktijktoets_verlenging' && g.datum >= startdatum ? g.maanden : 0), 0);
}

export interface BeslistermijnFeit {
  adviesdatum: Datum;
  einde: Datum;
  opschortingen: Opschorting[];
  /** An information request still unanswered: the term is suspended since this date (art. 5 lid 3). */
  opgeschortSinds: Datum | null;
  besluitdatum: Datum | null;
  dagenResterend: number | null;
  verlopen: boolean;
  stappen: StapJson[];
}

/** The open or last decision term: counted from the latest UWV advice, with the suspensions after it. */
export function beslistermijnFeit(gebeurtenissen: readonly VastgelegdeGebeurtenis[], vandaag: Datum): BeslistermijnFeit | null {
  const volgorde = inVolgorde(gebeurtenissen);
  const advies = volgorde.filter((g) => g.soort === 'uwv_advies_ontvangen').at(-1);
  if (!advies) return null;
  const na = volgorde.filter((g) => g.datum >= advies.datum && g.volgnummer !== advies.volgnummer);
  const opschortingen: Opschorting[] = [];
  let open: Datum | null = null;
  for (const g of na) {
    if (g.soort === 'opschorting_verzoek') open = g.datum;
    if (g.soort === 'opschorting_ontvangen' && open) {
      opschortingen.push({ verzoek: open, ontvangen: g.datum });
      open = null;
    }
  }
  const besluit = na.find((g) => g.soort === 'besluit_indicatie');
  const r = beslistermijn({ adviesdatum: advies.datum, opschortingen, termijnenwet: true });
  const lopend = !besluit && !open;
  return {
    adviesdatum: advies.datum,
    einde: r.waarde,
    opschortingen,
    opgeschortSinds: besluit ? null : open,
    besluitdatum: besluit?.datum ?? null,
    dagenResterend: lopend ? dagenTussen(vandaag, r.waarde) : null,
    verlopen: lopend && vandaag > r.waarde,
    stappen: r.stappen.map(alsStapJson),
  };
}

/** Everything derived for GET /api/cases/{casusnummer} (the waiting-list position is added by the handler). */
export function afgeleideFeiten(
  casus: { route: Route; aanmeldingsdatum: Datum },
  gebeurtenissen: readonly VastgelegdeGebeurtenis[],
  vandaag: Datum,
) {
  const volgorde = inVolgorde(gebeurtenissen);
  const termijn = probeer(() => beslistermijnFeit(gebeurtenissen, vandaag));
  const conflicten: { code: string; message: string; stappen?: StapJson[] }[] = [];
  if (termijn && !('fout' in termijn)) {
    if (termijn.verlopen)
      conflicten.push({
        code: 'BESLISTERMIJN_VERSTREKEN',
        message: `de beslistermijn is op ${datumNl(termijn.einde)} verstreken zonder besluit (art. 5 lid 1)`,
      });
    if (termijn.besluitdatum && termijn.besluitdatum > termijn.einde) {
      conflicten.push({
        code: 'BESLUIT_TE_LAAT',
        message: `het besluit (${datumNl(termijn.besluitdatum)}) is na het einde van de beslistermijn (${datumNl(termijn.einde)}) genomen`,
      });
    }
    // In the UWV route the person applies at Avres (the aanmelding is the aanvraag of Awb 4:13); in the Avres
    // route the dagelijks bestuur requests the advice after the praktijktoets, so no Awb aanvraag runs from the aanmelding.
    if (casus.route === 'UWV') {
      const awb = probeer(() =>
        awbBeslistermijnConflict({
          aanvraagdatum: casus.aanmeldingsdatum,
          adviesdatum: termijn.adviesdatum,
          opschortingen: termijn.opschortingen,
        }),
      );
      if (!('fout' in awb) && awb.waarde.conflict) {
        conflicten.push({
          code: 'AWB_TERMIJN_EERDER',
          message: `de Awb-termijn vanaf de aanvraag (${datumNl(awb.waarde.awbEinde)}) eindigt vóór de beleidstermijn (${datumNl(awb.waarde.beleidEinde)})`,
          stappen: awb.stappen.map(alsStapJson),
        });
      }
    }
  }
  const start = volgorde.filter((g) => g.soort === 'praktijktoets_start').at(-1);
  const praktijktoets = start
    ? probeer(() => {
        const na = volgorde.filter((g) => g.volgnummer !== start.volgnummer && g.datum >= start.datum);
        const verlengingMaanden = praktijktoetsVerlenging(volgorde, start.datum);
        const r = praktijktoetsEinde({ startdatum: start.datum, verlengingMaanden });
        return {
          startdatum: start.datum,
          verlengingMaanden,
          einde: r.waarde,
          beeindigdOp: na.find((g) => g.soort === 'praktijktoets_einde')?.datum ?? null,
          stappen: r.stappen.map(alsStapJson),
        };
      })
    : null;
  let dienstverband: Extract<VastgelegdeGebeurtenis, { soort: 'dienstverband_start' }> | undefined;
  for (const g of volgorde) {
    if (g.soort === 'dienstverband_start') dienstverband = g;
    if (g.soort === 'dienstverband_einde') dienstverband = undefined;
  }
  const loonkostensubsidie = dienstverband
    ? probeer(() => {
        const r = berekenLoonkostensubsidie({
          loonwaarde: dienstverband.loonwaarde ?? null,
          urenPerWeek: dienstverband.urenPerWeek,
          peildatum: vandaag,
        });
        return { peildatum: vandaag, bedragPerMaand: Number(r.waarde.toFixed(2)), stappen: r.stappen.map(alsStapJson) };
      })
    : null;
  return { beslistermijn: termijn, praktijktoets, loonkostensubsidie, conflicten };
}
