/**
 * GET /api/registerversies: the versions a cached answer of POST /api/evaluate is checked against — the parameter
 * version (header X-Avres-Parameters and field) and the registry subjects within the caller's gemeenten plus the
 * scenarios. The add-in asks this before it answers a registry-dependent cell from its cache.
 */
import { aangemeld } from './verzoek';
import { leesRegisterversies } from '../registry/registerversies';
import { effectieveSet } from '../registry/parameters';
import type { Handler } from './types';

export const registerversies: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'evalueren');
  const { versie } = await effectieveSet(o.db);
  const alle = await leesRegisterversies(o.db);
  const zichtbaar = Object.entries(alle).filter(([s]) => {
    const [onderwerp, sleutel] = [s.slice(0, s.indexOf(':')), s.slice(s.indexOf(':') + 1)];
    return onderwerp === 'scenario' || (g.gemeenten as string[]).includes(sleutel);
  });
  return {
    status: 200,
    body: { parameters: versie, register: Object.fromEntries(zichtbaar) },
    headers: { 'X-Avres-Parameters': versie },
  };
};
