import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { openPglite } from '../db/pglite.ts';
import { migrate } from '../db/migrate.ts';
import { fixtureDist, removeFixtures } from '../test/fixture-dist.ts';

afterAll(removeFixtures);

/** One answer read whole: status, headers, and the local port of the socket it came on. */
function send(agent: Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<{ status: number; connection: string | undefined; socketPort: number }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      const socketPort = res.socket.localPort ?? 0;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, socketPort }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A refused body may be answered before it is all sent: the answer counts, not the write.
    if (body) req.write(body, () => undefined);
    req.end();
  });
}

/**
 * A real server on a port, with a keep-alive client: a body over the limit is refused with `Connection: close`, and the
 * client's next request on that agent is answered (not ECONNRESET), on every way in.
 */
describe('a refused oversize body on a real connection', () => {
  let server: ServerType;
  let port: number;
  let db: Database;

  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    const app = createApp({ distDir: fixtureDist().dist, db, requestsPerMinute: 1000 });
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  const twoMegabytes = Buffer.alloc(2 * 1024 * 1024, 'a');
  it.each([
    ['/api/requests', 'application/json', { 'Idempotency-Key': randomUUID() }],
    ['/request/check/', 'application/x-www-form-urlencoded', {}],
    ['/en/request/applicant/', 'multipart/form-data; boundary=x', {}],
    ['/staff/sign-in', 'application/x-www-form-urlencoded', { Origin: 'http://127.0.0.1' }],
    ['/api/staff/session', 'application/json', { Origin: 'http://127.0.0.1' }],
    ['/staff/reports/2025/', 'application/x-www-form-urlencoded', { Origin: 'http://127.0.0.1' }],
    ['/api/health', 'application/json', {}],
    ['/', 'text/plain', {}],
  ])('POST %s (%s) then a GET on the same agent', async (path, type, extra) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const chunked of [false, true]) {
        const headers: Record<string, string> = { 'Content-Type': type, ...extra, ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(twoMegabytes.length) }) };
        const refused = await send(agent, port, 'POST', path, headers, twoMegabytes);
        expect(refused.status, `${path} chunked=${chunked}`).toBeGreaterThanOrEqual(300);
        expect(refused.status).toBeLessThan(500);
        expect(refused.connection).toBe('close');
        const next = await send(agent, port, 'GET', '/api/health', {});
        expect(next.status).toBe(200);
      }
    } finally {
      agent.destroy();
    }
  });
});
