/**
 * Test only: the entry the browser tests load instead of the production taskpane.js. The same panes,
 * client and API client as in Excel; only the Excel layer is the in-memory workbook, exposed on window
 * so the test can select cells and read what the panes wrote.
 */
import { catalogus } from '../../../shared/catalogue';
import { kiesAanmelding } from '../../../addin/auth/token';
import { createApiClient } from '../../../addin/client/api';
import { createBatchingClient } from '../../../addin/client/batching-client';
import { maakCustomFuncties } from '../../../addin/functions/aanroepen';
import { argumentWaarden } from '../../../addin/taskpane/context';
import { ontleedFormule } from '../../../addin/taskpane/formule';
import { createParametersApi } from '../../../addin/client/parameters-api';
import { startPanelen } from '../../../addin/taskpane/panelen';
import { geheugenWerkboek } from './geheugen-werkboek';

const aanmelding = kiesAanmelding({}, window.localStorage);
const api = `${window.location.origin}/api`;
const client = createBatchingClient({ api, token: aanmelding.token });
const functies = maakCustomFuncties(catalogus, client, (soort, bericht) => new Error(`${soort} ${bericht}`));
// A recalculation calls the add-in's custom functions, as Excel does, with the arguments read from the cells.
const werkboek = geheugenWerkboek(async (formule) => {
  const f = ontleedFormule(formule)!;
  return functies[f.naam]!(...(await argumentWaarden(werkboek, f.args)));
});
(window as unknown as { avresTest: unknown }).avresTest = {
  werkboek,
  tabel: (naam: string) => werkboek.tabellen.get(naam),
  cel: (adres: string) => werkboek.cellen.get(adres),
};
startPanelen(document.getElementById('app')!, {
  werkboek,
  client,
  api: createApiClient({ api, token: aanmelding.token }),
  rekengegevens: createParametersApi({ api, token: aanmelding.token }),
  catalogus,
  aanmelding,
});
