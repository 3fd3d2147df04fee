import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { request as httpRequest, Agent } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { person } from '../src/requests/rules/test-requests.ts';
import { busPassPage, fixtureDist, removeFixtures, SECRET } from './test/fixture-dist.ts';

/** `npm run serve` runs exactly this. */
const projectDir = fileURLToPath(new URL('..', import.meta.url));
const started: ChildProcess[] = [];
const dataDirs: string[] = [];

/** Each server its own embedded database, never the project's ./data. */
function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-data-'));
  dataDirs.push(dir);
  return dir;
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', './server/traditional-hooks.js', '--import', 'tsx', 'server/index.ts'], {
    cwd: projectDir,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', DATA_DIR: freshDataDir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      // The log's first line (JSON): {"level":30,…,"url":"http://127.0.0.1:…","msg":"Accessible Disclosure on http://…"}.
      const match = /"msg":"Accessible Disclosure on (http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  // Tests that expect a failed start never wait for this.
  listening.catch(() => {});
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

/** node:http sends the path as written, `..` included: fetch() would normalise it first. */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}, agent?: Agent) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const url = new URL(origin);
    const req = httpRequest({ host: url.hostname, port: url.port, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

afterAll(() => {
  removeFixtures();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('npm run serve', () => {
  it('serves the build on HOST:PORT, says where, and stops cleanly on SIGTERM', async () => {
    const server = start({ DIST_DIR: fixtureDist().dist });
    const origin = await server.listening;

    const health = await fetch(`${origin}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const redirect = await fetch(`${origin}/guides?from=qr`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('Location')).toBe('/guides/?from=qr');

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('stops on SIGINT at once, even with an idle keep-alive connection open', async () => {
    const server = start({ DIST_DIR: fixtureDist().dist });
    const origin = await server.listening;
    const agent = new Agent({ keepAlive: true });
    await rawGet(origin, '/', {}, agent);

    const asked = Date.now();
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(Date.now() - asked).toBeLessThan(3000);
    agent.destroy();
  }, 60_000);

  it('never serves a file outside the build, whatever the raw request path', async () => {
    const server = start({ DIST_DIR: fixtureDist().dist });
    const origin = await server.listening;
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..\\secret.txt', '/leak.txt']) {
      const response = await rawGet(origin, path);
      expect(response.body.toString(), path).not.toContain(SECRET);
      expect([400, 404], path).toContain(response.status);
    }
    server.child.kill('SIGTERM');
    await server.exited;
  }, 60_000);

  it('sends a 20 KB page gzipped over the wire', async () => {
    const server = start({ DIST_DIR: fixtureDist().dist });
    const origin = await server.listening;
    const response = await rawGet(origin, '/guides/bus-pass/', { 'Accept-Encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.body.length).toBeLessThan(Buffer.byteLength(busPassPage) / 5);
    expect(gunzipSync(response.body).toString()).toBe(busPassPage);
    server.child.kill('SIGTERM');
    await server.exited;
  }, 60_000);

  it('refuses to start without a build, saying to build first', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ad-empty-'));
    const server = start({ DIST_DIR: empty });
    expect(await server.exited).toBe(1);
    rmSync(empty, { recursive: true });
    expect(server.output().stderr).toContain('run "npm run build" first');
  }, 60_000);

  it('refuses a bad PORT with one clear line, not a stack trace', async () => {
    const server = start({ DIST_DIR: fixtureDist().dist, PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr.trim()).toBe('PORT must be a whole number from 0 to 65535, got "eighty"');
  }, 60_000);

  it('keeps requests in DATA_DIR across a restart', async () => {
    const env = { DIST_DIR: fixtureDist().dist, DATA_DIR: freshDataDir() };
    const first = start(env);
    const origin = await first.listening;
    const sent = await fetch(`${origin}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(person),
    });
    expect(sent.status).toBe(201);
    const receipt = (await sent.json()) as { reference: string; statusToken: string };
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const second = start(env);
    const again = await second.listening;
    const status = await fetch(`${again}/api/requests/${receipt.reference}?token=${receipt.statusToken}`);
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ reference: receipt.reference, status: 'received' });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);

  it('answers `npm run backup` while it runs, logging the request line without its token and no personal data', async () => {
    const env = { DIST_DIR: fixtureDist().dist, DATA_DIR: freshDataDir() };
    const server = start(env);
    const origin = await server.listening;
    const sent = await fetch(`${origin}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(person),
    });
    const receipt = (await sent.json()) as { reference: string; statusToken: string };
    expect((await fetch(`${origin}/api/requests/${receipt.reference}?token=${receipt.statusToken}`)).status).toBe(200);

    const file = join(freshDataDir(), 'backup.jsonl');
    const backup = spawn(process.execPath, ['--import', 'tsx', 'server/db/backup-cli.ts', 'backup', file], {
      cwd: projectDir,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: env.DATA_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let said = '';
    backup.stdout!.on('data', (chunk: Buffer) => (said += chunk));
    backup.stderr!.on('data', (chunk: Buffer) => (said += chunk));
    expect(await once(backup, 'exit').then(([code]) => code), said).toBe(0);
    expect(said).toBe(`Backup written to ${file} (from the running server (process ${server.child.pid})).\n`);
    const rows = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.filter((row) => row.table === 'requests').map((row) => row.row.reference)).toEqual([receipt.reference]);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const log = server.output().stdout;
    expect(log).toContain(`"method":"GET","path":"/api/requests/${receipt.reference}","status":200`);
    for (const secret of [receipt.statusToken, person.idNumber, person.phone, person.name]) expect(log).not.toContain(secret);
  }, 60_000);

  it('refuses to start on a database folder another server is using, saying which', async () => {
    const env = { DIST_DIR: fixtureDist().dist, DATA_DIR: freshDataDir() };
    const first = start(env);
    await first.listening;
    const second = start(env);
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toContain(`is in use by process ${first.child.pid}`);
    first.child.kill('SIGTERM');
    await first.exited;
  }, 90_000);

  it('says so when the port is taken', async () => {
    const first = start({ DIST_DIR: fixtureDist().dist });
    const port = new URL(await first.listening).port;
    const second = start({ DIST_DIR: fixtureDist().dist, PORT: port });
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    first.child.kill('SIGTERM');
    await first.exited;
  }, 60_000);
});
