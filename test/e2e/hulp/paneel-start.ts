/**
 * Test only: the entry the browser tests load instead of the production taskpane.js. The same panes,
 * client and API client as in Excel; only the Excel layer is the in-memory workbook, exposed on window
 * so the test can select cells and read what the panes wrote.
 */
import { catalogus } from '../../../shared/catalogue';
import { kiesAanmelding } from '../../../addin/auth/token';
import { createApiClient } from '../../../addin/client/api';
import { createBatchingClient } from '../../../addin/client/batching-client';
import { createParametersApi } from '../../../addin/client/parameters-api';
import { startPanelen } from '../../../addin/taskpane/panelen';
import { geheugenWerkboek } from './geheugen-werkboek';

const werkboek = geheugenWerkboek();
(window as unknown as { avresTest: unknown }).avresTest = {
  werkboek,
  tabel: (naam: string) => werkboek.tabellen.get(naam),
  cel: (adres: string) => werkboek.cellen.get(adres),
};
const aanmelding = kiesAanmelding({}, window.localStorage);
const api = `${window.location.origin}/api`;
startPanelen(document.getElementById('app')!, {
  werkboek,
  client: createBatchingClient({ api, token: aanmelding.token }),
  api: createApiClient({ api, token: aanmelding.token }),
  rekengegevens: createParametersApi({ api, token: aanmelding.token }),
  catalogus,
  aanmelding,
});
