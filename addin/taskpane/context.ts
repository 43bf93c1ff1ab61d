/** What every task pane works with: Excel (through addin/excel/), the API, the catalogue, sign-in. */
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import type { Aanmelding } from '../auth/token';
import type { ApiClient } from '../client/api';
import type { ArgumentWaarde, BatchingClient } from '../client/batching-client';
import type { Werkboek } from '../excel/werkboek';
import type { Argument } from './formule';
import type { FinancienContext } from './financien/context';
import type { ParametersApi } from '../client/parameters-api';

export interface PaneelContext {
  werkboek: Werkboek;
  client: BatchingClient;
  api: ApiClient;
  catalogus: readonly FunctieBeschrijving[];
  aanmelding: Aanmelding;
  /** The finance panes (issue 5); absent: no Financiën tab. */
  financien?: FinancienContext;
  /** The parameter register (issue 9): the Rekengegevens tab and the formula builder's warning at the edge of the known figures. */
  rekengegevens?: ParametersApi;
}

/** Turns formula arguments into values: a reference is read from the workbook (one cell: its value; more: the range). */
export async function argumentWaarden(werkboek: Werkboek, args: readonly Argument[]): Promise<ArgumentWaarde[]> {
  return Promise.all(
    args.map(async (a): Promise<ArgumentWaarde> => {
      if ('waarde' in a) return a.waarde;
      const waarden = (await werkboek.leesWaarden(a.verwijzing)) as (number | string | boolean | null)[][];
      if (!a.verwijzing.includes(':')) {
        const v = waarden[0]?.[0];
        return v === undefined || v === '' ? null : v;
      }
      return waarden;
    }),
  );
}
