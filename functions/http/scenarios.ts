/**
 * /api/scenarios: named parameter overrides for policy staff (beleid writes, the finance roles read), usable as
 * the `scenario` argument of every function in POST /api/evaluate, and compared with the baseline for a year
 * per gemeente.
 */
import Decimal from 'decimal.js';
import { Kerncijfers, vergelijkScenario } from '../../shared/rules/scenariovergelijking';
import { DomeinFout } from '../../shared/errors';
import { scenarioSchema, vergelijkingSchema, Gemeente } from '../../shared/schemas/grootboek';
import { alsWireStap } from '../../shared/schemas/stap';
import { registerFeiten } from '../registry/dienstverbanden';
import { buigUitRegister } from '../registry/buig';
import { legScenarioVast, leesScenario, lijstScenarios, parametersVanScenario } from '../registry/scenarios';
import { schrijfLogboek } from '../registry/logboek';
import { effectieveSet } from '../registry/parameters';
import { valideer } from './fouten';
import { gevraagdeGemeenten, queryObject } from './financien';
import { aangemeld, leesJson, padParameter } from './verzoek';
import type { Handler } from './types';
import { bedragTekst } from '../../shared/geld';
import { scenarioParameters } from '../../shared/parameters/scenario';

export const lijst: Handler = async (v, o) => {
  await aangemeld(v, o, 'financien_lezen');
  return { status: 200, body: { scenarios: await lijstScenarios(o.db) } };
};

export const vastleggen: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'scenario_schrijven');
  const s = valideer(scenarioSchema, await leesJson(v));
  // Building the figures refuses a scenario that would change nothing or a raming that projects nothing (400).
  scenarioParameters(s, (await effectieveSet(o.db)).parameters);
  const { scenario, nieuw } = await legScenarioVast(o.db, s, { actor: g.id, traceId: v.traceId });
  return { status: nieuw ? 201 : 200, headers: { Location: `/api/scenarios/${encodeURIComponent(scenario.naam)}` }, body: scenario };
};

export const lees: Handler = async (v, o) => {
  await aangemeld(v, o, 'financien_lezen');
  return { status: 200, body: await leesScenario(o.db, padParameter(v, 'naam')) };
};

const cijfers = (k: Kerncijfers) => ({
  lksKosten: bedragTekst(k.lksKosten),
  buigSaldo: k.buigSaldo === null ? null : bedragTekst(k.buigSaldo),
  plekkenGerealiseerd: k.plekkenGerealiseerd.toFixed(2),
  begeleidingskosten: k.begeleidingskosten === null ? null : bedragTekst(k.begeleidingskosten),
});

export const vergelijking: Handler = async (v, o) => {
  const g = await aangemeld(v, o, 'financien_lezen');
  const verzoek = valideer(vergelijkingSchema, queryObject(v, ['jaar']));
  const gemeenten = gevraagdeGemeenten(g, verzoek.gemeente);
  const { scenario, parameters, basis, dienstverbanden, buigSaldo } = await o.db.transaction(async (tx) => {
    const set = await effectieveSet(tx);
    const gevonden = { ...(await parametersVanScenario(tx, padParameter(v, 'naam'), set)), basis: set.parameters };
    const feiten = await registerFeiten(tx, gemeenten);
    const saldo: Partial<Record<Gemeente, Decimal>> = {};
    for (const gemeente of gemeenten) {
      try {
        saldo[gemeente] = (await buigUitRegister(tx, gemeente, verzoek.jaar)).waarde.saldo;
      } catch (e) {
        if (!(e instanceof DomeinFout && e.code === 'NIET_GEVONDEN')) throw e;
      }
    }
    await schrijfLogboek(tx, { traceId: v.traceId, operatie: 'scenario.vergelijking', actor: g.id, aantal: feiten.dienstverbanden.length });
    return { ...gevonden, dienstverbanden: feiten.dienstverbanden, buigSaldo: saldo };
  });
  const r = vergelijkScenario({ jaar: verzoek.jaar, gemeenten, dienstverbanden, buigSaldo, scenario }, basis, parameters);
  return {
    status: 200,
    body: {
      scenario: scenario.naam,
      versie: scenario.versie,
      jaar: verzoek.jaar,
      gemeenten: r.waarde.map((x) => ({
        gemeente: x.gemeente,
        basis: cijfers(x.basis),
        scenario: cijfers(x.scenario),
        verschil: {
          lksKosten: bedragTekst(x.verschil.lksKosten),
          buigSaldo: x.verschil.buigSaldo === null ? null : bedragTekst(x.verschil.buigSaldo),
          plekkenGerealiseerd: x.verschil.plekkenGerealiseerd.toFixed(2),
          begeleidingskosten: null,
        },
      })),
      stappen: r.stappen.map(alsWireStap),
    },
  };
};
