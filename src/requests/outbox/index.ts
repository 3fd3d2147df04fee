// The outbox's public API. See README.md in this folder for the protocol and the decisions.

export type {
  Draft,
  DraftInput,
  FieldError,
  OutboxBody,
  OutboxChange,
  OutboxError,
  OutboxErrorKind,
  OutboxKind,
  OutboxRecord,
  OutboxStatus,
  QuestionBody,
  QuestionReceipt,
  QuestionStatus,
  Receipt,
  RequestBody,
  RequestField,
  StatusChange,
  Summary,
} from './types.ts';
export { OUTBOX_STATUSES, REQUEST_FIELDS } from './types.ts';
export { DB_NAME, DB_VERSION, MIGRATIONS, closeOutboxDb, getOutboxDb, openOutboxDb } from './db.ts';
export type { Migration, OutboxDb, OutboxDbSchema } from './db.ts';
export { createDraft, deleteDraft, getDraft, listDrafts, saveDraft } from './drafts.ts';
export type { Clock, DraftChanges } from './drafts.ts';
export { OutboxStateError, get, keepServerStatus, list, queue, remove, reopen } from './outbox.ts';
export { CONFLICT_MESSAGE, LOCK_NAME, sendAll } from './sender.ts';
export type { FetchLike, LocksLike, SendOptions, SendReport } from './sender.ts';
export {
  SYNC_TAG,
  ensurePersistence,
  getPersistence,
  onOutboxChange,
  outboxAvailable,
  startOutboxSync,
} from './sync.ts';
export type { OutboxChangeListener, OutboxSync, PersistenceState, StorageLike, SyncOptions, TriggerReason } from './sync.ts';
export { backoffDelay, parseRetryAfter } from './backoff.ts';
