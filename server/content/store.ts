/**
 * The one module over the content tables (migration 009): items and their drafts, versions, review steps, files,
 * and the audit entries naming an item. Every function runs inside the caller's transaction; actions.ts decides.
 */
import type { Queryable } from '../db/database.ts';
import type { CheckedFile } from '../files/uploads.ts';
import type { FieldDifference } from './differences.ts';
import type { Collection, ContentText, English, Fields } from './fields.ts';

export interface Item {
  id: number;
  collection: Collection;
  slug: string;
  status: 'draft' | 'in-review' | 'published';
  fields: Fields;
  body: string;
  english: English | null;
  writerId: number;
  savedAt: string;
  reviewRound: number;
  restoredFrom: number | null;
  liveVersion: number | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}

export interface Version extends ContentText {
  number: number;
  fileIds: number[];
  changes: FieldDifference[] | null;
  publishedBy: string;
  publishedAt: string;
  skippedReview: boolean;
  imported: boolean;
  restoredFrom: number | null;
  reviewRound: number;
}

export interface StepTaken {
  step: string;
  staffId: number;
  staffName: string;
  decision: 'sign-off' | 'send-back';
  comment: string | null;
  confidentialityChecked: boolean;
  at: string;
}

/** A file attached to an item, without its bytes; `size` in bytes. */
export interface ContentFile {
  id: number;
  name: string;
  type: string;
  size: number;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const itemColumns = `id, collection, slug, status, fields, body, english, writer_id AS "writerId", ${ISO('saved_at')} AS "savedAt",
  review_round AS "reviewRound", restored_from AS "restoredFrom", live_version AS "liveVersion",
  ${ISO('withdrawn_at')} AS "withdrawnAt", withdrawn_reason AS "withdrawnReason"`;

/** The item, its row locked for the transaction when `lock`; undefined when there is none. */
export async function findItem(tx: Queryable, collection: Collection, slug: string, lock = false): Promise<Item | undefined> {
  const [row] = await tx.query<Item>(`SELECT ${itemColumns} FROM content_items WHERE collection = $1 AND slug = $2${lock ? ' FOR UPDATE' : ''}`, [collection, slug]);
  return row;
}

/** A new item holding `text` as its draft; undefined when another transaction made it first (then lock that one). */
export async function insertItem(
  tx: Queryable,
  item: { collection: Collection; slug: string; status: Item['status']; text: ContentText; writerId: number; at: Date },
): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO content_items (collection, slug, status, fields, body, english, writer_id, saved_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT (collection, slug) DO NOTHING RETURNING id`,
    [item.collection, item.slug, item.status, JSON.stringify(item.text.fields), item.text.body, json(item.text.english), item.writerId, item.at.toISOString()],
  );
  return row?.id;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** Changes the item's row: the named columns only (values as the database takes them; objects as JSON). */
export async function updateItem(tx: Queryable, id: number, columns: Record<string, unknown>): Promise<void> {
  const names = Object.keys(columns);
  const values = names.map((name) => {
    const value = columns[name];
    return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value instanceof Date ? value.toISOString() : value;
  });
  await tx.query(`UPDATE content_items SET ${names.map((name, i) => `${name} = $${i + 2}`).join(', ')} WHERE id = $1`, [id, ...values]);
}

/** The steps taken in the item's round, in order. */
export async function stepsOfRound(tx: Queryable, itemId: number, round: number): Promise<StepTaken[]> {
  return tx.query<StepTaken>(
    `SELECT step, staff_id AS "staffId", staff.name AS "staffName", decision, comment, confidentiality_checked AS "confidentialityChecked", ${ISO('at')} AS at
       FROM content_review_steps JOIN staff ON staff.id = staff_id WHERE item_id = $1 AND review_round = $2 ORDER BY content_review_steps.id`,
    [itemId, round],
  );
}

export async function insertStep(
  tx: Queryable,
  step: { itemId: number; round: number; step: string; staffId: number; decision: StepTaken['decision']; comment: string | null; confidentialityChecked: boolean; at: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO content_review_steps (item_id, review_round, step, staff_id, decision, comment, confidentiality_checked, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [step.itemId, step.round, step.step, step.staffId, step.decision, step.comment, step.confidentialityChecked, step.at.toISOString()],
  );
}

const versionColumns = `number, fields, body, english, file_ids AS "fileIds", changes, staff.name AS "publishedBy", ${ISO('published_at')} AS "publishedAt",
  skipped_review AS "skippedReview", imported, restored_from AS "restoredFrom", review_round AS "reviewRound"`;

/** The item's versions, newest first. */
export async function itemVersions(tx: Queryable, itemId: number): Promise<Version[]> {
  return tx.query<Version>(`SELECT ${versionColumns} FROM content_versions JOIN staff ON staff.id = published_by WHERE item_id = $1 ORDER BY number DESC`, [itemId]);
}

export async function findVersion(tx: Queryable, itemId: number, number: number): Promise<Version | undefined> {
  const [row] = await tx.query<Version>(`SELECT ${versionColumns} FROM content_versions JOIN staff ON staff.id = published_by WHERE item_id = $1 AND number = $2`, [itemId, number]);
  return row;
}

export async function insertVersion(
  tx: Queryable,
  version: { itemId: number; number: number; text: ContentText; fileIds: number[]; changes: FieldDifference[] | null; staffId: number; at: Date; skippedReview: boolean; imported: boolean; restoredFrom: number | null; round: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO content_versions (item_id, number, fields, body, english, file_ids, changes, published_by, published_at, skipped_review, imported, restored_from, review_round)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      version.itemId,
      version.number,
      JSON.stringify(version.text.fields),
      version.text.body,
      json(version.text.english),
      JSON.stringify(version.fileIds),
      json(version.changes),
      version.staffId,
      version.at.toISOString(),
      version.skippedReview,
      version.imported,
      version.restoredFrom,
      version.round,
    ],
  );
}

/** Stores `files` on the item, in order; their ids. */
export async function attachContentFiles(tx: Queryable, itemId: number, files: readonly CheckedFile[], staffId: number, at: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const file of files) {
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO content_files (item_id, name, type, size, content, attached_by, attached_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
      [itemId, file.name, file.type, file.bytes.byteLength, file.bytes, staffId, at.toISOString()],
    );
    ids.push(row!.id);
  }
  return ids;
}

/** The files on the item's draft (not taken off), in the order attached; with their bytes when `withBytes`. */
export async function draftFiles(tx: Queryable, itemId: number): Promise<(ContentFile & { content: Uint8Array })[]> {
  return tx.query<ContentFile & { content: Uint8Array }>('SELECT id, name, type, size, content FROM content_files WHERE item_id = $1 AND removed_at IS NULL ORDER BY id', [itemId]);
}

/** Files by id, without their bytes, in the order of `ids` (a version's). */
export async function filesById(tx: Queryable, itemId: number, ids: readonly number[]): Promise<ContentFile[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<ContentFile>('SELECT id, name, type, size FROM content_files WHERE item_id = $1 AND id = ANY($2::int[])', [itemId, ids]);
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/** One of the item's files with its bytes (for the public download, later); undefined when the item has no such file. */
export async function readContentFile(db: Queryable, itemId: number, fileId: number): Promise<(ContentFile & { content: Uint8Array }) | undefined> {
  const [row] = await db.query<ContentFile & { content: Uint8Array }>('SELECT id, name, type, size, content FROM content_files WHERE item_id = $1 AND id = $2', [itemId, fileId]);
  return row;
}

/** Takes a file off the draft (versions that carried it still name it); false when the draft has no such file. */
export async function removeDraftFile(tx: Queryable, itemId: number, fileId: number, at: Date): Promise<ContentFile | undefined> {
  const [row] = await tx.query<ContentFile>('UPDATE content_files SET removed_at = $3 WHERE item_id = $1 AND id = $2 AND removed_at IS NULL RETURNING id, name, type, size', [
    itemId,
    fileId,
    at.toISOString(),
  ]);
  return row;
}

/** An audit entry naming the item (audit_log.content_item_id): who, when, what, before and after. */
export async function writeContentAudit(tx: Queryable, entry: { staffId: number; at: Date; action: string; itemId: number; before: unknown; after: unknown }): Promise<void> {
  await tx.query('INSERT INTO audit_log (staff_id, at, action, content_item_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.staffId,
    entry.at.toISOString(),
    entry.action,
    entry.itemId,
    json(entry.before),
    json(entry.after),
  ]);
}

export interface ContentAuditEntry {
  at: string;
  staffName: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** The item's audit trail, oldest first. */
export async function itemAudit(db: Queryable, itemId: number): Promise<ContentAuditEntry[]> {
  return db.query<ContentAuditEntry>(
    `SELECT ${ISO('audit_log.at')} AS at, staff.name AS "staffName", action, before, after
       FROM audit_log JOIN staff ON staff.id = audit_log.staff_id WHERE content_item_id = $1 ORDER BY audit_log.at, audit_log.id`,
    [itemId],
  );
}
