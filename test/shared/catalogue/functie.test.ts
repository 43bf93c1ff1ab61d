/**
 * Rules name the input field they refuse; each catalogue entry turns that field into its own argument position,
 * so the API's answers keep `"argument": N`. Every field a rule can name must be an argument of every entry
 * that calls the rule, or the user would get an error without a place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zoekFunctie } from '../../../shared/catalogue';
import { evalueer } from '../../../shared/catalogue/evalueer';
import { datum } from '../../../shared/time/datum';

const ctx = { vandaag: datum('2026-11-24') };
const CATALOGUS = join(__dirname, '..', '..', '..', 'shared', 'catalogue');
const REGELS = join(__dirname, '..', '..', '..', 'shared', 'rules');

/** Entries that reach their rule through the registry rather than by importing it. */
const VIA_REGISTER: Record<string, [string, string][]> = {
  WACHTLIJSTPOSITIE: [
    ['wachtlijst', 'opWachtlijstVan'],
    ['wachtlijst', 'wachtlijstpositie'],
  ],
  BUIG_SALDO: [['buig-saldo', 'buigOverzicht']],
};

/** The rule functions an entry calls, as [rule file, function]. */
function regelsVan(naam: string): [string, string][] {
  const bron = readFileSync(join(CATALOGUS, `${naam}.ts`), 'utf8');
  const geimporteerd = [...bron.matchAll(/import \{ ([\w, ]+) \} from '\.\.\/rules\/([\w-]+)'/g)].flatMap((m) =>
    m[1]!.split(', ').map((f): [string, string] => [m[2]!, f]),
  );
  return geimporteerd.concat(VIA_REGISTER[naam] ?? []);
}

/** The top-level functions of a rule file and their text (up to the closing brace at the start of a line). */
function functiesVan(regel: string): Map<string, string> {
  const bron = readFileSync(join(REGELS, `${regel}.ts`), 'utf8');
  return new Map([...bron.matchAll(/^(?:export )?function (\w+)[\s\S]*?^\}/gm)].map((m) => [m[1]!, m[0]]));
}

/** The fields a rule function can refuse: those it names, and those named by the functions of its file it calls. */
function veldenVan([regel, functie]: [string, string]): string[] {
  const functies = functiesVan(regel);
  const gezien = new Set<string>();
  const open = [functie];
  const velden = new Set<string>();
  while (open.length > 0) {
    const naam = open.pop()!;
    if (gezien.has(naam) || !functies.has(naam)) continue;
    gezien.add(naam);
    const tekst = functies.get(naam)!;
    for (const m of tekst.matchAll(/\bfield: '(\w+)'/g)) velden.add(m[1]!);
    for (const m of tekst.matchAll(/\b(\w+)\(/g)) open.push(m[1]!);
  }
  return [...velden];
}

const entries = readdirSync(CATALOGUS)
  .filter((f) => /^[A-Z_]+\.ts$/.test(f) && f !== 'UITLEG.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('rule fields and argument positions', () => {
  it('has one entry file per function, named after it, each calling a rule', () => {
    expect(entries.length).toBeGreaterThan(10);
    for (const naam of entries) {
      expect(zoekFunctie(naam)?.naam).toBe(naam);
      expect(regelsVan(naam).length).toBeGreaterThan(0);
    }
  });

  it('names every refused field of a rule literally, so this test sees them all', () => {
    for (const regel of readdirSync(REGELS)) {
      expect(readFileSync(join(REGELS, regel), 'utf8')).not.toMatch(/\bfield: (?!')/);
      expect(readFileSync(join(REGELS, regel), 'utf8')).not.toMatch(/\bargument: /);
    }
  });

  it.each(entries)('%s has an argument for every field its rules can refuse', (naam) => {
    const velden = zoekFunctie(naam)!.argumenten.map((a) => a.veld);
    for (const regel of regelsVan(naam))
      for (const veld of veldenVan(regel)) expect({ regel, veld, bekend: velden.includes(veld) }).toEqual({ regel, veld, bekend: true });
  });

  it('sees the fields a rule names through its helpers', () => {
    expect(veldenVan(['loonkostensubsidie', 'berekenLoonkostensubsidie']).sort()).toEqual(
      ['leeftijd', 'loonwaarde', 'peildatum', 'urenPerWeek', 'voltijdUren'].sort(),
    );
  });

  it.each([
    ['PRAKTIJKTOETS_EINDE', ['2026-03-01', 7], 2],
    ['TIJDELIJK_DIENSTVERBAND_EINDE', ['2026-01-01', 40], 2],
    ['BESLISTERMIJN', ['2026-03-02', [['2026-03-10', '2026-03-05']]], 2],
    ['LOONKOSTENSUBSIDIE', [0.6, 36, '2023-01-01'], 3],
    ['VANGNETUITKERING', [0, 100], 1],
    ['VANGNETUITKERING', [100, 50, [[1]]], 3],
    ['UITLEG', ['PRAKTIJKTOETS_EINDE', '2026-03-01', 7], 3],
  ] as const)('answers a refusal of %s %j at argument %i', async (naam, args, argument) => {
    const r = await evalueer({ function: naam, args }, ctx);
    expect(r).toMatchObject({ error: { argument } });
    expect('error' in r && 'field' in r.error).toBe(false);
  });
});
