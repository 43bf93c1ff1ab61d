/**
 * The finance endpoints the finance panes use (ledger import, reconciliation, BUIG, scenarios, the four-monthly
 * report), over the same HTTP helper as the batching client: deadline, bearer token, Dutch errors.
 */
import type {
  BudgetVerzoek,
  BuigOverzichtJson,
  LksVerschilJson,
  RapportageRegelJson,
  ScenarioInvoer,
  ScenarioVerzoek,
  VergelijkingJson,
} from '../../shared/schemas/grootboek';
import type { Cel } from '../../shared/grootboek/tabellen';
import type { WireStap } from '../../shared/schemas/stap';
import { HttpOpties, verzoek } from './http';

export interface ImportUitkomst {
  id: number;
  aantalRegels: number;
  totaal: string;
  perGemeente: Record<string, Record<string, string>>;
}

export interface Reconciliatie {
  jaar: number;
  totMaand: string;
  perGemeente: { gemeente: string; verwacht: string; betaald: string; verschil: string; aantalVerschillen: number }[];
  verschillen: LksVerschilJson[];
}

export interface OpgeslagenScenario extends ScenarioInvoer {
  versie: number;
}

export interface FinancienApi {
  importeer(
    invoer: { csv: string; bestandsnaam?: string } | { rijen: Cel[][]; eersteRegel: number; bestandsnaam?: string },
  ): Promise<ImportUitkomst>;
  reconciliatie(jaar: number, gemeente?: string, tolerantie?: number): Promise<Reconciliatie>;
  buig(jaar: number, gemeente?: string): Promise<BuigOverzichtJson[]>;
  legBudgetVast(b: BudgetVerzoek): Promise<void>;
  scenarios(): Promise<OpgeslagenScenario[]>;
  legScenarioVast(s: ScenarioVerzoek): Promise<OpgeslagenScenario>;
  vergelijking(naam: string, jaar: number, gemeente?: string): Promise<{ gemeenten: VergelijkingJson[]; stappen: WireStap[] }>;
  rapportage(jaar: number, gemeente?: string): Promise<{ regels: RapportageRegelJson[]; stappen: WireStap[] }>;
}

function query(waarden: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(waarden)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}

/** Imports can be large: they get more time than a formula batch. */
const IMPORT_TIMEOUT_MS = 300_000;

export function createFinancienApi(o: HttpOpties): FinancienApi {
  return {
    async importeer(invoer) {
      return (await verzoek<ImportUitkomst>({ ...o, timeoutMs: IMPORT_TIMEOUT_MS }, 'POST', '/grootboek/imports', invoer)).body;
    },
    async reconciliatie(jaar, gemeente, tolerantie) {
      return (await verzoek<Reconciliatie>(o, 'GET', `/grootboek/reconciliatie?${query({ jaar, gemeente, tolerantie })}`)).body;
    },
    async buig(jaar, gemeente) {
      return (await verzoek<{ gemeenten: BuigOverzichtJson[] }>(o, 'GET', `/buig?${query({ jaar, gemeente })}`)).body.gemeenten;
    },
    async legBudgetVast(b) {
      await verzoek(o, 'POST', '/buig/budgetten', b);
    },
    async scenarios() {
      return (await verzoek<{ scenarios: OpgeslagenScenario[] }>(o, 'GET', '/scenarios')).body.scenarios;
    },
    async legScenarioVast(s) {
      return (await verzoek<OpgeslagenScenario>(o, 'POST', '/scenarios', s)).body;
    },
    async vergelijking(naam, jaar, gemeente) {
      return (
        await verzoek<{ gemeenten: VergelijkingJson[]; stappen: WireStap[] }>(
          o,
          'GET',
          `/scenarios/${encodeURIComponent(naam)}/vergelijking?${query({ jaar, gemeente })}`,
        )
      ).body;
    },
    async rapportage(jaar, gemeente) {
      return (
        await verzoek<{ regels: RapportageRegelJson[]; stappen: WireStap[] }>(
          o,
          'GET',
          `/rapportages/viermaands?${query({ jaar, gemeente })}`,
        )
      ).body;
    },
  };
}
