/**
 * The course of a case: checks that a new event fits the events before it, and derives what the registry stores
 * with it (the status it filters on, the current gemeente, the waiting-list periods). Pure; the waiting-list
 * standing and the terms come from the shared rules.
 */
import { DomeinFout } from '../errors';
import { praktijktoetsEinde } from '../rules/praktijktoets';
import { wachtlijstperiodes, type Wachtlijstperiode } from '../rules/wachtlijst';
import { inVolgorde, type CasusStatus, type Gemeente, type VastgelegdeGebeurtenis } from '../schemas/casus';
import { beslistermijnVan, praktijktoetsVerlenging } from './afgeleid';

const conflict = (bericht: string): DomeinFout => new DomeinFout('ONGELDIGE_VOLGORDE', bericht, { field: 'soort' });

/** What a case's history says about it now: stored beside the events, rewritten with every append. */
export interface Verloop {
  status: CasusStatus;
  gemeente: Gemeente;
  wachtlijstperiodes: Wachtlijstperiode[];
}

/**
 * The course after appending `nieuw` to the history: checks every event in date order (ONGELDIGE_VOLGORDE at the
 * first that does not fit what came before), checks that the shared rules can compute the terms the new event
 * starts or changes (a praktijktoets extended beyond its maximum, a suspension before the advice), and derives
 * status, gemeente and waiting-list periods, all from one ordering of the history.
 * @example verloopNa([aanmelding], { soort: 'uwv_advies_aangevraagd', datum: '2026-02-01', volgnummer: 2, ... }).status // 'advies_aangevraagd'
 */
export function verloopNa(eerder: readonly VastgelegdeGebeurtenis[], nieuw: VastgelegdeGebeurtenis): Verloop {
  const alle = [...eerder, nieuw];
  const volgorde = inVolgorde(alle);
  const stand = doorloop(alle, volgorde);
  controleerBerekenbaar(volgorde, nieuw);
  const periodes = wachtlijstperiodes(alle);
  // The last period is open-ended exactly when the case is on the list after all its events.
  const opWachtlijst = periodes.at(-1)?.tot === null;
  return { status: statusUit(stand, opWachtlijst), gemeente: stand.gemeente, wachtlijstperiodes: periodes };
}

interface Stand {
  gemeente: Gemeente;
  ingetrokken: boolean;
  uitgeschreven: boolean;
  dienstverband: boolean;
  adviesOpen: boolean;
  besluitOpen: boolean;
  praktijktoets: boolean;
  besluit: 'toegekend' | 'afgewezen' | undefined;
}

/** One walk in date order: raises at the first event that does not fit, and gathers what the status needs. */
function doorloop(alle: readonly VastgelegdeGebeurtenis[], volgorde: readonly VastgelegdeGebeurtenis[]): Stand {
  let opschorting = false;
  let ziek = false;
  let dienstverband = false;
  let praktijktoets = false;
  let indicatie = false;
  let uitgeschreven = false;
  let ingetrokken = false;
  let adviesOpen = false;
  let besluitOpen = false;
  let besluit: 'toegekend' | 'afgewezen' | undefined;
  let gemeente: Gemeente | undefined;
  const aanmelding = alle.find((g) => g.soort === 'aanmelding');
  for (const g of volgorde) {
    const op = `${g.soort} op ${g.datum}`;
    if (aanmelding && g.datum < aanmelding.datum)
      throw conflict(`${op} ligt vóór de aanmelding (${aanmelding.datum}); een gebeurtenis kan niet eerder zijn dan de aanmelding`);
    if (uitgeschreven && g.soort !== 'opnieuw_aangemeld')
      throw conflict(`${op}: de casus is uitgeschreven; meld eerst opnieuw aan (opnieuw_aangemeld)`);
    switch (g.soort) {
      case 'aanmelding':
        gemeente = g.gemeente;
        break;
      case 'praktijktoets_start':
        if (praktijktoets) throw conflict(`${op}: er loopt al een praktijktoets`);
        praktijktoets = true;
        break;
      case 'praktijktoets_verlenging':
      case 'praktijktoets_einde':
        if (!praktijktoets) throw conflict(`${op}: er loopt geen praktijktoets (eerst praktijktoets_start)`);
        if (g.soort === 'praktijktoets_einde') praktijktoets = false;
        break;
      case 'opschorting_verzoek':
        if (opschorting) throw conflict(`${op}: er loopt al een opschorting; leg eerst opschorting_ontvangen vast`);
        opschorting = true;
        break;
      case 'opschorting_ontvangen':
        if (!opschorting) throw conflict(`${op}: er is geen openstaand verzoek om informatie (opschorting_verzoek)`);
        opschorting = false;
        break;
      case 'besluit_indicatie':
        indicatie = g.uitkomst === 'toegekend';
        besluit = g.uitkomst;
        besluitOpen = false;
        ingetrokken = false;
        break;
      case 'indicatie_ingetrokken':
        if (!indicatie) throw conflict(`${op}: er is geen indicatie om in te trekken`);
        indicatie = false;
        ingetrokken = true;
        break;
      case 'uwv_advies_aangevraagd':
        adviesOpen = true;
        break;
      case 'uwv_advies_ontvangen':
        adviesOpen = false;
        besluitOpen = true;
        break;
      case 'op_wachtlijst':
        if (!indicatie)
          throw conflict(
            `${op}: alleen een geïndiceerde kan op de wachtlijst (art. 8 lid 1); leg eerst besluit_indicatie (toegekend) of verhuisd van buiten de regio vast`,
          );
        if (dienstverband) throw conflict(`${op}: de casus heeft een lopend dienstverband`);
        break;
      case 'ziek_van':
        if (ziek) throw conflict(`${op}: de casus is al ziek gemeld`);
        ziek = true;
        break;
      case 'ziek_tot':
        if (!ziek) throw conflict(`${op}: de casus is niet ziek gemeld (eerst ziek_van)`);
        ziek = false;
        break;
      case 'dienstverband_start':
        if (dienstverband) throw conflict(`${op}: er loopt al een dienstverband; leg eerst dienstverband_einde vast`);
        if (!indicatie) throw conflict(`${op}: een dienstverband beschut werk vraagt een indicatie (besluit_indicatie toegekend)`);
        dienstverband = true;
        break;
      case 'dienstverband_einde':
        if (!dienstverband) throw conflict(`${op}: er loopt geen dienstverband`);
        dienstverband = false;
        break;
      case 'uitgeschreven':
        if (dienstverband) throw conflict(`${op}: beëindig eerst het dienstverband`);
        uitgeschreven = true;
        break;
      case 'opnieuw_aangemeld':
        if (!uitgeschreven && dienstverband) throw conflict(`${op}: de casus heeft een lopend dienstverband`);
        uitgeschreven = false;
        break;
      case 'verhuisd':
        if (g.van !== 'buiten_regio' && g.naar === gemeente) throw conflict(`${op}: de casus hoort al bij ${gemeente}`);
        if (g.van !== 'buiten_regio' && g.van !== gemeente) throw conflict(`${op}: de casus hoort bij ${gemeente}, niet bij ${g.van}`);
        if (g.van === 'buiten_regio') {
          if (!g.oorspronkelijkeIndicatiedatum) {
            throw new DomeinFout(
              'ONGELDIGE_INVOER',
              'oorspronkelijkeIndicatiedatum ontbreekt: bij verhuizing van buiten de regio telt de datum van de indicatie (art. 8 lid 4)',
              { field: 'oorspronkelijkeIndicatiedatum' },
            );
          }
          if (g.oorspronkelijkeIndicatiedatum > g.datum) throw conflict(`${op}: de oorspronkelijke indicatiedatum ligt na de verhuizing`);
          indicatie = true;
        }
        gemeente = g.naar;
        break;
      default:
        break;
    }
  }
  return { gemeente: gemeente!, ingetrokken, uitgeschreven, dienstverband, adviesOpen, besluitOpen, praktijktoets, besluit };
}

/** Refuses an event the shared rules cannot compute with; the rule's own DomeinFout says why. */
function controleerBerekenbaar(volgorde: readonly VastgelegdeGebeurtenis[], nieuw: VastgelegdeGebeurtenis): void {
  if (nieuw.soort === 'praktijktoets_verlenging') {
    const start = volgorde.filter((g) => g.soort === 'praktijktoets_start').at(-1)!;
    praktijktoetsEinde({ startdatum: start.datum, verlengingMaanden: praktijktoetsVerlenging(volgorde, start.datum) });
  }
  if (nieuw.soort === 'uwv_advies_ontvangen' || nieuw.soort.startsWith('opschorting_')) beslistermijnVan(volgorde);
}

/**
 * The most pressing state wins: withdrawn, unregistered, employed, waiting, decision pending, praktijktoets
 * running, decided, advice pending, registered.
 */
function statusUit(s: Stand, opWachtlijst: boolean): CasusStatus {
  if (s.ingetrokken) return 'ingetrokken';
  if (s.uitgeschreven) return 'uitgeschreven';
  if (s.dienstverband) return 'in_dienst';
  if (opWachtlijst) return 'wachtlijst';
  if (s.besluitOpen) return 'advies_ontvangen';
  if (s.praktijktoets) return 'praktijktoets';
  if (s.besluit === 'afgewezen') return 'niet_geindiceerd';
  if (s.besluit === 'toegekend') return 'geindiceerd';
  if (s.adviesOpen) return 'advies_aangevraagd';
  return 'aangemeld';
}
