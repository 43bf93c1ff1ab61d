/**
 * The custom functions themselves: one wrapper per catalogue function over the batching client.
 * Arguments go to the API as Excel gives them (dates as serials); date results come back as serials,
 * UITLEG as a table that spills, and a refused call as a cell error carrying the Dutch message.
 */
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import { datum } from '../../shared/time/datum';
import { datumNaarSerial } from '../../shared/time/excel-serial';
import { ArgumentWaarde, BatchingClient } from '../client/batching-client';
import { AvresFout } from '../client/fout';

/** The two cell errors that can carry a message in Excel: #VALUE! for bad input, #N/A for "no answer". */
export type CelFoutSoort = '#VALUE!' | '#N/A';
/** Makes the cell error: `CustomFunctions.Error` in Excel (which is not an `Error` subclass). */
export type CelFoutFabriek = (soort: CelFoutSoort, bericht: string) => unknown;

export type CelWaarde = number | string | (string | number)[][];
export type CustomFunctie = (...args: unknown[]) => Promise<CelWaarde>;

/** Codes about the input get #VALUE!; absent data, registry and connection problems get #N/A. */
export function celFoutSoort(code: string): CelFoutSoort {
  return ['ONGELDIGE_INVOER', 'BUITEN_PARAMETERBEREIK', 'ONBEKENDE_FUNCTIE'].includes(code) ? '#VALUE!' : '#N/A';
}

function alsCelFout(e: unknown, maak: CelFoutFabriek): unknown {
  if (e instanceof AvresFout) {
    const waar = e.argument !== undefined ? ` (argument ${e.argument})` : '';
    return maak(celFoutSoort(e.code), `${e.message}${waar}`);
  }
  return maak('#N/A', 'er ging iets mis in de AVRES-invoegtoepassing; bereken opnieuw of meld het aan de beheerder');
}

type Cel = number | string | boolean | null;

function alsArgument(v: unknown): ArgumentWaarde {
  if (v === undefined) return null;
  if (Array.isArray(v)) return (v as unknown[][]).map((rij) => rij.map((c) => (c === undefined ? null : (c as Cel))));
  return v as ArgumentWaarde;
}

const GETAL = /^-?\d+(\.\d+)?$/;

/** UITLEG's table: exact values written as text become numbers Excel can compute with. */
function alsTabel(waarde: unknown): (string | number)[][] {
  return (waarde as (string | number)[][]).map((rij, i) =>
    i === 0 ? rij : rij.map((c) => (typeof c === 'string' && GETAL.test(c) ? Number(c) : c)),
  );
}

/** A repeated UITLEG argument arrives as a matrix; a single cell becomes a plain value unless the target takes a range. */
function uitlegArgumenten(doel: FunctieBeschrijving | undefined, herhaald: unknown): ArgumentWaarde[] {
  const lijst = Array.isArray(herhaald) ? (herhaald as unknown[]) : [];
  return lijst.map((m, i) => {
    const bereik = doel?.argumenten[i]?.soort === 'bereik';
    if (!bereik && Array.isArray(m) && m.length === 1 && Array.isArray(m[0]) && (m[0] as unknown[]).length === 1)
      return alsArgument((m[0] as unknown[])[0]);
    return alsArgument(m);
  });
}

/**
 * Builds the custom functions, keyed by their id in functions.json.
 * @example const f = maakCustomFuncties(catalogus, client, (s, m) => new CustomFunctions.Error(...));
 *          await f.LOONKOSTENSUBSIDIE(0.6, 36, '2026-01-01') // 1224.11
 */
export function maakCustomFuncties(
  catalogus: readonly FunctieBeschrijving[],
  client: BatchingClient,
  maakFout: CelFoutFabriek,
): Record<string, CustomFunctie> {
  const opNaam = new Map(catalogus.map((f) => [f.naam, f]));
  const uit: Record<string, CustomFunctie> = {};
  for (const f of catalogus) {
    uit[f.naam] = async (...ruw: unknown[]) => {
      try {
        let args: ArgumentWaarde[];
        if (f.herhalend) {
          const vast = ruw.slice(0, f.argumenten.length - 1).map(alsArgument);
          const doel =
            typeof vast[0] === 'string'
              ? opNaam.get(
                  vast[0]
                    .trim()
                    .toUpperCase()
                    .replace(/^AVRES\./, ''),
                )
              : undefined;
          args = [...vast, ...uitlegArgumenten(doel, ruw[f.argumenten.length - 1])];
        } else {
          args = ruw.slice(0, f.argumenten.length).map(alsArgument);
        }
        const { value } = await client.evalueer(f.naam, args);
        if (f.resultaat === 'datum') return datumNaarSerial(datum(String(value)));
        if (f.resultaat === 'tabel') return alsTabel(value);
        return value;
      } catch (e) {
        throw alsCelFout(e, maakFout);
      }
    };
  }
  return uit;
}
