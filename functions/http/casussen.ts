/**
 * The case registry over HTTP: create, list and filter, read one with its derived facts, append a dated event
 * (If-Match with the version read), read the full history. Casemanagers write; all roles read; everyone only
 * within their gemeenten (a case elsewhere answers 404, as if it did not exist).
 */
import { afgeleideFeiten } from '../../shared/casus/afgeleid';
import { leesBsn } from '../../shared/rules/bsn';
import { wachtlijstStand } from '../../shared/rules/wachtlijst';
import { casusFilterSchema, nieuweCasusSchema, nieuweGebeurtenisSchema } from '../../shared/schemas/casus';
import { alsWireStap } from '../../shared/schemas/stap';
import type { Stap } from '../../shared/uitleg';
import { vereisGemeente } from '../auth/bereik';
import { CasusRij, leesCasus, lijstCasussen, maakCasus, voegGebeurtenisToe } from '../registry/casussen';
import { positieUitRegister } from '../registry/wachtlijsten';
import { valideer } from './fouten';
import { aangemeld, etag, leesIfMatch, leesJson, padParameter, wie } from './verzoek';
import type { Handler } from './types';
import { effectieveSet } from '../registry/parameters';

const samenvatting = (c: CasusRij) => ({
  casusnummer: c.casusnummer,
  gemeente: c.gemeente,
  route: c.route,
  status: c.status,
  versie: c.versie,
  aanmeldingsdatum: c.aanmeldingsdatum,
});

/** A derived fact as sent: its steps (when it has any; a fact may be null or an error instead) in the wire shape. */
function metWireStappen<T extends { stappen?: Stap[] }>(feit: T | { fout: unknown } | null) {
  return feit && 'stappen' in feit && feit.stappen ? { ...feit, stappen: feit.stappen.map(alsWireStap) } : feit;
}

function afgeleidAlsJson(f: ReturnType<typeof afgeleideFeiten>) {
  return {
    beslistermijn: metWireStappen(f.beslistermijn),
    praktijktoets: metWireStappen(f.praktijktoets),
    loonkostensubsidie: metWireStappen(f.loonkostensubsidie),
    conflicten: f.conflicten.map(metWireStappen),
  };
}

export const lijst: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const filter = valideer(casusFilterSchema, Object.fromEntries(v.query.entries()));
  if (filter.gemeente) vereisGemeente(g, filter.gemeente);
  const rijen = await lijstCasussen(o.db, filter, wie(g, v));
  return { status: 200, body: { casussen: rijen.map(samenvatting), limit: filter.limit, offset: filter.offset } };
};

export const aanmaken: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'schrijven');
  const invoer = valideer(nieuweCasusSchema, await leesJson(v));
  const bsn = leesBsn(invoer.bsn);
  vereisGemeente(g, invoer.gemeente);
  const casus = await maakCasus(o.db, { ...invoer, bsn }, wie(g, v));
  return {
    status: 201,
    headers: { Location: `/api/cases/${encodeURIComponent(casus.casusnummer)}`, ETag: etag(casus.versie) },
    body: samenvatting(casus),
  };
};

export const lees: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const w = wie(g, v);
  const { casus, gebeurtenissen } = await leesCasus(o.db, padParameter(v, 'casusnummer'), w);
  const vandaag = o.vandaag();
  const stand = wachtlijstStand(gebeurtenissen, vandaag);
  let wachtlijst: unknown = { opWachtlijst: false, reden: stand.opWachtlijst ? '' : stand.reden };
  if (stand.opWachtlijst) {
    const r = await positieUitRegister(o.db, stand.gemeente, casus.casusnummer, vandaag, w);
    wachtlijst = {
      opWachtlijst: true,
      gemeente: stand.gemeente,
      ingangsdatum: stand.ingangsdatum,
      grond: stand.grond,
      ziek: stand.ziek,
      positie: r.waarde,
      stappen: r.stappen.map(alsWireStap),
    };
  }
  return {
    status: 200,
    headers: { ETag: etag(casus.versie) },
    // Data minimisation: only case managers work with the person, so only they receive the BSN.
    body: {
      ...samenvatting(casus),
      ...(g.rollen.includes('casemanager') ? { bsn: casus.bsn } : {}),
      peildatum: vandaag,
      afgeleid: { ...afgeleidAlsJson(afgeleideFeiten(casus, gebeurtenissen, vandaag, (await effectieveSet(o.db)).parameters)), wachtlijst },
    },
  };
};

export const geschiedenis: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const { casus, gebeurtenissen } = await leesCasus(o.db, padParameter(v, 'casusnummer'), wie(g, v), 'casus.geschiedenis');
  return {
    status: 200,
    headers: { ETag: etag(casus.versie) },
    body: { casusnummer: casus.casusnummer, versie: casus.versie, gebeurtenissen },
  };
};

export const toevoegen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'schrijven');
  const versie = leesIfMatch(v);
  const nieuw = valideer(nieuweGebeurtenisSchema, await leesJson(v));
  // The case's own gemeente is checked with the case (404 outside scope); a move also needs the gemeente it goes to.
  if (nieuw.soort === 'verhuisd') vereisGemeente(g, nieuw.naar, ...(nieuw.van === 'buiten_regio' ? [] : [nieuw.van]));
  const { casus, gebeurtenis } = await voegGebeurtenisToe(o.db, padParameter(v, 'casusnummer'), versie, nieuw, wie(g, v));
  return { status: 201, headers: { ETag: etag(casus.versie) }, body: { ...samenvatting(casus), gebeurtenis } };
};
