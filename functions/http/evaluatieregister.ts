/**
 * What POST /api/evaluate offers the catalogue from the registry (RegisterToegang), within the caller's scope and
 * roles: WACHTLIJSTPOSITIE and BUIG_SALDO answered set-wise per batch (registerbundel.ts), a scenario read once per
 * name. The teller counts the distinct registry reads of the batch against `config.maxRegisterlezingen`. A batch of
 * values only (`stappen: false`) reads the BUIG overviews without their steps.
 */
import type { RegisterToegang } from '../../shared/catalogue';
import { metWaarde, type StapOpties } from '../../shared/uitleg';
import { DomeinFout } from '../../shared/errors';
import { binnenBereik, geenToegangTot } from '../auth/bereik';
import { Gebruiker, mag } from '../auth/tokens';
import { buigOverzichtenUitRegister, type BuigVraag } from '../registry/buig';
import type { Wie } from '../registry/casussen';
import { schrijfLogboek } from '../registry/logboek';
import { parametersVanScenario } from '../registry/scenarios';
import type { EffectieveSet } from '../registry/parameters';
import { positiesUitRegister, type PositieVraag } from '../registry/wachtlijsten';
import { bundel, type Teller } from './registerbundel';
import type { Omgeving } from './types';

export function evaluatieregister(
  o: Omgeving,
  g: Gebruiker,
  w: Wie,
  set: EffectieveSet,
  opties: StapOpties = {},
): { register: RegisterToegang; teller: Teller; logWeigeringen(): Promise<void> } {
  const teller: Teller = { max: o.config.maxRegisterlezingen, aantal: 0 };
  const geweigerd = new Set<string>();
  const buitenBereik = (gemeente: string): Promise<never> => {
    geweigerd.add(gemeente);
    return Promise.reject(new DomeinFout('NIET_BESCHIKBAAR', geenToegangTot(g.gemeenten, [gemeente]), { argument: 1 }));
  };
  const positie = bundel<PositieVraag, Awaited<ReturnType<RegisterToegang['wachtlijstpositie']>>>(
    (v) => `${v.gemeente}|${v.casusnummer}|${v.peildatum}`,
    async (vragen) =>
      (await positiesUitRegister(o.db, vragen, w)).map((r) =>
        r instanceof DomeinFout && r.code === 'NIET_GEVONDEN' ? new DomeinFout('NIET_GEVONDEN', r.message, { argument: 2 }) : r,
      ),
    teller,
  );
  const buig = bundel<BuigVraag, Awaited<ReturnType<RegisterToegang['buigSaldo']>>>(
    (v) => `${v.gemeente}|${v.jaar}|${v.budgetsoort ?? ''}`,
    async (vragen) =>
      (await buigOverzichtenUitRegister(o.db, vragen, opties)).map((r) => (r instanceof DomeinFout ? r : metWaarde(r, r.waarde.saldo))),
    teller,
  );
  const scenario = bundel<string, Awaited<ReturnType<RegisterToegang['scenario']>>>(
    (naam) => naam,
    (namen) =>
      Promise.all(
        namen.map((naam) =>
          parametersVanScenario(o.db, naam, set).then(
            (r) => r.parameters,
            (e: Error) => e,
          ),
        ),
      ),
    teller,
  );
  return {
    teller,
    // A call refused for scope is a refused read: one processing-log row per gemeente asked for.
    async logWeigeringen() {
      for (const gemeente of geweigerd)
        await schrijfLogboek(o.db, { traceId: w.traceId, operatie: 'evaluate', actor: w.actor, gemeente, geweigerd: true });
    },
    register: {
      wachtlijstpositie(gemeente, casusnummer, peildatum) {
        if (!binnenBereik(g.gemeenten, gemeente)) return buitenBereik(gemeente);
        return positie({ gemeente, casusnummer, peildatum });
      },
      // The catalogue puts a refusal on the scenario argument of the function called.
      scenario,
      buigSaldo(gemeente, jaar, budgetsoort) {
        if (!mag(g, 'financien_lezen'))
          return Promise.reject(
            new DomeinFout('NIET_BESCHIKBAAR', 'BUIG_SALDO is alleen voor de rollen financien, controller en beleid', { argument: 1 }),
          );
        if (!binnenBereik(g.gemeenten, gemeente)) return buitenBereik(gemeente);
        return buig({ gemeente, jaar, budgetsoort });
      },
    },
  };
}
