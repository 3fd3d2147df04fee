import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOutboxDb, getOutboxDb } from './db.ts';
import { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from './drafts.ts';
import { queue } from './outbox.ts';
import { fakeClock, resetOutbox, sampleQuestion } from './test-support.ts';
import { newId } from './uuid.ts';

beforeEach(resetOutbox);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('drafts', () => {
  it('creates a draft with a new client UUID, saved at once', async () => {
    const clock = fakeClock(1000);
    const a = await createDraft({ step: 'applicant' }, clock);
    const b = await createDraft({}, clock);
    expect(a.id).toMatch(UUID);
    expect(b.id).not.toBe(a.id);
    expect(await getDraft(a.id)).toEqual({
      id: a.id,
      kind: 'request',
      input: {},
      step: 'applicant',
      createdAt: 1000,
      updatedAt: 1000,
      fieldErrors: [],
      rejection: null,
      history: [],
    });
  });

  it('saves every keystroke, and the draft survives closing and reopening the database', async () => {
    const clock = fakeClock(1000);
    const draft = await createDraft({}, clock);
    for (const [i, text] of ['请', '请公', '请公开'].entries()) {
      clock.set(2000 + i);
      expect(await saveDraft(draft.id, { input: { description: text }, step: 'describe' }, clock)).toBe(true);
    }
    await closeOutboxDb(); // the tab is closed; the next page load opens the database again
    const reopened = await getDraft(draft.id);
    expect(reopened).toMatchObject({ input: { description: '请公开' }, step: 'describe', createdAt: 1000, updatedAt: 2002 });
  });

  it('saves keystrokes with relaxed durability (cheap) over drafts and outbox', async () => {
    const draft = await createDraft();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await saveDraft(draft.id, { input: { name: 'a' } });
    expect(spy).toHaveBeenCalledWith(['drafts', 'outbox'], 'readwrite', { durability: 'relaxed' });
    spy.mockRestore();
  });

  it('lists drafts, the most recently edited first, and deletes one', async () => {
    const clock = fakeClock(1000);
    const a = await createDraft({}, clock);
    clock.advance(1);
    const b = await createDraft({}, clock);
    clock.advance(1);
    await saveDraft(a.id, { input: { name: 'a' } }, clock);
    expect((await listDrafts()).map((d) => d.id)).toEqual([a.id, b.id]);
    await deleteDraft(a.id);
    expect((await listDrafts()).map((d) => d.id)).toEqual([b.id]);
  });

  it('keeps question drafts out of the request form: listDrafts() lists requests, { kind: "question" } the questions', async () => {
    const clock = fakeClock(1000);
    const request = await createDraft({ input: { description: '请公开' } }, clock);
    clock.advance(1);
    const question = await createDraft({ kind: 'question', input: sampleQuestion }, clock);
    // A draft from before questions has no kind: it is a request's.
    const db = await getOutboxDb();
    await db.put('drafts', { ...request, id: 'old-draft', kind: undefined, updatedAt: 500 });
    expect((await listDrafts()).map((d) => d.id)).toEqual([request.id, 'old-draft']);
    expect((await listDrafts({ kind: 'request' })).map((d) => d.id)).toEqual([request.id, 'old-draft']);
    expect(await listDrafts({ kind: 'question' })).toEqual([{ ...question, kind: 'question' }]);
    // The question, edited last, is still not what the request form resumes.
    clock.advance(1);
    await saveDraft(question.id, { input: { ...sampleQuestion, text: '改过的问题' } }, clock);
    expect((await listDrafts())[0]!.id).toBe(request.id);
  });

  it('writes a question deleted in another tab back as a question, never as a request draft', async () => {
    const question = await createDraft({ kind: 'question' });
    await deleteDraft(question.id);
    expect(await saveDraft(question.id, { input: { topic: 'guide', text: '还在' } })).toBe(true);
    expect(await listDrafts()).toEqual([]);
    expect((await listDrafts({ kind: 'question' })).map((d) => d.id)).toEqual([question.id]);
  });

  it('does not bring a queued draft back when a late keystroke save arrives', async () => {
    const draft = await createDraft({ input: { description: 'x' } });
    await queue(draft.id);
    expect(await saveDraft(draft.id, { input: { description: 'xy' } })).toBe(false);
    expect(await getDraft(draft.id)).toBeUndefined();
  });

  it('writes a draft again if it was deleted meanwhile (in another tab): typing is never lost', async () => {
    const draft = await createDraft();
    await deleteDraft(draft.id);
    expect(await saveDraft(draft.id, { input: { name: 'still here' } })).toBe(true);
    expect((await getDraft(draft.id))?.input).toEqual({ name: 'still here' });
  });
});

describe('newId', () => {
  it('makes a version-4 UUID, also where crypto.randomUUID is missing (plain HTTP)', () => {
    expect(newId()).toMatch(UUID);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 100 }, () => newId()));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(UUID);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
