/**
 * The one module over the `questions` table (migration 010): the online mailbox's questions and suggestions.
 * Dates are China dates as YYYY-MM-DD text, instants Date (server/db/database.ts).
 */
import type { AnswerChannel, QuestionKind, QuestionStatus, QuestionTopic } from '../../src/questions/contract.ts';
import type { Question } from '../../src/questions/rules.ts';
import type { Queryable } from '../db/database.ts';
import type { AuditEntry } from '../requests/repository.ts';
import { type Filing, filedQuestions, KeyAlreadyStored, nextNumber } from '../requests/idempotency.ts';
import { formatReference } from '../requests/reference.ts';

/** A question as stored: its fields and its filing (server/requests/idempotency.ts). */
export interface NewQuestion extends Filing {
  question: Question;
}

/** Stores a question in one transaction with its reference; throws KeyAlreadyStored for a key stored meanwhile. */
export async function insertQuestion(db: { transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T> }, entry: NewQuestion): Promise<string> {
  const { question } = entry;
  return db.transaction(async (tx) => {
    const reference = formatReference(entry.referencePrefix, entry.year, await nextNumber(tx, filedQuestions, entry.year));
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO questions (reference, idempotency_key_hash, body_hash, topic, kind, page, text, answer_by, name, contact,
         locale, received_at, due_date, due_date_provisional, status_token_hash, first_answer_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING id`,
      [
        reference,
        entry.keyHash,
        entry.bodyHash,
        question.topic,
        question.kind,
        question.page ?? null,
        question.text,
        question.answerBy,
        question.name ?? null,
        question.contact ?? null,
        question.locale,
        entry.receivedAt.toISOString(),
        entry.dueDate,
        entry.dueDateProvisional,
        entry.statusTokenHash,
        entry.seal(reference),
      ],
    );
    if (inserted[0] === undefined) throw new KeyAlreadyStored();
    return reference;
  });
}

export async function findQuestionTokenHash(db: Queryable, reference: string): Promise<string | undefined> {
  const [row] = await db.query<{ hash: string }>('SELECT status_token_hash AS hash FROM questions WHERE reference = $1', [reference]);
  return row?.hash;
}

/** A question as staff see it. */
export interface QuestionRecord {
  id: number;
  reference: string;
  topic: QuestionTopic;
  kind: QuestionKind;
  page: string | null;
  text: string;
  answerBy: AnswerChannel;
  name: string | null;
  contact: string | null;
  locale: Question['locale'];
  receivedAt: Date;
  dueDate: string;
  dueDateProvisional: boolean;
  answeredAt: Date | null;
  answerText: string | null;
  answerChannel: AnswerChannel | null;
  convertedTo: { reference: string; receivedAt: Date; dueDate: string } | null;
}

const recordColumns = `q.id, q.reference, q.topic, q.kind, q.page, q.text, q.answer_by AS "answerBy", q.name, q.contact, q.locale,
  q.received_at AS "receivedAt", q.due_date::text AS "dueDate", q.due_date_provisional AS "dueDateProvisional",
  q.answered_at AS "answeredAt", q.answer_text AS "answerText", q.answer_channel AS "answerChannel",
  r.reference AS "convertedReference", r.received_at AS "convertedReceivedAt", r.due_date::text AS "convertedDueDate"`;

type RecordRow = Omit<QuestionRecord, 'convertedTo'> & { convertedReference: string | null; convertedReceivedAt: Date | null; convertedDueDate: string | null };

function record(row: RecordRow): QuestionRecord {
  const { convertedReference, convertedReceivedAt, convertedDueDate, ...rest } = row;
  return { ...rest, convertedTo: convertedReference ? { reference: convertedReference, receivedAt: convertedReceivedAt!, dueDate: convertedDueDate! } : null };
}

/** Every question, the oldest first: by age, as staff answer them. */
export async function findQuestions(db: Queryable): Promise<QuestionRecord[]> {
  const rows = await db.query<RecordRow>(`SELECT ${recordColumns} FROM questions q LEFT JOIN requests r ON r.id = q.converted_to_request_id ORDER BY q.received_at, q.id`);
  return rows.map(record);
}

/** One question by reference; with `lock`, locked for the caller's transaction (FOR UPDATE OF q). */
export async function findQuestion(db: Queryable, reference: string, lock = false): Promise<QuestionRecord | undefined> {
  const [row] = await db.query<RecordRow>(
    `SELECT ${recordColumns} FROM questions q LEFT JOIN requests r ON r.id = q.converted_to_request_id WHERE q.reference = $1${lock ? ' FOR UPDATE OF q' : ''}`,
    [reference],
  );
  return row && record(row);
}

/** What the phone reads with its status token: the answer once given, the request it became. */
export function questionStatus(found: QuestionRecord): QuestionStatus {
  return {
    reference: found.reference,
    status: found.convertedTo ? 'converted' : found.answeredAt ? 'answered' : 'received',
    receivedAt: found.receivedAt.toISOString(),
    dueDate: found.dueDate,
    dueDateProvisional: found.dueDateProvisional,
    ...(found.answeredAt && found.answerText !== null && { answer: { answeredAt: found.answeredAt.toISOString(), text: found.answerText } }),
    ...(found.convertedTo && {
      convertedTo: { reference: found.convertedTo.reference, receivedAt: found.convertedTo.receivedAt.toISOString(), dueDate: found.convertedTo.dueDate },
    }),
  };
}

/** Who did what to a question, when, before and after (audit_log rows with its id), oldest first; `at` ISO 8601 UTC. */
export async function questionAudit(db: Queryable, questionId: number): Promise<AuditEntry[]> {
  const rows = await db.query<Omit<AuditEntry, 'at'> & { at: Date }>(
    `SELECT audit_log.at, staff.name AS "staffName", action, before, after
     FROM audit_log JOIN staff ON staff.id = audit_log.staff_id WHERE question_id = $1 ORDER BY audit_log.at, audit_log.id`,
    [questionId],
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}
