// Fakes for the outbox's tests (not part of the app): a fresh IndexedDB per test, an in-memory
// Web Locks implementation, a clock, and a fake API server that keeps the idempotency contract.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { questionsApiHref } from '../../addresses/addresses.ts';
import { closeOutboxChannel } from './broadcast.ts';
import { closeOutboxDb } from './db.ts';
import type { FetchLike, LocksLike } from './sender.ts';
import type { Receipt } from './types.ts';

/** Closes the shared connection and the channel, and gives the next test an empty IndexedDB. */
export async function resetOutbox(): Promise<void> {
  await closeOutboxDb();
  closeOutboxChannel();
  globalThis.indexedDB = new IDBFactory();
}

/** Exclusive locks, granted in request order, honouring ifAvailable and signal. */
export function memoryLocks(): LocksLike & { held: () => boolean; hold: () => () => void } {
  const held = new Set<string>();
  const waiters = new Map<string, Array<() => void>>();
  const release = (name: string) => {
    const next = waiters.get(name)?.shift();
    if (next) next();
    else held.delete(name);
  };
  const acquire = (name: string, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (!held.has(name)) {
        held.add(name);
        resolve();
        return;
      }
      const grant = () => resolve();
      const queue = waiters.get(name) ?? [];
      queue.push(grant);
      waiters.set(name, queue);
      signal?.addEventListener('abort', () => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(new DOMException('Lock request aborted', 'AbortError'));
      });
    });
  return {
    async request(name, options, callback) {
      if (options.ifAvailable && held.has(name)) return callback(null);
      await acquire(name, options.signal);
      try {
        return await callback({ name });
      } finally {
        release(name);
      }
    },
    held: () => held.has('outbox'),
    /** Takes the 'outbox' lock as another tab would; returns its release. */
    hold() {
      if (held.has('outbox')) throw new Error('already held');
      held.add('outbox');
      return () => release('outbox');
    },
  };
}

export function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    set(ms: number) {
      t = ms;
    },
  };
}

export interface Call {
  url: string;
  method: string;
  key: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
  text: string;
}

type Answer = (call: Call, init: RequestInit) => Promise<Response>;

/**
 * A fake POST /api/requests and /api/questions that stores a key once: the same key and body again returns the
 * first 201, the same key with another body is 409. `next(...)` scripts the following answers.
 */
export function fakeServer() {
  const stored = new Map<string, { text: string; receipt: Receipt }>();
  const calls: Call[] = [];
  const script: Answer[] = [];
  let counter = 0;

  const create = async (call: Call): Promise<Response> => {
    const key = call.key ?? '';
    const existing = stored.get(key);
    if (existing) {
      if (existing.text !== call.text) return problem(409, 'Idempotency-Key reused with another body');
      return json(201, existing.receipt);
    }
    counter++;
    const receipt: Receipt = {
      // A question's receipt (POST /api/questions) has the same shape, its reference its own series.
      reference: `${call.url === questionsApiHref ? 'MDJCLZX' : 'MDJCL'}-2026-${String(counter).padStart(6, '0')}`,
      receivedAt: '2026-03-02T08:00:00.000Z',
      dueDate: '2026-03-30',
      dueDateProvisional: false,
      statusToken: `token-${counter}`,
    };
    stored.set(key, { text: call.text, receipt });
    return json(201, receipt);
  };

  const fetch: FetchLike = async (url, init) => {
    const headers = new Headers(init.headers);
    const text = String(init.body);
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      key: headers.get('Idempotency-Key'),
      contentType: headers.get('Content-Type'),
      body: JSON.parse(text) as Record<string, unknown>,
      text,
    };
    calls.push(call);
    const answer = script.shift() ?? create;
    return answer(call, init);
  };

  return {
    fetch,
    calls,
    stored,
    /** The next answers, in order; after them the server behaves normally. */
    next(...answers: Answer[]) {
      script.push(...answers);
    },
    /** The normal answer (store once, replay). */
    create,
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  );
}

export function problem(status: number, title: string, errors: { field: string; message: string }[] = [], headers: Record<string, string> = {}) {
  return Promise.resolve(
    new Response(JSON.stringify({ title, status, errors }), {
      status,
      headers: { 'Content-Type': 'application/problem+json', ...headers },
    }),
  );
}

export const answers = {
  status: (status: number, headers: Record<string, string> = {}): Answer => () =>
    Promise.resolve(new Response(status === 204 ? null : 'error', { status, headers })),
  networkError: (): Answer => () => Promise.reject(new TypeError('Failed to fetch')),
  /** The server stores it, but the answer never reaches the phone. */
  lostAnswer: (create: (call: Call) => Promise<Response>): Answer => async (call) => {
    await create(call);
    throw new TypeError('Failed to fetch');
  },
  /** Never answers; gives up, like fetch, when the sender's timeout aborts it. */
  hang: (): Answer => (_call, init) =>
    new Promise<Response>((_, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted', 'AbortError')));
    }),
  problem: (status: number, title: string, errors: { field: string; message: string }[] = [], headers: Record<string, string> = {}): Answer => () =>
    problem(status, title, errors, headers),
};

/** A complete body as the form would produce it. */
export const sampleInput = {
  applicantType: 'person',
  name: '张三',
  idType: 'resident-id',
  idNumber: '11010519491231002X',
  phone: '13800000000',
  email: 'zhang@example.com',
  address: '',
  description: '请公开2017年残疾人就业保障金的征收和使用情况，包括各区县的分项数据和用途说明，以及相关的审计报告。',
  delivery: 'email',
  format: 'electronic',
  locale: 'zh-Hans',
} as const;

/** A question as the /ask/ form would queue it (src/question-contract/fields.ts), blanks included. */
export const sampleQuestion = {
  topic: 'guide',
  kind: 'question',
  page: '/guides/bus-pass/',
  text: '残疾人免费乘车证丢了，补办需要带哪些材料？在哪里办？我住在东安区，行动不便，能不能请人代办？',
  answerBy: 'phone',
  name: '',
  contact: '',
  locale: 'zh-Hans',
} as const;
