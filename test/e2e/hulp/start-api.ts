/**
 * Test only: runs hulp/api-server.ts as a child process and waits for its {url, token} line.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface ApiProces {
  url: string;
  token: string;
  /** A second user with only the role beheerder. */
  beheerderToken: string;
  stop(): Promise<void>;
}

export function startApi(statisch?: string, env: Record<string, string> = {}): Promise<ApiProces> {
  const root = resolve(__dirname, '..', '..', '..');
  const kind: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(__dirname, 'api-server.ts'), ...(statisch ? [statisch] : [])],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((ok, fout) => {
    let uit = '';
    let fouten = '';
    kind.stderr!.on('data', (d: Buffer) => (fouten += d.toString()));
    kind.on('exit', (code) => fout(new Error(`de API stopte (code ${code}): ${fouten.slice(0, 2000)}`)));
    kind.stdout!.on('data', (d: Buffer) => {
      uit += d.toString();
      const regel = uit.split('\n')[0];
      if (uit.includes('\n') && regel) {
        const { url, token, beheerderToken } = JSON.parse(regel) as { url: string; token: string; beheerderToken: string };
        kind.removeAllListeners('exit');
        ok({
          url,
          token,
          beheerderToken,
          stop: () =>
            new Promise<void>((klaar) => {
              kind.once('exit', () => klaar());
              kind.kill('SIGTERM');
            }),
        });
      }
    });
  });
}
