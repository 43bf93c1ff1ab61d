/**
 * The data folder holds the registry (PGlite, its WAL included), the development signing key, local certificates
 * and the lock: everything in it is personal data or a secret, so folder and contents are private to the service's
 * user (0700 folders, 0600 files). PGlite creates its files 0666 and leaves the rest to the umask, hence the
 * process umask; a folder made by an older version is tightened on start.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const PRIVE_UMASK = 0o077;

function maakPrive(pad: string): void {
  const stat = lstatSync(pad);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(pad, 0o700);
    for (const naam of readdirSync(pad)) maakPrive(join(pad, naam));
  } else {
    chmodSync(pad, 0o600);
  }
}

/** Creates the data folder if needed, makes it and everything in it private, and keeps files created later private. */
export function maakDatamapPrive(dataDir: string): void {
  process.umask(process.umask(PRIVE_UMASK) | PRIVE_UMASK);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  maakPrive(dataDir);
}
