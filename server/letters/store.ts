/**
 * Writes the `letters` and `letter_counters` tables (the applicant's status reads letters through
 * server/requests/repository.ts, which may not import this folder). Letters are only ever inserted: what was issued
 * stays as it was issued.
 */
import type { Letter, LetterBody, LetterKind } from '../../src/requests/contract.ts';
import type { Queryable } from '../db/database.ts';
import { letterColumns } from '../requests/repository.ts';

/**
 * The next letter number of `year`. The counter's row stays locked until the transaction ends, so concurrent
 * actions take turns and a rolled-back action gives its number back: the numbers have no gaps and no repeats.
 */
export async function nextLetterSerial(tx: Queryable, year: number): Promise<number> {
  const [row] = await tx.query<{ serial: number }>(
    `INSERT INTO letter_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = letter_counters.last_number + 1
     RETURNING last_number AS serial`,
    [year],
  );
  return row!.serial;
}

export interface NewLetter {
  requestId: number;
  kind: LetterKind;
  year: number;
  serial: number;
  number: string;
  locale: Letter['locale'];
  subject: string;
  body: LetterBody;
  text: string;
  html: string;
  issuedAt: Date;
}

export async function insertLetter(tx: Queryable, letter: NewLetter): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO letters (request_id, kind, year, serial, number, locale, subject, body, text, html, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      letter.requestId,
      letter.kind,
      letter.year,
      letter.serial,
      letter.number,
      letter.locale,
      letter.subject,
      JSON.stringify(letter.body),
      letter.text,
      letter.html,
      letter.issuedAt.toISOString(),
    ],
  );
  return row!.id;
}


/** One letter of a request, with its stored text and HTML (the print page), or undefined. */
export async function findLetter(db: Queryable, requestId: number, letterId: number): Promise<(Letter & { text: string; html: string }) | undefined> {
  const [row] = await db.query<Letter & { text: string; html: string }>(
    `SELECT ${letterColumns}, text, html FROM letters WHERE request_id = $1 AND id = $2`,
    [requestId, letterId],
  );
  return row;
}
