/**
 * Derived facts of a case, computed from its events by the shared rules every time they are asked for (never
 * stored as a second truth): the beslistermijn with its Awb conflict flag, the end of the praktijktoets, and the
 * loonkostensubsidie of a running dienstverband. A fact that cannot be computed carries its Dutch error instead.
 */
import { DomeinFout } from '../errors';
import { basisParameters, type Parameters } from '../parameters';
import { awbBeslistermijnConflict, beslistermijn, Opschorting } from '../rules/beslistermijn';
import { praktijktoetsEinde } from '../rules/praktijktoets';
import { berekenLoonkostensubsidie } from '../rules/loonkostensubsidie';
import { inVolgorde, type Route, type VastgelegdeGebeurtenis } from '../schemas/casus';
import { Datum, datumNl } from '../time/datum';
import { dagenTussen } from '../time/kalender';
import type { Resultaat, Stap } from '../uitleg';
import { bedragTekst } from '../geld';

type Of<T> = T | { fout: { code: string; message: string } };

function probeer<T>(f: () => T): Of<T> {
  try {
    return f();
  } catch (e) {
    if (e instanceof DomeinFout) return { fout: { code: e.code, message: e.message } };
    throw e;
  }
}

/**
 * The months a praktijktoets starting on `startdatum` was extended by: every extension dated on or after its start.
 * @example praktijktoetsVerlenging(gebeurtenissen, '2026-03-01') // 3
 */
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
  stappen: Stap[];
}

/** The latest UWV advice and what followed it: the suspensions, one still open, the decision. */
export interface TermijnVerloop {
  advies: VastgelegdeGebeurtenis;
  opschortingen: Opschorting[];
  open: Datum | null;
  besluit: VastgelegdeGebeurtenis | undefined;
  termijn: Resultaat<Datum>;
}

/**
 * The decision term counted from the latest UWV advice in `volgorde` (events in date order), with the suspensions
 * after it; null without an advice. Raises the rule's DomeinFout when the term cannot be computed.
 * @example beslistermijnVan(inVolgorde(gebeurtenissen))?.termijn.waarde // '2026-04-13'
 */
export function beslistermijnVan(
  volgorde: readonly VastgelegdeGebeurtenis[],
  parameters: Parameters = basisParameters,
): TermijnVerloop | null {
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
  return {
    advies,
    opschortingen,
    open,
    besluit,
    termijn: beslistermijn({ adviesdatum: advies.datum, opschortingen, termijnenwet: true }, parameters),
  };
}

/**
 * The open or last decision term on `vandaag`: counted from the latest UWV advice, with the suspensions after it.
 * @example beslistermijnFeit(gebeurtenissen, '2026-04-01')?.dagenResterend // 12
 */
export function beslistermijnFeit(
  gebeurtenissen: readonly VastgelegdeGebeurtenis[],
  vandaag: Datum,
  parameters: Parameters = basisParameters,
): BeslistermijnFeit | null {
  const t = beslistermijnVan(inVolgorde(gebeurtenissen), parameters);
  if (!t) return null;
  const einde = t.termijn.waarde;
  const lopend = !t.besluit && !t.open;
  return {
    adviesdatum: t.advies.datum,
    einde,
    opschortingen: t.opschortingen,
    opgeschortSinds: t.besluit ? null : t.open,
    besluitdatum: t.besluit?.datum ?? null,
    dagenResterend: lopend ? dagenTussen(vandaag, einde) : null,
    verlopen: lopend && vandaag > einde,
    stappen: t.termijn.stappen,
  };
}

/**
 * Everything derived for GET /api/cases/{casusnummer} (the waiting-list position is added by the handler).
 * @example afgeleideFeiten({ route: 'UWV', aanmeldingsdatum: '2026-01-05' }, gebeurtenissen, '2026-04-01').conflicten // []
 */
export function afgeleideFeiten(
  casus: { route: Route; aanmeldingsdatum: Datum },
  gebeurtenissen: readonly VastgelegdeGebeurtenis[],
  vandaag: Datum,
  parameters: Parameters = basisParameters,
) {
  const volgorde = inVolgorde(gebeurtenissen);
  const termijn = probeer(() => beslistermijnFeit(gebeurtenissen, vandaag, parameters));
  const conflicten: { code: string; message: string; stappen?: Stap[] }[] = [];
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
        awbBeslistermijnConflict(
          {
            aanvraagdatum: casus.aanmeldingsdatum,
            adviesdatum: termijn.adviesdatum,
            opschortingen: termijn.opschortingen,
          },
          parameters,
        ),
      );
      if (!('fout' in awb) && awb.waarde.conflict) {
        conflicten.push({
          code: 'AWB_TERMIJN_EERDER',
          message: `de Awb-termijn vanaf de aanvraag (${datumNl(awb.waarde.awbEinde)}) eindigt vóór de beleidstermijn (${datumNl(awb.waarde.beleidEinde)})`,
          stappen: awb.stappen,
        });
      }
    }
  }
  const start = volgorde.filter((g) => g.soort === 'praktijktoets_start').at(-1);
  const praktijktoets = start
    ? probeer(() => {
        const na = volgorde.filter((g) => g.volgnummer !== start.volgnummer && g.datum >= start.datum);
        const verlengingMaanden = praktijktoetsVerlenging(volgorde, start.datum);
        const r = praktijktoetsEinde({ startdatum: start.datum, verlengingMaanden }, parameters);
        return {
          startdatum: start.datum,
          verlengingMaanden,
          einde: r.waarde,
          beeindigdOp: na.find((g) => g.soort === 'praktijktoets_einde')?.datum ?? null,
          stappen: r.stappen,
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
        const r = berekenLoonkostensubsidie(
          {
            loonwaarde: dienstverband.loonwaarde ?? null,
            urenPerWeek: dienstverband.urenPerWeek,
            peildatum: vandaag,
          },
          parameters,
        );
        return { peildatum: vandaag, bedragPerMaand: Number(bedragTekst(r.waarde)), stappen: r.stappen };
      })
    : null;
  return { beslistermijn: termijn, praktijktoets, loonkostensubsidie, conflicten };
}
