/** GET /api/health: the API runs and the registry answers. No authentication, no data. */
import type { Handler } from './types';

export const health: Handler = async (_v, o) => {
  await o.db.query('SELECT 1');
  return { status: 200, body: { status: 'ok', registry: o.db.soort, authModus: o.config.authModus, vandaag: o.vandaag() } };
};
