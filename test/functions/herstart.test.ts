/**
 * Durability and exclusivity of the registry: a process killed in the middle of its work loses nothing it
 * committed; a second process on the same PGlite folder refuses to open it instead of corrupting it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../functions/registry/db';
import { openRegistry } from '../../functions/registry/open-registry';
import { BACKENDS, schemaNaam } from './helpers';

const SCHRIJVER = join(__dirname, 'fixtures/schrijver.ts');

/** Runs the writer (node itself, with the tsx loader, so the kill reaches it) until it reported `genoeg` commits, then kills it with SIGKILL. */
function schrijfEnDood(args: string[], genoeg: number): Promise<{ casusnummer: string; laatsteVersie: number }> {
  return new Promise((ok, fout) => {
    const kind = spawn(process.execPath, ['--import', 'tsx', SCHRIJVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let casusnummer = '';
    let laatsteVersie = 0;
    let rest = '';
    let stderr = '';
    kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    kind.stdout.on('data', (d: Buffer) => {
      rest += d.toString();
      const regels = rest.split('\n');
      rest = regels.pop()!;
      for (const r of regels) {
        if (r.startsWith('casus ')) casusnummer = r.slice(6);
        if (r.startsWith('vastgelegd ')) laatsteVersie = Number(r.slice(11));
      }
      if (laatsteVersie >= genoeg) kind.kill('SIGKILL');
    });
    kind.on('exit', (code, signaal) =>
      signaal === 'SIGKILL' ? ok({ casusnummer, laatsteVersie }) : fout(new Error(`schrijver stopte zelf (${code}): ${stderr}`)),
    );
  });
}

async function controleer(db: Db, casusnummer: string, laatsteVersie: number): Promise<void> {
  const [casus] = await db.query<{ id: number; versie: number }>('SELECT id, versie FROM casussen WHERE casusnummer = $1', [casusnummer]);
  expect(casus!.versie).toBeGreaterThanOrEqual(laatsteVersie);
  const volgnummers = (
    await db.query<{ volgnummer: number }>('SELECT volgnummer FROM gebeurtenissen WHERE casus_id = $1 ORDER BY volgnummer', [casus!.id])
  ).map((r) => r.volgnummer);
  expect(volgnummers).toEqual(Array.from({ length: casus!.versie }, (_, i) => i + 1));
}

describe('restart of the registry', () => {
  it('PGlite: a process killed mid-work loses nothing it committed, and the folder opens again', async () => {
    const map = mkdtempSync(join(tmpdir(), 'avres-herstart-'));
    try {
      const { casusnummer, laatsteVersie } = await schrijfEnDood([map], 25);
      expect(laatsteVersie).toBeGreaterThanOrEqual(25);
      const db = await openRegistry({ dataDir: map });
      try {
        await controleer(db, casusnummer, laatsteVersie);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }, 120_000);

  it('PGlite: a second process on the same folder refuses with a Dutch message', async () => {
    const map = mkdtempSync(join(tmpdir(), 'avres-slot-'));
    const db = await openRegistry({ dataDir: map });
    try {
      const uitkomst = await new Promise<{ code: number | null; stderr: string }>((ok) => {
        const kind = spawn(process.execPath, ['--import', 'tsx', SCHRIJVER, map], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        kind.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        kind.on('exit', (code) => ok({ code, stderr }));
      });
      expect(uitkomst.code).toBe(3);
      expect(uitkomst.stderr).toMatch(/is al in gebruik door een ander proces \(pid \d+\)/);
      expect(await db.query('SELECT count(*)::int AS n FROM casussen')).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
      rmSync(map, { recursive: true, force: true });
    }
  }, 60_000);

  if (BACKENDS.includes('postgresql')) {
    it('PostgreSQL: a client killed mid-work loses nothing it committed', async () => {
      const schema = schemaNaam();
      const { casusnummer, laatsteVersie } = await schrijfEnDood(['-', schema], 25);
      const db = await openRegistry({ databaseUrl: process.env.DATABASE_URL!, schema });
      try {
        await controleer(db, casusnummer, laatsteVersie);
      } finally {
        await db.close();
      }
    }, 120_000);
  }
});
