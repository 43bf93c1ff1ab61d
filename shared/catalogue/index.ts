/**
 * The spreadsheet functions, in the order of DOMAIN.md: everything about a function is said once, in its
 * entry here (one file per function, named after it, thin over its rule in shared/rules/), and derived
 * everywhere else (API dispatch, the add-in's description and functions.json, the formula builder, the README).
 */
import type { CatalogusFunctie } from './functie';
import { LOONKOSTENSUBSIDIE } from './LOONKOSTENSUBSIDIE';
import { BESLISTERMIJN } from './BESLISTERMIJN';
import { WACHTLIJSTPOSITIE } from './WACHTLIJSTPOSITIE';
import { PRAKTIJKTOETS_EINDE } from './PRAKTIJKTOETS_EINDE';
import { TIJDELIJK_DIENSTVERBAND_EINDE } from './TIJDELIJK_DIENSTVERBAND_EINDE';
import { VAST_DIENSTVERBAND_VANAF } from './VAST_DIENSTVERBAND_VANAF';
import { TAAKSTELLING_PLEKKEN } from './TAAKSTELLING_PLEKKEN';
import { BEGELEIDINGSKOSTEN } from './BEGELEIDINGSKOSTEN';
import { VANGNETUITKERING } from './VANGNETUITKERING';
import { DWANGSOM } from './DWANGSOM';
import { VRIJLATING } from './VRIJLATING';
import { BIJSTANDSNORM } from './BIJSTANDSNORM';
import { WML } from './WML';
import { BUIG_SALDO } from './BUIG_SALDO';
import { uitlegOver } from './UITLEG';

export type { CatalogusFunctie, EvaluatieContext, RegisterToegang } from './functie';

const uitlegbaar: readonly CatalogusFunctie[] = [
  LOONKOSTENSUBSIDIE,
  BESLISTERMIJN,
  WACHTLIJSTPOSITIE,
  PRAKTIJKTOETS_EINDE,
  TIJDELIJK_DIENSTVERBAND_EINDE,
  VAST_DIENSTVERBAND_VANAF,
  TAAKSTELLING_PLEKKEN,
  BEGELEIDINGSKOSTEN,
  VANGNETUITKERING,
  DWANGSOM,
  VRIJLATING,
  BIJSTANDSNORM,
  WML,
  BUIG_SALDO,
];

/** Every spreadsheet function, in the order of DOMAIN.md (BUIG_SALDO, from its finance section, before UITLEG). */
export const catalogus: readonly CatalogusFunctie[] = [...uitlegbaar, uitlegOver(uitlegbaar)];

const opNaam = new Map(catalogus.map((f) => [f.naam, f]));

/** @example zoekFunctie('loonkostensubsidie')?.naam // 'LOONKOSTENSUBSIDIE' */
export function zoekFunctie(naam: string): CatalogusFunctie | undefined {
  return (
    opNaam.get(naam) ??
    opNaam.get(
      naam
        .trim()
        .toUpperCase()
        .replace(/^AVRES\./, ''),
    )
  );
}
