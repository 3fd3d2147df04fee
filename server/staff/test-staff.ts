import { randomUUID } from 'node:crypto';
import { beforeEach } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { LetterFacts } from '../../src/config/site.ts';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { useTestDatabase } from '../test/database.ts';
import { addStaff } from './accounts.ts';

/** Helpers for the staff tests: an app on a clock the test moves, a signed-in staff member, requests filed. */
export const STAFF_NAME = '李工作';
export const STAFF_PASSWORD = 'correct horse battery staple';
export const ORIGIN = 'http://localhost';

export interface StaffTestApp {
  app: ReturnType<typeof createApp>;
  setTime(at: Date | string): void;
  time(): Date;
}

/** The bodies a refusal's letter names, as a federation would configure them; test values, not facts. */
export const testLetterFacts: LetterFacts = { numberPrefix: '测试公复', reviewBody: '测试市人民政府', court: '测试市中级人民法院' };

export function staffTestApp(db: Database, dist: string, start: Date | string, letterFacts: LetterFacts = testLetterFacts): StaffTestApp {
  let time = new Date(start);
  const app = createApp({
    letterFacts,
    distDir: dist,
    db,
    now: () => time,
    clientAddress: (c) => c.req.header('X-Test-Client') ?? '192.0.2.1',
    requestsPerMinute: 1000,
  });
  return { app, setTime: (at) => (time = new Date(at)), time: () => time };
}

/** A staff account; with `roles`, only those (else every role, as `npm run staff -- add` without `--role`). */
export async function addTestStaff(db: Database, name = STAFF_NAME, password = STAFF_PASSWORD, roles: readonly string[] = []) {
  const result = await addStaff(db, name, password, new Date(), roles);
  if (result.kind !== 'created') throw new Error(`Could not add ${name}: ${result.kind}`);
  return result.staff;
}

/** Signs in through the API; the session cookie to send with later requests. */
export async function signIn(app: StaffTestApp['app'], name = STAFF_NAME, password = STAFF_PASSWORD, headers: Record<string, string> = {}): Promise<string> {
  const response = await app.request('/api/staff/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
    body: JSON.stringify({ name, password }),
  });
  if (response.status !== 200) throw new Error(`Sign-in answered ${response.status}`);
  return /staff_session=[^;]+/.exec(response.headers.get('Set-Cookie') ?? '')![0];
}

/** Files a request through the citizens' API, as the app does; its receipt. */
export async function fileRequest(app: StaffTestApp['app'], body: Record<string, unknown> = person) {
  const response = await app.request('/api/requests', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`Filing answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { reference: string; statusToken: string; dueDate: string };
}

export function staffPost(app: StaffTestApp['app'], cookie: string, path: string, body: unknown, method = 'POST') {
  return app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, Cookie: cookie },
    body: JSON.stringify(body),
  });
}

export function formPost(app: StaffTestApp['app'], path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

export async function citizenStatus(app: StaffTestApp['app'], receipt: { reference: string; statusToken: string }) {
  const response = await app.request(`/api/requests/${receipt.reference}?token=${receipt.statusToken}`);
  return response.json();
}

/** A staff member signed in on an app whose clock shows `start`, and one request filed: where attack tests begin. */
export async function signedInWithARequest(db: Database, dist: string, start: Date | string) {
  await addTestStaff(db);
  const t = staffTestApp(db, dist, start);
  const cookie = await signIn(t.app);
  const { reference } = await fileRequest(t.app);
  return { t, cookie, reference };
}

/** What each test of a console suite starts with: see `useSignedInConsole`. */
export interface SignedInConsole { db: Database; dist: string; t: StaffTestApp; cookie: string }

/**
 * A console suite's set-up: the test database emptied of `tables` (`useTestDatabase`), then before each test a staff
 * account signed in to a console whose clock starts at `start`. `use` receives them, as `useTestDatabase`'s does.
 */
export function useSignedInConsole(open: () => Promise<Database>, tables: string, start: Date | string, use: (signedIn: SignedInConsole) => void): void {
  let db: Database;
  let dist: string;
  useTestDatabase(open, tables, (opened) => ({ db, dist } = opened));
  beforeEach(async () => {
    await addTestStaff(db);
    const t = staffTestApp(db, dist, start);
    use({ db, dist, t, cookie: await signIn(t.app) });
  });
}
