/**
 * `npm run rapportage`: the four-monthly report (Jaarplan Avres 2020 ch. 5) as a workbook from the command line,
 * read from a real registry folder (PGlite) and checked by reading the written .xlsx back.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { leesGrootboekCsv } from '../../shared/grootboek/grootboekregels';
import { openRegistry } from '../../functions/registry/open-registry';
import { maakCasus, voegGebeurtenisToe } from '../../functions/registry/casussen';
import { importeerGrootboek } from '../../functions/registry/grootboek';
import { zetLoguitvoer } from '../../functions/registry/logboek';
import { maakRapportage } from '../../scripts/rapportage';
import { datum } from '../../shared/time/datum';

const wie = { actor: 'test', traceId: 't', gemeenten: ['Gorinchem', 'Molenlanden', 'Vijfheerenlanden'] as const };

describe('npm run rapportage', () => {
  let map: string;
  beforeAll(async () => {
    map = mkdtempSync(join(tmpdir(), 'avres-rapportage-'));
    const herstel = zetLoguitvoer(() => undefined);
    const db = await openRegistry({ dataDir: map });
    const w = { ...wie, gemeenten: [...wie.gemeenten] };
    const casus = await maakCasus(
      db,
      { gemeente: 'Molenlanden', route: 'UWV', bsn: '111222333', aanmeldingsdatum: datum('2025-06-02') },
      w,
    );
    await voegGebeurtenisToe(
      db,
      casus.casusnummer,
      1,
      { soort: 'besluit_indicatie', datum: datum('2026-01-15'), uitkomst: 'toegekend' },
      w,
    );
    await voegGebeurtenisToe(
      db,
      casus.casusnummer,
      2,
      { soort: 'dienstverband_start', datum: datum('2026-05-01'), dienstverband: 'tijdelijk', urenPerWeek: 31, loonwaarde: 0.3 },
      w,
    );
    const { regels } = leesGrootboekCsv(
      'gemeente;boekdatum;periode;soort;casusnummer;bedrag\nMolenlanden;25-05-2026;2026-05;lks;BW-1;1.500,00\nMolenlanden;01-02-2026;2026-02;bijstand;;25.000,00\n',
    );
    await importeerGrootboek(db, regels, { actor: 'test', traceId: 't' });
    await db.close();
    zetLoguitvoer(herstel);
  });
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('writes the report as an Excel table per gemeente and tertiaal, amounts as numbers', async () => {
    const uit = join(map, 'rapport.xlsx');
    expect(await maakRapportage({ jaar: 2026, uit, dataDir: map, gemeente: 'Molenlanden', vandaag: datum('2026-11-24') })).toBe(3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    const ws = wb.getWorksheet('Viermaandsrapportage')!;
    expect(ws.getRow(3).values).toEqual([
      undefined,
      'Gemeente',
      'Tertiaal',
      'Van',
      'Stand op',
      'Instroom (indicaties)',
      'Plaatsingen',
      'Wachtlijst',
      'Gem. wachttijd (dagen)',
      'Langste wachttijd (dagen)',
      'Plekken gerealiseerd',
      'Plekken gefinancierd',
      'LKS-uitgaven',
      'Bijstandsuitgaven',
    ]);
    const rij = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(rij(4)).toEqual(['Molenlanden', 'T1', '2026-01-01', '2026-04-30', 1, 0, 0, '', '', 0, '', 0, 25000]);
    expect(rij(5)).toEqual(['Molenlanden', 'T2', '2026-05-01', '2026-08-31', 0, 1, 0, '', '', 1, '', 1500, 0]);
    expect(rij(6)[3]).toBe('2026-11-24');
    expect(ws.getCell('L5').numFmt).toBe('#,##0.00');
    expect(wb.getWorksheet('Toelichting')!.getCell('A2').value).toBe('Tertialen');
  });

  it('says in Dutch what is wrong with the command line and exits with 1', async () => {
    const run = promisify(execFile);
    const fout = await run(join(__dirname, '../../node_modules/.bin/tsx'), [
      join(__dirname, '../../scripts/rapportage.ts'),
      '--uit',
      'x.xlsx',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect((fout as { code: number }).code).toBe(1);
    expect((fout as { stderr: string }).stderr).toContain('Fout: --jaar ontbreekt of is ongeldig: geef een jaar als --jaar 2026');
  });
});
