import { afterAll, describe, expect, it, vi } from 'vitest';
import { person } from '../../src/requests/rules/test-requests.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { removeFixtures } from '../test/fixture-dist.ts';
import { fileRequest, formPost, type StaffTestApp, staffTestApp, useSignedInConsole } from '../staff/test-staff.ts';

afterAll(removeFixtures);
vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });

/** The staff console's side of the letters: the consultation forms, the print page, the unconfigured bodies. */
describe.each(testDatabases())('letters in the staff console on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: StaffTestApp;
  let cookie: string;
  useSignedInConsole(
    open,
    'staff, staff_sessions, audit_log, appeals, letters, letter_counters, request_events, requests, request_counters, sign_in_failures, request_allowances',
    '2026-03-04T01:00:00Z',
    (signedIn) => ({ db, dist, t, cookie } = signedIn),
  );

  const page = async (path: string) => (await t.app.request(path, { headers: { Cookie: cookie } })).text();
  const post = (path: string, fields: Record<string, string>) => formPost(t.app, path, fields, { Cookie: cookie });

  it('consults a third party by form, lists the notice, and prints it with the checklist of the accessible format', async () => {
    const receipt = await fileRequest(t.app, { ...person, accessibleFormat: 'large-print' });
    const detail = await page(`/staff/requests/${receipt.reference}/`);
    expect(detail).toContain('需要的无障碍形式');
    expect(detail).toContain('<strong>大字版</strong>');
    expect(detail).toContain(`href="/staff/requests/${receipt.reference}/consult/"`);

    const done = await post(`/staff/requests/${receipt.reference}/consult/`, { thirdParty: '某某公司' });
    expect(done.status).toBe(303);
    const after = await page(`/staff/requests/${receipt.reference}/`);
    expect(after).toContain('正在征求第三方意见，这段时间不计入答复期限');
    expect(after).toContain(`href="/staff/requests/${receipt.reference}/record-third-party/"`);
    const link = /href="(\/staff\/requests\/[^"]+\/letters\/\d+\/)">打印 (政府信息公开申请征求第三方意见告知书（测试公复〔2026〕1号）)/.exec(after);
    expect(link).not.toBeNull();

    const print = await page(link![1]!);
    expect(print).toContain('<h2 class="letter__title"');
    expect(print).toContain('张三：');
    expect(print).toContain('寄送前核对');
    expect(print).toContain('<strong>大字版</strong>');
    expect(await page(link![1]!.replace(/\d+\/$/, '999/'))).toContain('找不到这份申请');
  });

  it('says the review body and court are not configured, and refuses a refusal until they are', async () => {
    t = staffTestApp(db, dist, '2026-03-04T01:00:00Z', { numberPrefix: '残联公复', reviewBody: '', court: '' });
    const receipt = await fileRequest(t.app);
    expect(await page(`/staff/requests/${receipt.reference}/`)).toContain('网站配置里还没有填写行政复议机关、行政诉讼的管辖法院');
    expect(await page(`/staff/requests/${receipt.reference}/reply/`)).toContain('网站配置里还没有填写行政复议机关、行政诉讼的管辖法院');
    const refused = await post(`/staff/requests/${receipt.reference}/reply/`, {
      outcome: 'unavailable/not-held',
      replyText: '本会没有这些信息。',
      refusalReason: '不掌握',
      legalBasis: '《中华人民共和国政府信息公开条例》第三十六条',
    });
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain('不能出具答复书');
    // Nothing typed is lost.
    expect(html).toContain('本会没有这些信息。');
  });
});
