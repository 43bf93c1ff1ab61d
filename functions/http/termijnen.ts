/**
 * GET /api/termijnen?binnen=14: decision deadlines (Beleidsregels art. 5 lid 1) that expire within `binnen` days
 * or have expired without a decision, per gemeente. The daily timer records the same signals (termijnsignalen).
 */
import { z } from 'zod';
import { schrijfLogboek } from '../registry/logboek';
import { termijnsignalen } from '../registry/termijnsignalen';
import { valideer } from './fouten';
import { aangemeld, wie } from './verzoek';
import type { Handler } from './types';

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
    schrijfLogboek(tx, {
      traceId: w.traceId,
      operatie: 'termijnen.lezen',
      actor: w.actor,
      casusnummers: signalen.map((s) => s.casusnummer),
    }),
  );
  const perGemeente = Object.fromEntries(g.gemeenten.map((gem) => [gem, signalen.filter((s) => s.gemeente === gem)]));
  return { status: 200, body: { peildatum: vandaag, binnen, gemeenten: perGemeente } };
};
