/**
 * Raming: figures projected past the known range, for budgets of a year whose law is not published yet. Every
 * series with a rhythm (`halfjaar` or `jaar`) is extended from the day after its known end up to `tot`: each new
 * half year (a year counts as two) from `vanaf` on multiplies the amounts of the figure by 1 + the indexation
 * (rounded to cents), periods before `vanaf` and figures that are not amounts (percentages, ages, weeks) carry
 * over unchanged, and an explicit projected value replaces the computed one from its date. Every projected value
 * carries the raming's name, so every step on it is marked (status raming with the scenario's name). Known figures
 * are never changed: that is what the other scenario overrides are for.
 */
import Decimal from 'decimal.js';
import { DomeinFout, ongeldig } from '../errors';
import { opCenten } from '../geld';
import type { RamingInvoer } from '../schemas/grootboek';
import { Datum, datumNl, maak } from '../time/datum';
import { plusDagen, plusMaanden } from '../time/kalender';
import type { Parameters } from './index';
import { bekendTotVan, Reeks, ReeksWaarde } from './reeks';
import { procentNl } from './notatie';

/** The fields of a series' figure that are amounts and follow the indexation; `*`: every field. */
const BEDRAGEN: Partial<Record<keyof Parameters, readonly string[] | '*'>> = {
  wml: ['perUur', 'referentiemaandloon'],
  bijstandsnormen: '*',
  vrijlating: ['maximum'],
  bijverdienregels: ['maximumAow'],
};

type Projectie = NonNullable<RamingInvoer['reeksen']>[string];

function isReeks(w: unknown): w is Reeks<unknown> {
  return typeof w === 'object' && w !== null && 'waarden' in w && 'naam' in w;
}

function indexeer(waarde: unknown, velden: readonly string[] | '*' | undefined, factor: Decimal): unknown {
  if (velden === undefined || factor.eq(1)) return waarde;
  const uit: Record<string, unknown> = { ...(waarde as Record<string, unknown>) };
  for (const [veld, w] of Object.entries(uit)) {
    if ((velden === '*' || velden.includes(veld)) && w instanceof Decimal) uit[veld] = opCenten(w.times(factor));
  }
  return uit;
}

function expliciet(naam: string, vorige: unknown, opgegeven: number | Record<string, number>): unknown {
  if (typeof opgegeven === 'number') {
    if (vorige instanceof Decimal) return new Decimal(opgegeven);
    if (typeof vorige === 'number') return opgegeven;
    ongeldig(`raming.reeksen.${naam}: geef de velden van het cijfer, bijvoorbeeld { "referentiemaandloon": 2400 }`, { field: 'raming' });
  }
  const uit: Record<string, unknown> = { ...(vorige as Record<string, unknown>) };
  for (const [veld, w] of Object.entries(opgegeven)) {
    const oud = uit[veld];
    if (!(oud instanceof Decimal) && typeof oud !== 'number') {
      ongeldig(`raming.reeksen.${naam}: het cijfer heeft geen veld "${veld}"; velden: ${Object.keys(uit).join(', ')}`, { field: 'raming' });
    }
    uit[veld] = oud instanceof Decimal ? new Decimal(w) : w;
  }
  return uit;
}

function trekDoor(
  naam: keyof Parameters,
  reeks: Reeks<unknown>,
  raming: RamingInvoer,
  scenario: string,
  tot: Datum,
): ReeksWaarde<unknown>[] {
  const bekendTot = bekendTotVan(reeks);
  const laatste = reeks.waarden[reeks.waarden.length - 1];
  if (reeks.ritme === undefined || bekendTot === undefined || laatste === undefined) return [];
  const eigen: Projectie | undefined = raming.reeksen?.[naam];
  const index = new Decimal(eigen?.indexatiePerHalfjaar ?? raming.indexatiePerHalfjaar ?? 0);
  const maanden = reeks.ritme === 'halfjaar' ? 6 : 12;
  const factor = index.plus(1).pow(maanden / 6);
  const opgegeven = new Map<string, number | Record<string, number>>();
  for (const w of eigen?.waarden ?? []) {
    if (w.geldigVanaf <= bekendTot) {
      ongeldig(
        `raming.reeksen.${naam}: ${datumNl(w.geldigVanaf as Datum)} ligt in het bekende bereik (tot en met ${datumNl(bekendTot)}); een raming verandert geen bekende cijfers`,
        { field: 'raming' },
      );
    }
    opgegeven.set(w.geldigVanaf, w.waarde);
  }
  const uit: ReeksWaarde<unknown>[] = [];
  let vorige: ReeksWaarde<unknown> = laatste;
  for (let van = plusDagen(bekendTot, 1); van <= tot; van = plusMaanden(van, maanden)) {
    const eigenWaarde = opgegeven.get(van);
    const geindexeerd = van >= raming.vanaf && BEDRAGEN[naam] !== undefined && !index.isZero();
    const waarde =
      eigenWaarde !== undefined
        ? expliciet(naam, vorige.waarde, eigenWaarde)
        : geindexeerd
          ? indexeer(vorige.waarde, BEDRAGEN[naam], factor)
          : vorige.waarde;
    const hoe =
      eigenWaarde !== undefined
        ? 'opgegeven waarde'
        : geindexeerd
          ? `${procentNl(index)} per halfjaar op de waarde van ${datumNl(vorige.geldigVanaf)}`
          : `waarde van ${datumNl(vorige.geldigVanaf)} ongewijzigd doorgetrokken`;
    vorige = {
      geldigVanaf: van,
      waarde,
      bron: `Raming "${scenario}": ${hoe}; uitgangspunt: ${laatste.bron}`,
      artikel: laatste.artikel,
      raming: scenario,
    };
    uit.push(vorige);
  }
  return uit;
}

/**
 * The parameters with every series with a rhythm projected past its known range.
 * @example
 * const p = ramingParameters(basisParameters, { vanaf: '2026-07-01', indexatiePerHalfjaar: 0.025 }, 'begroting 2027');
 * waardeOp(p.wml, '2027-01-01').waarde.referentiemaandloon.toFixed(2) // '2395.43' (2.337,00 × 1,025), marked raming
 */
export function ramingParameters(basis: Parameters, raming: RamingInvoer, scenario: string): Parameters {
  const vanaf = raming.vanaf as Datum;
  const tot = (raming.tot ?? maak(Number(vanaf.slice(0, 4)) + 1, 12, 31)) as Datum;
  if (tot < vanaf) ongeldig(`raming.tot (${datumNl(tot)}) ligt vóór raming.vanaf (${datumNl(vanaf)})`, { field: 'raming' });
  if (tot > plusMaanden(vanaf, 120)) ongeldig('een raming reikt hoogstens tien jaar vooruit', { field: 'raming' });
  for (const naam of Object.keys(raming.reeksen ?? {})) {
    if (!isReeks((basis as unknown as Record<string, unknown>)[naam])) {
      const namen = Object.entries(basis)
        .filter(([, r]) => isReeks(r) && (r as Reeks<unknown>).ritme !== undefined)
        .map(([n]) => n);
      ongeldig(`raming.reeksen: onbekende reeks "${naam}"; kies uit: ${namen.join(', ')}`, { field: 'raming' });
    }
  }
  const uit: Record<string, unknown> = { ...basis };
  let doorgetrokken = 0;
  for (const [naam, reeks] of Object.entries(basis)) {
    if (!isReeks(reeks)) continue;
    const extra = trekDoor(naam as keyof Parameters, reeks, raming, scenario, tot);
    doorgetrokken += extra.length;
    if (extra.length > 0) uit[naam] = { ...reeks, waarden: [...reeks.waarden, ...extra] };
  }
  if (doorgetrokken === 0) {
    throw new DomeinFout(
      'ONGELDIGE_INVOER',
      `de raming tot en met ${datumNl(tot)} trekt geen enkele reeks door: alle cijfers zijn tot dan bekend; kies een latere raming.tot`,
      { field: 'raming' },
    );
  }
  return uit as unknown as Parameters;
}
