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
import type { SerializedNamedExpression } from 'hyperformula';
import type { FunctieBeschrijving } from '../../shared/catalogue/beschrijving';
import { datum, maak } from '../../shared/time/datum';
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

/** Excel's TRUE and FALSE literals; HyperFormula knows them only as the functions TRUE() and FALSE(). */
const WAARHEIDSWAARDE = /(?<![\w.!$])(TRUE|FALSE)(?![\w.(!])/gi;

/** Rewrites the formula text outside its string literals and quoted sheet names, which stay as written. */
function buitenTekst(formule: string, herschrijf: (code: string) => string): string {
  return formule
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((deel, i) => (i % 2 === 1 ? deel : herschrijf(deel)))
    .join('');
}

/**
 * exceljs formula text (OOXML, English) as HyperFormula reads it: Excel stores custom functions and newer
 * functions with prefixes, and TRUE/FALSE as literals.
 * @example alsHyperFormula('_xldudf_AVRES_BESLISTERMIJN(A2,FALSE)') // '=AVRES.BESLISTERMIJN(A2,FALSE())'
 */
export function alsHyperFormula(formule: string): string {
  return `=${buitenTekst(formule, (code) =>
    code
      .replace(/_xldudf_AVRES_([A-Z_]+)\(/gi, 'AVRES.$1(')
      .replace(/_xlfn\./gi, '')
      .replace(/_xlws\./gi, '')
      .replace(WAARHEIDSWAARDE, (w) => `${w.toUpperCase()}()`),
  )}`;
}

/** A text cell stays text, as in Excel: HyperFormula would read "45%", "15-03-2026" or "00123" as numbers without the apostrophe. */
const alsTekst = (tekst: string): string => `'${tekst}`;

function celInvoer(cel: ExcelJS.Cell): CelInvoer {
  const v = cel.value;
  if (cel.formula) return alsHyperFormula(cel.formula);
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return datumNaarSerial(maak(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  if (typeof v === 'string') return alsTekst(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return alsTekst(v.richText.map((t) => t.text).join(''));
  if (typeof v === 'object' && 'text' in v) return alsTekst(String(v.text));
  return null;
}

/** The workbook's defined names (ranges and constants) as HyperFormula named expressions. */
function gedefinieerdeNamen(werkmap: ExcelJS.Workbook): SerializedNamedExpression[] {
  const model = werkmap.definedNames.model as { name: string; ranges: string[] }[];
  return model
    .filter((n) => n.ranges.length === 1 && !n.name.startsWith('_xlnm.'))
    .map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
}

export interface Verslag {
  formules: number;
  /** AVRES calls asked of the client over all rounds (before its de-duplication and cache). */
  avresAanroepen: number;
  rondes: number;
  /** Formula cells whose value is an error, with the message (also kept in the output file as the cell's note). */
  fouten: { cel: string; fout: string }[];
  /** Cells whose AVRES call failed for the moment, not for its input: no or a refused token, no server, a time-out. */
  nietBerekend: number;
}

export interface HerberekenOpties {
  /** Called with a Dutch progress line at each stage and, for large bursts, every tenth of the calls answered. */
  voortgang?: (melding: string) => void;
}

/** Excel's own sheet size (HyperFormula's default stops at 40,000 rows). */
const EXCEL_MAX_RIJEN = 1_048_576;
const EXCEL_MAX_KOLOMMEN = 16_384;

/**
 * As Excel 365 computes: array arithmetic inside SUMPRODUCT(IFERROR(…)) and the like, and ISO date text
 * coerced to a date in arithmetic ("2026-03-01"-A1).
 */
const HF_CONFIG = {
  licenseKey: 'gpl-v3',
  maxRows: EXCEL_MAX_RIJEN,
  maxColumns: EXCEL_MAX_KOLOMMEN,
  useArrayArithmetic: true,
  dateFormats: ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD'],
};

/** Codes of a call that failed for the moment (connection, sign-in), not for its arguments. */
const NIET_BEREKEND = new Set(['NIET_AANGEMELD', 'GEEN_VERBINDING', 'TIME_OUT']);

/** Opens the note recalc writes on an error cell, so a later recalc can clear its own notes. */
const NOTITIE = 'AVRES-herberekening: ';

/** Bursts smaller than this report no progress of their own. */
const VOORTGANG_VANAF = 5_000;

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
  opties: HerberekenOpties = {},
): Promise<Verslag> {
  const meld = opties.voortgang ?? ((): void => undefined);
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
  meld(`${formuleCellen.length} formules gelezen; eerste berekening`);

  const ronde: Ronde = { antwoorden: new Map(), ontbrekend: new Map() };
  const resultaatSoort = new Map(catalogus.map((f) => [f.naam, f.resultaat]));
  let aanroepen = 0;
  let rondes = 1;
  actief = ronde;
  let hf: HyperFormula;
  try {
    hf = HyperFormula.buildFromSheets(bladen, HF_CONFIG, gedefinieerdeNamen(werkmap));
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
    meld(`ronde ${rondes}: ${vragen.length} AVRES-aanroepen gevraagd`);
    const tiende = Math.ceil(vragen.length / 10);
    let beantwoord = 0;
    const uitkomsten = await Promise.allSettled(
      vragen.map(([, v]) =>
        client.evalueer(v.functie, v.args).finally(() => {
          beantwoord++;
          if (vragen.length >= VOORTGANG_VANAF && beantwoord % tiende === 0 && beantwoord < vragen.length)
            meld(`ronde ${rondes}: ${beantwoord} van ${vragen.length} aanroepen beantwoord`);
        }),
      ),
    );
    uitkomsten.forEach((u, i) => {
      const [sleutel, v] = vragen[i]!;
      if (u.status === 'rejected') {
        const fout = u.reason instanceof AvresFout ? u.reason : new AvresFout('INTERNE_FOUT', String(u.reason));
        ronde.antwoorden.set(sleutel, { fout });
      } else {
        const waarde = u.value.value;
        ronde.antwoorden.set(sleutel, {
          waarde: resultaatSoort.get(v.functie) === 'datum' ? datumNaarSerial(datum(String(waarde))) : (waarde as number | string),
        });
      }
    });
    rondes++;
    meld(`ronde ${rondes}: herberekenen met de antwoorden`);
    actief = ronde;
    try {
      hf.rebuildAndRecalculate();
    } finally {
      actief = undefined;
    }
  }

  const fouten: Verslag['fouten'] = [];
  // A cell that depends on a failed call carries the same error message, so it counts as not computed too.
  const tijdelijkeFouten = new Set(
    [...ronde.antwoorden.values()].flatMap((a) => ('fout' in a && NIET_BEREKEND.has(a.fout.code) ? [a.fout.message] : [])),
  );
  let nietBerekend = 0;
  for (const { blad, cel } of formuleCellen) {
    const sheet = hf.getSheetId(blad)!;
    const waarde = hf.getCellValue({ sheet, row: Number(cel.row) - 1, col: Number(cel.col) - 1 });
    const formula = cel.formula;
    if (waarde instanceof DetailedCellError) {
      const code = FOUTCODE[waarde.type] ?? '#VALUE!';
      const fout = `${code} ${waarde.message ?? ''}`.trim();
      fouten.push({ cel: `${blad}!${cel.address}`, fout });
      if (tijdelijkeFouten.has(waarde.message ?? '')) nietBerekend++;
      cel.value = { formula, result: { error: code } } as ExcelJS.CellFormulaValue;
      cel.note = `${NOTITIE}${fout}`;
    } else {
      cel.value = { formula, result: waarde ?? '' } as ExcelJS.CellFormulaValue;
      if (typeof cel.note === 'string' && cel.note.startsWith(NOTITIE)) cel.note = '';
    }
  }
  hf.destroy();
  return { formules: formuleCellen.length, avresAanroepen: aanroepen, rondes, fouten, nietBerekend };
}
