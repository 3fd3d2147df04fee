import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onOutboxChange } from './broadcast.ts';
import { getOutboxDb } from './db.ts';
import { createDraft, getDraft, saveDraft } from './drafts.ts';
import { OutboxStateError, get, keepServerStatus, list, queue, remove, reopen } from './outbox.ts';
import type { RequestStatus } from '../contract.ts';
import type { OutboxChange, OutboxRecord } from './types.ts';
import { fakeClock, resetOutbox, sampleInput, sampleQuestion } from './test-support.ts';

beforeEach(resetOutbox);

async function draftOf(input: Record<string, string> = sampleInput, step = 'check') {
  return createDraft({ input, step });
}

/** Puts a record straight into a given state, as the sender would have left it. */
async function setRecord(id: string, changes: Partial<OutboxRecord>) {
  const db = await getOutboxDb();
  const r = await db.get('outbox', id);
  await db.put('outbox', { ...r!, ...changes });
}

describe('queue', () => {
  it('sends the language of the form filled in, so the reply’s plain words come in it', async () => {
    const draft = await draftOf(sampleInput, 'check-answers');
    const record = await queue(draft.id, { locale: 'zh-Hans' });
    expect(record.body.locale).toBe('zh-Hans');
  });

  it('moves the draft into the outbox: draft gone, record queued under the same id', async () => {
    const clock = fakeClock(5000);
    const draft = await draftOf({ ...sampleInput, description: '长'.repeat(80), junk: 'x' } as never, 'check-answers');
    const record = await queue(draft.id, clock);
    expect(await getDraft(draft.id)).toBeUndefined();
    expect(await get(draft.id)).toEqual(record);
    expect(record).toMatchObject({
      id: draft.id,
      status: 'queued',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      fieldErrors: [],
      receipt: null,
      step: 'check-answers',
      createdAt: draft.createdAt,
      queuedAt: 5000,
      history: [{ at: 5000, status: 'queued' }],
      summary: { description: '长'.repeat(60), truncated: true, date: 5000 },
    });
    // The body is what the form holds, blanks and unknown keys left out; the ID number is kept until sent.
    expect(record.body).not.toHaveProperty('junk');
    expect(record.body).not.toHaveProperty('address');
    expect(record.body.idNumber).toBe(sampleInput.idNumber);
  });

  it('queues a question with its kind, the question’s fields only, and its text’s first 60 characters as the summary', async () => {
    const clock = fakeClock(5000);
    const text = '问'.repeat(70);
    const draft = await createDraft({ kind: 'question', input: { ...sampleQuestion, text, description: 'x', idNumber: '1' } });
    const record = await queue(draft.id, { ...clock, locale: 'zh-Hant' });
    expect(record.kind).toBe('question');
    expect(record.body).toEqual({ topic: 'guide', kind: 'question', page: '/guides/bus-pass/', text, answerBy: 'phone', locale: 'zh-Hant' });
    expect(record.summary).toEqual({ description: '问'.repeat(60), truncated: true, date: 5000 });
    // A request's draft still takes a request's fields only.
    const request = await queue((await draftOf({ ...sampleInput, text: 'not a request field' } as never)).id);
    expect(request.kind).toBe('request');
    expect(request.body).not.toHaveProperty('text');
  });

  it('does it in one strict transaction over both stores', async () => {
    const draft = await draftOf();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await queue(draft.id);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(['drafts', 'outbox'], 'readwrite', { durability: 'strict' });
    spy.mockRestore();
  });

  it('leaves the draft in place when the write fails half-way (disk full)', async () => {
    const draft = await draftOf();
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await expect(queue(draft.id)).rejects.toThrow('The disk is full');
    add.mockRestore();
    // The draft's deletion ran before the failing add, in the same transaction: it was rolled back.
    expect(await getDraft(draft.id)).toEqual(draft);
    expect(await list()).toEqual([]);
  });

  it('never overwrites a record already in the outbox; the transaction fails and the draft stays', async () => {
    const draft = await draftOf();
    const record = await queue(draft.id);
    await setRecord(draft.id, { status: 'sent' });
    // A stray draft with the same id (written behind saveDraft's back)
    const db = await getOutboxDb();
    await db.put('drafts', { ...draft, input: { description: 'other' } });
    await expect(queue(draft.id)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect((await get(draft.id))?.status).toBe('sent');
    expect((await get(draft.id))?.body).toEqual(record.body);
    expect(await getDraft(draft.id)).toBeDefined();
  });

  it('returns the queued record when the same draft is queued twice (a double tap)', async () => {
    const draft = await draftOf();
    const [a, b] = await Promise.all([queue(draft.id), queue(draft.id)]);
    expect(b).toEqual(a);
    expect(await list()).toHaveLength(1);
    await expect(queue('no-such-draft')).rejects.toBeInstanceOf(OutboxStateError);
  });

  it('tells every listener', async () => {
    const seen: OutboxChange[] = [];
    onOutboxChange((c) => seen.push(c));
    const draft = await draftOf();
    await queue(draft.id, fakeClock(7));
    expect(seen).toEqual([{ type: 'outbox-change', id: draft.id, status: 'queued', at: 7 }]);
  });
});

describe('list, get, remove', () => {
  it('lists the most recently queued first', async () => {
    const clock = fakeClock(1);
    const a = await draftOf();
    const b = await draftOf();
    await queue(a.id, clock);
    clock.advance(1);
    await queue(b.id, clock);
    expect((await list()).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(await get('unknown')).toBeUndefined();
  });

  it('removes only the record the person deletes, whatever its status, and says so', async () => {
    const seen: OutboxChange[] = [];
    onOutboxChange((c) => seen.push(c));
    const a = await queue((await draftOf()).id);
    const b = await queue((await draftOf()).id);
    await setRecord(a.id, { status: 'sent' });
    expect(await remove(a.id, fakeClock(9))).toBe(true);
    expect(await remove(a.id)).toBe(false);
    expect((await list()).map((r) => r.id)).toEqual([b.id]);
    expect(seen.at(-1)).toEqual({ type: 'outbox-change', id: a.id, status: 'removed', at: 9 });
  });
});

describe('keepServerStatus', () => {
  const status = (letters: RequestStatus['letters']): RequestStatus => ({
    reference: 'MDJCL-2026-000001', status: 'answered', receivedAt: '2026-09-14T01:30:00.000Z', dueDate: '2026-10-16',
    dueDateProvisional: false, letters, history: [],
  });
  const letter = (id: number) => ({
    id, kind: 'reply' as const, number: `残联公复〔2026〕${id}号`, issuedAt: '2026-09-20T01:00:00.000Z', locale: 'zh-Hans' as const, subject: '答复书',
    body: { sender: '牡丹江市残疾人联合会', title: '政府信息公开申请答复书', number: `残联公复〔2026〕${id}号`, addressee: '申请人：', paragraphs: ['已答复。'], signature: { sender: '牡丹江市残疾人联合会', date: '2026年9月20日' } },
  });

  it('keeps the letters with the record, to read offline, and gives back what it kept before', async () => {
    const record = await queue((await draftOf()).id);
    await setRecord(record.id, { status: 'sent' });
    expect(await keepServerStatus(record.id, status([letter(1)]))).toBeUndefined();
    expect(await keepServerStatus(record.id, status([letter(2), letter(1)]))).toEqual(status([letter(1)]));
    expect(((await get(record.id))!.serverStatus as RequestStatus).letters.map((kept) => kept.id)).toEqual([2, 1]);
  });

  it('does nothing for a record the person deleted', async () => {
    expect(await keepServerStatus('gone', status([]))).toBeUndefined();
    expect(await list()).toEqual([]);
  });
});

describe('reopen', () => {
  it('turns a record rejected with 400 back into a draft under the same id, with the field errors', async () => {
    const draft = await draftOf(sampleInput, 'check-answers');
    const record = await queue(draft.id);
    const fieldErrors = [{ field: 'idNumber', message: '身份证号码不正确' }];
    const lastError = { kind: 'invalid' as const, status: 400, message: 'Invalid' };
    await setRecord(draft.id, { status: 'rejected', fieldErrors, lastError, attempts: 1 });

    const seen: OutboxChange[] = [];
    onOutboxChange((c) => seen.push(c));
    const reopened = await reopen(draft.id, fakeClock(99));
    expect(reopened).toMatchObject({
      id: draft.id,
      input: record.body,
      step: 'check-answers',
      createdAt: draft.createdAt,
      updatedAt: 99,
      fieldErrors,
      rejection: lastError,
    });
    expect(await getDraft(draft.id)).toEqual(reopened);
    expect(await get(draft.id)).toBeUndefined();
    expect(seen).toEqual([{ type: 'outbox-change', id: draft.id, status: 'reopened', at: 99, draftId: draft.id }]);

    // Corrected and queued again: the same Idempotency-Key, history carried on.
    expect(await saveDraft(draft.id, { input: { ...reopened.input, idNumber: '110105194912310021' }, fieldErrors: [] })).toBe(true);
    const again = await queue(draft.id);
    expect(again.id).toBe(draft.id);
    expect(again.body.idNumber).toBe('110105194912310021');
    expect(again.history.map((h) => h.status)).toEqual(['queued', 'queued']);
  });

  it('gives the draft a new id after a 409: that key is burnt on the server', async () => {
    const draft = await draftOf();
    await queue(draft.id);
    await setRecord(draft.id, { status: 'rejected', lastError: { kind: 'conflict', status: 409, message: 'x' } });
    const reopened = await reopen(draft.id);
    expect(reopened.id).not.toBe(draft.id);
    expect(await getDraft(reopened.id)).toBeDefined();
    expect(await get(draft.id)).toBeUndefined();
  });

  it('refuses to reopen anything not rejected, and changes nothing', async () => {
    const draft = await draftOf();
    const record = await queue(draft.id);
    for (const status of ['queued', 'sending', 'sent'] as const) {
      await setRecord(draft.id, { status });
      await expect(reopen(draft.id)).rejects.toBeInstanceOf(OutboxStateError);
      expect(await get(draft.id)).toEqual({ ...record, status });
      expect(await getDraft(draft.id)).toBeUndefined();
    }
    await expect(reopen('unknown')).rejects.toBeInstanceOf(OutboxStateError);
  });
});
