// Drafts: the form as typed, saved on every keystroke so that a reload, a closed app or a lost
// signal loses nothing. The draft's id is made when the draft starts and becomes the request's
// Idempotency-Key when it is queued.
//
// Keystroke saves use `durability: 'relaxed'`: the write is handed to the operating system
// without waiting for the disk, which is what makes a save per keystroke cheap on a slow phone.
// It survives the tab or the browser crashing; only a power cut in the same instant could lose
// the last keystroke. Queueing (outbox.ts) is 'strict'.

import { getOutboxDb } from './db.ts';
import { inputKind } from './records.ts';
import type { Draft, DraftInput, FieldError, OutboxKind } from './types.ts';
import { newId } from './uuid.ts';

export interface Clock {
  now?: () => number;
}

export interface DraftChanges {
  input?: DraftInput;
  step?: string;
  fieldErrors?: FieldError[];
}

/**
 * Starts a draft with a new client UUID and saves it at once. `kind`: 'request' (the default) for the request form,
 * 'question' for the `/ask/` form; it stays with the draft and its record, and decides where it is sent.
 */
export async function createDraft(init: DraftChanges & { kind?: OutboxKind } = {}, { now = Date.now }: Clock = {}): Promise<Draft> {
  const t = now();
  const draft: Draft = {
    id: newId(),
    kind: init.kind ?? 'request',
    input: { ...init.input },
    step: init.step ?? '',
    createdAt: t,
    updatedAt: t,
    fieldErrors: init.fieldErrors ?? [],
    rejection: null,
    history: [],
  };
  const db = await getOutboxDb();
  await db.add('drafts', draft);
  return draft;
}

/**
 * Saves the draft's input (call it on every keystroke). Returns false, and writes nothing, when
 * the draft has already been queued: a late save must not bring a sent request back as a draft.
 * A draft deleted meanwhile (in another tab) is written again: what was typed is kept, as a question when it holds a
 * question's fields (the request form must never resume a question).
 */
export async function saveDraft(id: string, changes: DraftChanges, { now = Date.now }: Clock = {}): Promise<boolean> {
  const db = await getOutboxDb();
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite', { durability: 'relaxed' });
  const [queued, existing] = await Promise.all([
    tx.objectStore('outbox').getKey(id),
    tx.objectStore('drafts').get(id),
  ]);
  if (queued !== undefined) {
    await tx.done;
    return false;
  }
  const t = now();
  const draft: Draft = existing ?? {
    id,
    kind: inputKind(changes.input ?? {}),
    input: {},
    step: '',
    createdAt: t,
    updatedAt: t,
    fieldErrors: [],
    rejection: null,
    history: [],
  };
  if (changes.input) draft.input = { ...changes.input };
  if (changes.step !== undefined) draft.step = changes.step;
  if (changes.fieldErrors) draft.fieldErrors = changes.fieldErrors;
  draft.updatedAt = t;
  await Promise.all([tx.objectStore('drafts').put(draft), tx.done]);
  return true;
}

export async function getDraft(id: string): Promise<Draft | undefined> {
  return (await getOutboxDb()).get('drafts', id);
}

/**
 * The drafts of one kind, the most recently edited first: requests unless `kind` says 'question', so the request form
 * never resumes a question (a draft without a kind is a request's, from before questions).
 */
export async function listDrafts({ kind = 'request' }: { kind?: OutboxKind } = {}): Promise<Draft[]> {
  const drafts = await (await getOutboxDb()).getAll('drafts');
  return drafts.filter((draft) => (draft.kind ?? 'request') === kind).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Deletes a draft (the person discarded it). */
export async function deleteDraft(id: string): Promise<void> {
  await (await getOutboxDb()).delete('drafts', id);
}
