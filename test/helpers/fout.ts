import { DomeinFout } from '../../shared/errors';

/** Runs `f` and returns the DomeinFout it raises; fails the test when it raises nothing or something else. */
export function fout(f: () => unknown): DomeinFout {
  try {
    f();
  } catch (e) {
    if (e instanceof DomeinFout) return e;
    throw e;
  }
  throw new Error('geen fout gegooid');
}
