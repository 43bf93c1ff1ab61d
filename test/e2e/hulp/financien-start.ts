/**
 * Test only: the entry the finance browser tests load instead of taskpane.js. The same panes, finance API
 * client and API as in Excel; the Excel layer is the in-memory workbook plus an in-memory sheet writer that
 * keeps what the panes wrote (tables and chart definitions), exposed on window for the test.
 */
import { catalogus } from '../../../shared/catalogue';
import { kiesAanmelding } from '../../../addin/auth/token';
import { createApiClient } from '../../../addin/client/api';
import { createBatchingClient } from '../../../addin/client/batching-client';
import { createFinancienApi } from '../../../addin/client/financien-api';
import type { BladOnderdeel, FinancienBlad } from '../../../addin/excel/financien-blad';
import { startPanelen } from '../../../addin/taskpane/panelen';
import { geheugenWerkboek } from './geheugen-werkboek';

const werkboek = geheugenWerkboek();
const bladen = new Map<string, BladOnderdeel[]>();
const blad: FinancienBlad = {
  async schrijfBlad(naam, onderdelen) {
    bladen.set(
      naam,
      onderdelen.map((o) => ({ ...o })),
    );
    return naam;
  },
};
(window as unknown as { avresTest: unknown }).avresTest = {
  werkboek,
  blad: (naam: string) => bladen.get(naam),
  bladen: () => [...bladen.keys()],
};
const aanmelding = kiesAanmelding({}, window.localStorage);
const api = `${window.location.origin}/api`;
startPanelen(document.getElementById('app')!, {
  werkboek,
  client: createBatchingClient({ api, token: aanmelding.token }),
  api: createApiClient({ api, token: aanmelding.token }),
  catalogus,
  aanmelding,
  financien: { api: createFinancienApi({ api, token: aanmelding.token }), blad, werkboek, jaar: 2026 },
});
