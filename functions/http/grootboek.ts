/**
 * /api/grootboek: ledger imports (CSV text or an Excel range, all or nothing; the same content twice is 409) and
 * the LKS reconciliation of a year against the registry's dienstverbanden.
 */
import Decimal from 'decimal.js';
import { centenTekst } from '../../shared/centen';
import { leesGrootboekCsv, leesGrootboekRijen } from '../../shared/grootboek/grootboekregels';
import { reconcilieerLks, LksVerschil } from '../../shared/rules/lks-reconciliatie';
import { grootboekImportSchema, LksVerschilJson, reconciliatieSchema } from '../../shared/schemas/grootboek';
import { alsWireStap } from '../../shared/schemas/stap';
import { maak } from '../../shared/time/datum';
import { registerFeiten } from '../registry/dienstverbanden';
import { importeerGrootboek, lijstImports, lksBetalingen, verwijderImport } from '../registry/grootboek';
import { schrijfLogboek } from '../registry/logboek';
import { effectieveSet } from '../registry/parameters';
import { ApiFout } from './api-fout';
import { valideer } from './fouten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld, leesJson, padParameter } from './verzoek';
import { buitenBereik } from '../auth/bereik';
import type { Handler } from './types';
import { bedragTekst } from '../../shared/geld';

/** The most bad lines listed in one answer; the message says how many there were in all. */
const MAX_FOUTEN_IN_ANTWOORD = 1000;
/** An import's total fits the registry's column numeric(16, 2): below 10^14 euro either way. */
const MAX_TOTAAL_CENTEN = 10n ** 16n;

export const importeer: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'grootboek_schrijven');
  const verzoek = valideer(grootboekImportSchema, await leesJson(v));
  const gelezen = verzoek.csv !== undefined ? leesGrootboekCsv(verzoek.csv) : leesGrootboekRijen(verzoek.rijen!, verzoek.eersteRegel ?? 1);
  if (gelezen.fouten.length > 0) {
    const n = gelezen.fouten.length;
    const eerste = gelezen.fouten[0]!;
    throw new ApiFout(
      400,
      'ONGELDIGE_REGELS',
      `${n} ${n === 1 ? 'regel is' : 'regels zijn'} ongeldig; er is niets geïmporteerd. Eerste: regel ${eerste.regel}: ${eerste.reden}`,
      { field: verzoek.csv !== undefined ? 'csv' : 'rijen' },
      {
        fouten: gelezen.fouten.slice(0, MAX_FOUTEN_IN_ANTWOORD),
        aantalFouten: n,
      },
    );
  }
  const buiten = buitenBereik(
    g.gemeenten,
    gelezen.regels.map((r) => r.gemeente),
  );
  if (buiten.length > 0) {
    throw new ApiFout(
      403,
      'GEEN_TOEGANG',
      `het bestand bevat boekingen van ${buiten.join(', ')}, waartoe u geen toegang hebt; er is niets geïmporteerd`,
    );
  }
  const totaal = gelezen.regels.reduce((s, r) => s + r.centen, 0n);
  if (totaal >= MAX_TOTAAL_CENTEN || totaal <= -MAX_TOTAAL_CENTEN)
    throw new ApiFout(
      400,
      'ONGELDIGE_INVOER',
      'het totaal van de import is te groot: hoogstens 99.999.999.999.999,99 euro; splits het bestand',
      {
        field: verzoek.csv !== undefined ? 'csv' : 'rijen',
      },
    );
  const samenvatting = await importeerGrootboek(o.db, gelezen.regels, {
    ...(verzoek.bestandsnaam ? { bestandsnaam: verzoek.bestandsnaam } : {}),
    actor: g.id,
    traceId: v.traceId,
  });
  const centenPerGemeente: Record<string, Record<string, bigint>> = {};
  for (const r of gelezen.regels) {
    const rij = (centenPerGemeente[r.gemeente] ??= {});
    rij[r.soort] = (rij[r.soort] ?? 0n) + r.centen;
  }
  const perGemeente = Object.fromEntries(
    Object.entries(centenPerGemeente).map(([gemeente, rij]) => [
      gemeente,
      Object.fromEntries(Object.entries(rij).map(([soort, centen]) => [soort, centenTekst(centen)])),
    ]),
  );
  return { status: 201, headers: { Location: `/api/grootboek/imports/${samenvatting.id}` }, body: { ...samenvatting, perGemeente } };
};

export const imports: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  return { status: 200, body: { imports: await lijstImports(o.db, g.gemeenten) } };
};

export const intrekken: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'grootboek_schrijven');
  const tekst = padParameter(v, 'id');
  // Digits only: `1.0`, `0x1` or `1e0` are no import number, and an id stays below 2^53 (the column is bigint).
  if (!/^[1-9]\d{0,14}$/.test(tekst))
    throw new ApiFout(
      400,
      'ONGELDIGE_INVOER',
      `id moet het nummer van een import zijn: alleen cijfers, van 1 tot en met 999999999999999, niet "${tekst.slice(0, 20)}"`,
      { field: 'id' },
    );
  const id = Number(tekst);
  await verwijderImport(o.db, id, { actor: g.id, traceId: v.traceId, gemeenten: g.gemeenten });
  return { status: 200, body: { ingetrokken: id } };
};

const alsJson = (x: LksVerschil): LksVerschilJson => ({
  gemeente: x.gemeente,
  casusnummer: x.casusnummer,
  maand: x.maand,
  soort: x.soort,
  verwacht: bedragTekst(x.verwacht),
  betaald: bedragTekst(x.betaald),
  verschil: bedragTekst(x.verschil),
  stappen: x.stappen.map(alsWireStap),
});

export const reconciliatie: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  const verzoek = valideer(reconciliatieSchema, queryObject(v, ['jaar', 'tolerantie']));
  const gemeenten = gevraagdeGemeenten(g, verzoek.gemeente);
  const vandaag = o.vandaag();
  const totMaand = Number(vandaag.slice(0, 4)) === verzoek.jaar ? vandaag.slice(0, 7) : maak(verzoek.jaar, 12, 1).slice(0, 7);
  const r = await o.db.transaction(async (tx) => {
    const { parameters } = await effectieveSet(tx);
    const feiten = await registerFeiten(tx, gemeenten);
    const uitkomst = reconcilieerLks(
      {
        jaar: verzoek.jaar,
        dienstverbanden: feiten.dienstverbanden,
        betalingen: await lksBetalingen(tx, verzoek.jaar, gemeenten),
        totMaand,
        ...(verzoek.tolerantie !== undefined ? { tolerantie: new Decimal(verzoek.tolerantie) } : {}),
      },
      parameters,
    );
    // The answer names the cases of its differences: those are the cases this read returned.
    await schrijfLogboek(tx, {
      traceId: v.traceId,
      operatie: 'grootboek.reconciliatie',
      actor: g.id,
      casusnummers: [...new Set(uitkomst.waarde.verschillen.flatMap((x) => (x.casusnummer ? [x.casusnummer] : [])))],
    });
    return uitkomst;
  });
  return {
    status: 200,
    body: {
      jaar: verzoek.jaar,
      totMaand,
      perGemeente: r.waarde.perGemeente.map((t) => ({
        gemeente: t.gemeente,
        verwacht: bedragTekst(t.verwacht),
        betaald: bedragTekst(t.betaald),
        verschil: bedragTekst(t.verschil),
        aantalVerschillen: t.aantalVerschillen,
      })),
      verschillen: r.waarde.verschillen.map(alsJson),
      stappen: r.stappen.map(alsWireStap),
    },
  };
};
