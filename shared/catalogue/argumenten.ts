/**
 * Argument reading of the spreadsheet functions: how one cell value (already checked to be a JSON scalar or
 * a range by the zod batch schema in ../schemas/evaluate.ts) becomes a typed argument, and the Dutch message a
 * user sees when it does not fit. Dates arrive as Excel serials or ISO text and leave as calendar dates.
 * These checks run per cell in batches of thousands, so they are plain type tests, not schema parses.
 */
import { DomeinFout, ongeldig } from '../errors';
import { Datum, leesIsoDatum } from '../time/datum';
import { serialNaarDatum } from '../time/excel-serial';
import { opslaanbaarFout } from '../schemas/tekst';
import type { ArgumentBeschrijving, ArgumentSoort } from './beschrijving';

export interface ArgumentSpec<T = unknown> extends ArgumentBeschrijving {
  /**
   * The rule's input field this argument feeds, the camelCase of its name (`uren_per_week` feeds `urenPerWeek`):
   * a rule that refuses that field is answered with this argument's position.
   */
  veld: string;
  /** Converts one raw value (already known not to be empty, unless the argument allows empty) or raises a DomeinFout. */
  lees(waarde: unknown, positie: number): T;
}

const isLeeg = (v: unknown): boolean => v === null || v === undefined || v === '';

const isCel = (v: unknown): boolean => v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';

interface Opties {
  optioneel?: boolean;
  min?: number;
  max?: number;
}

function kenmerken(naam: string, beschrijving: string, soort: ArgumentSoort, o: Opties) {
  const veld = naam.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return { naam, beschrijving, soort, optioneel: !!o.optioneel, veld };
}

function leesGetalWaarde(naam: string, waarde: unknown, positie: number, hint: string): number {
  if (typeof waarde !== 'number' || !Number.isFinite(waarde))
    ongeldig(`${naam} moet een getal zijn${hint}, niet ${beschrijf(waarde)}`, { argument: positie });
  return waarde;
}

function beschrijf(waarde: unknown): string {
  if (typeof waarde === 'string') return `"${waarde}"`;
  if (Array.isArray(waarde)) return 'een bereik';
  return String(waarde);
}

function grenzen(naam: string, n: number, positie: number, o: Opties, eenheid = ''): void {
  if (o.min !== undefined && n < o.min) ongeldig(`${naam} moet minstens ${o.min}${eenheid} zijn, niet ${n}`, { argument: positie });
  if (o.max !== undefined && n > o.max) ongeldig(`${naam} mag hoogstens ${o.max}${eenheid} zijn, niet ${n}`, { argument: positie });
}

/** A number, optionally bounded. */
export function getalArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<number> {
  return {
    ...kenmerken(naam, beschrijving, 'getal', o),
    lees(v, p) {
      const n = leesGetalWaarde(naam, v, p, '');
      grenzen(naam, n, p, o);
      return n;
    },
  };
}

/** A whole number, optionally bounded. */
export function geheelArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<number> {
  return {
    ...kenmerken(naam, beschrijving, 'geheel', o),
    lees(v, p) {
      const n = leesGetalWaarde(naam, v, p, ' zonder decimalen');
      if (!Number.isInteger(n)) ongeldig(`${naam} moet een geheel getal zijn, niet ${n}`, { argument: p });
      grenzen(naam, n, p, o);
      return n;
    },
  };
}

/** A euro amount. */
export function bedragArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<number> {
  return { ...getalArg(naam, beschrijving, o), soort: 'bedrag' };
}

/** A fraction from 0 to 1 (Excel shows 45% for 0.45). */
export function percentageArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<number> {
  return {
    ...kenmerken(naam, beschrijving, 'percentage', o),
    lees(v, p) {
      const n = leesGetalWaarde(naam, v, p, ' (45% = 0,45)');
      const min = o.min ?? 0;
      const max = o.max ?? 1;
      if (n < min || n > max) {
        ongeldig(
          `${naam} moet tussen ${String(min).replace('.', ',')} en ${String(max).replace('.', ',')} liggen (45% = 0,45), niet ${String(n).replace('.', ',')}`,
          { argument: p },
        );
      }
      return n;
    },
  };
}

/**
 * Reads an Excel serial or ISO date text as a calendar date.
 * @example leesDatum(46083, 'peildatum', 3) // '2026-03-02'
 */
export function leesDatum(v: unknown, naam: string, positie?: number): Datum {
  const plaats = positie === undefined ? undefined : { argument: positie };
  if (typeof v === 'number') return serialNaarDatum(v, naam, plaats);
  if (typeof v !== 'string') ongeldig(`${naam} moet een datum zijn (Excel-datum of tekst als "2026-03-02"), niet ${beschrijf(v)}`, plaats);
  return leesIsoDatum(v, naam, plaats);
}

/** A date: an Excel serial or ISO text. */
export function datumArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<Datum> {
  return { ...kenmerken(naam, beschrijving, 'datum', o), lees: (v, p) => leesDatum(v, naam, p) };
}

/** Text, optionally one of a fixed set (compared without regard to case). */
export function tekstArg(naam: string, beschrijving: string, o: Opties & { keuzes?: readonly string[] } = {}): ArgumentSpec<string> {
  const keuzes = o.keuzes;
  return {
    ...kenmerken(naam, beschrijving, 'tekst', o),
    ...(keuzes ? { keuzes } : {}),
    lees(v, p) {
      if (typeof v !== 'string') ongeldig(`${naam} moet tekst zijn, niet ${beschrijf(v)}`, { argument: p });
      const onopslaanbaar = opslaanbaarFout(naam, v);
      if (onopslaanbaar) ongeldig(onopslaanbaar, { argument: p });
      const waarde = v.trim();
      if (!keuzes) return waarde;
      const gevonden = keuzes.find((k) => k.toLowerCase() === waarde.toLowerCase());
      if (!gevonden) ongeldig(`${naam} "${waarde}" is onbekend; kies uit: ${keuzes.join(', ')}`, { argument: p });
      return gevonden;
    },
  };
}

/** WAAR or ONWAAR (a boolean cell, 1/0, or the words). */
export function logischArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<boolean> {
  return {
    ...kenmerken(naam, beschrijving, 'logisch', o),
    lees(v, p) {
      if (typeof v === 'boolean') return v;
      if (v === 1 || v === 0) return v === 1;
      const woord = typeof v === 'string' ? v.trim().toLowerCase() : '';
      if (woord === 'waar' || woord === 'true') return true;
      if (woord === 'onwaar' || woord === 'false') return false;
      return ongeldig(`${naam} moet WAAR of ONWAAR zijn, niet ${beschrijf(v)}`, { argument: p });
    },
  };
}

/** A range: rows of cells. A single value counts as a range of one cell; empty rows are dropped. */
export function bereikArg(naam: string, beschrijving: string, o: Opties = {}): ArgumentSpec<unknown[][]> {
  return {
    ...kenmerken(naam, beschrijving, 'bereik', o),
    lees(v, p) {
      if (!Array.isArray(v)) return [[v]];
      if (!v.every((rij) => Array.isArray(rij) && rij.every(isCel))) ongeldig(`${naam} moet een bereik van cellen zijn`, { argument: p });
      return (v as unknown[][]).filter((rij) => rij.some((c) => !isLeeg(c)));
    },
  };
}

/** A range whose cells are all empty (`E6:F6` with nothing in it) is an argument not given, as an empty cell is. */
const isLeegBereik = (v: unknown): boolean => Array.isArray(v) && v.every((rij) => Array.isArray(rij) && (rij as unknown[]).every(isLeeg));

/** Parses positional arguments against their specs; empty optional arguments (an empty cell or range) become `undefined`. */
export function leesArgumenten(specs: readonly ArgumentSpec[], args: readonly unknown[]): unknown[] {
  if (args.length > specs.length) {
    throw new DomeinFout(
      'ONGELDIGE_INVOER',
      `te veel argumenten: ${args.length} gegeven, hoogstens ${specs.length} toegestaan (${specs.map((s) => s.naam).join('; ')})`,
      { argument: specs.length + 1 },
    );
  }
  const uit = new Array<unknown>(specs.length);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const v = args[i];
    if (isLeeg(v) || isLeegBereik(v)) {
      if (!spec.optioneel) ongeldig(`${spec.naam} ontbreekt (argument ${i + 1}): ${spec.beschrijving}`, { argument: i + 1 });
      uit[i] = undefined;
    } else {
      uit[i] = spec.lees(v, i + 1);
    }
  }
  return uit;
}

/**
 * The date the figures of a rule are taken for.
 * @example peildatumArg().naam // 'peildatum'
 */
export const peildatumArg = (beschrijving = 'de datum waarvoor de bedragen gelden'): ArgumentSpec<Datum> =>
  datumArg('peildatum', beschrijving);

/**
 * Reads a one-column (or one-row) range of numbers, skipping empty cells.
 * @example leesGetallen([[31], [null], [20]], 'uren_per_week', 1) // [31, 20]
 */
export function leesGetallen(rijen: unknown[][] | undefined, naam: string, positie: number): number[] {
  const uit: number[] = [];
  for (const rij of rijen ?? []) {
    for (const cel of rij) {
      if (isLeeg(cel)) continue;
      if (typeof cel !== 'number' || !Number.isFinite(cel)) {
        ongeldig(`${naam} mag alleen getallen bevatten, niet "${String(cel)}"`, { argument: positie });
      }
      uit.push(cel);
    }
  }
  return uit;
}
