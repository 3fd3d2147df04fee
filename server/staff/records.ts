import type { Queryable } from '../db/database.ts';

/** What the staff console shows of a request: everything, personal data included. Dates as text. */
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
  phone: string;
  email: string | null;
  address: string | null;
  description: string;
  delivery: string;
  format: string;
  locale: string;
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
}

/** Where a request is: waiting for an answer, waiting for the applicant to complete it (clock stopped), answered. */
export const requestStates = ['received', 'awaiting-completion', 'answered'] as const;
export type RequestState = (typeof requestStates)[number];

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

export interface HistoryEntry {
  at: string;
  status: string;
  note: string | null;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const requestColumns = `
  id, reference, status, applicant_type AS "applicantType", organisation_kind AS "organisationKind", name,
  id_type AS "idType", id_number AS "idNumber", organisation_code AS "organisationCode", phone, email, address,
  description, delivery, format, locale, ${ISO('received_at')} AS "receivedAt", due_date AS "dueDate",
  due_date_provisional AS "dueDateProvisional", ${ISO('completion_requested_at')} AS "completionRequestedAt",
  completion_note AS "completionNote", ${ISO('completed_at')} AS "completedAt", ${ISO('extended_at')} AS "extendedAt",
  extension_reason AS "extensionReason", ${ISO('answered_at')} AS "answeredAt", outcome, reply_text AS "replyText",
  refusal_reason AS "refusalReason", legal_basis AS "legalBasis"`;

export type StatusFilter = 'open' | RequestState | 'all';
export const statusFilters: readonly StatusFilter[] = ['open', 'received', 'awaiting-completion', 'answered', 'all'];

/** By due date, the most urgent first; answered ones by the same rule, so the list reads the same way. */
export async function listRequests(db: Queryable, filter: StatusFilter): Promise<StaffRequest[]> {
  const [where, params]: [string, string[]] =
    filter === 'all' ? ['', []] : filter === 'open' ? ["WHERE status <> 'answered'", []] : ['WHERE status = $1', [filter]];
  return db.query<StaffRequest>(`SELECT ${requestColumns} FROM requests ${where} ORDER BY due_date, reference`, params);
}

export async function findRequest(db: Queryable, reference: string, lock = false): Promise<StaffRequest | undefined> {
  const [row] = await db.query<StaffRequest>(
    `SELECT ${requestColumns} FROM requests WHERE reference = $1${lock ? ' FOR UPDATE' : ''}`,
    [reference],
  );
  return row;
}

export async function requestHistory(db: Queryable, requestId: number): Promise<HistoryEntry[]> {
  return db.query<HistoryEntry>(
    `SELECT ${ISO('at')} AS at, status, note FROM request_events WHERE request_id = $1 ORDER BY at, id`,
    [requestId],
  );
}

export async function requestAudit(db: Queryable, requestId: number): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `SELECT ${ISO('audit_log.at')} AS at, staff.name AS "staffName", action, before, after
     FROM audit_log JOIN staff ON staff.id = audit_log.staff_id WHERE request_id = $1 ORDER BY audit_log.at, audit_log.id`,
    [requestId],
  );
}

export async function requestAppeals(db: Queryable, requestId: number): Promise<Appeal[]> {
  return db.query<Appeal>(
    `SELECT id, kind, result, filed_on AS "filedOn", decided_on AS "decidedOn" FROM appeals WHERE request_id = $1 ORDER BY filed_on, id`,
    [requestId],
  );
}
