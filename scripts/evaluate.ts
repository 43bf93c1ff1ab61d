/**
 * `npm run --silent evaluate < calls.json`: the batch contract of DOMAIN.md on the command line.
 * Reads `{"calls": [...]}` on stdin, prints `{"results": [...]}` on stdout through the same catalogue
 * as the API. A bad call never fails the others; a bad batch prints one Dutch error and exits 2.
 * `--parameters set.json` computes with an exported figure set (GET /api/parameters/export): the values Avres
 * approved, read by the same register schemas as the API.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basisParameters, type Parameters } from '../shared/parameters';
import { leesRekengegevens } from '../shared/parameters/register';
import { DomeinFout } from '../shared/errors';
import { batchVerzoekSchema } from '../shared/schemas/evaluate';
import { alsAanroepResultaat, evalueerBatch } from '../shared/catalogue/evalueer';
import { vandaag } from '../shared/time/vandaag';

async function leesStdin(): Promise<string> {
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

function fout(code: string, message: string): never {
  process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
  process.exit(2);
}

function leesParameterbestand(pad: string): Parameters {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(pad, 'utf8'));
  } catch (e) {
    fout('ONGELDIGE_INVOER', `--parameters ${pad}: ${e instanceof SyntaxError ? 'geen geldige JSON' : 'het bestand is niet te lezen'}`);
  }
  try {
    return leesRekengegevens(json, basisParameters).parameters;
  } catch (e) {
    if (e instanceof DomeinFout) fout(e.code, `--parameters ${pad}: ${e.message}`);
    throw e;
  }
}

async function main(): Promise<void> {
  let opties: { parameters?: string | undefined };
  try {
    opties = parseArgs({ options: { parameters: { type: 'string' } } }).values;
  } catch (e) {
    fout('ONGELDIGE_INVOER', `${(e as Error).message}; gebruik: npm run --silent evaluate -- [--parameters set.json] < calls.json`);
  }
  const parameters = opties.parameters !== undefined ? leesParameterbestand(opties.parameters) : undefined;
  const tekst = await leesStdin();
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    fout('ONGELDIGE_JSON', 'de invoer is geen geldige JSON; verwacht {"calls": [{"function": "…", "args": […]}]}');
  }
  const verzoek = batchVerzoekSchema.safeParse(json);
  if (!verzoek.success) {
    const eerste = verzoek.error.issues[0];
    const pad = eerste?.path.join('.') ?? '';
    fout(
      'ONGELDIGE_INVOER',
      `ongeldige batch${pad ? ` bij ${pad}` : ''}: ${eerste?.message ?? ''}; verwacht {"calls": [{"function": "…", "args": […]}]}`,
    );
  }
  const results = await evalueerBatch(
    verzoek.data.calls,
    { vandaag: vandaag(), ...(parameters ? { parameters } : {}) },
    { stappen: verzoek.data.steps },
  );
  process.stdout.write(`${JSON.stringify({ results: results.map(alsAanroepResultaat) }, null, 2)}\n`);
}

void main();
