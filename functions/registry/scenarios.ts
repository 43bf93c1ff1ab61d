/**
 * Named scenarios (policy staff). The parameters of a scenario are built once per content and cached, so
 * a workbook full of `scenario` arguments costs one read per batch, not one build per cell.
 */
import { Parameters } from '../../shared/parameters';
import { Scenario, scenarioParameters } from '../../shared/parameters/scenario';
import { DomeinFout } from '../../shared/errors';
import type { ScenarioInvoer, ScenarioWijzigingen } from '../../shared/schemas/grootboek';
import type { Datum } from '../../shared/time/datum';
import type { Db, Querier } from './db';
import { schrijfLogboek } from './logboek';

interface ScenarioRij {
  naam: string;
  omschrijving: string | null;
  ingangsdatum: Datum | null;
  wijzigingen: ScenarioWijzigingen;
  versie: number;
  vastgelegd_door: string;
  gewijzigd_op: string;
}

export interface OpgeslagenScenario extends Scenario {
  versie: number;
  vastgelegdDoor: string;
  gewijzigdOp: string;
}

const alsScenario = (r: ScenarioRij): OpgeslagenScenario => ({
  naam: r.naam,
  ...(r.omschrijving ? { omschrijving: r.omschrijving } : {}),
  ...(r.ingangsdatum ? { ingangsdatum: r.ingangsdatum } : {}),
  wijzigingen: r.wijzigingen,
  versie: r.versie,
  vastgelegdDoor: r.vastgelegd_door,
  gewijzigdOp: r.gewijzigd_op,
});

/** Creates or replaces a scenario; the version goes up by one on every replacement. */
export async function legScenarioVast(
  db: Db,
  s: ScenarioInvoer,
  meta: { actor: string; traceId: string },
): Promise<{ scenario: OpgeslagenScenario; nieuw: boolean }> {
  return db.transaction(async (tx) => {
    const [bestaand] = await tx.query<ScenarioRij>('SELECT * FROM scenarios WHERE lower(naam) = lower($1) FOR UPDATE', [s.naam]);
    const waarden = [s.omschrijving ?? null, s.ingangsdatum ?? null, JSON.stringify(s.wijzigingen), meta.actor];
    const [rij] = bestaand
      ? await tx.query<ScenarioRij>(
          'UPDATE scenarios SET omschrijving = $2, ingangsdatum = $3, wijzigingen = $4, vastgelegd_door = $5, versie = versie + 1, gewijzigd_op = now() WHERE naam = $1 RETURNING *',
          [bestaand.naam, ...waarden],
        )
      : await tx.query<ScenarioRij>(
          'INSERT INTO scenarios (naam, omschrijving, ingangsdatum, wijzigingen, vastgelegd_door, versie) VALUES ($1, $2, $3, $4, $5, 1) RETURNING *',
          [s.naam, ...waarden],
        );
    await schrijfLogboek(tx, { traceId: meta.traceId, operatie: 'scenario.vastleggen', actor: meta.actor });
    return { scenario: alsScenario(rij!), nieuw: !bestaand };
  });
}

export async function lijstScenarios(q: Querier): Promise<OpgeslagenScenario[]> {
  return (await q.query<ScenarioRij>('SELECT * FROM scenarios ORDER BY lower(naam)')).map(alsScenario);
}

/** The scenario by name (case-insensitive); a DomeinFout NIET_GEVONDEN naming the known scenarios when absent. */
export async function leesScenario(q: Querier, naam: string): Promise<OpgeslagenScenario> {
  const [rij] = await q.query<ScenarioRij>('SELECT * FROM scenarios WHERE lower(naam) = lower($1)', [naam]);
  if (rij) return alsScenario(rij);
  const namen = (await q.query<{ naam: string }>('SELECT naam FROM scenarios ORDER BY lower(naam) LIMIT 20')).map((r) => r.naam);
  throw new DomeinFout(
    'NIET_GEVONDEN',
    `scenario "${naam}" bestaat niet; ${namen.length ? `bekend zijn: ${namen.join(', ')}` : "er zijn nog geen scenario's vastgelegd (lint AVRES › Financiën, onderdeel Scenario's)"}`,
    { field: 'scenario' },
  );
}

const cache = new Map<string, Parameters>();

/**
 * The parameters of a stored scenario on top of the given figures (the effective set of the parameter register; absent:
 * the baseline), built once per distinct content and figure version.
 */
export async function parametersVanScenario(
  q: Querier,
  naam: string,
  basis?: { versie: string; parameters: Parameters },
): Promise<{ scenario: OpgeslagenScenario; parameters: Parameters }> {
  const scenario = await leesScenario(q, naam);
  const sleutel = JSON.stringify([basis?.versie, scenario.naam, scenario.omschrijving, scenario.ingangsdatum, scenario.wijzigingen]);
  let parameters = cache.get(sleutel);
  if (!parameters) {
    parameters = basis ? scenarioParameters(scenario, basis.parameters) : scenarioParameters(scenario);
    if (cache.size > 200) cache.clear();
    cache.set(sleutel, parameters);
  }
  return { scenario, parameters };
}
