// Pure helpers that shape stored records. No IndexedDB here.

import { questionsApiHref, requestsApiHref } from '../../addresses/addresses.ts';
import { questionFields } from '../../question-contract/fields.ts';
import { REQUEST_FIELDS, type DraftInput, type OutboxBody, type OutboxKind, type OutboxStatus, type StatusChange, type Summary } from './types.ts';

/** Characters (code points, so no character is cut in half) kept in the summary. */
export const SUMMARY_LENGTH = 60;

/** History entries kept per record: the first (queued) and the latest ones. */
export const HISTORY_LIMIT = 50;

/**
 * Each kind of record: where it is POSTed, and the fields its body takes. One table, so both kinds go through the same
 * code (the outbox is in the request form's chunks, whose every byte counts).
 */
const KINDS = {
  request: [requestsApiHref, REQUEST_FIELDS],
  question: [questionsApiHref, questionFields],
} as const;

/** The endpoint and fields of a kind; none = a request (drafts and records from before questions). */
export const kindOf = (kind: OutboxKind | undefined) => KINDS[kind ?? 'request'];

/** A question's input holds fields no request has (topic, text, answerBy…), a request's never does. */
export const inputKind = (input: DraftInput): OutboxKind =>
  questionFields.some((field) => field in input && !(REQUEST_FIELDS as readonly string[]).includes(field)) ? 'question' : 'request';

/**
 * The body to POST: the known fields of the draft's kind, as typed. Blank fields are left out, so an
 * optional field the person never filled is absent rather than "" (the API refuses unknown
 * fields, so anything else the UI keeps in a draft must not go out either).
 */
export function toBody(input: DraftInput, kind?: OutboxKind): OutboxBody {
  const body: OutboxBody = {};
  for (const field of kindOf(kind)[1]) {
    const value = input[field];
    if (typeof value === 'string' && value !== '') body[field] = value;
  }
  return body;
}

/** A request's summary is its description's start, a question's its text's (a body has only one of them). */
export function summarize(body: OutboxBody, date: number): Summary {
  const chars = Array.from(body.description ?? body.text ?? '');
  return {
    description: chars.slice(0, SUMMARY_LENGTH).join(''),
    truncated: chars.length > SUMMARY_LENGTH,
    date,
  };
}

/** The body kept on the phone after delivery: the ID number is dropped. */
export function withoutIdNumber(body: OutboxBody): OutboxBody {
  const { idNumber: _dropped, ...rest } = body;
  return rest;
}

/** Appends a status change, keeping the first entry and the latest ones. */
export function pushHistory(history: readonly StatusChange[], at: number, status: OutboxStatus, note?: string): StatusChange[] {
  const entry: StatusChange = note === undefined ? { at, status } : { at, status, note };
  const next = [...history, entry];
  if (next.length <= HISTORY_LIMIT) return next;
  return [next[0]!, ...next.slice(next.length - (HISTORY_LIMIT - 1))];
}
