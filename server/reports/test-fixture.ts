import type { Queryable } from '../db/database.ts';
import type { ApplicantKind } from '../../src/requests/rules/outcomes.ts';

/** Requests and appeals written straight into the tables, with the few fields the report counts. */
let serial = 0;

export async function insertRequest(
  db: Queryable,
  request: { kind: ApplicantKind; receivedAt: string; answeredAt?: string; outcome?: string },
): Promise<number> {
  serial += 1;
  const person = request.kind === 'person';
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO requests (reference, idempotency_key_hash, body_hash, applicant_type, organisation_kind, name, id_type, id_number,
       organisation_code, phone, description, delivery, format, locale, received_at, due_date, due_date_provisional, status,
       status_token_hash, first_answer_sealed, answered_at, outcome)
     VALUES ($1, $2, 'body', $3, $4, '测试', $5, $6, $7, '13912345678', '测试申请', 'collect', 'paper', 'zh-Hans', $8, '2099-01-01', false,
       $9, 'token', 'sealed', $10, $11)
     RETURNING id`,
    [
      `TEST-${serial}`,
      `key-${serial}-${Math.random()}`,
      person ? 'person' : 'organisation',
      person ? null : request.kind,
      person ? 'resident-id' : null,
      person ? '11010519491231002X' : null,
      person ? null : '91350100M000100Y43',
      request.receivedAt,
      request.answeredAt ? 'answered' : 'received',
      request.answeredAt ?? null,
      request.outcome ?? null,
    ],
  );
  return row!.id;
}

export async function insertAppeal(
  db: Queryable,
  appeal: { requestId: number; kind: 'review' | 'lawsuit' | 'lawsuit-after-review'; result: 'upheld' | 'corrected' | 'other' | 'pending'; filedOn: string; decidedOn?: string },
): Promise<void> {
  await db.query(
    `INSERT INTO appeals (request_id, kind, result, filed_on, decided_on, recorded_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [appeal.requestId, appeal.kind, appeal.result, appeal.filedOn, appeal.decidedOn ?? null],
  );
}

export async function insertStaff(db: Queryable, name = '王办事员'): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO staff (name, password_hash, created_at) VALUES ($1, 'not a real hash', now()) RETURNING id`,
    [name],
  );
  return row!.id;
}

/**
 * Two years of requests with known outcomes, around the 2025 report: carried over from 2024, answered in 2025
 * with every outcome group, unanswered at the end of 2025, every applicant kind, and requests on each side of
 * midnight China time on 1 January. The expected figures are in statistics.test.ts.
 */
export async function insertTwoYears(db: Queryable): Promise<void> {
  // Received in 2024, never answered: carried over into 2025 and on into 2026.
  const a = await insertRequest(db, { kind: 'person', receivedAt: '2024-06-01T02:00:00Z' });
  // Received in 2024, answered in 2025.
  await insertRequest(db, { kind: 'business', receivedAt: '2024-12-20T02:00:00Z', answeredAt: '2025-01-10T02:00:00Z', outcome: 'disclosed' });
  // 00:30 on 1 January 2025 in China: received in 2025, although still 2024 in UTC.
  const c = await insertRequest(db, { kind: 'research', receivedAt: '2024-12-31T16:30:00Z', answeredAt: '2025-01-05T02:00:00Z', outcome: 'withheld/state-secret' });
  // 23:30 on 31 December 2024 in China, answered twenty minutes later: all in 2024.
  await insertRequest(db, { kind: 'person', receivedAt: '2024-12-31T15:30:00Z', answeredAt: '2024-12-31T15:50:00Z', outcome: 'disclosed' });
  await insertRequest(db, { kind: 'nonprofit', receivedAt: '2025-03-01T02:00:00Z', answeredAt: '2025-03-20T02:00:00Z', outcome: 'partly-disclosed' });
  await insertRequest(db, { kind: 'legal', receivedAt: '2025-05-01T02:00:00Z', answeredAt: '2025-05-10T02:00:00Z', outcome: 'unavailable/not-held' });
  await insertRequest(db, { kind: 'other', receivedAt: '2025-06-01T02:00:00Z', answeredAt: '2025-06-15T02:00:00Z', outcome: 'not-processed/duplicate' });
  await insertRequest(db, { kind: 'person', receivedAt: '2025-07-01T02:00:00Z', answeredAt: '2025-07-10T02:00:00Z', outcome: 'other/fee-unpaid' });
  // Received late in 2025 and not answered: carried into 2026.
  await insertRequest(db, { kind: 'person', receivedAt: '2025-12-20T02:00:00Z' });
  // Answered at 00:10 on 1 January 2026 in China: carried into 2026, answered in 2026.
  await insertRequest(db, { kind: 'business', receivedAt: '2025-12-28T02:00:00Z', answeredAt: '2025-12-31T16:10:00Z', outcome: 'disclosed' });
  const k = await insertRequest(db, { kind: 'person', receivedAt: '2025-11-01T02:00:00Z', answeredAt: '2025-11-05T02:00:00Z', outcome: 'withheld/third-party' });
  await insertRequest(db, { kind: 'person', receivedAt: '2025-02-01T02:00:00Z', answeredAt: '2025-02-02T02:00:00Z', outcome: 'disclosed' });
  // Received in 2026: not in the 2025 report at all.
  await insertRequest(db, { kind: 'person', receivedAt: '2026-01-05T02:00:00Z' });

  await insertAppeal(db, { requestId: c, kind: 'review', result: 'upheld', filedOn: '2025-02-01', decidedOn: '2025-04-01' });
  await insertAppeal(db, { requestId: c, kind: 'review', result: 'corrected', filedOn: '2025-03-01', decidedOn: '2025-05-01' });
  await insertAppeal(db, { requestId: k, kind: 'review', result: 'other', filedOn: '2025-03-02', decidedOn: '2025-06-01' });
  await insertAppeal(db, { requestId: k, kind: 'review', result: 'pending', filedOn: '2025-12-01' });
  // Decided after the year's end: still pending in the 2025 report.
  await insertAppeal(db, { requestId: k, kind: 'review', result: 'upheld', filedOn: '2025-11-20', decidedOn: '2026-01-10' });
  await insertAppeal(db, { requestId: c, kind: 'lawsuit', result: 'corrected', filedOn: '2025-04-01', decidedOn: '2025-08-01' });
  await insertAppeal(db, { requestId: c, kind: 'lawsuit', result: 'pending', filedOn: '2025-09-01' });
  await insertAppeal(db, { requestId: k, kind: 'lawsuit-after-review', result: 'upheld', filedOn: '2025-07-01', decidedOn: '2025-10-01' });
  await insertAppeal(db, { requestId: k, kind: 'lawsuit-after-review', result: 'other', filedOn: '2025-07-02', decidedOn: '2025-11-01' });
  // Filed outside 2025.
  await insertAppeal(db, { requestId: a, kind: 'review', result: 'upheld', filedOn: '2024-12-30', decidedOn: '2025-01-20' });
  await insertAppeal(db, { requestId: a, kind: 'lawsuit', result: 'pending', filedOn: '2026-01-02' });
}
