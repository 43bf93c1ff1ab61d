/**
 * PGlite keeps its database in one process's memory and writes it to the data folder; a second process on the
 * same folder would corrupt it. A lock file beside the database, holding the owner's pid, makes the second
 * process refuse with a clear Dutch message. A lock left by a process that no longer runs is taken over. Pids are
 * reused (after a reboot, or in a container where the service is always pid 1), so the lock also names the boot and
 * the owner's start time (field 22 of /proc/<pid>/stat, in clock ticks since boot): a live pid with another start
 * time, or a lock from an earlier boot, is another process and the lock is stale.
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

interface Eigenaar {
  pid?: number;
  host?: string;
  /** /proc/sys/kernel/random/boot_id when the lock was taken. */
  boot?: string;
  /** The owner's start time, field 22 of /proc/<pid>/stat. */
  start?: string;
}

function leesProc(pad: string): string | undefined {
  try {
    return readFileSync(pad, 'utf8').trim();
  } catch {
    return undefined;
  }
}

const bootId = (): string | undefined => leesProc('/proc/sys/kernel/random/boot_id');

/** Field 22 (starttime) of /proc/<pid>/stat; the command name in field 2 may hold spaces and parentheses, so count from its last ")". */
function starttijd(pid: number): string | undefined {
  const stat = leesProc(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** False when the recorded boot or start time shows the pid now belongs to another process; true when unknown (no /proc). */
function zelfdeProces(e: Eigenaar, pid: number): boolean {
  const boot = bootId();
  if (e.boot !== undefined && boot !== undefined && e.boot !== boot) return false;
  const start = starttijd(pid);
  return e.start === undefined || start === undefined || e.start === start;
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
      const fd = openSync(pad, 'wx', 0o600);
      const eigenaar: Eigenaar = { pid: process.pid, host: hostname(), boot: bootId(), start: starttijd(process.pid) };
      writeSync(fd, JSON.stringify({ ...eigenaar, sinds: new Date().toISOString() }));
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
      let eigenaar: Eigenaar = {};
      try {
        eigenaar = JSON.parse(readFileSync(pad, 'utf8')) as Eigenaar;
      } catch {
        // unreadable lock (a crash while writing it): treat as stale
      }
      const pid = Number(eigenaar.pid);
      const elders = eigenaar.host !== undefined && eigenaar.host !== hostname();
      if (Number.isInteger(pid) && pid > 0 && (elders || (leeft(pid) && zelfdeProces(eigenaar, pid))))
        throw new DatamapInGebruik(dataDir, pid);
      unlinkSync(pad);
    }
  }
  throw new DatamapInGebruik(dataDir, 0);
}
