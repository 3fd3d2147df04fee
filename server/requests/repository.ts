/**
 * The one place that reads and writes the `requests` table and the tables about a request (`request_events`, its
 * history; `request_counters`, its reference number; `appeals`; `audit_log`), and reads what the applicant sees of
 * the reply's files and deliveries (written by server/files/ and server/mail/). The citizen's API and form, the staff
 * console and its actions all go through here: one column list, one history query, one way to write a change.
 * Instants come back as ISO 8601 text in UTC (`2026-03-04T01:00:00.000Z`), dates as YYYY-MM-DD (China dates).
 */
import type { Letter, Receipt, RequestStatus } from '../../src/requests/contract.ts';
import type { DisclosureRequest, RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { chinaDate } from './due-date.ts';
import { outcomeText } from './outcome-text.ts';
import { type Filing, filedRequests, KeyAlreadyStored, nextNumber } from './idempotency.ts';
import { formatReference } from './reference.ts';
import { replyFileApiHref } from '../../src/addresses/addresses.ts';

export type { Receipt, RequestStatus };

/** What the staff console shows of a request: every column but the secrets, personal data included. Dates as text. */
export interface StaffRequest {
  id: number;
  reference: string;
  status: RequestState;
  applicantType: 'person' | 'organisation';
  organisationKind: string | null;
  name: string;
  idType: string | null;
  idNumber: string | null;
  organisationCode: string | null;
  /** As the person typed it: shown as typed. */
  phone: string;
  /** E.164 with the extension (`+864536912345;ext=801`); null for requests stored before it was kept. */
  phoneE164: string | null;
  email: string | null;
  address: string | null;
  description: string;
  delivery: string;
  format: string;
  locale: RequestLocale;
  /** ISO 8601, UTC. */
  receivedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  completionRequestedAt: string | null;
  completionNote: string | null;
  completedAt: string | null;
  extendedAt: string | null;
  extensionReason: string | null;
  answeredAt: string | null;
  outcome: string | null;
  replyText: string | null;
  refusalReason: string | null;
  legalBasis: string | null;
  /** large-print, braille, electronic-text, audio or sign-language; null when none was asked for. */
  accessibleFormat: string | null;
  /** Consulting a third party (征求第三方意见): started (ISO, UTC), whom (staff only), answered on (China date). */
  consultationStartedAt: string | null;
  consultationThirdParty: string | null;
  consultationEndedOn: string | null;
}

/** Where a request is: waiting for an answer, waiting for the applicant to complete it (clock stopped), answered. */
export const requestStates = ['received', 'awaiting-completion', 'answered'] as const;
export type RequestState = (typeof requestStates)[number];

/** An administrative review or lawsuit about a request; `filedOn` and `decidedOn` are China dates. */
export interface Appeal {
  id: number;
  kind: string;
  result: string;
  filedOn: string;
  decidedOn: string | null;
}

export interface AuditEntry {
  at: string;
  staffName: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One line of a request's history. `note` is for staff only: the citizen's status never shows it. */
export interface HistoryEntry {
  at: string;
  status: string;
  note: string | null;
}

/** An instant column as ISO 8601 text in UTC, the same on PGlite and PostgreSQL whatever the session's time zone. */
const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The one column list of a request, as StaffRequest names them. The token and key hashes are never in it. */
const requestColumns = `
  id, reference, status, applicant_type AS "applicantType", organisation_kind AS "organisationKind", name,
  id_type AS "idType", id_number AS "idNumber", organisation_code AS "organisationCode", phone, phone_e164 AS "phoneE164", email, address,
  description, delivery, format, locale, ${ISO('received_at')} AS "receivedAt", due_date AS "dueDate",
  due_date_provisional AS "dueDateProvisional", ${ISO('completion_requested_at')} AS "completionRequestedAt",
  completion_note AS "completionNote", ${ISO('completed_at')} AS "completedAt", ${ISO('extended_at')} AS "extendedAt",
  extension_reason AS "extensionReason", ${ISO('answered_at')} AS "answeredAt", outcome, reply_text AS "replyText",
  refusal_reason AS "refusalReason", legal_basis AS "legalBasis", accessible_format AS "accessibleFormat",
  ${ISO('consultation_started_at')} AS "consultationStartedAt", consultation_third_party AS "consultationThirdParty",
  consultation_ended_on AS "consultationEndedOn"`;

const appealColumns = `id, kind, result, filed_on AS "filedOn", decided_on AS "decidedOn"`;

export type StatusFilter = 'open' | RequestState | 'all';
export const statusFilters: readonly StatusFilter[] = ['open', 'received', 'awaiting-completion', 'answered', 'all'];

// ---- Reading ----

/** By due date, the most urgent first; answered ones by the same rule, so the list reads the same way. */
export async function listRequests(db: Queryable, filter: StatusFilter): Promise<StaffRequest[]> {
  const [where, params]: [string, string[]] =
    filter === 'all' ? ['', []] : filter === 'open' ? ["WHERE status <> 'answered'", []] : ['WHERE status = $1', [filter]];
  return db.query<StaffRequest>(`SELECT ${requestColumns} FROM requests ${where} ORDER BY due_date, reference`, params);
}

/** The request with this reference, or undefined. `lock` (inside a transaction) holds its row until the transaction ends. */
export async function findRequest(db: Queryable, reference: string, lock = false): Promise<StaffRequest | undefined> {
  const [row] = await db.query<StaffRequest>(`SELECT ${requestColumns} FROM requests WHERE reference = $1${lock ? ' FOR UPDATE' : ''}`, [reference]);
  return row;
}

/** The request with this database id, or undefined: for code that already holds the id inside a transaction. */
export async function findRequestById(db: Queryable, id: number): Promise<StaffRequest | undefined> {
  const [row] = await db.query<StaffRequest>(`SELECT ${requestColumns} FROM requests WHERE id = $1`, [id]);
  return row;
}

/** A letter's columns as the contract's Letter names them. */
export const letterColumns = `id, kind, number, ${ISO('issued_at')} AS "issuedAt", locale, subject, body`;

/** The request's letters, the newest first, as the applicant's status carries them. */
export async function requestLetters(db: Queryable, requestId: number): Promise<Letter[]> {
  const letters = await db.query<Letter & { body: Letter['body'] & { anonymousAddressee?: string } }>(
    `SELECT ${letterColumns} FROM letters WHERE request_id = $1 ORDER BY issued_at DESC, id DESC`,
    [requestId],
  );
  // The status carries no personal data: the salutation without the applicant's name, the rest as issued.
  return letters.map(({ body: { anonymousAddressee, ...body }, ...letter }) => ({ ...letter, body: { ...body, addressee: anonymousAddressee ?? '' } }));
}

/** The request's history, oldest first. */
export async function requestHistory(db: Queryable, requestId: number): Promise<HistoryEntry[]> {
  return db.query<HistoryEntry>(`SELECT ${ISO('at')} AS at, status, note FROM request_events WHERE request_id = $1 ORDER BY at, id`, [requestId]);
}

/** Who changed what on the request, oldest first, with the staff member's name. */
export async function requestAudit(db: Queryable, requestId: number): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `SELECT ${ISO('audit_log.at')} AS at, staff.name AS "staffName", action, before, after
     FROM audit_log JOIN staff ON staff.id = audit_log.staff_id WHERE request_id = $1 ORDER BY audit_log.at, audit_log.id`,
    [requestId],
  );
}

/** The reviews and lawsuits about the request, in the order they were filed. */
export async function requestAppeals(db: Queryable, requestId: number): Promise<Appeal[]> {
  return db.query<Appeal>(`SELECT ${appealColumns} FROM appeals WHERE request_id = $1 ORDER BY filed_on, id`, [requestId]);
}

/** A file sent with the reply (`reply_files`, server/files/), without its bytes: `size` in bytes. */
export interface StoredFile {
  id: number;
  name: string;
  type: string;
  size: number;
}

/** The files sent with the request's reply, in the order they were attached; never their bytes. */
export function requestFiles(db: Queryable, requestId: number): Promise<StoredFile[]> {
  return db.query<StoredFile>('SELECT id, name, type, size FROM reply_files WHERE request_id = $1 ORDER BY id', [requestId]);
}

/** The printed reply posted or collected (`deliveries`, recorded by server/mail/deliveries.ts), by date. */
export type Delivery = NonNullable<RequestStatus['deliveries']>[number];

export async function requestDeliveries(db: Queryable, requestId: number): Promise<Delivery[]> {
  const rows = await db.query<{ method: Delivery['method']; on: string; trackingNumber: string | null }>(
    'SELECT method, delivered_on AS "on", tracking_number AS "trackingNumber" FROM deliveries WHERE request_id = $1 ORDER BY delivered_on, id',
    [requestId],
  );
  return rows.map(({ trackingNumber, ...row }) => ({ ...row, ...(trackingNumber && { trackingNumber }) }));
}

/**
 * The status a request's own token may read (README "API", `RequestStatus`): no personal data, no staff notes and
 * nobody's name; with the stored hash of the token, for the caller to compare. Undefined for an unknown reference.
 */
/**
 * The hash of a request's status token, or undefined when there is no such reference: one indexed look-up, the same
 * whether or not the reference exists, so the status check can compare the token before it reads anything else.
 */
export async function findStatusTokenHash(db: Queryable, reference: string): Promise<string | undefined> {
  const [row] = await db.query<{ tokenHash: string }>('SELECT status_token_hash AS "tokenHash" FROM requests WHERE reference = $1', [reference]);
  return row?.tokenHash;
}

export async function findStatus(db: Queryable, reference: string): Promise<{ status: RequestStatus; tokenHash: string } | undefined> {
  const [row] = await db.query<StaffRequest & { tokenHash: string }>(
    `SELECT ${requestColumns}, status_token_hash AS "tokenHash" FROM requests WHERE reference = $1`,
    [reference],
  );
  if (!row) return undefined;
  const history = (await requestHistory(db, row.id)).map(({ at, status }) => ({ at, status }));
  const deliveries = await requestDeliveries(db, row.id);
  const status: RequestStatus = {
    reference: row.reference,
    status: row.status,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    dueDateProvisional: row.dueDateProvisional,
    ...(row.completionRequestedAt && {
      completion: {
        requestedAt: row.completionRequestedAt,
        note: row.completionNote ?? '',
        ...(row.completedAt && { completedOn: chinaDate(new Date(row.completedAt)) }),
      },
    }),
    ...(row.extendedAt && { extension: { at: row.extendedAt, reason: row.extensionReason ?? '' } }),
    ...(row.consultationStartedAt && {
      consultation: { startedAt: row.consultationStartedAt, ...(row.consultationEndedOn && { endedOn: row.consultationEndedOn }) },
    }),
    ...(row.answeredAt && row.outcome && {
      reply: {
        answeredAt: row.answeredAt,
        outcome: row.outcome,
        outcomeText: (await outcomeText(row.outcome, row.locale)) ?? '',
        text: row.replyText ?? '',
        ...(row.refusalReason && { reason: row.refusalReason }),
        ...(row.legalBasis && { legalBasis: row.legalBasis }),
        files: (await requestFiles(db, row.id)).map((file) => ({ name: file.name, type: file.type, size: file.size, href: replyFileApiHref(row.reference, file.id) })),
      },
    }),
    letters: await requestLetters(db, row.id),
    ...(deliveries.length > 0 && { deliveries }),
    history,
  };
  return { status, tokenHash: row.tokenHash };
}

// ---- Filing ----

/** A request as stored: its fields, its filing (./idempotency.ts), and its phone number. */
export interface NewRequest extends Filing {
  request: DisclosureRequest;
  /** The phone number in E.164 with its extension (src/requests/rules/phone.ts `phoneE164`). */
  phoneE164: string;
}

/**
 * Stores a request, its first history entry and its sealed answer in one transaction, or nothing: throws
 * KeyAlreadyStored when the key is taken, even by a request still being stored by another connection. Returns the
 * reference (`formatReference`).
 */
export async function insertRequest(db: Database, entry: NewRequest): Promise<string> {
  const { request } = entry;
  return db.transaction(async (tx) => {
    const reference = formatReference(entry.referencePrefix, entry.year, await nextNumber(tx, filedRequests, entry.year));
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO requests (
         reference, idempotency_key_hash, body_hash, applicant_type, organisation_kind, name, id_type, id_number,
         organisation_code, phone, email, address, description, delivery, format, locale, received_at, due_date,
         due_date_provisional, status, status_token_hash, first_answer_sealed, phone_e164, accessible_format)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'received', $20, $21, $22, $23)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING id`,
      [
        reference,
        entry.keyHash,
        entry.bodyHash,
        request.applicantType,
        request.organisationKind ?? null,
        request.name,
        request.idType ?? null,
        request.idNumber ?? null,
        request.organisationCode ?? null,
        request.phone,
        request.email ?? null,
        request.address ?? null,
        request.description,
        request.delivery,
        request.format,
        request.locale,
        entry.receivedAt.toISOString(),
        entry.dueDate,
        entry.dueDateProvisional,
        entry.statusTokenHash,
        entry.seal(reference),
        entry.phoneE164,
        request.accessibleFormat ?? null,
      ],
    );
    const id = inserted[0]?.id;
    if (id === undefined) throw new KeyAlreadyStored();
    await addHistoryEntry(tx, id, entry.receivedAt, 'received');
    return reference;
  });
}

// ---- Staff changes (inside the action's transaction) ----

/** The columns staff actions may change; any other name is a programming error, never interpolated into SQL. */
const changeableColumns = new Set([
  'status',
  'completion_requested_at',
  'completion_note',
  'completed_at',
  'extended_at',
  'extension_reason',
  'due_date',
  'due_date_provisional',
  'answered_at',
  'outcome',
  'reply_text',
  'refusal_reason',
  'legal_basis',
  'consultation_started_at',
  'consultation_third_party',
  'consultation_ended_on',
]);

/** Sets columns (snake_case names → values; instants as ISO text) of one request. Throws for a column not changeable. */
export async function updateRequest(tx: Queryable, requestId: number, fields: Record<string, string | boolean | null>): Promise<void> {
  const columns = Object.keys(fields);
  const unknown = columns.filter((column) => !changeableColumns.has(column));
  if (unknown.length > 0 || columns.length === 0) throw new Error(`Not columns a staff action changes: ${unknown.join(', ') || '(none)'}`);
  await tx.query(`UPDATE requests SET ${columns.map((column, i) => `${column} = $${i + 2}`).join(', ')} WHERE id = $1`, [
    requestId,
    ...columns.map((column) => fields[column]),
  ]);
}

/** A line in the request's history, which the applicant sees (the note never). */
export async function addHistoryEntry(tx: Queryable, requestId: number, at: Date, status: string, note: string | null = null): Promise<void> {
  await tx.query('INSERT INTO request_events (request_id, at, status, note) VALUES ($1, $2, $3, $4)', [requestId, at.toISOString(), status, note]);
}

/** Who did what to a request, when, and the fields before and after (stored as JSON; null for nothing). */
export async function writeAudit(
  tx: Queryable,
  entry: { staffId: number; at: Date; action: string; requestId: number; before: unknown; after: unknown },
): Promise<void> {
  await tx.query('INSERT INTO audit_log (staff_id, at, action, request_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.staffId,
    entry.at.toISOString(),
    entry.action,
    entry.requestId,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
  ]);
}

/** Records a review or lawsuit about a request; the stored appeal. */
export async function insertAppeal(
  tx: Queryable,
  appeal: { requestId: number; kind: string; result: string; filedOn: string; decidedOn: string | null; recordedAt: Date },
): Promise<Appeal> {
  const [row] = await tx.query<Appeal>(
    `INSERT INTO appeals (request_id, kind, result, filed_on, decided_on, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${appealColumns}`,
    [appeal.requestId, appeal.kind, appeal.result, appeal.filedOn, appeal.decidedOn, appeal.recordedAt.toISOString()],
  );
  return row!;
}

/** The appeal with this id about the request with this reference, its row locked; undefined if there is none. */
export async function findAppealForUpdate(tx: Queryable, reference: string, appealId: number): Promise<(Appeal & { requestId: number }) | undefined> {
  const [row] = await tx.query<Appeal & { requestId: number }>(
    `SELECT appeals.id, kind, result, filed_on AS "filedOn", decided_on AS "decidedOn", request_id AS "requestId"
     FROM appeals JOIN requests ON requests.id = appeals.request_id WHERE appeals.id = $1 AND requests.reference = $2 FOR UPDATE`,
    [appealId, reference],
  );
  return row;
}

/** Sets an appeal's result and the day it was decided (null while pending); the stored appeal. */
export async function updateAppealResult(tx: Queryable, appealId: number, result: string, decidedOn: string | null): Promise<Appeal> {
  const [row] = await tx.query<Appeal>(`UPDATE appeals SET result = $2, decided_on = $3 WHERE id = $1 RETURNING ${appealColumns}`, [
    appealId,
    result,
    decidedOn,
  ]);
  return row!;
}
