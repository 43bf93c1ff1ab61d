/**
 * Decision-deadline signals (Beleidsregels art. 5 lid 1): the open decision terms of the registry's cases that end
 * within some days or have ended without a decision, and the daily record of them.
 */
import { DomeinFout } from '../../shared/errors';
import { beslistermijnFeit } from '../../shared/casus/afgeleid';
import type { Gemeente } from '../../shared/schemas/casus';
import type { Datum } from '../../shared/time/datum';
import type { Db } from './db';
import { casussenMetOpenBesluit } from './casussen';
import { schrijfLogboek } from './logboek';
import { effectieveSet } from './parameters';

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
  const { parameters } = await effectieveSet(db);
  for (const { casus, gebeurtenissen } of await casussenMetOpenBesluit(db, gemeenten)) {
    let feit;
    try {
      feit = beslistermijnFeit(gebeurtenissen, vandaag, parameters);
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
