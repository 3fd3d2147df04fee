import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { createSignInThrottle, waitAfter } from './throttle.ts';

// Opening and migrating a database takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

describe('sign-in slow-down', () => {
  it('waits 30 s after the fifth failure, doubling to at most 15 minutes', () => {
    expect([4, 5, 6, 7, 10, 20].map(waitAfter)).toEqual([0, 30_000, 60_000, 120_000, 900_000, 900_000]);
  });
});

describe.each(testDatabases())('sign-in slow-down on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db.close());
  // Every test has names of its own: the counts are rows in the one database.
  let n = 0;
  const someone = () => `Li${++n}`;

  it('counts names without regard to case or spaces, and forgets after an hour without failures', async () => {
    let time = 0;
    const throttle = createSignInThrottle({ db, now: () => time });
    const name = someone();
    for (let i = 0; i < 5; i++) expect(await throttle.reserve(i % 2 ? name : ` ${name.toLowerCase()} `, `192.0.2.${i}`)).toEqual({ allowed: true });
    expect(await throttle.reserve(name.toUpperCase(), '192.0.2.99')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    time = 61 * 60_000;
    expect(await throttle.reserve(name, '192.0.2.99')).toEqual({ allowed: true });
  });

  it('waits 30 s after five failures, then 60 s after the sixth', async () => {
    let time = 10_000_000;
    const throttle = createSignInThrottle({ db, now: () => time });
    const name = someone();
    for (let i = 0; i < 5; i++) await throttle.reserve(name, `192.0.2.${i}`);
    time += 29_000;
    expect(await throttle.reserve(name, '192.0.2.50')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time += 1_000;
    expect(await throttle.reserve(name, '192.0.2.50')).toEqual({ allowed: true });
    expect(await throttle.reserve(name, '192.0.2.51')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('forgives a name’s failures when its right password is given, and gives back the address’s one attempt', async () => {
    const throttle = createSignInThrottle({ db, now: () => 0 });
    const name = someone();
    for (let i = 0; i < 4; i++) await throttle.reserve(name, '203.0.113.7');
    await throttle.reserve(name, '203.0.113.7');
    await throttle.succeeded(name, '203.0.113.7');
    // The address has four failures: one more is free, the next waits.
    expect(await throttle.reserve(someone(), '203.0.113.7')).toEqual({ allowed: true });
    expect(await throttle.reserve(someone(), '203.0.113.7')).toMatchObject({ allowed: false });
    // The name starts again.
    for (let i = 0; i < 5; i++) expect(await throttle.reserve(name, `192.0.2.${i}`)).toEqual({ allowed: true });
  });

  it('counts attempts sent at once exactly: five pass, for one name and for one address', async () => {
    const throttle = createSignInThrottle({ db, now: () => 20_000_000 });
    const name = someone();
    const forName = await Promise.all(Array.from({ length: 30 }, (_, i) => throttle.reserve(name, `192.0.2.${100 + i}`)));
    expect(forName.filter((decision) => decision.allowed)).toHaveLength(5);
    const forAddress = await Promise.all(Array.from({ length: 30 }, () => throttle.reserve(someone(), '203.0.113.99')));
    expect(forAddress.filter((decision) => decision.allowed)).toHaveLength(5);
  });

  it('refuses without counting the name when only the address must wait', async () => {
    const throttle = createSignInThrottle({ db, now: () => 30_000_000 });
    for (let i = 0; i < 5; i++) await throttle.reserve(someone(), '203.0.113.50');
    const name = someone();
    expect(await throttle.reserve(name, '203.0.113.50')).toMatchObject({ allowed: false });
    const [row] = await db.query('SELECT failures FROM sign_in_failures WHERE key = $1', [`name:${name.toLowerCase()}`]);
    expect(row).toBeUndefined();
  });

  it('deletes counts an hour old', async () => {
    let time = 40_000_000;
    const throttle = createSignInThrottle({ db, now: () => time });
    const name = someone();
    await throttle.reserve(name, '203.0.113.60');
    time += 61 * 60_000;
    await throttle.reserve(someone(), '203.0.113.61');
    const rows = await db.query('SELECT key FROM sign_in_failures WHERE key = $1', [`name:${name.toLowerCase()}`]);
    expect(rows).toEqual([]);
  });
});
