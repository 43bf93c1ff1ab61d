/**
 * The waiting list for beschut werk per gemeente and the order of placement.
 *
 * Beleidsregels beschut werk Avres 2025 (shared/sources/003), art. 8:
 * - lid 2: "plaatsing conform volgorde van datum van de indicatie; … degene met de oudste indicatie in de
 *   betreffende gemeente, wordt als eerste geplaatst."
 * - lid 3: who leaves a dienstverband and later "zich … opnieuw meldt …, [dan] bepaalt … de datum van de
 *   hernieuwde melding de plek op de wachtlijst."
 * - lid 4: who moves in from another arbeidsmarktregio gets a position "op basis van de datum van zijn/haar indicatie."
 * - lid 5: who cannot accept a dienstverband "wegens ziekte": "vervalt zijn positie op de wachtlijst niet"
 *   (a place that comes free during the sickness may go to the next on the list).
 *
 * Choices where the policy is silent (documented here and in the API's README section):
 * - Ties (same effective date): the case registered earlier in the registry comes first (DOMAIN.md).
 * - A move between the three Avres gemeenten keeps the effective date: the person moves to the list of the new
 *   gemeente with the same date. The policy speaks of a list "per gemeente" but says nothing about moves within
 *   the region; keeping the date follows lid 4, which keeps it even for moves from outside the region.
 * - Re-registering after having been taken off the list (uitgeschreven) without a dienstverband counts as a
 *   hernieuwde melding too (lid 3 by analogy): the place was given up.
 * - A case is on the list from its `op_wachtlijst` event (lid 1: the list applies once the places are filled,
 *   which the registry records as that event) until a dienstverband starts, it is uitgeschreven, or the
 *   indication is withdrawn; only events on or before the peildatum count.
 */
import { DomeinFout } from '../errors';
import { inVolgorde, type Gemeente, type GebeurtenisInhoud } from '../schemas/casus';
import type { Datum } from '../time/datum';
import { Resultaat, Stap, stap } from '../uitleg';
import type { Bron } from '../bron';

const BRON: Bron = { regeling: 'Beleidsregels beschut werk Avres 2025', artikel: '8' };

function lid(nummer: string): Bron {
  return { ...BRON, lid: nummer };
}

/** An event with its place in the case's history (enough for the waiting list: who recorded it is not needed). */
export type WachtlijstGebeurtenis = GebeurtenisInhoud & { volgnummer: number };

export interface CasusVoorWachtlijst {
  casusnummer: string;
  /** Order of registration in the registry (lower = earlier); breaks ties. */
  registratievolgorde: number;
  gebeurtenissen: readonly WachtlijstGebeurtenis[];
}

export type Grond = 'indicatiedatum' | 'hernieuwde_melding' | 'indicatiedatum_buiten_regio';

/** Where one case stands with respect to the waiting list on a peildatum. */
export type WachtlijstStand =
  | { opWachtlijst: true; gemeente: Gemeente; ingangsdatum: Datum; grond: Grond; ziek: boolean }
  | { opWachtlijst: false; gemeente?: Gemeente; reden: string };

export interface WachtlijstRegel {
  positie: number;
  casusnummer: string;
  ingangsdatum: Datum;
  grond: Grond;
  /** Sick (art. 8 lid 5): keeps the place; a dienstverband coming free may go to the next. */
  ziek: boolean;
}

const GROND_BRON: Record<Grond, Bron> = {
  indicatiedatum: lid('2'),
  hernieuwde_melding: lid('3'),
  indicatiedatum_buiten_regio: lid('4'),
};

const GROND_LABEL: Record<Grond, string> = {
  indicatiedatum: 'datum van de indicatie',
  hernieuwde_melding: 'datum van de hernieuwde melding',
  indicatiedatum_buiten_regio: 'datum van de indicatie in de vorige regio',
};

/** Events in the order they took effect: by date, then by the order they were recorded. */
function opVolgorde(gebeurtenissen: readonly WachtlijstGebeurtenis[], peildatum: Datum): WachtlijstGebeurtenis[] {
  return inVolgorde(gebeurtenissen.filter((g) => g.datum <= peildatum));
}

/**
 * Folds one case's events up to the peildatum into its waiting-list standing.
 * @example wachtlijstStand(casus, '2026-11-24') // { opWachtlijst: true, gemeente: 'Gorinchem', ingangsdatum: '2025-06-02', grond: 'indicatiedatum', ziek: false }
 */
export function wachtlijstStand(gebeurtenissen: readonly WachtlijstGebeurtenis[], peildatum: Datum): WachtlijstStand {
  let gemeente: Gemeente | undefined;
  let indicatie: { datum: Datum; grond: Grond } | undefined;
  let hernieuwd: Datum | undefined;
  let magHermelden = false;
  let opLijst = false;
  let ziek = false;
  let reden = 'de casus staat niet op de wachtlijst (er is geen gebeurtenis "op_wachtlijst")';
  for (const g of opVolgorde(gebeurtenissen, peildatum)) {
    switch (g.soort) {
      case 'aanmelding':
        gemeente = g.gemeente;
        break;
      case 'besluit_indicatie':
        if (g.uitkomst === 'toegekend') {
          indicatie = { datum: g.datum, grond: 'indicatiedatum' };
        } else {
          indicatie = undefined;
          opLijst = false;
          reden = `de indicatie beschut werk is op ${g.datum} afgewezen`;
        }
        break;
      case 'indicatie_ingetrokken':
        indicatie = undefined;
        opLijst = false;
        reden = `de indicatie beschut werk is op ${g.datum} ingetrokken`;
        break;
      case 'verhuisd':
        gemeente = g.naar;
        if (g.van === 'buiten_regio' && g.oorspronkelijkeIndicatiedatum) {
          indicatie = { datum: g.oorspronkelijkeIndicatiedatum, grond: 'indicatiedatum_buiten_regio' };
        }
        break;
      case 'op_wachtlijst':
        if (indicatie) opLijst = true;
        else reden = 'op de wachtlijst geplaatst zonder geldige indicatie beschut werk';
        break;
      case 'dienstverband_start':
        opLijst = false;
        ziek = false;
        reden = `de casus heeft sinds ${g.datum} een dienstverband beschut werk`;
        break;
      case 'dienstverband_einde':
        magHermelden = true;
        reden = `het dienstverband is op ${g.datum} beëindigd en de casus is niet opnieuw op de wachtlijst geplaatst`;
        break;
      case 'uitgeschreven':
        opLijst = false;
        magHermelden = true;
        reden = `de casus is op ${g.datum} uitgeschreven`;
        break;
      case 'opnieuw_aangemeld':
        if (magHermelden) hernieuwd = g.datum;
        opLijst = false;
        magHermelden = false;
        reden = `de casus is op ${g.datum} opnieuw aangemeld maar nog niet op de wachtlijst geplaatst`;
        break;
      case 'ziek_van':
        ziek = true;
        break;
      case 'ziek_tot':
        ziek = false;
        break;
      default:
        break;
    }
  }
  if (!opLijst || !indicatie || !gemeente) return { opWachtlijst: false, ...(gemeente ? { gemeente } : {}), reden };
  return hernieuwd
    ? { opWachtlijst: true, gemeente, ingangsdatum: hernieuwd, grond: 'hernieuwde_melding', ziek }
    : { opWachtlijst: true, gemeente, ingangsdatum: indicatie.datum, grond: indicatie.grond, ziek };
}

interface Geplaatst {
  casus: CasusVoorWachtlijst;
  ingangsdatum: Datum;
  grond: Grond;
  ziek: boolean;
}

function lijst(casussen: readonly CasusVoorWachtlijst[], gemeente: Gemeente, peildatum: Datum): Geplaatst[] {
  const uit: Geplaatst[] = [];
  for (const casus of casussen) {
    const s = wachtlijstStand(casus.gebeurtenissen, peildatum);
    if (s.opWachtlijst && s.gemeente === gemeente) uit.push({ casus, ingangsdatum: s.ingangsdatum, grond: s.grond, ziek: s.ziek });
  }
  return uit.sort((a, b) =>
    a.ingangsdatum < b.ingangsdatum ? -1 : a.ingangsdatum > b.ingangsdatum ? 1 : a.casus.registratievolgorde - b.casus.registratievolgorde,
  );
}

/**
 * The waiting list of one gemeente on a peildatum: oldest effective date first, ties by registration order.
 * @example wachtlijst(casussen, 'Gorinchem', '2026-11-24').waarde[0] // { positie: 1, casusnummer: 'BW-2025-0003', ingangsdatum: '2025-04-01', grond: 'indicatiedatum', ziek: false }
 */
export function wachtlijst(casussen: readonly CasusVoorWachtlijst[], gemeente: Gemeente, peildatum: Datum): Resultaat<WachtlijstRegel[]> {
  const plekken = lijst(casussen, gemeente, peildatum).map((p) => ({
    casusnummer: p.casus.casusnummer,
    ingangsdatum: p.ingangsdatum,
    grond: p.grond,
    ziek: p.ziek,
  }));
  return wachtlijstInVolgorde(plekken, gemeente, peildatum);
}

/** One case's place on a list, before it is numbered. */
export type WachtlijstPlek = Omit<WachtlijstRegel, 'positie'>;

/**
 * The waiting list from the places already in the order of lid 2 to 4 (oldest ingangsdatum first, ties by
 * registration), numbered, with the steps. `wachtlijst` orders them by folding every case; the registry reads them
 * in that order from its stored waiting-list periods: one explanation for both.
 * @example wachtlijstInVolgorde([{ casusnummer: 'BW-2025-0003', ingangsdatum: '2025-04-01', grond: 'indicatiedatum', ziek: false }], 'Gorinchem', '2026-11-24').waarde[0].positie // 1
 */
export function wachtlijstInVolgorde(
  plekken: readonly WachtlijstPlek[],
  gemeente: Gemeente,
  peildatum: Datum,
): Resultaat<WachtlijstRegel[]> {
  const regels = plekken.map((p, i) => ({
    positie: i + 1,
    casusnummer: p.casusnummer,
    ingangsdatum: p.ingangsdatum,
    grond: p.grond,
    ziek: p.ziek,
  }));
  return {
    waarde: regels,
    stappen: [
      stap(`Casussen op de wachtlijst van ${gemeente} op ${peildatum}`, regels.length, lid('1')),
      stap(
        'Volgorde: oudste ingangsdatum eerst (indicatie, hernieuwde melding of indicatie uit een andere regio); bij gelijke datum de eerdere registratie',
        'oplopend',
        lid('2 tot en met 4'),
      ),
    ],
  };
}

/** A standing on a list, narrowed. */
export type OpWachtlijst = Extract<WachtlijstStand, { opWachtlijst: true }>;

/**
 * The standing of one case if it is on the list of `gemeente`; otherwise raises NIET_OP_WACHTLIJST with the reason.
 * @example opWachtlijstVan('BW-2025-0003', 'Molenlanden', wachtlijstStand(g, '2026-11-24'), '2026-11-24') // throws: "staat op de wachtlijst van Gorinchem, niet van Molenlanden"
 */
export function opWachtlijstVan(casusnummer: string, gemeente: Gemeente, stand: WachtlijstStand, peildatum: Datum): OpWachtlijst {
  if (!stand.opWachtlijst) {
    throw new DomeinFout('NIET_OP_WACHTLIJST', `casus ${casusnummer} staat op ${peildatum} niet op de wachtlijst: ${stand.reden}`, {
      field: 'casusnummer',
    });
  }
  if (stand.gemeente !== gemeente) {
    throw new DomeinFout('NIET_OP_WACHTLIJST', `casus ${casusnummer} staat op de wachtlijst van ${stand.gemeente}, niet van ${gemeente}`, {
      field: 'gemeente',
    });
  }
  return stand;
}

/** Who stands ahead of a case on its list (earlier effective date, or the same and registered earlier). */
export interface Voorgangers {
  aantal: number;
  /** Of those, sick (lid 5). */
  ziek: number;
}

/**
 * The position of a case on its list from the cases ahead of it, with the steps. `wachtlijstpositie` counts them
 * by folding every case; the registry counts them from its stored waiting-list periods: one explanation for both.
 * @example wachtlijstpositieNa(stand, { aantal: 2, ziek: 1 }).waarde // 3
 */
export function wachtlijstpositieNa(stand: OpWachtlijst, voor: Voorgangers): Resultaat<number> {
  const stappen: Stap[] = [
    stap(`Ingangsdatum: ${GROND_LABEL[stand.grond]}`, stand.ingangsdatum, GROND_BRON[stand.grond]),
    stap(
      `Casussen vóór deze op de wachtlijst van ${stand.gemeente} (eerdere ingangsdatum, of gelijk en eerder geregistreerd)`,
      voor.aantal,
      lid('2'),
    ),
  ];
  if (voor.ziek > 0)
    stappen.push(
      stap('Waarvan ziek: zij behouden hun plek; een vrijkomend dienstverband kan tijdens de ziekte naar de volgende', voor.ziek, lid('5')),
    );
  if (stand.ziek) stappen.push(stap('Deze casus is ziek en behoudt zijn plek', 'ja', lid('5')));
  stappen.push(stap('Positie op de wachtlijst', voor.aantal + 1, BRON));
  return { waarde: voor.aantal + 1, stappen };
}

/**
 * The 1-based position of one case on its gemeente's waiting list, with the steps; a case that is not on that
 * list raises NIET_OP_WACHTLIJST with the reason.
 * @example wachtlijstpositie(casussen, 'Gorinchem', 'BW-2025-0003', '2026-11-24').waarde // 1
 */
export function wachtlijstpositie(
  casussen: readonly CasusVoorWachtlijst[],
  gemeente: Gemeente,
  casusnummer: string,
  peildatum: Datum,
): Resultaat<number> {
  const casus = casussen.find((c) => c.casusnummer === casusnummer);
  if (!casus)
    throw new DomeinFout(
      'NIET_OP_WACHTLIJST',
      `casus ${casusnummer} staat niet op de wachtlijst van ${gemeente}: de casus is niet gevonden`,
      { field: 'casusnummer' },
    );
  const stand = opWachtlijstVan(casusnummer, gemeente, wachtlijstStand(casus.gebeurtenissen, peildatum), peildatum);
  const geplaatst = lijst(casussen, gemeente, peildatum);
  const voor = geplaatst.slice(
    0,
    geplaatst.findIndex((p) => p.casus.casusnummer === casusnummer),
  );
  return wachtlijstpositieNa(stand, { aantal: voor.length, ziek: voor.filter((p) => p.ziek).length });
}

/** A stretch of days during which a case stands on a list unchanged: from `vanaf` up to, not including, `tot`. */
export interface Wachtlijstperiode {
  vanaf: Datum;
  /** Exclusive; null: until a later event changes it. */
  tot: Datum | null;
  gemeente: Gemeente;
  ingangsdatum: Datum;
  grond: Grond;
  ziek: boolean;
}

const zelfdePlek = (p: Wachtlijstperiode, s: OpWachtlijst): boolean =>
  p.gemeente === s.gemeente && p.ingangsdatum === s.ingangsdatum && p.grond === s.grond && p.ziek === s.ziek;

/**
 * The periods during which a case stands on a waiting list, derived by `wachtlijstStand` itself: the standing
 * changes only on the date of an event (only events on or before the peildatum count), so the standing on each
 * event date holds until the next one. For every peildatum: the period containing it equals
 * `wachtlijstStand(gebeurtenissen, peildatum)`, and no period contains it when that standing is off the list.
 * @example wachtlijstperiodes(g) // [{ vanaf: '2025-06-02', tot: '2026-02-01', gemeente: 'Gorinchem', ingangsdatum: '2025-06-02', grond: 'indicatiedatum', ziek: false }]
 */
export function wachtlijstperiodes(gebeurtenissen: readonly WachtlijstGebeurtenis[]): Wachtlijstperiode[] {
  const data = [...new Set(gebeurtenissen.map((g) => g.datum))].sort();
  const uit: Wachtlijstperiode[] = [];
  data.forEach((vanaf, i) => {
    const s = wachtlijstStand(gebeurtenissen, vanaf);
    if (!s.opWachtlijst) return;
    const tot = data[i + 1] ?? null;
    const vorige = uit.at(-1);
    if (vorige && vorige.tot === vanaf && zelfdePlek(vorige, s)) vorige.tot = tot;
    else uit.push({ vanaf, tot, gemeente: s.gemeente, ingangsdatum: s.ingangsdatum, grond: s.grond, ziek: s.ziek });
  });
  return uit;
}
