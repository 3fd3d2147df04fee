import { type LetterFacts, site } from '../../src/config/site.ts';
import type { LetterKind } from '../../src/requests/contract.ts';
import { issueLetter, missingLetterFacts } from '../letters/issue.ts';
import { pausedWorkingDays } from '../requests/pause.ts';
import { appealKinds, appealResults, isOutcome, outcomeGroup, type OutcomeGroup } from '../../src/requests/rules/outcomes.ts';
import { addWorkingDays, chinaDate } from '../requests/due-date.ts';
import { loadHolidayCalendar } from '../requests/holiday-calendar.ts';
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
import { type CheckedFile, checkUploads, type Upload } from '../files/uploads.ts';
import { deliverLetter, type MailQueueing } from '../mail/letter-mail.ts';
import { type Delivery, deliveryMethods, insertDelivery, MAX_TRACKING_NUMBER } from '../mail/deliveries.ts';

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
  /** The bodies letters name and the letter number's prefix; default site.letters. */
  letterFacts?: LetterFacts;
  /** Set when e-mail is configured (SMTP_URL): letters to applicants who chose e-mail are queued to be sent. */
  mail?: MailQueueing;
}

/** Outcomes that refuse the request in whole, or end it without the information: each needs a reason and a basis. */
export const refusalGroups: readonly OutcomeGroup[] = ['withheld', 'unavailable', 'not-processed', 'other'];

export const limits = { note: 2000, reason: 2000, replyText: 10_000, refusalReason: 2000, legalBasis: 1000, thirdParty: 200 } as const;

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
  /** The letter that tells the applicant, issued in the same transaction (and e-mailed, if they chose e-mail). */
  letter?: LetterKind;
  /** The information itself, sent with the letter: stored, attached to its e-mail, named in the audit. */
  files?: readonly CheckedFile[];
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
    // The letter is a record of its own (number, kind, issued at), kept as issued; the audit keeps the fields.
    const letter = decision.letter && (await issueLetter(tx, { requestId: request.id, kind: decision.letter, now: context.now, facts: letterFacts(context) }));
    const files = decision.files ?? [];
    if (letter) await deliverLetter(tx, { request: (await findRequest(tx, reference))!, letter, files, now: context.now, mail: context.mail });
    const after = files.length > 0 ? { ...decision.fields, files: files.map((file) => file.name).join('、') } : decision.fields;
    await writeAudit(tx, { staffId: context.staff.id, at: context.now, action, requestId: request.id, before, after });
    return { kind: 'done', value: (await findRequest(tx, reference))! };
  });
}

const letterFacts = (context: ActionContext) => context.letterFacts ?? site.letters;

/** Refuses an action whose letter would have to name a body the site config leaves empty (never guessed). */
function refuseIfLetterFactsMissing(context: ActionContext, kind: LetterKind, outcome: string | null): { refused: string } | undefined {
  const missing = missingLetterFacts(kind, outcome, letterFacts(context));
  return missing.length > 0 ? { refused: s.refused.lettersUnconfigured(missing.map((fact) => s.refused.letterFacts[fact]).join('、')) } : undefined;
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
      letter: 'completion',
    };
  });
}

/** The completed request has arrived on `date`: the clock restarts, and the answer is due counted from that day. */
export async function recordCompletion(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  const calendar = await loadHolidayCalendar(context.db);
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
    const due = addWorkingDays(arrived, days, calendar);
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
export async function extendDeadline(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  const calendar = await loadHolidayCalendar(context.db);
  return changeRequest(context, reference, 'extend', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    if (request.extendedAt) return { refused: s.refused.extendedBefore(chinaDate(new Date(request.extendedAt))) };
    if (request.status === 'awaiting-completion') return { refused: s.refused.extendWhileAwaiting };
    const errors: FieldError[] = [];
    const reason = required(errors, input, 'reason', s.errors.reason);
    if (errors.length) return { errors };
    const due = addWorkingDays(request.dueDate, extensionDays(context), calendar);
    return {
      fields: {
        extended_at: context.now.toISOString(),
        extension_reason: reason,
        due_date: due.dueDate,
        due_date_provisional: request.dueDateProvisional || due.provisional,
      },
      event: { status: 'extended' },
      letter: 'extension',
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
    const unconfigured = refuseIfLetterFactsMissing(context, 'reply', outcome);
    if (unconfigured) return unconfigured;
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
      letter: 'reply',
      files: checked.files,
    };
  });
}

/**
 * 征求第三方意见 (政府信息公开条例 2019 Art. 32): disclosure could harm a third party's lawful rights, so the third
 * party is asked in writing. The time it takes is not counted (Art. 33): the due date pauses from today until
 * `recordThirdPartyAnswer`. The applicant gets a notice; whom was asked stays with staff. Once per request.
 */
export function consultThirdParty(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'consult', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    if (request.status === 'awaiting-completion') return { refused: s.refused.consultWhileAwaiting };
    if (request.consultationStartedAt) return { refused: s.refused.consultedBefore };
    const errors: FieldError[] = [];
    const thirdParty = required(errors, input, 'thirdParty', s.errors.thirdParty);
    if (errors.length) return { errors };
    return {
      fields: { consultation_started_at: context.now.toISOString(), consultation_third_party: thirdParty },
      event: { status: 'consultation-started' },
      letter: 'consultation',
    };
  });
}

/**
 * The third party's answer arrived on `date` (a China date, from the consultation's start to today): the working
 * days after the start up to and including that day are not counted (Art. 33), so the due date moves by as many.
 */
export function recordThirdPartyAnswer(context: ActionContext, reference: string, input: Input): Promise<ActionResult> {
  return changeRequest(context, reference, 'record-third-party', (request) => {
    const refused = refuseIfAnswered(request);
    if (refused) return refused;
    if (!request.consultationStartedAt || request.consultationEndedOn) return { refused: s.refused.notConsulting };
    const errors: FieldError[] = [];
    const started = chinaDate(new Date(request.consultationStartedAt));
    const answered = date(errors, input, 'date', chinaDate(context.now), {
      missing: s.errors.thirdPartyDate,
      earliest: [started, s.errors.beforeConsulted(started)],
    });
    if (errors.length) return { errors };
    const paused = pausedWorkingDays(started, answered);
    const due = paused > 0 ? addWorkingDays(request.dueDate, paused) : undefined;
    return {
      fields: {
        consultation_ended_on: answered,
        ...(due && { due_date: due.dueDate, due_date_provisional: request.dueDateProvisional || due.provisional }),
      },
      event: { status: 'consultation-ended' },
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
