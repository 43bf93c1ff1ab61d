/**
 * The parameter register as the task panes use it (GET /api/parameters and the beheerder's actions), over the same
 * HTTP helper as the batching client: deadline, bearer token, Dutch errors with the refused field.
 */
import type { Artikelbron } from '../../shared/bron';
import type { ParameterStatus } from '../../shared/parameters/status';
import { HttpOpties, verzoek } from './http';

export interface WaardeRegel {
  geldigVanaf: string;
  waarde: unknown;
  status: ParameterStatus;
  bron: string;
  artikelTekst: string;
  url?: string;
  herkomst: 'basis' | 'register';
}

export interface ReeksRegel {
  sleutel: string;
  naam: string;
  omschrijving: string;
  bekendVanaf?: string;
  bekendTot?: string;
  ritme?: 'halfjaar' | 'jaar';
  waarden: WaardeRegel[];
}

export interface BoekingRegel {
  id: number;
  soort: 'waarde' | 'correctie' | 'intrekking';
  vervangt?: number;
  reeks: string;
  geldigVanaf: string;
  waarde?: unknown;
  status?: ParameterStatus;
  publicatie: string;
  toelichting?: string;
  vastgelegdDoor: string;
  goedgekeurdDoor?: string;
  geldend: boolean;
}

export interface Signaal {
  reeks: string;
  naam: string;
  bekendTot: string;
  dagenResterend: number;
}

export interface Rekengegevens {
  versie: string;
  peildatum: string;
  reeksen: ReeksRegel[];
  boekingen: BoekingRegel[];
  signalen: Signaal[];
}

export interface NieuweWaarde {
  reeks: string;
  geldigVanaf: string;
  waarde: unknown;
  publicatie: string;
  artikel: Artikelbron;
  status: ParameterStatus;
  toelichting?: string;
  vervangt?: number;
}

export interface ParametersApi {
  overzicht(): Promise<Rekengegevens>;
  vastleggen(w: NieuweWaarde): Promise<BoekingRegel>;
  goedkeuren(id: number): Promise<BoekingRegel>;
  intrekken(id: number, reden: { publicatie: string; toelichting?: string }): Promise<BoekingRegel>;
}

export function createParametersApi(o: HttpOpties): ParametersApi {
  return {
    overzicht: async () => (await verzoek<Rekengegevens>(o, 'GET', '/parameters')).body,
    vastleggen: async (w) => (await verzoek<BoekingRegel>(o, 'POST', '/parameters', w)).body,
    goedkeuren: async (id) => (await verzoek<BoekingRegel>(o, 'POST', `/parameters/${id}/goedkeuren`, {})).body,
    intrekken: async (id, reden) => (await verzoek<BoekingRegel>(o, 'POST', `/parameters/${id}/intrekken`, reden)).body,
  };
}
