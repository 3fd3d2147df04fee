import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { E2E_STAFF } from '../playwright.config.ts';

/**
 * A server of its own over a copy of the build, for tests that change what is deployed (a new release)
 * without disturbing the server every other test shares.
 */
export interface SecondServer {
  url: string;
  dist: string;
  stop(): Promise<void>;
}

/**
 * `staff`: an account made on its fresh database first, with the real command, as the shared server's is
 * (playwright.config.ts), for tests that publish: what they publish changes the lists, the sitemap and the search of
 * every page, so it must not reach the server the other tests read.
 */
export async function startSecondServer(port: number, options: { staff?: { name: string; password: string } } = {}): Promise<SecondServer> {
  const root = mkdtempSync(join(tmpdir(), 'accessible-disclosure-'));
  const dist = join(root, 'dist');
  cpSync(new URL('../dist', import.meta.url), dist, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  const cwd = new URL('..', import.meta.url);
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, DIST_DIR: dist, DATA_DIR: join(root, 'data'), REQUESTS_PER_MINUTE: '10000' };
  if (options.staff) {
    const made = spawnSync(process.execPath, ['--import', './server/traditional-hooks.js', '--import', 'tsx', 'server/staff/cli.ts', 'add', options.staff.name], {
      cwd, env: { ...env, STAFF_PASSWORD: options.staff.password }, stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (made.status !== 0) throw new Error(`making the staff account on ${url} failed with code ${made.status}`);
  }
  const server: ChildProcess = spawn(process.execPath, ['--import', './server/traditional-hooks.js', '--import', 'tsx', 'server/index.ts'], {
    cwd,
    env,
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

/**
 * For the tests of a spec (or describe block) that publish content: a server of their own on `port`, with the staff
 * account, as their `baseURL`. What they publish changes the lists, sitemap and search of every page, and the shared
 * server's other tests count those.
 */
export function useContentServer(port: number): void {
  let server: SecondServer | undefined;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.beforeAll(async () => {
    // Making the account and starting compile TypeScript and migrate a fresh database: slow on two busy cores.
    test.setTimeout(180_000);
    server = await startSecondServer(port, { staff: E2E_STAFF });
  });
  test.afterAll(async () => {
    await server?.stop();
  });
}
