/**
 * PGlite keeps its database in one process's memory and writes it to the data folder; a second process on the
 * same folder would corrupt it. A lock file beside the database, holding the owner's pid, makes the second
 * process refuse with a clear Dutch message. A lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface Vergrendeling {
  vrijgeven(): void;
}

export class DatamapInGebruik extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `De datamap ${dataDir} is al in gebruik door een ander proces (pid ${pid}). ` +
        'Twee processen op dezelfde PGlite-map zouden de gegevens beschadigen: stop dat proces, of kies een andere map met AVRES_DATA_DIR, ' +
        'of gebruik een PostgreSQL-server met DATABASE_URL.',
    );
    this.name = 'DatamapInGebruik';
  }
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock on `dataDir` or throws DatamapInGebruik. */
export function vergrendelDatamap(dataDir: string): Vergrendeling {
  const pad = join(dataDir, 'registry.lock');
  for (let poging = 0; poging < 2; poging++) {
    try {
      const fd = openSync(pad, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), sinds: new Date().toISOString() }));
      closeSync(fd);
      let vrij = false;
      return {
        vrijgeven() {
          if (vrij) return;
          vrij = true;
          try {
            unlinkSync(pad);
          } catch {
            // already gone: nothing to release
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let eigenaar: { pid?: number; host?: string } = {};
      try {
        eigenaar = JSON.parse(readFileSync(pad, 'utf8')) as typeof eigenaar;
      } catch {
        // unreadable lock (a crash while writing it): treat as stale
      }
      const pid = Number(eigenaar.pid);
      const elders = eigenaar.host !== undefined && eigenaar.host !== hostname();
      if (Number.isInteger(pid) && pid > 0 && (elders || leeft(pid))) throw new DatamapInGebruik(dataDir, pid);
      unlinkSync(pad);
    }
  }
  throw new DatamapInGebruik(dataDir, 0);
}
