// The outbox: requests and questions queued for delivery, delivered, or refused. A record leaves the outbox
// only by the person's own action: remove() deletes it, reopen() turns a rejected one back into
// a draft to correct. The sender (sender.ts) changes statuses; it never deletes.

import { postChange } from './broadcast.ts';
import { getOutboxDb } from './db.ts';
import type { Clock } from './drafts.ts';
import { pushHistory, summarize, toBody } from './records.ts';
import type { RequestStatus } from '../contract.ts';
import type { Draft, OutboxRecord, QuestionStatus } from './types.ts';
import { newId } from './uuid.ts';

/** Undoes a transaction that failed half-way; one that already ended (aborted itself, or committed) is left be. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already ended
  }
}

export class OutboxStateError extends Error {
  // Set in the constructor, not as a class field: Babel compiles a field into a 0.3 KB helper in the form's chunk.
  constructor(message: string) {
    super(message);
    this.name = 'OutboxStateError';
  }
}

/**
 * Moves a draft into the outbox, in one transaction over both stores with strict durability:
 * either the draft is gone and the record is queued, or (on any failure) the draft is still
 * there and nothing was queued. The draft's id stays the record's id: the Idempotency-Key.
 *
 * Queueing the same id twice (a double tap) returns the record already queued. The body holds the fields of the
 * draft's kind (a request's, or a question's), blanks left out; the kind goes with the record.
 *
 * `locale` is the language of the form the person filled in (`zh-Hans`, `zh-Hant`, `en`): the draft does not hold it,
 * and without it the server took the browser's Accept-Language, so a reply's plain words could come in English to
 * someone who used the Chinese form (found by the Orca scenario of "我的申请").
 */
export async function queue(draftId: string, { now = Date.now, locale }: Clock & { locale?: string } = {}): Promise<OutboxRecord> {
  const db = await getOutboxDb();
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite', { durability: 'strict' });
  const done = tx.done;
  done.catch(() => {});
  let record: OutboxRecord;
  try {
    const drafts = tx.objectStore('drafts');
    const outbox = tx.objectStore('outbox');
    const draft = await drafts.get(draftId);
    if (!draft) {
      const existing = await outbox.get(draftId);
      await done;
      if (existing) return existing;
      throw new OutboxStateError(`No draft ${draftId} to queue`);
    }
    const t = now();
    const kind = draft.kind ?? 'request';
    const body = toBody(locale ? { ...draft.input, locale } : draft.input, kind);
    record = {
      id: draft.id,
      kind,
      status: 'queued',
      body,
      attempts: 0,
      nextAttemptAt: 0,
      leaseUntil: 0,
      lastError: null,
      fieldErrors: [],
      receipt: null,
      summary: summarize(body, t),
      history: pushHistory(draft.history, t, 'queued'),
      step: draft.step,
      createdAt: draft.createdAt,
      queuedAt: t,
      updatedAt: t,
      sentAt: null,
    };
    await drafts.delete(draftId);
    // add, not put: an existing record is never overwritten (that would fail the transaction).
    await outbox.add(record);
    await done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  postChange({ id: record.id, status: 'queued', at: record.queuedAt });
  return record;
}

/** Every record, the most recently queued first. */
export async function list(): Promise<OutboxRecord[]> {
  const records = await (await getOutboxDb()).getAll('outbox');
  return records.sort((a, b) => b.queuedAt - a.queuedAt);
}

export async function get(id: string): Promise<OutboxRecord | undefined> {
  return (await getOutboxDb()).get('outbox', id);
}

/**
 * Keeps the federation's progress and letters with a sent record (a question's: its answer), to read offline. Returns
 * the status kept before (undefined the first time), so the page can tell what changed. Does nothing for a record no
 * longer there.
 */
export async function keepServerStatus<S extends RequestStatus | QuestionStatus>(id: string, status: S): Promise<S | undefined> {
  const db = await getOutboxDb();
  const tx = db.transaction('outbox', 'readwrite');
  const record = await tx.store.get(id);
  const before = record?.serverStatus as S | undefined;
  if (record) await tx.store.put({ ...record, serverStatus: status });
  await tx.done;
  return before;
}

/**
 * Deletes a record: only ever called when the person chooses to delete it. Returns whether
 * there was one. Deleting a queued record stops it being sent; a record being sent at this very
 * moment may still reach the server (its answer is then not stored).
 */
export async function remove(id: string, { now = Date.now }: Clock = {}): Promise<boolean> {
  const db = await getOutboxDb();
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const existed = (await tx.store.getKey(id)) !== undefined;
  if (existed) await tx.store.delete(id);
  await tx.done;
  if (existed) postChange({ id, status: 'removed', at: now() });
  return existed;
}

/**
 * Turns a rejected record back into a draft, with the server's field errors, so the person can
 * correct it and queue it again. One transaction: the record leaves the outbox only as the
 * draft appears.
 *
 * The key: after 400, 422 or 413 the server stored nothing under the key, so the draft keeps the
 * same id and the corrected body is sent under the same Idempotency-Key (the request keeps one
 * identity on the phone from first draft to receipt). After 409 the server already holds the key
 * with another body, so that key can never succeed: the draft gets a new id. If a server did keep
 * a key after a 400, the resend would come back 409 and a second reopen would then use a new key.
 */
export async function reopen(id: string, { now = Date.now }: Clock = {}): Promise<Draft> {
  const db = await getOutboxDb();
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite', { durability: 'strict' });
  const done = tx.done;
  done.catch(() => {});
  let draft: Draft;
  try {
    const record = await tx.objectStore('outbox').get(id);
    if (!record) throw new OutboxStateError(`No request ${id} in the outbox`);
    if (record.status !== 'rejected') {
      throw new OutboxStateError(`Only a rejected request can be reopened; ${id} is ${record.status}`);
    }
    const t = now();
    draft = {
      id: record.lastError?.kind === 'conflict' ? newId() : record.id,
      // A question reopens as a question's draft, for the /ask/ form and never the request form.
      kind: record.kind ?? 'request',
      input: { ...record.body },
      step: record.step,
      createdAt: record.createdAt,
      updatedAt: t,
      fieldErrors: record.fieldErrors,
      rejection: record.lastError,
      history: record.history,
    };
    await tx.objectStore('outbox').delete(id);
    await tx.objectStore('drafts').add(draft);
    await done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  postChange({ id, status: 'reopened', at: draft.updatedAt, draftId: draft.id });
  return draft;
}
