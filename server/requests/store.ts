import type { Receipt, RequestStatus } from '../../src/requests/contract.ts';
import type { DisclosureRequest, RequestLocale } from '../../src/requests/rules/schema.ts';
import type { Database, Queryable } from '../db/database.ts';
import { outcomeText } from './outcome-text.ts';
import { formatReference } from './reference.ts';

export type { Receipt, RequestStatus };

export interface StoredKey {
  bodyHash: string;
  sealedAnswer: string;
}

export async function findByKeyHash(db: Queryable, keyHash: string): Promise<StoredKey | undefined> {
  const [row] = await db.query<StoredKey>(
    'SELECT body_hash AS "bodyHash", first_answer_sealed AS "sealedAnswer" FROM requests WHERE idempotency_key_hash = $1',
    [keyHash],
  );
  return row;
}

/** The next reference number of the year; the row stays locked until the transaction ends, so numbers never repeat. */
async function nextNumber(tx: Queryable, year: number): Promise<number> {
  const [row] = await tx.query<{ number: number }>(
    `INSERT INTO request_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = request_counters.last_number + 1
     RETURNING last_number AS number`,
    [year],
  );
  return row!.number;
}

/** Thrown inside the transaction when another request with the same key got there first: rolls back its number. */
export class KeyAlreadyStored extends Error {}

export interface NewRequest {
  request: DisclosureRequest;
  keyHash: string;
  bodyHash: string;
  receivedAt: Date;
  /** China year of receipt: references count per year. */
  year: number;
  dueDate: string;
  dueDateProvisional: boolean;
  statusTokenHash: string;
  referencePrefix: string;
  /** The answer to store, once the reference is known. */
  seal(reference: string): string;
}

/**
 * Stores a request, its first history entry and its sealed answer in one transaction, or nothing: throws
 * KeyAlreadyStored when the key is taken, even by a request still being stored by another connection.
 */
export async function insertRequest(db: Database, entry: NewRequest): Promise<string> {
  const { request } = entry;
  return db.transaction(async (tx) => {
    const reference = formatReference(entry.referencePrefix, entry.year, await nextNumber(tx, entry.year));
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO requests (
         reference, idempotency_key_hash, body_hash, applicant_type, organisation_kind, name, id_type, id_number,
         organisation_code, phone, email, address, description, delivery, format, locale, received_at, due_date,
         due_date_provisional, status, status_token_hash, first_answer_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, 'received', $20, $21)
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
      ],
    );
    const id = inserted[0]?.id;
    if (id === undefined) throw new KeyAlreadyStored();
    await tx.query(`INSERT INTO request_events (request_id, at, status) VALUES ($1, $2, 'received')`, [id, entry.receivedAt.toISOString()]);
    return reference;
  });
}


const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** The status a request's own token may read: no personal data, no staff notes, and nobody's name. */
export async function findStatus(db: Queryable, reference: string): Promise<{ status: RequestStatus; tokenHash: string } | undefined> {
  const [row] = await db.query<StatusRow>(
    `SELECT id, reference, status, locale, to_char(received_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "receivedAt", due_date AS "dueDate",
            due_date_provisional AS "dueDateProvisional", status_token_hash AS "tokenHash",
            to_char(completion_requested_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "completionRequestedAt", completion_note AS "completionNote",
            to_char(completed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "completedOn",
            to_char(extended_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "extendedAt", extension_reason AS "extensionReason",
            to_char(answered_at AT TIME ZONE 'UTC', ${ISO_UTC}) AS "answeredAt", outcome, reply_text AS "replyText",
            refusal_reason AS "refusalReason", legal_basis AS "legalBasis"
     FROM requests WHERE reference = $1`,
    [reference],
  );
  if (!row) return undefined;
  const history = await db.query<{ at: string; status: string }>(
    `SELECT to_char(at AT TIME ZONE 'UTC', ${ISO_UTC}) AS at, status FROM request_events WHERE request_id = $1 ORDER BY at, id`,
    [row.id],
  );
  const status: RequestStatus = {
    reference: row.reference,
    status: row.status,
    receivedAt: row.receivedAt,
    dueDate: row.dueDate,
    dueDateProvisional: row.dueDateProvisional,
    ...(row.completionRequestedAt && {
      completion: { requestedAt: row.completionRequestedAt, note: row.completionNote ?? '', ...(row.completedOn && { completedOn: row.completedOn }) },
    }),
    ...(row.extendedAt && { extension: { at: row.extendedAt, reason: row.extensionReason ?? '' } }),
    ...(row.answeredAt && row.outcome && {
      reply: {
        answeredAt: row.answeredAt,
        outcome: row.outcome,
        outcomeText: (await outcomeText(row.outcome, row.locale)) ?? '',
        text: row.replyText ?? '',
        ...(row.refusalReason && { reason: row.refusalReason }),
        ...(row.legalBasis && { legalBasis: row.legalBasis }),
      },
    }),
    history,
  };
  return { status, tokenHash: row.tokenHash };
}

interface StatusRow {
  id: number;
  reference: string;
  status: string;
  locale: RequestLocale;
  receivedAt: string;
  dueDate: string;
  dueDateProvisional: boolean;
  tokenHash: string;
  completionRequestedAt: string | null;
  completionNote: string | null;
  completedOn: string | null;
  extendedAt: string | null;
  extensionReason: string | null;
  answeredAt: string | null;
  outcome: string | null;
  replyText: string | null;
  refusalReason: string | null;
  legalBasis: string | null;
}
