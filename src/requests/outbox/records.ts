// Pure helpers that shape stored records. No IndexedDB here.

import { REQUEST_FIELDS, type DraftInput, type OutboxStatus, type RequestBody, type StatusChange, type Summary } from './types.ts';

/** Characters (code points, so no character is cut in half) kept in the summary. */
export const SUMMARY_LENGTH = 60;

/** History entries kept per record: the first (queued) and the latest ones. */
export const HISTORY_LIMIT = 50;

/**
 * The body to POST: the known fields of the draft, as typed. Blank fields are left out, so an
 * optional field the person never filled is absent rather than "" (the API refuses unknown
 * fields, so anything else the UI keeps in a draft must not go out either).
 */
export function toBody(input: DraftInput): RequestBody {
  const body: RequestBody = {};
  for (const field of REQUEST_FIELDS) {
    const value = input[field];
    if (typeof value === 'string' && value !== '') body[field] = value;
  }
  return body;
}

export function summarize(body: RequestBody, date: number): Summary {
  const chars = Array.from(body.description ?? '');
  return {
    description: chars.slice(0, SUMMARY_LENGTH).join(''),
    truncated: chars.length > SUMMARY_LENGTH,
    date,
  };
}

/** The body kept on the phone after delivery: the ID number is dropped. */
export function withoutIdNumber(body: RequestBody): RequestBody {
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
