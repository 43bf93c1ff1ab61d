/**
 * GET /api/termijnen?binnen=14: decision deadlines (Beleidsregels art. 5 lid 1) that expire within `binnen` days
 * or have expired without a decision, per gemeente. The daily timer records the same signals (termijnsignalen).
 */
import { z } from 'zod';
import { DomeinFout } from '../../shared/errors';
import type { Gemeente } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Db } from '../registry/db';
import { casussenMetOpenBesluit } from '../registry/casussen';
import { beslistermijnFeit } from '../registry/afgeleid';
import { schrijfLogboek } from '../registry/logboek';
import { valideer } from './fouten';
import { aangemeld, wie } from './verzoek';
import type { Handler } from './types';

export interface Termijnsignaal {
  casusnummer: string;
  gemeente: Gemeente;
  adviesdatum: Datum;
  einde: Datum;
  dagenResterend: number;
  verlopen: boolean;
}

/** Open decision terms ending within `binnen` days of `vandaag` (or already ended), in the given gemeenten. */
export async function termijnsignalen(db: Db, gemeenten: readonly Gemeente[], vandaag: Datum, binnen: number): Promise<Termijnsignaal[]> {
  const uit: Termijnsignaal[] = [];
  for (const { casus, gebeurtenissen } of await casussenMetOpenBesluit(db, gemeenten)) {
    let feit;
    try {
      feit = beslistermijnFeit(gebeurtenissen, vandaag);
    } catch (e) {
      // A term the rule cannot compute (a date before the policy took effect) shows its error on the case itself.
      if (e instanceof DomeinFout) continue;
      throw e;
    }
    if (!feit || feit.dagenResterend === null || feit.dagenResterend > binnen) continue;
    uit.push({
      casusnummer: casus.casusnummer,
      gemeente: casus.gemeente,
      adviesdatum: feit.adviesdatum,
      einde: feit.einde,
      dagenResterend: feit.dagenResterend,
      verlopen: feit.verlopen,
    });
  }
  return uit.sort((a, b) => a.dagenResterend - b.dagenResterend || a.casusnummer.localeCompare(b.casusnummer));
}

const binnenSchema = z.coerce
  .number({ error: 'binnen moet een aantal dagen zijn' })
  .int({ error: 'binnen moet een geheel aantal dagen zijn' })
  .min(0, { error: 'binnen moet minstens 0 dagen zijn' })
  .max(366, { error: 'binnen mag hoogstens 366 dagen zijn' });

export const termijnen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'lezen');
  const binnen = v.query.has('binnen') ? valideer(binnenSchema, v.query.get('binnen'), 'binnen') : 14;
  const vandaag = o.vandaag();
  const signalen = await termijnsignalen(o.db, g.gemeenten, vandaag, binnen);
  const w = wie(g, v);
  await o.db.transaction((tx) =>
    schrijfLogboek(tx, { traceId: w.traceId, operatie: 'termijnen.lezen', actor: w.actor, aantal: signalen.length }),
  );
  const perGemeente = Object.fromEntries(g.gemeenten.map((gem) => [gem, signalen.filter((s) => s.gemeente === gem)]));
  return { status: 200, body: { peildatum: vandaag, binnen, gemeenten: perGemeente } };
};

/** The daily timer: records today's signals (idempotent per day and case) and logs the processing. */
export async function registreerTermijnsignalen(
  db: Db,
  gemeenten: readonly Gemeente[],
  vandaag: Datum,
  binnen: number,
  traceId: string,
): Promise<number> {
  const signalen = await termijnsignalen(db, gemeenten, vandaag, binnen);
  await db.transaction(async (tx) => {
    for (const s of signalen) {
      await tx.query(
        `INSERT INTO termijnsignalen (peildatum, casusnummer, gemeente, einde_beslistermijn, dagen_resterend) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (peildatum, casusnummer) DO UPDATE SET einde_beslistermijn = EXCLUDED.einde_beslistermijn, dagen_resterend = EXCLUDED.dagen_resterend`,
        [vandaag, s.casusnummer, s.gemeente, s.einde, s.dagenResterend],
      );
    }
    await schrijfLogboek(tx, { traceId, operatie: 'termijnen.signaal', actor: 'systeem:timer', aantal: signalen.length });
  });
  return signalen.length;
}
