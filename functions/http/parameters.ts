/**
 * /api/parameters: the parameter register. Everyone reads the series with their values, statuses, sources and known
 * range, and the series that end within 60 days; a beheerder records, corrects and withdraws dated values, and a
 * second beheerder approves them (four eyes). The export is the whole effective set as one versioned document,
 * which `npm run evaluate -- --parameters` reads.
 */
import { z } from 'zod';
import { aflopendeReeksen, exporteerRekengegevens, nieuweParameterwaardeSchema, reeksOverzicht } from '../../shared/parameters/register';
import {
  BASISVERSIE,
  effectieveSet,
  keurParameterwaardeGoed,
  laatsteParametersignalen,
  legParameterwaardeVast,
  parameterboekingen,
  SIGNAALDAGEN,
  trekParameterwaardeIn,
  type Meta,
} from '../registry/parameters';
import { ApiFout } from './api-fout';
import { valideer } from './fouten';
import { aangemeld, leesJson } from './verzoek';
import type { ApiVerzoek, Handler } from './types';
import type { Gebruiker } from '../auth/tokens';

/** Why a body: a withdrawal names where it was decided, like a value names its publication. */
export const intrekkingSchema = z.strictObject({
  publicatie: z
    .string({ error: 'noem waarom of waar de intrekking is besloten, bijvoorbeeld "Stcrt. 2026, 17000"' })
    .trim()
    .min(3, { error: 'noem waarom of waar de intrekking is besloten, bijvoorbeeld "Stcrt. 2026, 17000"' })
    .max(300),
  toelichting: z.string().trim().max(1000).optional(),
});

const VERSIEKOP = 'X-Avres-Parameters';

function boekingId(v: ApiVerzoek): number {
  const id = Number(v.params.id);
  if (!Number.isInteger(id) || id < 1)
    throw new ApiFout(400, 'ONGELDIGE_INVOER', `geen boekingsnummer: ${String(v.params.id).slice(0, 20)}`, { field: 'id' });
  return id;
}

const meta = (g: Gebruiker, v: ApiVerzoek): Meta => ({ actor: g.id, traceId: v.traceId });

export const overzicht: Handler = async (v, o) => {
  await aangemeld(v, o, 'parameters_lezen');
  const set = await effectieveSet(o.db);
  const [boekingen, gesignaleerd] = await Promise.all([parameterboekingen(o.db), laatsteParametersignalen(o.db)]);
  return {
    status: 200,
    headers: { [VERSIEKOP]: set.versie },
    body: {
      versie: set.versie,
      basisversie: BASISVERSIE,
      peildatum: o.vandaag(),
      reeksen: reeksOverzicht(set.parameters).map((r) => ({
        ...r,
        waarden: r.waarden.map((w) => ({
          ...w,
          herkomst: set.waarden.some((x) => x.reeks === r.sleutel && x.geldigVanaf === w.geldigVanaf) ? 'register' : 'basis',
        })),
      })),
      boekingen,
      signalen: aflopendeReeksen(set.parameters, o.vandaag(), SIGNAALDAGEN),
      gesignaleerd,
    },
  };
};

export const vastleggen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'parameters_beheren');
  const invoer = valideer(nieuweParameterwaardeSchema, await leesJson(v));
  const boeking = await legParameterwaardeVast(o.db, invoer, meta(g, v), invoer.vervangt);
  return { status: 201, headers: { Location: `/api/parameters/${boeking.id}` }, body: boeking };
};

export const goedkeuren: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'parameters_beheren');
  const boeking = await keurParameterwaardeGoed(o.db, boekingId(v), meta(g, v));
  const set = await effectieveSet(o.db);
  return { status: 200, headers: { [VERSIEKOP]: set.versie }, body: { ...boeking, versie: set.versie } };
};

export const intrekken: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'parameters_beheren');
  const reden = valideer(intrekkingSchema, await leesJson(v));
  const boeking = await trekParameterwaardeIn(o.db, boekingId(v), reden, meta(g, v));
  return { status: 201, headers: { Location: `/api/parameters/${boeking.id}` }, body: boeking };
};

export const exporteer: Handler = async (v, o) => {
  await aangemeld(v, o, 'parameters_lezen');
  const set = await effectieveSet(o.db);
  return { status: 200, headers: { [VERSIEKOP]: set.versie }, body: exporteerRekengegevens(set.parameters, set.versie) };
};
