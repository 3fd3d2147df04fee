// Plain data types of the outbox. Everything here is stored in IndexedDB, so it must stay
// structured-clonable (no classes, no functions) and every change to a stored shape needs a
// migration in db.ts.

import type { QuestionReceipt, QuestionStatus } from '../../question-contract/contract.ts';
import type { QuestionField } from '../../question-contract/fields.ts';

import type { FieldError, Receipt, RequestStatus } from '../contract.ts';
import { requestFields, type RequestField } from '../rules/fields.ts';

/** The keys of the request body, as DESIGN.md and the API name them (src/requests/rules/fields.ts). */
export const REQUEST_FIELDS = requestFields;
export type { RequestField };

export type { QuestionField };

/**
 * What a draft or record is: a disclosure request (POST /api/requests) or a question or suggestion to the online
 * mailbox (POST /api/questions, issue 17). Absent = request: the records phones held before questions have none.
 */
export type OutboxKind = 'request' | 'question';

/** Form input as typed: every value is the string the field holds. Missing = never filled. */
export type DraftInput = Partial<Record<RequestField | QuestionField, string>>;

/** The JSON body POSTed to /api/requests: the draft's known fields, blanks left out. */
export type RequestBody = Partial<Record<RequestField, string>>;

/** The JSON body POSTed to /api/questions: the question's fields (src/question-contract/fields.ts), blanks left out. */
export type QuestionBody = Partial<Record<QuestionField, string>>;

/** A record's body: a request's or a question's fields, as its `kind` says. */
export type OutboxBody = RequestBody & QuestionBody;

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'rejected';

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'sent', 'rejected'];

/** A field error and the 201 answer, as the APIs declare them (src/requests/contract.ts, src/question-contract/contract.ts). */
export type { FieldError, QuestionReceipt, QuestionStatus, Receipt };

/**
 * Why the last attempt did not deliver. `kind` is for the UI to choose words; `message` is
 * for people debugging (English, not shown to applicants), and short, since the outbox is in the request
 * form's chunks: `kind` and `status` say the rest.
 * - network: no answer (offline, DNS, connection reset); timeout: no answer in time;
 *   server: 5xx; rate-limited: 429; unexpected: any other answer that leaves it queued
 *   (e.g. a captive portal's 200 page, an unexpected 4xx);
 * - invalid (400/422), conflict (409), too-large (413): the record is rejected.
 */
export type OutboxErrorKind =
  | 'network'
  | 'timeout'
  | 'server'
  | 'rate-limited'
  | 'unexpected'
  | 'invalid'
  | 'conflict'
  | 'too-large';

export interface OutboxError {
  kind: OutboxErrorKind;
  status?: number;
  message: string;
}

export interface StatusChange {
  /** Epoch milliseconds. */
  at: number;
  status: OutboxStatus;
  note?: string;
}

export interface Summary {
  /** The first 60 characters (code points) of the description (a question's: of its text). */
  description: string;
  truncated: boolean;
  /** When it was queued, epoch milliseconds. */
  date: number;
}

/** A draft: the form as the person is filling it. Saved on every keystroke. */
export interface Draft {
  /** Client UUID, made when the draft starts; it becomes the Idempotency-Key. */
  id: string;
  /** Absent on drafts from before questions: a request. */
  kind?: OutboxKind;
  input: DraftInput;
  /** The form step the person is on (the UI's name for it). */
  step: string;
  createdAt: number;
  updatedAt: number;
  /** The server's field errors when this draft was reopened from a rejected record. */
  fieldErrors: FieldError[];
  /** Why it was rejected, when reopened from a rejected record. */
  rejection: OutboxError | null;
  /** Status history carried over from the outbox when reopened. */
  history: StatusChange[];
}

/** A request or question on its way, or delivered, or refused. Keyed by the client UUID. */
export interface OutboxRecord {
  /** Client UUID = the Idempotency-Key sent with every attempt. */
  id: string;
  /** Absent on records from before questions: a request. */
  kind?: OutboxKind;
  status: OutboxStatus;
  /** The body exactly as sent; `idNumber` is removed once the request is sent. */
  body: OutboxBody;
  /** How many times a send was started. */
  attempts: number;
  /** Epoch ms before which no new attempt is made (0 = as soon as possible). */
  nextAttemptAt: number;
  /**
   * While `sending`: until when the sender that claimed it may still be waiting for the answer.
   * Only used when Web Locks are missing (see sender.ts). 0 otherwise.
   */
  leaseUntil: number;
  lastError: OutboxError | null;
  fieldErrors: FieldError[];
  /** A question's receipt has the same shape as a request's. */
  receipt: Receipt | QuestionReceipt | null;
  summary: Summary;
  history: StatusChange[];
  /** The form step the draft was on when queued, restored by reopen(). */
  step: string;
  createdAt: number;
  queuedAt: number;
  updatedAt: number;
  sentAt: number | null;
  /**
   * The federation's progress as last read from the status API, letters included, so they read offline (a question's:
   * staff's answer, or the request it became). Optional: records from before it existed simply lack it. A request's
   * holds no personal data (the API sends none).
   */
  serverStatus?: RequestStatus | QuestionStatus;
}

/** Posted on the BroadcastChannel 'outbox' and given to onOutboxChange listeners. */
export interface OutboxChange {
  type: 'outbox-change';
  id: string;
  /** New status; 'removed' = deleted by the person; 'reopened' = turned back into a draft (under `draftId`). */
  status: OutboxStatus | 'removed' | 'reopened';
  at: number;
  /** Set when status is 'reopened': the id of the draft it became (the same id unless the key was burnt). */
  draftId?: string;
  /** Set when the sender put it back in the queue after a failed attempt: when it will try again. */
  retryAt?: number;
}
