/**
 * `npm run --silent evaluate < calls.json`: the batch contract of DOMAIN.md on the command line.
 * Reads `{"calls": [...]}` on stdin, prints `{"results": [...]}` on stdout through the same catalogue
 * as the API. A bad call never fails the others; a bad batch prints one Dutch error and exits 2.
 */
import { batchVerzoekSchema } from '../shared/schemas/evaluate';
import { evalueerBatch } from '../shared/catalogue/evalueer';
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

async function main(): Promise<void> {
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
  const results = await evalueerBatch(verzoek.data.calls, { vandaag: vandaag() }, { stappen: verzoek.data.steps });
  process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
}

void main();
