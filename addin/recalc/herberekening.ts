/**
 * Headless recalculation of a workbook: HyperFormula evaluates every formula, and the AVRES functions
 * are a HyperFormula function plugin whose values come from the add-in's batching client, so the
 * recalc tool and Excel ask the same API the same way.
 *
 * HyperFormula plugins are synchronous and the API is not, so evaluation runs in rounds: a round
 * evaluates the workbook, collecting every AVRES call (with its evaluated arguments) that has no
 * answer yet; the answers are fetched in one burst; the next round evaluates again with them. An
 * AVRES call whose arguments depend on another AVRES result is found in a later round; the rounds
 * stop when no call is missing.
 *
 * HyperFormula is GPL-3.0 or commercial: it runs here under `licenseKey: 'gpl-v3'` (see README).
 */
import ExcelJS from 'exceljs';
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import { datumNaarSerial } from '../../shared/time/excel-serial';
import type { ArgumentWaarde, BatchingClient } from '../client/batching-client';
import { AvresFout } from '../client/fout';
import { celFoutSoort } from '../functions/aanroepen';

type Antwoord = { waarde: number | string } | { fout: AvresFout };

interface Ronde {
  antwoorden: Map<string, Antwoord>;
  ontbrekend: Map<string, { functie: string; args: ArgumentWaarde[] }>;
}

/** The round being evaluated; set only around HyperFormula's synchronous evaluation calls. */
let actief: Ronde | undefined;
const geregistreerd = new Set<string>();

const WACHT = 'AVRES: uitkomst wordt opgehaald';
const MAX_RONDES = 25;

function alsCel(v: unknown): number | string | boolean | null | CellError {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return v;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val;
  return v as number | string | boolean;
}

function leesArgument(v: unknown): ArgumentWaarde | CellError {
  if (v instanceof SimpleRangeValue) {
    const rijen = v.rawData().map((rij) => rij.map(alsCel));
    for (const rij of rijen) for (const c of rij) if (c instanceof CellError) return c;
    return rijen as (number | string | boolean | null)[][];
  }
  return alsCel(v);
}

/** HyperFormula's plugin for the catalogue: one method per function, all answered from the round's answers. */
function registreer(catalogus: readonly FunctieBeschrijving[]): void {
  const nieuw = catalogus.filter((f) => !geregistreerd.has(f.naam) && f.resultaat !== 'tabel');
  if (nieuw.length === 0) return;
  class AvresPlugin extends FunctionPlugin {}
  const functies: Record<string, object> = {};
  const vertalingen: Record<string, string> = {};
  for (const f of nieuw) {
    const id = `AVRES.${f.naam}`;
    const methode = `avres_${f.naam}`;
    functies[id] = {
      method: methode,
      parameters: f.argumenten.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      vectorizationForbidden: true,
    };
    vertalingen[id] = id;
    (AvresPlugin.prototype as unknown as Record<string, unknown>)[methode] = function (
      this: FunctionPlugin & { runFunction: FunctionPlugin['runFunction'] },
      ast: { args: unknown[] },
      state: unknown,
    ) {
      const self = this as unknown as {
        runFunction: (a: unknown, s: unknown, m: unknown, impl: (...args: unknown[]) => unknown) => unknown;
        metadata(n: string): unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(id), (...ruw: unknown[]) => beantwoord(f, ruw));
    };
  }
  (AvresPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = functies;
  HyperFormula.registerFunctionPlugin(AvresPlugin as never, { enGB: vertalingen, enUS: vertalingen });
  for (const f of nieuw) geregistreerd.add(f.naam);
}

function beantwoord(f: FunctieBeschrijving, ruw: unknown[]): number | string | CellError {
  const args: ArgumentWaarde[] = [];
  for (const r of ruw) {
    const a = leesArgument(r);
    if (a instanceof CellError) return a;
    args.push(a);
  }
  while (args.length > 0 && (args[args.length - 1] === null || args[args.length - 1] === '')) args.pop();
  const sleutel = JSON.stringify([f.naam, args]);
  const antwoord = actief?.antwoorden.get(sleutel);
  if (!antwoord) {
    actief?.ontbrekend.set(sleutel, { functie: f.naam, args });
    return new CellError(ErrorType.NA, WACHT);
  }
  if ('fout' in antwoord)
    return new CellError(celFoutSoort(antwoord.fout.code) === '#VALUE!' ? ErrorType.VALUE : ErrorType.NA, antwoord.fout.message);
  return antwoord.waarde;
}

type CelInvoer = number | string | boolean | null;

/** exceljs formula text (OOXML, English) as HyperFormula reads it; Excel stores custom functions and newer functions with prefixes. */
export function alsHyperFormula(formule: string): string {
  return `=${formule
    .replace(/_xldudf_AVRES_([A-Z_]+)\(/gi, 'AVRES.$1(')
    .replace(/_xlfn\./gi, '')
    .replace(/_xlws\./gi, '')}`;
}

function celInvoer(cel: ExcelJS.Cell): CelInvoer {
  const v = cel.value;
  if (cel.formula) return alsHyperFormula(cel.formula);
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return datumNaarSerial(v.toISOString().slice(0, 10));
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return null;
}

export interface Verslag {
  formules: number;
  /** AVRES calls asked of the client over all rounds (before its de-duplication and cache). */
  avresAanroepen: number;
  rondes: number;
  /** Formula cells whose value is an error, with the message. */
  fouten: { cel: string; fout: string }[];
}

const FOUTCODE: Record<string, string> = {
  VALUE: '#VALUE!',
  NA: '#N/A',
  NUM: '#NUM!',
  DIV_BY_ZERO: '#DIV/0!',
  REF: '#REF!',
  NAME: '#NAME?',
  CYCLE: '#REF!',
  ERROR: '#VALUE!',
  SPILL: '#SPILL!',
  LIC: '#VALUE!',
};

/**
 * Evaluates every formula of the workbook and writes the values beside the formulas (in place).
 * @example const verslag = await herbereken(werkmap, catalogus, createBatchingClient({ api }));
 */
export async function herbereken(
  werkmap: ExcelJS.Workbook,
  catalogus: readonly FunctieBeschrijving[],
  client: BatchingClient,
): Promise<Verslag> {
  registreer(catalogus);
  const bladen: Record<string, CelInvoer[][]> = {};
  const formuleCellen: { blad: string; cel: ExcelJS.Cell }[] = [];
  werkmap.eachSheet((ws) => {
    const rijen: CelInvoer[][] = [];
    ws.eachRow({ includeEmpty: true }, (rij, r) => {
      const uit: CelInvoer[] = [];
      rij.eachCell({ includeEmpty: true }, (cel, k) => {
        uit[k - 1] = celInvoer(cel);
        if (cel.formula) formuleCellen.push({ blad: ws.name, cel });
      });
      rijen[r - 1] = Array.from(uit, (c) => c ?? null);
    });
    bladen[ws.name] = Array.from(rijen, (r) => r ?? []);
  });

  const ronde: Ronde = { antwoorden: new Map(), ontbrekend: new Map() };
  const resultaatSoort = new Map(catalogus.map((f) => [f.naam, f.resultaat]));
  let aanroepen = 0;
  let rondes = 1;
  actief = ronde;
  let hf: HyperFormula;
  try {
    hf = HyperFormula.buildFromSheets(bladen, { licenseKey: 'gpl-v3' });
  } finally {
    actief = undefined;
  }
  while (ronde.ontbrekend.size > 0) {
    if (rondes >= MAX_RONDES)
      throw new AvresFout(
        'INTERNE_FOUT',
        `na ${MAX_RONDES} rondes kwamen er nog steeds nieuwe AVRES-aanroepen bij; controleer kringverwijzingen tussen AVRES-formules`,
      );
    const vragen = [...ronde.ontbrekend.entries()];
    ronde.ontbrekend.clear();
    aanroepen += vragen.length;
    const uitkomsten = await Promise.allSettled(vragen.map(([, v]) => client.evalueer(v.functie, v.args)));
    uitkomsten.forEach((u, i) => {
      const [sleutel, v] = vragen[i]!;
      if (u.status === 'rejected') {
        const fout = u.reason instanceof AvresFout ? u.reason : new AvresFout('INTERNE_FOUT', String(u.reason));
        ronde.antwoorden.set(sleutel, { fout });
      } else {
        const waarde = u.value.value;
        ronde.antwoorden.set(sleutel, {
          waarde: resultaatSoort.get(v.functie) === 'datum' ? datumNaarSerial(String(waarde)) : (waarde as number | string),
        });
      }
    });
    rondes++;
    actief = ronde;
    try {
      hf.rebuildAndRecalculate();
    } finally {
      actief = undefined;
    }
  }

  const fouten: Verslag['fouten'] = [];
  for (const { blad, cel } of formuleCellen) {
    const sheet = hf.getSheetId(blad)!;
    const waarde = hf.getCellValue({ sheet, row: Number(cel.row) - 1, col: Number(cel.col) - 1 });
    const formula = cel.formula;
    if (waarde instanceof DetailedCellError) {
      const code = FOUTCODE[waarde.type] ?? '#VALUE!';
      fouten.push({ cel: `${blad}!${cel.address}`, fout: `${code} ${waarde.message ?? ''}`.trim() });
      cel.value = { formula, result: { error: code } } as ExcelJS.CellFormulaValue;
    } else {
      cel.value = { formula, result: waarde ?? '' } as ExcelJS.CellFormulaValue;
    }
  }
  hf.destroy();
  return { formules: formuleCellen.length, avresAanroepen: aanroepen, rondes, fouten };
}
