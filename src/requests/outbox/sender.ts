// The sender: delivers queued records, each exactly once: a request to POST /api/requests, a question to
// POST /api/questions (records.ts `kindOf`), in one queue under one lock, with the same rules for both.
//
// Exactly once comes from three things together:
// 1. Every attempt for a record sends the same body under the same Idempotency-Key (the record's
//    id), and the server stores a key once: a repeat gets the first answer back.
// 2. A record is marked 'sending' (attempts + 1) in its own transaction before the request goes
//    out. A record found in 'sending' later means an attempt whose answer never arrived (the tab
//    died, the phone slept): it is sent again with the same key, and the server's idempotency
//    turns the repeat into the first answer.
// 3. One sender at a time: the page or the service worker holding the Web Lock 'outbox'.
//
// Without Web Locks (old browsers, pages opened over plain HTTP, Node in tests) senders in
// different tabs can run at once. Each still claims a record in a readwrite transaction, and
// IndexedDB runs those one after another across tabs, so only one sender POSTs it; another sender
// leaves a 'sending' record alone until its lease (the request timeout plus a margin) runs out,
// and only then treats it as interrupted. Under the lock a 'sending' record is interrupted at once,
// because no one else can be sending it. Either way a duplicate POST could only be a replay of
// the same key and body, which the server answers with the first receipt.
//
// Answers: 2xx with a receipt (a question's has the same shape) → 'sent' (the ID number is dropped from the stored body);
// 400/422 → 'rejected' with the field errors; 409 → 'rejected' (see CONFLICT_MESSAGE);
// 413 → 'rejected'; network error, timeout, 5xx, 429 and anything unexpected → 'queued' again
// with a backoff, Retry-After honoured when longer. A retryable failure also pauses the whole
// outbox until that time (kept in meta, so every tab and the service worker see it): when the
// network or the server is down, the next record would fail the same way. Due records are tried
// oldest-due first, so one record the server keeps failing on cannot hold the others up.

import { RETRY_AFTER_MAX_MS, nextAttemptTime, parseRetryAfter } from './backoff.ts';
import { postChange } from './broadcast.ts';
import { getOutboxDb, type OutboxDb } from './db.ts';
import { kindOf, pushHistory, withoutIdNumber } from './records.ts';
import type { FieldError, OutboxError, OutboxErrorKind, OutboxRecord, Receipt } from './types.ts';

export const LOCK_NAME = 'outbox';
/** The Background Sync tag that wakes this sender in the service worker (src/sw.ts). */
export const SYNC_TAG = 'outbox';
export const REQUEST_TIMEOUT_MS = 60_000;
/** Added to the request timeout: how long a claimed record is left alone by lock-less senders. */
export const LEASE_MARGIN_MS = 30_000;

/** For people debugging (never shown to applicants), so short: the outbox is in the request form's chunks. */
export const CONFLICT_MESSAGE = 'Key held with another body (409): should never happen, as a queued body never changes. Reopening gives a new key.';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** The part of the Web Locks API the sender uses (navigator.locks fits it). */
export interface LocksLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

export interface SendOptions {
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Epoch milliseconds; defaults to Date.now. */
  now?: () => number;
  /** In [0, 1); defaults to Math.random (jitter). */
  random?: () => number;
  /** Defaults to navigator.locks when it exists; null sends without a lock (see above). */
  locks?: LocksLike | null;
  timeoutMs?: number;
  /** Wait for the lock when another sender holds it, instead of returning at once. */
  wait?: boolean;
  /** Gives up waiting for the lock (with `wait`). */
  signal?: AbortSignal;
  /** The network is back ('online', Background Sync): records that failed for lack of it are due now. */
  retryNetworkErrors?: boolean;
}

export interface SendReport {
  /** False when another sender held the lock, so this call did nothing. */
  ran: boolean;
  /** Whether it ran under the Web Lock (false: the lock-less fallback). */
  locked: boolean;
  attempted: number;
  sent: number;
  rejected: number;
  /** Attempts that failed and were queued again. */
  retrying: number;
  /** When the next attempt is due (epoch ms), for a timer; null when nothing waits to be sent. */
  nextAttemptAt: number | null;
}

interface Pause {
  until: number;
  reason: OutboxErrorKind;
}

type Outcome =
  | { kind: 'sent'; receipt: Receipt }
  | { kind: 'rejected'; error: OutboxError; fieldErrors: FieldError[] }
  | { kind: 'retry'; error: OutboxError; retryAfterMs: number | null };

interface Resolved {
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  timeoutMs: number;
  retryNetworkErrors: boolean;
}

const NETWORK_KINDS: readonly OutboxErrorKind[] = ['network', 'timeout'];

function defaultLocks(): LocksLike | null {
  const nav = (globalThis as { navigator?: { locks?: unknown } }).navigator;
  return (nav?.locks as LocksLike | undefined) ?? null;
}

/**
 * Sends every due record, one at a time, and says when the next attempt is due. Runs only if
 * it gets the Web Lock 'outbox' (unless `wait`); another sender holding it → `ran: false`.
 */
export async function sendAll(options: SendOptions = {}): Promise<SendReport> {
  const o: Resolved = {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    retryNetworkErrors: options.retryNetworkErrors ?? false,
  };
  const locks = options.locks === undefined ? defaultLocks() : options.locks;
  if (!locks) return pass(o, false);
  const lockOptions = options.wait ? (options.signal ? { signal: options.signal } : {}) : { ifAvailable: true };
  const report = await locks.request(LOCK_NAME, lockOptions, async (lock) =>
    lock ? pass(o, true) : null,
  );
  return report ?? { ran: false, locked: false, attempted: 0, sent: 0, rejected: 0, retrying: 0, nextAttemptAt: null };
}

/** Is the record due for an attempt now? `exclusive`: this sender holds the lock. */
function isDue(r: OutboxRecord, now: number, exclusive: boolean, retryNetworkErrors: boolean): boolean {
  if (r.status === 'queued') {
    if (r.nextAttemptAt <= now) return true;
    // A time further off than any wait we set means the phone's clock went back: do not strand it.
    if (r.nextAttemptAt - now > RETRY_AFTER_MAX_MS) return true;
    return retryNetworkErrors && r.lastError !== null && NETWORK_KINDS.includes(r.lastError.kind);
  }
  if (r.status === 'sending') return exclusive || r.leaseUntil <= now;
  return false;
}

async function readPause(db: OutboxDb): Promise<Pause | null> {
  const value = (await db.get('meta', 'pause')) as Pause | undefined;
  return value && typeof value.until === 'number' ? value : null;
}

async function pass(o: Resolved, exclusive: boolean): Promise<SendReport> {
  const db = await getOutboxDb();
  const report: SendReport = {
    ran: true,
    locked: exclusive,
    attempted: 0,
    sent: 0,
    rejected: 0,
    retrying: 0,
    nextAttemptAt: null,
  };
  let pause = await readPause(db);
  if (pause && o.retryNetworkErrors && NETWORK_KINDS.includes(pause.reason)) {
    await db.delete('meta', 'pause');
    pause = null;
  }
  const start = o.now();
  const paused = pause !== null && pause.until > start && pause.until - start <= RETRY_AFTER_MAX_MS;
  if (!paused) {
    const due = (await db.getAll('outbox'))
      .filter((r) => isDue(r, start, exclusive, o.retryNetworkErrors))
      .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.queuedAt - b.queuedAt);
    for (const candidate of due) {
      const claimed = await claim(db, candidate.id, o, exclusive);
      if (!claimed) continue;
      report.attempted++;
      const outcome = await attempt(claimed, o);
      const settled = await settle(db, claimed, outcome, o);
      if (outcome.kind === 'sent') report.sent++;
      else if (outcome.kind === 'rejected') report.rejected++;
      else {
        report.retrying++;
        if (settled) {
          await db.put('meta', { until: settled.nextAttemptAt, reason: outcome.error.kind } satisfies Pause, 'pause');
        }
        break;
      }
    }
  }
  report.nextAttemptAt = await nextAttempt(db, o.now(), exclusive);
  return report;
}

/** Marks the record 'sending' (attempts + 1) in its own transaction, if it is still due. */
async function claim(db: OutboxDb, id: string, o: Resolved, exclusive: boolean): Promise<OutboxRecord | null> {
  const tx = db.transaction('outbox', 'readwrite');
  const r = await tx.store.get(id);
  const t = o.now();
  if (!r || !isDue(r, t, exclusive, o.retryNetworkErrors)) {
    await tx.done;
    return null;
  }
  const interrupted = r.status === 'sending';
  const claimed: OutboxRecord = {
    ...r,
    status: 'sending',
    attempts: r.attempts + 1,
    leaseUntil: t + o.timeoutMs + LEASE_MARGIN_MS,
    updatedAt: t,
    history: pushHistory(
      r.history,
      t,
      'sending',
      interrupted ? 'no answer; resent with the same key' : undefined,
    ),
  };
  await Promise.all([tx.store.put(claimed), tx.done]);
  postChange({ id, status: 'sending', at: t });
  return claimed;
}

/** A request's receipt, or a question's: `QuestionReceipt` has the same fields (src/question-contract/contract.ts). */
function isReceipt(value: unknown): value is Receipt {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['reference', 'receivedAt', 'dueDate', 'statusToken'].every(
    (k) => typeof v[k] === 'string' && v[k] !== '',
  );
}

function fieldErrorsOf(problem: unknown): FieldError[] {
  const errors = (problem as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter(
      (e): e is FieldError =>
        typeof e === 'object' && e !== null && typeof e.field === 'string' && typeof e.message === 'string',
    )
    .map(({ field, message }) => ({ field, message }));
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

const retry = (kind: OutboxErrorKind, message: string, status?: number, retryAfterMs: number | null = null): Outcome => ({
  kind: 'retry',
  error: status === undefined ? { kind, message } : { kind, status, message },
  retryAfterMs,
});

const reject = (kind: OutboxErrorKind, status: number, message: string, fieldErrors: FieldError[] = []): Outcome => ({
  kind: 'rejected',
  error: { kind, status, message },
  fieldErrors,
});

/** One POST, and what its answer means. Never throws. */
async function attempt(record: OutboxRecord, o: Resolved): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let res: Response;
    try {
      res = await o.fetch(kindOf(record.kind)[0], {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, application/problem+json',
          'Idempotency-Key': record.id,
        },
        body: JSON.stringify(record.body),
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch (error) {
      return controller.signal.aborted
        ? retry('timeout', `No answer in ${o.timeoutMs} ms`)
        : retry('network', String(error));
    }
    return await interpret(res, o.now());
  } finally {
    clearTimeout(timer);
  }
}

async function interpret(res: Response, now: number): Promise<Outcome> {
  const status = res.status;
  const retryAfterMs = parseRetryAfter(res.headers.get('Retry-After'), now, res.headers.get('Date'));
  if (status >= 200 && status < 300) {
    let text: string;
    try {
      text = await res.text();
    } catch (error) {
      // The server may well have stored it; the same key will bring the same receipt back.
      return retry('network', `Answer lost: ${String(error)}`, status, retryAfterMs);
    }
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: an answer without a receipt, below
    }
    if (!isReceipt(body)) return retry('unexpected', `HTTP ${status} without a receipt`, status, retryAfterMs);
    const { reference, receivedAt, dueDate, dueDateProvisional, statusToken } = body;
    return { kind: 'sent', receipt: { reference, receivedAt, dueDate, dueDateProvisional: dueDateProvisional === true, statusToken } };
  }
  if (status === 400 || status === 422) {
    const problem = await readJson(res);
    const title = (problem as { title?: unknown } | null)?.title;
    return reject('invalid', status, typeof title === 'string' ? title : `HTTP ${status}`, fieldErrorsOf(problem));
  }
  if (status === 409) return reject('conflict', status, CONFLICT_MESSAGE);
  if (status === 413) return reject('too-large', status, 'Too large (413)');
  if (status === 429) return retry('rate-limited', 'HTTP 429', status, retryAfterMs);
  if (status >= 500) return retry('server', `HTTP ${status}`, status, retryAfterMs);
  // Anything else (401, 403, 404, 408, a redirect's page…) is no fault of the person's input:
  // keep it queued and let it go through once the server or the network is right again.
  return retry('unexpected', `HTTP ${status}`, status, retryAfterMs);
}

/**
 * Records the outcome, if the record is still the one this sender claimed (not deleted by the
 * person, not settled by another sender since). Strict durability: this is the receipt.
 */
async function settle(db: OutboxDb, claimed: OutboxRecord, outcome: Outcome, o: Resolved): Promise<OutboxRecord | null> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const r = await tx.store.get(claimed.id);
  if (!r || r.status !== 'sending' || r.attempts !== claimed.attempts) {
    await tx.done;
    return null;
  }
  const t = o.now();
  let next: OutboxRecord;
  if (outcome.kind === 'sent') {
    next = {
      ...r,
      status: 'sent',
      body: withoutIdNumber(r.body),
      receipt: outcome.receipt,
      lastError: null,
      fieldErrors: [],
      nextAttemptAt: 0,
      leaseUntil: 0,
      sentAt: t,
      updatedAt: t,
      history: pushHistory(r.history, t, 'sent', outcome.receipt.reference),
    };
  } else if (outcome.kind === 'rejected') {
    next = {
      ...r,
      status: 'rejected',
      lastError: outcome.error,
      fieldErrors: outcome.fieldErrors,
      nextAttemptAt: 0,
      leaseUntil: 0,
      updatedAt: t,
      history: pushHistory(r.history, t, 'rejected', outcome.error.message),
    };
  } else {
    next = {
      ...r,
      status: 'queued',
      lastError: outcome.error,
      nextAttemptAt: nextAttemptTime(t, r.attempts, o.random, outcome.retryAfterMs),
      leaseUntil: 0,
      updatedAt: t,
      history: pushHistory(r.history, t, 'queued', outcome.error.message),
    };
  }
  await Promise.all([tx.store.put(next), tx.done]);
  postChange(next.status === 'queued' ? { id: next.id, status: 'queued', at: t, retryAt: next.nextAttemptAt } : { id: next.id, status: next.status, at: t });
  return next;
}

/** The earliest time something will be due, after the pause; null when nothing waits. */
async function nextAttempt(db: OutboxDb, now: number, exclusive: boolean): Promise<number | null> {
  let next: number | null = null;
  for (const r of await db.getAll('outbox')) {
    let at: number;
    if (r.status === 'queued') at = r.nextAttemptAt - now > RETRY_AFTER_MAX_MS ? now : r.nextAttemptAt;
    else if (r.status === 'sending') at = exclusive ? now : r.leaseUntil;
    else continue;
    next = next === null ? at : Math.min(next, at);
  }
  if (next === null) return null;
  const pause = await readPause(db);
  if (pause && pause.until > next && pause.until - now <= RETRY_AFTER_MAX_MS) next = pause.until;
  return Math.max(next, now);
}
