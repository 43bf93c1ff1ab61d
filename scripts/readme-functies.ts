/**
 * The README's function table, generated from the catalogue (one source of truth).
 * `npm run readme` rewrites the table between the markers; a test fails when the README is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctieBeschrijving } from '../shared/catalogue/beschrijving';
import { beschrijvingen } from '../shared/catalogue/beschrijvingen';

export const BEGIN = '<!-- functies:begin (gegenereerd door npm run readme) -->';
export const EINDE = '<!-- functies:einde -->';
export const README = join(__dirname, '..', 'README.md');

function voorbeeld(f: FunctieBeschrijving): string {
  const arg = (a: unknown): string => {
    if (typeof a === 'string') return `"${a}"`;
    if (typeof a === 'number') return String(a).replace('.', ',');
    if (Array.isArray(a)) return `{${a.map((rij: unknown[]) => rij.map(arg).join('.')).join(';')}}`;
    return String(a);
  };
  return `\`=AVRES.${f.naam}(${f.voorbeeld.args.map(arg).join(';')})\` → ${f.voorbeeld.uitkomst}`;
}

/** The markdown table of every catalogue function: name, arguments, result, example, source. */
export function functieTabel(): string {
  const rijen = beschrijvingen.map((f) => {
    const args = f.argumenten
      .map((a, i) => {
        const naam = f.herhalend && i === f.argumenten.length - 1 ? `${a.naam}…` : a.naam;
        return `${a.optioneel ? `[${naam}]` : naam}: ${a.beschrijving}`;
      })
      .join('<br>');
    return `| \`${f.naam}\` | ${f.beschrijving} | ${args} | ${f.resultaat} | ${voorbeeld(f)} | ${f.bron} |`;
  });
  return ['| functie | wat | argumenten | uitkomst | voorbeeld | bron |', '| --- | --- | --- | --- | --- | --- |', ...rijen].join('\n');
}

/** The README with its function table replaced by the generated one. */
export function readmeMetTabel(readme: string): string {
  const begin = readme.indexOf(BEGIN);
  const einde = readme.indexOf(EINDE);
  if (begin < 0 || einde < begin) throw new Error(`README.md mist de markeringen ${BEGIN} … ${EINDE}`);
  return `${readme.slice(0, begin + BEGIN.length)}\n${functieTabel()}\n${readme.slice(einde)}`;
}

if (require.main === module) {
  writeFileSync(README, readmeMetTabel(readFileSync(README, 'utf8')));
  console.log('README.md: functietabel bijgewerkt');
}
