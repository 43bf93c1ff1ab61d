/**
 * Entry of the shared runtime (taskpane.html): registers the custom functions at once (Excel may call
 * them before the pane is shown), then the ribbon actions and the task pane, all over one batching client.
 */
import { beschrijvingen } from '../../shared/catalogue/beschrijvingen';
import { AddinConfig, kiesAanmelding } from '../auth/token';
import { createApiClient } from '../client/api';
import { createBatchingClient } from '../client/batching-client';
import type { TokenBron } from '../client/http';
import { excelWerkboek } from '../excel/werkboek';
import { createFinancienApi } from '../client/financien-api';
import { createParametersApi } from '../client/parameters-api';
import { excelFinancienBlad } from '../excel/financien-blad';
import { maakCustomFuncties } from '../functions/aanroepen';
import { PANELEN, startPanelen } from './panelen';
import { VERNIEUW_KNOPPEN } from './vernieuwen';

async function leesConfig(): Promise<AddinConfig> {
  try {
    const res = await fetch('config.json', { cache: 'no-store' });
    return res.ok ? ((await res.json()) as AddinConfig) : {};
  } catch {
    return {};
  }
}

const aanmelding = leesConfig().then((c) => kiesAanmelding(c, window.localStorage));
const token: TokenBron = async () => (await aanmelding).token();
const api = `${window.location.origin}/api`;
/** A new parameter version means approved new figures: every cell recomputes (the client's cache is already empty). */
const herberekenAlles = (): Promise<void> =>
  Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  }).catch(() => undefined);
const client = createBatchingClient({ api, token, opNieuweVersie: () => void herberekenAlles() });
/** How often the runtime asks for the parameter version when no cell does: figures approved meanwhile show within this. */
const VERSIECONTROLE_MS = 5 * 60 * 1000;
setInterval(() => void client.controleerVersie().catch(() => undefined), VERSIECONTROLE_MS);

const functies = maakCustomFuncties(
  beschrijvingen,
  client,
  (soort, bericht) =>
    new CustomFunctions.Error(soort === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, bericht),
);
for (const [id, f] of Object.entries(functies)) CustomFunctions.associate(id, f);

void Office.onReady(async () => {
  const { toon, vernieuw } = startPanelen(document.getElementById('app')!, {
    werkboek: excelWerkboek(),
    client,
    api: createApiClient({ api, token }),
    rekengegevens: createParametersApi({ api, token }),
    catalogus: beschrijvingen,
    aanmelding: await aanmelding,
    financien: {
      api: createFinancienApi({ api, token }),
      blad: excelFinancienBlad(),
      werkboek: excelWerkboek(),
      jaar: new Date().getFullYear(),
    },
  });
  for (const { actie, naam } of PANELEN) {
    Office.actions.associate(actie, async (event?: Office.AddinCommands.Event) => {
      toon(naam);
      await Office.addin.showAsTaskpane();
      event?.completed();
    });
  }
  for (const { actie, omvang } of VERNIEUW_KNOPPEN) {
    Office.actions.associate(actie, async (event?: Office.AddinCommands.Event) => {
      await vernieuw(omvang);
      event?.completed();
    });
  }
});
