import { afterAll, describe, expect, it, vi } from 'vitest';
import { organisation, person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { citizenStatus, fileRequest, signIn, staffPost, type StaffTestApp, staffTestApp, useSignedInConsole } from '../staff/test-staff.ts';
import { findLetter } from './store.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** Mon 2026-09-14, 09:30 in China: due 20 working days later, after Mid-Autumn and National Day, on 2026-10-16. */
const BEFORE_NATIONAL_DAY = '2026-09-14T01:30:00Z';
const refusal = { outcome: 'withheld/third-party', replyText: '名单含有他人的个人信息。', refusalReason: '涉及他人隐私', legalBasis: '《中华人民共和国政府信息公开条例》第十五条' };

describe.each(testDatabases())('letters on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  useSignedInConsole(
    open,
    'staff, staff_sessions, audit_log, appeals, letters, letter_counters, request_events, requests, request_counters, sign_in_failures, request_allowances',
    BEFORE_NATIONAL_DAY,
    (signedIn) => ({ db, dist, t, cookie } = signedIn),
  );

  const act = (reference: string, action: string, body: unknown) => staffPost(t.app, cookie, `/api/staff/requests/${reference}/${action}`, body);
  const letters = () => db.query<{ kind: string; number: string; serial: number; text: string }>('SELECT kind, number, serial, text FROM letters ORDER BY serial');

  it('issues a numbered letter for 补正, extension and the reply; the phone reads them newest first, without the name', async () => {
    const receipt = await fileRequest(t.app);
    expect((await act(receipt.reference, 'completion-request', { note: '请写明年份。' })).status).toBe(200);
    expect((await act(receipt.reference, 'completion', { date: '2026-09-14' })).status).toBe(200);
    expect((await act(receipt.reference, 'extension', { reason: '需要调取档案' })).status).toBe(200);
    expect((await act(receipt.reference, 'reply', refusal)).status).toBe(200);

    expect((await letters()).map(({ kind, number }) => [kind, number])).toEqual([
      ['completion', '测试公复〔2026〕1号'],
      ['extension', '测试公复〔2026〕2号'],
      ['reply', '测试公复〔2026〕3号'],
    ]);
    const reply = (await letters())[2]!.text;
    expect(reply).toContain('张三：');
    expect(reply).toContain('理由：涉及他人隐私');
    expect(reply).toContain('测试市人民政府申请行政复议');

    const status = await citizenStatus(t.app, receipt);
    expect(status.letters.map((letter: { kind: string }) => letter.kind)).toEqual(['reply', 'extension', 'completion']);
    expect(status.letters[0].body.addressee).toBe('申请人：');
    expect(status.letters[0].body.remedies.text).toContain('测试市中级人民法院');
    expect(JSON.stringify(status)).not.toContain(person.name);
  });

  it('keeps a letter as issued: later actions never change it', async () => {
    const receipt = await fileRequest(t.app);
    await act(receipt.reference, 'completion-request', { note: '请写明年份。' });
    const [issued] = await db.query<{ id: number; request_id: number }>('SELECT id, request_id FROM letters');
    const before = await findLetter(db, issued!.request_id, issued!.id);
    await act(receipt.reference, 'completion', { date: '2026-09-14' });
    await act(receipt.reference, 'reply', refusal);
    expect(await findLetter(db, issued!.request_id, issued!.id)).toEqual(before);
  });

  it('writes the letter in the request’s language', async () => {
    const receipt = await fileRequest(t.app, organisation);
    await act(receipt.reference, 'reply', { outcome: 'disclosed', replyText: 'Attached.' });
    const [letter] = await letters();
    expect(letter!.text).toContain('Reply to your request for government information');
    expect(letter!.text).not.toMatch(/sixty|review/);
  });

  it('numbers letters without gaps or repeats when replies arrive at once', async () => {
    const receipts = [];
    for (let i = 0; i < 8; i++) receipts.push(await fileRequest(t.app));
    const answers = await Promise.all(receipts.map((receipt) => act(receipt.reference, 'reply', refusal)));
    expect(answers.map((answer) => answer.status)).toEqual(receipts.map(() => 200));
    expect((await letters()).map((letter) => letter.serial)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('uses no number for a refused action: the next letter takes the next number', async () => {
    const receipt = await fileRequest(t.app);
    await act(receipt.reference, 'completion-request', { note: '请写明年份。' });
    // Refused inside its transaction (a second 补正 notice): nothing is issued.
    expect((await act(receipt.reference, 'completion-request', { note: '还有' })).status).toBe(409);
    await act(receipt.reference, 'completion', { date: '2026-09-14' });
    await act(receipt.reference, 'extension', { reason: '需要调取档案' });
    expect((await letters()).map((letter) => letter.serial)).toEqual([1, 2]);
  });

  it('refuses a refusal’s letter while the review body and the court are not configured, and stores nothing', async () => {
    t = staffTestApp(db, dist, BEFORE_NATIONAL_DAY, { numberPrefix: '残联公复', reviewBody: '', court: ' ' });
    const receipt = await fileRequest(t.app);
    const refused = await act(receipt.reference, 'reply', refusal);
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toContain('行政复议机关、行政诉讼的管辖法院');
    expect(await letters()).toEqual([]);
    expect(await citizenStatus(t.app, receipt)).toMatchObject({ status: 'received', letters: [] });
    expect(await db.query('SELECT * FROM letter_counters')).toEqual([]);

    // A full disclosure names no remedies, so it needs neither.
    const disclosed = await act(receipt.reference, 'reply', { outcome: 'disclosed', replyText: '见附件。' });
    expect(disclosed.status).toBe(200);
    expect((await letters()).map((letter) => letter.number)).toEqual(['残联公复〔2026〕1号']);
  });

  it('pauses the due date while a third party is consulted, and tells the applicant', async () => {
    const receipt = await fileRequest(t.app);
    expect(receipt.dueDate).toBe('2026-10-16');
    t.setTime('2026-09-16T02:00:00Z');
    cookie = await signIn(t.app);
    const consulted = await act(receipt.reference, 'consultation', { thirdParty: '某某公司' });
    expect(consulted.status).toBe(200);
    expect(await consulted.json()).toMatchObject({ consultationThirdParty: '某某公司', dueDate: '2026-10-16' });
    const [notice] = await letters();
    expect(notice!.kind).toBe('consultation');
    expect(notice!.text).toContain('第三十二条');
    // Whom the federation asked is for staff only.
    expect(notice!.text).not.toContain('某某公司');
    expect((await act(receipt.reference, 'consultation', { thirdParty: '另一家' })).status).toBe(409);

    // Answered on Tue 22 September: Thu 17, Fri 18, Sun 20 (a make-up working day before National Day), Mon 21 and
    // Tue 22 are not counted, so the date moves 5 working days: from Fri 16 October to Fri 23 October.
    t.setTime('2026-09-23T02:00:00Z');
    cookie = await signIn(t.app);
    expect((await act(receipt.reference, 'third-party-answer', { date: '2026-09-15' })).status).toBe(422);
    const answered = await act(receipt.reference, 'third-party-answer', { date: '2026-09-22' });
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ consultationEndedOn: '2026-09-22', dueDate: '2026-10-23' });
    expect(await citizenStatus(t.app, receipt)).toMatchObject({
      dueDate: '2026-10-23',
      consultation: { startedAt: '2026-09-16T02:00:00.000Z', endedOn: '2026-09-22' },
    });
    expect((await db.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id')).map((entry) => entry.action)).toEqual(['consult', 'record-third-party']);
  });
});
