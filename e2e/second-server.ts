import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A server of its own over a copy of the build, for tests that change what is deployed (a new release)
 * without disturbing the server every other test shares.
 */
export interface SecondServer {
  url: string;
  dist: string;
  stop(): Promise<void>;
}

export async function startSecondServer(port: number): Promise<SecondServer> {
  const root = mkdtempSync(join(tmpdir(), 'accessible-disclosure-'));
  const dist = join(root, 'dist');
  cpSync(new URL('../dist', import.meta.url), dist, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['--import', './server/traditional-hooks.js', '--import', 'tsx', 'server/index.ts'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, DIST_DIR: dist, DATA_DIR: join(root, 'data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Ready when it says it listens (server/index.ts), however long tsx takes to start on a busy machine; ending first
  // is the only failure.
  await new Promise<void>((resolve, reject) => {
    let said = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      said += chunk.toString();
      if (said.includes(`Accessible Disclosure on ${url}`)) resolve();
    });
    server.once('exit', (code) => reject(new Error(`the second server on ${url} exited with code ${code}`)));
  });
  return {
    url,
    dist,
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
      rmSync(root, { recursive: true, force: true });
    },
  };
}
