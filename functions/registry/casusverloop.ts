/**
 * The course of a case: checks that a new event fits the events before it, and derives the case's status
 * (the state column the registry filters on). Pure; the waiting-list standing comes from the shared rule.
 */
import { inVolgorde, type CasusStatus, type VastgelegdeGebeurtenis } from '../../shared/schemas/casus';
import { wachtlijstStand } from '../../shared/rules/wachtlijst';
import { ApiFout } from '../http/fouten';

const ONEINDIG = '9999-12-31';

const conflict = (bericht: string): ApiFout => new ApiFout(409, 'ONGELDIGE_VOLGORDE', bericht, { field: 'soort' });

/**
 * Walks the history in date order and raises 409 at the first event that does not fit what came before.
 */
export function controleerVerloop(gebeurtenissen: readonly VastgelegdeGebeurtenis[]): void {
  let opschorting = false;
  let ziek = false;
  let dienstverband = false;
  let praktijktoets = false;
  let indicatie = false;
  let uitgeschreven = false;
  let gemeente: string | undefined;
  const aanmelding = gebeurtenissen.find((g) => g.soort === 'aanmelding');
  for (const g of inVolgorde(gebeurtenissen)) {
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
        break;
      case 'indicatie_ingetrokken':
        if (!indicatie) throw conflict(`${op}: er is geen indicatie om in te trekken`);
        indicatie = false;
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
            throw new ApiFout(
              400,
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
}

/** The current gemeente: that of the aanmelding, changed by each move. */
export function huidigeGemeente(gebeurtenissen: readonly VastgelegdeGebeurtenis[]): string {
  let gemeente = '';
  for (const g of inVolgorde(gebeurtenissen)) {
    if (g.soort === 'aanmelding') gemeente = g.gemeente;
    if (g.soort === 'verhuisd') gemeente = g.naar;
  }
  return gemeente;
}

/**
 * The status of a case after all its events (whatever their date): the most pressing state wins: withdrawn,
 * unregistered, employed, waiting, decision pending, praktijktoets running, decided, advice pending, registered.
 */
export function statusVan(gebeurtenissen: readonly VastgelegdeGebeurtenis[]): CasusStatus {
  let ingetrokken = false;
  let uitgeschreven = false;
  let inDienst = false;
  let adviesOpen = false;
  let besluitOpen = false;
  let praktijktoets = false;
  let besluit: 'toegekend' | 'afgewezen' | undefined;
  for (const g of inVolgorde(gebeurtenissen)) {
    if (g.soort === 'indicatie_ingetrokken') ingetrokken = true;
    if (g.soort === 'besluit_indicatie') {
      besluit = g.uitkomst;
      besluitOpen = false;
      ingetrokken = false;
    }
    if (g.soort === 'uitgeschreven') uitgeschreven = true;
    if (g.soort === 'opnieuw_aangemeld') uitgeschreven = false;
    if (g.soort === 'dienstverband_start') inDienst = true;
    if (g.soort === 'dienstverband_einde') inDienst = false;
    if (g.soort === 'uwv_advies_aangevraagd') adviesOpen = true;
    if (g.soort === 'uwv_advies_ontvangen') {
      adviesOpen = false;
      besluitOpen = true;
    }
    if (g.soort === 'praktijktoets_start') praktijktoets = true;
    if (g.soort === 'praktijktoets_einde') praktijktoets = false;
  }
  if (ingetrokken) return 'ingetrokken';
  if (uitgeschreven) return 'uitgeschreven';
  if (inDienst) return 'in_dienst';
  if (wachtlijstStand(gebeurtenissen, ONEINDIG).opWachtlijst) return 'wachtlijst';
  if (besluitOpen) return 'advies_ontvangen';
  if (praktijktoets) return 'praktijktoets';
  if (besluit === 'afgewezen') return 'niet_geindiceerd';
  if (besluit === 'toegekend') return 'geindiceerd';
  if (adviesOpen) return 'advies_aangevraagd';
  return 'aangemeld';
}
