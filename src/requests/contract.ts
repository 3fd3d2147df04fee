/**
 * What the disclosure-request API and its clients say to each other, declared once: the form and the outbox
 * (src/requests/), the status pages, and the server (server/requests/) all use these types, so a change to an
 * answer fails the type check on both sides. README's "API" section describes the same shapes.
 */
import type { FieldError } from '../components/ErrorSummary/field-error.ts';
import type { ReplyFile } from './reply-files.ts';

/** One problem with one field: `422 {errors: FieldError[]}` on the API, and the error summary's items on a page. */
export type { FieldError };

/** `POST /api/requests` → 201: the receipt, replayed word for word for the same Idempotency-Key and body. */
export interface Receipt {
  /** The number a person quotes: MDJCL-2026-000123. */
  reference: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** YYYY-MM-DD, China date. */
  dueDate: string;
  /** True when the due date reaches a year whose official holidays are not yet announced. */
  dueDateProvisional: boolean;
  /** Reads the request's status later (`GET /api/requests/<reference>?token=…`); stored only hashed on the server. */
  statusToken: string;
}

/** `GET /api/requests/<reference>?token=<statusToken>` → 200: where the federation is with the request. */
export interface RequestStatus {
  reference: string;
  /** received, awaiting-completion (the clock is stopped) or answered. */
  status: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** The current due date (YYYY-MM-DD, China date): counted again from the completed request's arrival, moved by an extension. */
  dueDate: string;
  dueDateProvisional: boolean;
  /** Asked to complete the request (补正): what is missing, as staff wrote it to the applicant. */
  completion?: { requestedAt: string; note: string; completedOn?: string };
  /** The time to answer was extended, once, for this reason (the applicant must be told). */
  extension?: { at: string; reason: string };
  /** The answer: how it ended in plain words in the request's language, the reply, and for a refusal why. */
  reply?: {
    answeredAt: string;
    outcome: string;
    outcomeText: string;
    text: string;
    reason?: string;
    legalBasis?: string;
    /** The information itself, in the order staff attached it; each `href` downloads with `?token=<statusToken>`. */
    files: ReplyFile[];
  };
  /**
   * The printed reply posted (`on` a China date, with the carrier's tracking number when it has one) or collected,
   * oldest first; absent when there is none.
   */
  deliveries?: { method: 'post' | 'collection'; on: string; trackingNumber?: string }[];
  /** A third party is being consulted (征求第三方意见): the due date pauses until `endedOn` (China date). */
  consultation?: { startedAt: string; endedOn?: string };
  /** Every letter issued to the applicant, the newest first, in the request's language, as issued. */
  letters: Letter[];
  /** Each change of status, oldest first; `at` is ISO 8601, UTC. */
  history: { at: string; status: string }[];
}

/** What a letter tells the applicant about: 告知补正, 延期答复告知, 征求第三方意见告知, or the 答复书 itself. */
export type LetterKind = 'completion' | 'extension' | 'consultation' | 'reply';

/** A letter as issued (server/letters/): never changed afterwards. */
export interface Letter {
  id: number;
  kind: LetterKind;
  /** As printed: 残联公复〔2026〕12号. */
  number: string;
  /** ISO 8601, UTC. */
  issuedAt: string;
  locale: 'zh-Hans' | 'zh-Hant' | 'en';
  subject: string;
  body: LetterBody;
}

/** A letter's parts, in its language, in the order they are printed: the phone and the print page lay them out. */
export interface LetterBody {
  /** The federation, as on its seal. */
  sender: string;
  title: string;
  number: string;
  /** To whom: the applicant's name with the salutation's punctuation. */
  addressee: string;
  paragraphs: string[];
  /** How to challenge the decision; every reply but a full disclosure has it. */
  remedies?: { heading: string; text: string };
  /** The sender and the date under the text, where the seal goes. */
  signature: { sender: string; date: string };
}
