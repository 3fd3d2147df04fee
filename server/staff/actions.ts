import { site } from '../../src/config/site.ts';
import { appealKinds, appealResults, isOutcome, outcomeGroup, type OutcomeGroup } from '../../src/requests/rules/outcomes.ts';
import { addWorkingDays, chinaDate } from '../requests/due-date.ts';
import type { FieldError } from '../../src/requests/rules/schema.ts';
import type { Database } from '../db/database.ts';
import type { Staff } from './accounts.ts';
import {
  addHistoryEntry,
  type Appeal,
  findAppealForUpdate,
  findRequest,
  insertAppeal,
  type StaffRequest,
  updateAppealResult,
  updateRequest,
  writeAudit,
} from '../requests/repository.ts';
import { staffText as s } from './text.ts';
import { checkUploads, type Upload } from '../files/uploads.ts';
import { deliverReply, type MailQueueing, replyMessage } from '../mail/reply-mail.ts';
import { outcomeText } from '../requests/outcome-text.ts';
import { type Delivery, deliveryMethods, insertDelivery, MAX_TRACKING_NUMBER } from '../mail/deliveries.ts';
import type { Queryable } from '../db/database.ts';

/**
 * What staff do to a request. Each action is one transaction: the request's row is locked, checked, changed, and
 * the change written to the audit log (who, when, which fields before and after) and, where the applicant should
 * see it, to the request's history. Input is what a form or JSON body sent: strings, checked here.
 */
export type Input = Record<string, unknown>;

export type ActionResult<T = StaffRequest> =
  | { kind: 'done'; value: T }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'refused'; message: string }
  | { kind: 'not-found' };

export interface ActionContext {
  db: Database;
  staff: Staff;
  now: Date;
  replyWorkingDays?: number;
  extensionWorkingDays?: number;
  /** Set when e-mail is configured (SMTP_URL): replies to applicants who chose e-mail are queued to be sent. */
  mail?: MailQueueing;
}

/** Outcomes that refuse the request in whole, or end it without the information: each needs a reason and a basis. */
export const refusalGroups: readonly OutcomeGroup[] = ['withheld', 'unavailable', 'not-processed', 'other'];

export const limits = { note: 2000, reason: 2000, replyText: 10_000, refusalReason: 2000, legalBasis: 1000 } as const;

const text = (input: Input, field: string) => (typeof input[field] === 'string' ? (input[field] as string).trim() : '');
const length = (value: string) => [...value].length;

function required(errors: FieldError[], input: Input, field: keyof typeof limits, missing: string): string {
  const value = text(input, field);
  if (value === '') errors.push({ field, message: missing });
  else if (length(value) > limits[field]) errors.push({ field, message: s.errors.tooLong(limits[field], length(value)) });
  return value;
}

function optional(errors: FieldError[], input: Input, field: keyof typeof limits): string | null {
  const value = text(input, field);
  if (length(value) > limits[field]) errors.push({ field, message: s.errors.tooLong(limits[field], length(value)) });
  return value === '' ? null : value;
}

/** A China date typed as YYYY-MM-DD that exists, no later than today and no earlier than `earliest`. */
function date(errors: FieldError[], input: Input, field: string, today: string, messages: { missing: string; earliest?: [string, string] }): string {
  const value = text(input, field);
  if (value === '') {
    errors.push({ field, message: messages.missing });
    return value;
  }
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) errors.push({ field, message: s.errors.dateFormat });
  else if (value > today) errors.push({ field, message: s.errors.dateFuture });
  else if (messages.earliest && value < messages.earliest[0]) errors.push({ field, message: messages.earliest[1] });
  return value;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

interface Change {
  /** Column → new value. */
  fields: Record<string, string | boolean | null>;
  /** A line in the request's history, which the applicant sees (the note never). */
  event?: { status: string; note?: string };
  /** More to write in the same transaction, given the changed request (files, mail); what it returns joins the audit's `after`. */
  then?: (tx: Queryable, changed: StaffRequest) => Promise<Record<string, unknown>>;
}

/** Locks the request, lets `decide` refuse it, check the input or describe the change, then writes it and its audit entry. */
async function changeRequest(
  context: ActionContext,
  reference: string,
  action: string,
  decide: (request: StaffRequest) => { refused: string } | { errors: FieldError[] } | Change,
): Promise<ActionResult> {
  return context.db.transaction(async (tx) => {
    const request = await findRequest(tx, reference, true);
    if (!request) return { kind: 'not-found' };
    const decision = decide(request);
    if ('refused' in decision) return { kind: 'refused', message: decision.refused };
    if ('errors' in decision) {
      if (decision.errors.length > 0) return { kind: 'invalid', errors: decision.errors };
      throw new Error('A decision with no errors must describe a change');
    }
    const columns = Object.keys(decision.fields);
    const before = Object.fromEntries(columns.map((column) => [column, (request as unknown as Record<string, unknown>)[camel(column)] ?? null]));
    await updateRequest(tx, request.id, decision.fields);
    if (decision.event) await addHistoryEntry(tx, request.id, context.now, decision.event.status, decision.event.note);
    const more = decision.then ? await decision.then(tx, (await findRequest(tx, reference))!) : {};
    await writeAudit(tx, { staffId: context.staff.id, at: context.now, action, requestId: request.id, before, after: { ...decision.fields, ...more } });
    return { kind: 'done', value: (await findRequest(tx, reference))! };
  });
}

const replyDays = (context: ActionContext) => context.replyWorkingDays ?? site.disclosure.replyWorkingDays;
const extensionDays = (context: ActionContext) => context.extensionWorkingDays ?? site.disclosure.extensionWorkingDays;

function refuseIfAnswered(request: StaffRequest): { refused: string } | undefined {
  return request.status === 'answered' ? { refused: s.refused.answered } : undefined;
}

/** 补正: the applicant is told what is missing; the clock stops until the completed request arrives. Once only. */
export function askForCompletion(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'ask-completion', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    if (request.completionRequestedAt) return { refused: s.refused.completionAskedBefore };
    const errors: FieldError[] = [];
    const note = required(errors, input, 'note', s.errors.note);
    if (errors.length) return { errors };
    return {
      fields: { status: 'awaiting-completion', completion_requested_at: context.now.toISOString(), completion_note: note },
      event: { status: 'completion-requested' },
    };
  });
}

/** The completed request has arrived on `date`: the clock restarts, and the answer is due counted from that day. */
export function recordCompletion(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'record-completion', (request) => {
    if (request.status !== 'awaiting-completion') return { refused: s.refused.notAwaiting };
    const errors: FieldError[] = [];
    const asked = chinaDate(new Date(request.completionRequestedAt!));
    const arrived = date(errors, input, 'date', chinaDate(context.now), {
      missing: s.errors.completionDate,
      earliest: [asked, s.errors.beforeAsked(asked)],
    });
    if (errors.length) return { errors };
    const days = replyDays(context) + (request.extendedAt ? extensionDays(context) : 0);
    const due = addWorkingDays(arrived, days);
    return {
      fields: {
        status: 'received',
        // Midnight in China: the day is what counts.
        completed_at: new Date(`${arrived}T00:00:00+08:00`).toISOString(),
        due_date: due.dueDate,
        due_date_provisional: due.provisional,
      },
      event: { status: 'completed' },
    };
  });
}

/** Extends the time to answer, once, by the configured working days counted on from the current due date. */
export function extendDeadline(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'extend', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    if (request.extendedAt) return { refused: s.refused.extendedBefore(chinaDate(new Date(request.extendedAt))) };
    if (request.status === 'awaiting-completion') return { refused: s.refused.extendWhileAwaiting };
    const errors: FieldError[] = [];
    const reason = required(errors, input, 'reason', s.errors.reason);
    if (errors.length) return { errors };
    const due = addWorkingDays(request.dueDate, extensionDays(context));
    return {
      fields: {
        extended_at: context.now.toISOString(),
        extension_reason: reason,
        due_date: due.dueDate,
        due_date_provisional: request.dueDateProvisional || due.provisional,
      },
      event: { status: 'extended' },
    };
  });
}

/** The answer: an outcome from the annual report's rows, the text sent, and for a refusal its reason and legal basis. */
export function reply(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'reply', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    const errors: FieldError[] = [];
    const outcome = text(input, 'outcome');
    if (!isOutcome(outcome)) errors.push({ field: 'outcome', message: s.errors.outcome });
    const replyText = required(errors, input, 'replyText', s.errors.replyText);
    const refusal = isOutcome(outcome) && refusalGroups.includes(outcomeGroup(outcome));
    const keepsReasons = refusal || outcome === 'partly-disclosed';
    const refusalReason = refusal ? required(errors, input, 'refusalReason', s.errors.refusalReason) : optional(errors, input, 'refusalReason');
    const legalBasis = refusal ? required(errors, input, 'legalBasis', s.errors.legalBasis) : optional(errors, input, 'legalBasis');
    // The information itself (issue 13 point 2): posted as multipart `files`, checked from their bytes.
    const checked = checkUploads(Array.isArray(input.files) ? (input.files as Upload[]) : []);
    if ('errors' in checked) errors.push(...checked.errors);
    if (errors.length || 'errors' in checked) return { errors };
    return {
      fields: {
        status: 'answered',
        answered_at: context.now.toISOString(),
        outcome,
        reply_text: replyText,
        // A full disclosure gives no reason to refuse: whatever was typed there is not kept.
        refusal_reason: keepsReasons ? refusalReason : null,
        legal_basis: keepsReasons ? legalBasis : null,
      },
      event: { status: 'answered' },
      then: async (tx, answered) => {
        const words = (await outcomeText(outcome, answered.locale)) ?? '';
        // The e-mail's words: the letter's, once server/letters/ is merged (`message: await issueLetter(tx, …)`).
        const message = replyMessage(answered, words);
        await deliverReply(tx, { request: answered, files: checked.files, message, now: context.now, mail: context.mail });
        return checked.files.length > 0 ? { files: checked.files.map((file) => file.name).join('、') } : {};
      },
    };
  });
}

/**
 * The printed reply (or notice) and its files were posted on `date`, with the carrier's tracking number if any, or
 * collected by the applicant on `date`: a line in the applicant's history (issue 13 point 3).
 */
export async function recordDelivery(context: ActionContext, reference: string, input: Input): Promise<ActionResult<Delivery>> {
  return context.db.transaction(async (tx) => {
    const request = await findRequest(tx, reference, true);
    if (!request) return { kind: 'not-found' };
    const errors: FieldError[] = [];
    const method = text(input, 'method');
    if (!(deliveryMethods as readonly string[]).includes(method)) errors.push({ field: 'method', message: s.errors.deliveryMethod });
    const received = chinaDate(new Date(request.receivedAt));
    const on = date(errors, input, 'date', chinaDate(context.now), { missing: s.errors.deliveryDate, earliest: [received, s.errors.deliveryBeforeReceived(received)] });
    const trackingNumber = text(input, 'trackingNumber');
    if (trackingNumber !== '' && method === 'collection') errors.push({ field: 'trackingNumber', message: s.errors.trackingNumberForCollection });
    else if (trackingNumber !== '' && !new RegExp(`^[A-Za-z0-9-]{1,${MAX_TRACKING_NUMBER}}$`).test(trackingNumber)) {
      errors.push({ field: 'trackingNumber', message: s.errors.trackingNumber(MAX_TRACKING_NUMBER) });
    }
    if (errors.length) return { kind: 'invalid', errors };
    const delivery: Delivery = { method: method as Delivery['method'], on, ...(trackingNumber && { trackingNumber }) };
    await insertDelivery(tx, request.id, delivery, context.now);
    await addHistoryEntry(tx, request.id, context.now, method === 'post' ? 'posted' : 'collected');
    await writeAudit(tx, {
      staffId: context.staff.id,
      at: context.now,
      action: 'record-delivery',
      requestId: request.id,
      before: null,
      after: { method, delivered_on: on, tracking_number: trackingNumber || null },
    });
    return { kind: 'done', value: delivery };
  });
}

function appealInput(errors: FieldError[], input: Input, today: string, filedOn?: string) {
  const result = text(input, 'result') || 'pending';
  if (!(appealResults as readonly string[]).includes(result)) errors.push({ field: 'result', message: s.errors.appealResult });
  const decided = text(input, 'decidedOn');
  let decidedOn: string | null = null;
  if (result === 'pending') {
    if (decided !== '') errors.push({ field: 'decidedOn', message: s.errors.decidedWhilePending });
  } else {
    decidedOn = date(errors, input, 'decidedOn', today, {
      missing: s.errors.decidedOn,
      ...(filedOn && /^\d{4}-\d{2}-\d{2}$/.test(filedOn) && { earliest: [filedOn, s.errors.decidedBeforeFiled(filedOn)] as [string, string] }),
    });
  }
  return { result, decidedOn };
}

/** An administrative review or lawsuit about the request, as filed; its result is 尚未审结 until it is known. */
export async function addAppeal(context: ActionContext, reference: string, input: Input): Promise<ActionResult<Appeal>> {
  return context.db.transaction(async (tx) => {
    const request = await findRequest(tx, reference, true);
    if (!request) return { kind: 'not-found' };
    const errors: FieldError[] = [];
    const kind = text(input, 'kind');
    if (!(appealKinds as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: s.errors.appealKind });
    const today = chinaDate(context.now);
    const received = chinaDate(new Date(request.receivedAt));
    const filedOn = date(errors, input, 'filedOn', today, { missing: s.errors.filedOn, earliest: [received, s.errors.filedBeforeReceived(received)] });
    const { result, decidedOn } = appealInput(errors, input, today, filedOn);
    if (errors.length) return { kind: 'invalid', errors };
    const appeal = await insertAppeal(tx, { requestId: request.id, kind, result, filedOn, decidedOn, recordedAt: context.now });
    await writeAudit(tx, {
      staffId: context.staff.id,
      at: context.now,
      action: 'add-appeal',
      requestId: request.id,
      before: null,
      after: { appeal_id: appeal.id, kind, result, filed_on: filedOn, decided_on: decidedOn },
    });
    return { kind: 'done', value: appeal };
  });
}

/** The review or lawsuit has ended (or its recorded result was wrong): its result and the day it was decided. */
export async function updateAppeal(context: ActionContext, reference: string, appealId: number, input: Input): Promise<ActionResult<Appeal>> {
  return context.db.transaction(async (tx) => {
    const appeal = await findAppealForUpdate(tx, reference, appealId);
    if (!appeal) return { kind: 'not-found' };
    const errors: FieldError[] = [];
    const { result, decidedOn } = appealInput(errors, input, chinaDate(context.now), appeal.filedOn);
    if (errors.length) return { kind: 'invalid', errors };
    const updated = await updateAppealResult(tx, appeal.id, result, decidedOn);
    await writeAudit(tx, {
      staffId: context.staff.id,
      at: context.now,
      action: 'update-appeal',
      requestId: appeal.requestId,
      before: { appeal_id: appeal.id, result: appeal.result, decided_on: appeal.decidedOn },
      after: { appeal_id: appeal.id, result, decided_on: decidedOn },
    });
    return { kind: 'done', value: updated };
  });
}
