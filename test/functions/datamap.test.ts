/**
 * The data folder is private to the service's user, also when an older version made it; and its lock is not
 * fooled by a pid that now belongs to another process.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { laadOntwikkelsleutel } from '../../functions/auth/ontwikkelsleutel';
import { maakCasus } from '../../functions/registry/casussen';
import { openRegistry } from '../../functions/registry/open-registry';
import { DatamapInGebruik, vergrendelDatamap } from '../../functions/registry/lock';
import { zetLoguitvoer } from '../../functions/registry/logboek';
import { datum } from '../../shared/time/datum';

function alles(pad: string): string[] {
  return [pad, ...(statSync(pad).isDirectory() ? readdirSync(pad).flatMap((n) => alles(join(pad, n))) : [])];
}

describe('the data folder', () => {
  let map: string;
  beforeEach(() => {
    map = mkdtempSync(join(tmpdir(), 'avres-datamap-'));
  });
  afterEach(() => rmSync(map, { recursive: true, force: true }));

  it('keeps registry, WAL, key and lock private (0700 folders, 0600 files), tightening a folder made by an older version', async () => {
    const dataDir = join(map, 'data');
    mkdirSync(join(dataDir, 'certs'), { recursive: true, mode: 0o755 });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'certs', 'localhost.key'), 'oud', { mode: 0o644 });
    chmodSync(join(dataDir, 'certs', 'localhost.key'), 0o666);
    const uit = zetLoguitvoer(() => undefined);
    const db = await openRegistry({ dataDir });
    try {
      await laadOntwikkelsleutel(dataDir);
      const wie = { actor: 't', traceId: 't', gemeenten: ['Gorinchem' as const] };
      await maakCasus(db, { gemeente: 'Gorinchem', route: 'UWV', bsn: '111222333', aanmeldingsdatum: datum('2026-01-05') }, wie);
      writeFileSync(join(dataDir, 'later.txt'), 'na het openen');
      const paden = alles(dataDir);
      expect(paden.length).toBeGreaterThan(100);
      const open = paden.filter((p) => (statSync(p).mode & 0o077) !== 0).map((p) => `${p} ${(statSync(p).mode & 0o777).toString(8)}`);
      expect(open).toEqual([]);
      expect(paden.filter((p) => statSync(p).isDirectory()).every((p) => (statSync(p).mode & 0o777) === 0o700)).toBe(true);
    } finally {
      await db.close();
      zetLoguitvoer(uit);
    }
  });

  describe('lock', () => {
    const slot = (eigenaar: Record<string, unknown>): void =>
      writeFileSync(join(map, 'registry.lock'), JSON.stringify({ host: hostname(), ...eigenaar }));
    const eigen = (): { pid: number; boot: string; start: string } => JSON.parse(readFileSync(join(map, 'registry.lock'), 'utf8'));

    it('records pid, boot id and start time, and refuses while that process runs', () => {
      const v = vergrendelDatamap(map);
      try {
        const e = eigen();
        expect(e.pid).toBe(process.pid);
        expect(e.boot).toMatch(/^[0-9a-f-]{36}$/);
        expect(e.start).toMatch(/^\d+$/);
        expect(() => vergrendelDatamap(map)).toThrow(DatamapInGebruik);
      } finally {
        v.vrijgeven();
      }
    });

    it('takes over a stale lock whose pid now belongs to another process (other start time, or an earlier boot)', async () => {
      const ander = spawn('sleep', ['30'], { stdio: 'ignore' });
      await new Promise((ok) => ander.once('spawn', ok));
      try {
        const stat = readFileSync(`/proc/${ander.pid}/stat`, 'utf8');
        const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
        const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
        slot({ pid: ander.pid, boot, start });
        expect(() => vergrendelDatamap(map)).toThrow(DatamapInGebruik);
        for (const oud of [
          { pid: ander.pid, boot, start: String(Number(start) - 1) },
          { pid: ander.pid, boot: '00000000-0000-0000-0000-000000000000', start },
        ]) {
          slot(oud);
          const v = vergrendelDatamap(map);
          expect(eigen().pid).toBe(process.pid);
          v.vrijgeven();
        }
      } finally {
        ander.kill();
      }
    });
  });
});
