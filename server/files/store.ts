/**
 * Writes and reads the bytes of `reply_files` (migration 008): the files a reply carries, kept in the database so
 * that one backup keeps them. Listing them without their bytes is server/requests/repository.ts's `requestFiles`.
 * Reading one file needs its request's id, so a file id guessed for another request finds nothing.
 */
import type { Queryable } from '../db/database.ts';
import type { CheckedFile } from './uploads.ts';
import type { StoredFile } from '../requests/repository.ts';

export type { StoredFile };

/** Stores `files` for the request, in order, inside the caller's transaction; their ids. */
export async function attachFiles(tx: Queryable, requestId: number, files: readonly CheckedFile[], at: Date): Promise<number[]> {
  const ids: number[] = [];
  for (const file of files) {
    const [row] = await tx.query<{ id: number }>(
      'INSERT INTO reply_files (request_id, name, type, size, content, attached_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [requestId, file.name, file.type, file.bytes.byteLength, file.bytes, at.toISOString()],
    );
    ids.push(row!.id);
  }
  return ids;
}

/** Files by id with their bytes (for an e-mail's attachments), in the order of `ids`. */
export async function readFiles(db: Queryable, ids: readonly number[]): Promise<(StoredFile & { content: Uint8Array })[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<StoredFile & { content: Uint8Array }>('SELECT id, name, type, size, content FROM reply_files WHERE id = ANY($1::int[])', [ids]);
  return ids.flatMap((id) => rows.filter((row) => row.id === id));
}

/** One of the request's files with its bytes, or undefined when the request has no file with this id. */
export async function readFile(db: Queryable, requestId: number, fileId: number): Promise<(StoredFile & { content: Uint8Array }) | undefined> {
  const [row] = await db.query<StoredFile & { content: Uint8Array }>(
    'SELECT id, name, type, size, content FROM reply_files WHERE request_id = $1 AND id = $2',
    [requestId, fileId],
  );
  return row;
}
