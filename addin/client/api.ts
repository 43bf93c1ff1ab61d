/**
 * The registry endpoints the task panes use (cases, events, waiting lists), over the same HTTP
 * helper as the batching client: deadline, bearer token, Dutch errors.
 */
import type { CasusSamenvatting, NieuweGebeurtenis, VastgelegdeGebeurtenis } from '../../shared/schemas/casus';
import type { WachtlijstRegel } from '../../shared/rules/wachtlijst';
import { HttpOpties, verzoek } from './http';

/** A derived fact as GET /api/cases/{casusnummer} gives it: computed by the shared rules, or the rule's Dutch error. */
export type Afgeleid<T> = T | { fout: { code: string; message: string } } | null;

/** The deadlines and conflicts the server derives from the events (never computed a second time here). */
export interface AfgeleideTermijnen {
  beslistermijn: Afgeleid<{ einde: string }>;
  praktijktoets: Afgeleid<{ einde: string }>;
  conflicten: { code: string; message: string }[];
}

export interface CasusDetail extends CasusSamenvatting {
  gebeurtenissen: VastgelegdeGebeurtenis[];
  afgeleid: AfgeleideTermijnen;
}

export interface Wachtlijst {
  gemeente: string;
  peildatum: string;
  regels: WachtlijstRegel[];
}

export interface ApiClient {
  zoekCasussen(filter: { gemeente?: string; status?: string; zoek?: string }): Promise<CasusSamenvatting[]>;
  casus(casusnummer: string): Promise<{ casus: CasusDetail; versie: string }>;
  voegGebeurtenisToe(casusnummer: string, versie: string, g: NieuweGebeurtenis): Promise<void>;
  wachtlijst(gemeente: string, peildatum?: string): Promise<Wachtlijst>;
}

export function createApiClient(o: HttpOpties): ApiClient {
  return {
    async zoekCasussen(filter) {
      const q = new URLSearchParams();
      if (filter.gemeente) q.set('gemeente', filter.gemeente);
      if (filter.status) q.set('status', filter.status);
      q.set('limit', '500');
      const { body } = await verzoek<{ casussen: CasusSamenvatting[] }>(o, 'GET', `/cases?${q}`);
      const lijst = body.casussen;
      const zoek = filter.zoek?.trim().toLowerCase();
      return zoek ? lijst.filter((c) => c.casusnummer.toLowerCase().includes(zoek)) : lijst;
    },
    async casus(casusnummer) {
      const pad = `/cases/${encodeURIComponent(casusnummer)}`;
      const [samenvatting, historie] = await Promise.all([
        verzoek<CasusSamenvatting & { afgeleid: AfgeleideTermijnen }>(o, 'GET', pad),
        verzoek<{ versie: number; gebeurtenissen: VastgelegdeGebeurtenis[] }>(o, 'GET', `${pad}/events`),
      ]);
      const { casusnummer: nr, gemeente, route, status, aanmeldingsdatum, afgeleid } = samenvatting.body;
      const { beslistermijn, praktijktoets, conflicten } = afgeleid;
      return {
        casus: {
          casusnummer: nr,
          gemeente,
          route,
          status,
          aanmeldingsdatum,
          versie: historie.body.versie,
          gebeurtenissen: historie.body.gebeurtenissen,
          afgeleid: { beslistermijn, praktijktoets, conflicten },
        },
        versie: historie.headers.get('etag') ?? `"${historie.body.versie}"`,
      };
    },
    async voegGebeurtenisToe(casusnummer, versie, g) {
      await verzoek(o, 'POST', `/cases/${encodeURIComponent(casusnummer)}/events`, g, { 'if-match': versie });
    },
    async wachtlijst(gemeente, peildatum) {
      const q = peildatum ? `?peildatum=${encodeURIComponent(peildatum)}` : '';
      const { body } = await verzoek<{ gemeente: string; peildatum: string; wachtlijst: WachtlijstRegel[] }>(
        o,
        'GET',
        `/gemeenten/${encodeURIComponent(gemeente)}/wachtlijst${q}`,
      );
      return { gemeente: body.gemeente, peildatum: body.peildatum, regels: body.wachtlijst };
    },
  };
}
