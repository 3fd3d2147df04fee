import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { exeBytes, multipartPost, pdfBytes, replyForm } from '../files/test-files.ts';
import { ORIGIN } from '../staff/test-staff.ts';
import { findPublished, listPublished, publishedCounts } from './public.ts';
import { readShipped } from './shipped.ts';
import { CONTENT_START, CONTENT_TABLES, type ContentTest, contentTestApp, contentTestFile, notice, staffMember, useContentTest } from './test-content.ts';

contentTestFile();

describe.each(testDatabases())('catalogue items and guides on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: ContentTest['t'];
  let shippedDir: string;
  useContentTest(open, (made) => ({ db, dist, t, shippedDir } = made));

  const audit = () => db.query<{ action: string; after: Record<string, unknown> }>('SELECT action, after FROM audit_log WHERE content_item_id IS NOT NULL ORDER BY id');
  const versions = () => db.query<Record<string, unknown>>('SELECT number, skipped_review, imported, restored_from, changes FROM content_versions ORDER BY number');

  it('answers 401 without a session and 403 to another site, storing nothing', async () => {
    for (const [method, path] of [['POST', ''], ['POST', '/disclosure/x/publish'], ['DELETE', '/disclosure/x'], ['GET', '/disclosure/x']]) {
      const response = await t.app.request(`/api/staff/content${path}`, { method, headers: { 'Content-Type': 'application/json', Origin: ORIGIN }, body: method === 'GET' ? undefined : JSON.stringify(notice) });
      expect(response.status).toBe(401);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    }
    const admin = await staffMember(db, t.app, '管理员');
    const forged = await t.app.request('/api/staff/content', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example', Cookie: admin.cookie }, body: JSON.stringify(notice) });
    expect(forged.status).toBe(403);
    expect(await db.query('SELECT * FROM content_items')).toEqual([]);
  });

  it('creates a draft (201), answers the same draft again unchanged, and refuses bad fields with 422 per field', async () => {
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    const created = await writer.saveDraft(notice);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ status: 'draft', nextStep: { step: 'written', label: '撰稿' }, liveVersion: null, draft: { fields: { title: notice.title } } });

    const again = await writer.saveDraft(notice);
    expect(again.status).toBe(200);
    expect((await again.json()).reviewRound).toBe(1);
    expect((await audit()).map((entry) => entry.action)).toEqual(['content-draft']);

    const bad = await writer.saveDraft({ ...notice, slug: 'Bad Slug', category: 'gossip', date: '3 March', colour: 'red', english: { title: 5 } });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      { field: 'slug', message: '地址名只能用小写英文字母、数字和连字符，例如 bus-pass' },
      { field: 'category', message: expect.stringMatching(/^类别只能是以下之一：organisation、policy/) },
      { field: 'date', message: '成文日期要写成年份（2017）或日期（2017-03-12）' },
      { field: 'colour', message: '没有这一项' },
      { field: 'english.title', message: '英文版的标题要写成文字' },
    ]);
    const guide = await writer.saveDraft({ collection: 'guides', slug: 'new-guide', order: 'first', steps: '一步' });
    expect((await guide.json()).errors).toEqual([
      { field: 'order', message: '排列顺序要写成整数' },
      { field: 'steps', message: '办理步骤要逐条填写，每条是一段文字' },
    ]);
    const notJson = await t.app.request('/api/staff/content', { method: 'POST', headers: { Origin: ORIGIN, Cookie: writer.cookie, 'Content-Type': 'text/plain' }, body: 'x' });
    expect(notJson.status).toBe(415);
    expect((await db.query('SELECT slug FROM content_items')).map((row) => row.slug)).toEqual(['employment-fund-notice']);

    // A changed draft is a new round: what was signed off was the old text.
    await writer.publish('disclosure', notice.slug);
    const changed = await writer.saveDraft({ ...notice, summary: '改过的摘要。' });
    expect(await changed.json()).toMatchObject({ status: 'draft', reviewRound: 2, steps: [], nextStep: { step: 'written' } });
  });

  it('takes the steps in order, one person each, sends back to the writer, and publishes only at the last step', async () => {
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    const proofreader = await staffMember(db, t.app, '校对人', ['proofreader']);
    const first = await staffMember(db, t.app, '一审人', ['first-reviewer']);
    const second = await staffMember(db, t.app, '二审人', ['second-reviewer']);
    const third = await staffMember(db, t.app, '三审人', ['third-reviewer', 'proofreader']);
    const { slug } = notice;
    await writer.saveDraft(notice);

    expect((await proofreader.publish('disclosure', slug)).status).toBe(403);
    expect((await writer.publish('disclosure', slug)).status).toBe(200);
    const twice = await writer.publish('disclosure', slug);
    expect(twice.status).toBe(403);
    expect((await twice.json()).detail).toBe('现在要做的是「校对」，你的账号没有这一步的角色');
    expect((await proofreader.publish('disclosure', slug, { decision: 'sign-off', comment: '已校对' })).status).toBe(200);

    // 保密审查 is recorded at the first review (contentReview.confidentialityCheckAt).
    const unchecked = await first.publish('disclosure', slug);
    expect(unchecked.status).toBe(422);
    expect((await unchecked.json()).errors).toEqual([{ field: 'confidentialityChecked', message: '这一步要记录保密审查：确认已做保密审查后再通过' }]);
    expect((await first.publish('disclosure', slug, { confidentialityChecked: true })).status).toBe(200);
    expect(await findPublished(db, 'disclosure', slug)).toBeUndefined();

    const noComment = await second.publish('disclosure', slug, { decision: 'send-back' });
    expect((await noComment.json()).errors).toEqual([{ field: 'comment', message: '退回时请写明意见，撰稿人据此修改' }]);
    const sentBack = await second.publish('disclosure', slug, { decision: 'send-back', comment: '文号写错了' });
    expect(sentBack.status).toBe(200);
    expect(await sentBack.json()).toMatchObject({ status: 'draft', writerId: writer.id, reviewRound: 2, steps: [], nextStep: { step: 'written' } });
    expect((await audit()).at(-1)).toMatchObject({ action: 'content-send-back', after: { step: 'second-review', comment: '文号写错了', returned_to: writer.id } });

    await writer.saveDraft({ ...notice, documentNumber: '测残联〔2026〕4号' });
    await writer.publish('disclosure', slug);
    // The third reviewer also proofreads: in this round they proofread, so the third review must be someone else's.
    expect((await third.publish('disclosure', slug)).status).toBe(200);
    await first.publish('disclosure', slug, { confidentialityChecked: true });
    await second.publish('disclosure', slug);
    const sameTwice = await third.publish('disclosure', slug);
    expect(sameTwice.status).toBe(409);
    expect((await sameTwice.json()).detail).toBe('你已经做过本轮的「校对」。同一篇稿件的各个步骤要由不同的人完成');
    expect(await findPublished(db, 'disclosure', slug)).toBeUndefined();

    const thirdReviewer = await staffMember(db, t.app, '三审二号', ['third-reviewer']);
    const published = await thirdReviewer.publish('disclosure', slug);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published', liveVersion: 1, published: { version: 1, skippedReview: false }, warnings: [{ code: 'no-english' }] });
    expect(await findPublished(db, 'disclosure', slug)).toMatchObject({
      version: 1,
      skippedReview: false,
      fields: { documentNumber: '测残联〔2026〕4号' },
      publishedAt: '2026-03-02T02:00:00.000Z',
      credits: [
        { step: 'written', label: '撰稿', name: '撰稿人' },
        { step: 'proofread', label: '校对', name: '三审人' },
        { step: 'first-review', label: '一审', name: '一审人' },
        { step: 'second-review', label: '二审', name: '二审人' },
        { step: 'third-review', label: '三审', name: '三审二号' },
      ],
    });
    const steps = await db.query<{ step: string; decision: string; confidentiality_checked: boolean; review_round: number }>(
      'SELECT step, decision, confidentiality_checked, review_round FROM content_review_steps ORDER BY id',
    );
    expect(steps.filter((step) => step.confidentiality_checked).map((step) => [step.step, step.review_round])).toEqual([['first-review', 1], ['first-review', 3]]);
    expect(steps.filter((step) => step.decision === 'send-back')).toHaveLength(1);
    expect((await versions())[0]).toMatchObject({ number: 1, skipped_review: false, imported: false });
    // Nothing left to review: the draft is the live version.
    expect((await writer.publish('disclosure', slug)).status).toBe(409);
  });

  it('lets an administrator publish directly, marked as skipping review, and refuses a publish the checks or the required fields refuse, storing nothing', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const { summary: _summary, issuer: _issuer, ...incomplete } = notice;
    await admin.saveDraft({ ...incomplete, body: '' });
    const missing = await admin.publish('disclosure', notice.slug);
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([
      { field: 'issuer', message: '请填写发布机构' },
      { field: 'summary', message: '请填写摘要' },
      { field: 'body', message: '请填写正文' },
    ]);

    await admin.saveDraft({ ...notice, body: '申报表见[点击这里](/files/form.pdf)。\n' });
    const refused = await admin.publish('disclosure', notice.slug);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      errors: [{ code: 'vague-link', field: 'body', line: 1, excerpt: '[点击这里](/files/form.pdf)' }],
      warnings: [{ code: 'no-english' }],
    });
    expect(await db.query('SELECT * FROM content_versions')).toEqual([]);
    expect((await audit()).map((entry) => entry.action)).toEqual(['content-draft', 'content-draft']);
    expect(await findPublished(db, 'disclosure', notice.slug)).toBeUndefined();

    await admin.saveDraft({ ...notice, english: { ...notice, collection: undefined, slug: undefined, title: 'Notice on the 2026 employment security fund', body: 'In English.\n' } });
    const published = await admin.publish('disclosure', notice.slug);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ published: { version: 1, skippedReview: true }, warnings: [] });
    expect((await audit()).at(-1)).toMatchObject({ action: 'content-publish', after: { version: 1, skipped_review: true } });
    expect(await findPublished(db, 'disclosure', notice.slug)).toMatchObject({ skippedReview: true, credits: [], english: { fields: { title: 'Notice on the 2026 employment security fund' } } });
    expect((await admin.publish('disclosure', notice.slug)).status).toBe(409);

    // An administrator may still take a review step by saying so; the same refusals apply.
    await admin.saveDraft({ ...notice, summary: '新摘要。' });
    expect(await (await admin.publish('disclosure', notice.slug, { decision: 'sign-off' })).json()).toMatchObject({ status: 'in-review', nextStep: { step: 'proofread' } });
    expect((await admin.publish('disclosure', notice.slug, { decision: 'sign-off' })).status).toBe(409);
  });

  it('keeps every version with what changed, restores an earlier one through a new publish, and withdraws with a reason', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    t.setTime('2026-04-10T02:00:00Z');
    await Promise.all([admin.signInAgain(), writer.signInAgain()]);
    await admin.saveDraft({ ...notice, title: '关于就业保障金征收的补充通知', body: notice.body.replace('3月1日至6月30日。', '3月1日至7月31日。') });
    await admin.publish('disclosure', notice.slug);
    const [, second] = await versions();
    expect(second!.changes).toEqual([
      { field: 'title', before: notice.title, after: '关于就业保障金征收的补充通知' },
      { field: 'body', lines: [{ unchanged: 6 }, { removed: '3月1日至6月30日。' }, { added: '3月1日至7月31日。' }] },
    ]);

    const restored = await writer.restore('disclosure', notice.slug, 1);
    expect(await restored.json()).toMatchObject({ status: 'draft', restoredFrom: 1, draft: { fields: { title: notice.title } } });
    // Still the live version until the restored draft is published.
    expect(await findPublished(db, 'disclosure', notice.slug)).toMatchObject({ version: 2 });
    expect((await writer.restore('disclosure', notice.slug, 9)).status).toBe(409);
    await admin.publish('disclosure', notice.slug);
    expect((await versions())[2]).toMatchObject({ number: 3, restored_from: 1 });
    expect(await findPublished(db, 'disclosure', notice.slug)).toMatchObject({ version: 3, fields: { title: notice.title }, firstPublishedAt: '2026-03-02T02:00:00.000Z' });

    // Withdrawing is an administrator's decision, with a reason; the time is kept.
    expect((await writer.withdraw('disclosure', notice.slug, { reason: '已失效' })).status).toBe(403);
    expect(await (await admin.withdraw('disclosure', notice.slug, {})).json()).toMatchObject({ status: 422, errors: [{ field: 'reason', message: '请写明撤回的原因' }] });
    t.setTime('2026-05-06T01:00:00Z');
    await admin.signInAgain();
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '政策已调整' })).status).toBe(200);
    expect(await findPublished(db, 'disclosure', notice.slug)).toEqual({ withdrawn: { at: '2026-05-06T01:00:00.000Z', reason: '政策已调整' } });
    expect(await listPublished(db, 'disclosure')).toEqual([]);
    expect((await admin.withdraw('disclosure', notice.slug, { reason: '再次' })).status).toBe(409);

    // A repealed document stays public: the date is a field.
    await admin.saveDraft({ ...notice, documentKind: 'normative', repealed: '2026-05-01' });
    await admin.publish('disclosure', notice.slug);
    expect(await findPublished(db, 'disclosure', notice.slug)).toMatchObject({ version: 4, fields: { repealed: '2026-05-01', documentKind: 'normative' } });
    expect((await listPublished(db, 'disclosure')).map((item) => [item.slug, item.version])).toEqual([[notice.slug, 4]]);

    const history = await (await admin.get('disclosure', notice.slug)).json();
    expect(history.versions.map((version: { number: number; publishedBy: string }) => [version.number, version.publishedBy])).toEqual([[4, '管理员'], [3, '管理员'], [2, '管理员'], [1, '管理员']]);
    expect(history.audit.map((entry: { action: string }) => entry.action)).toEqual([
      'content-draft', 'content-publish', 'content-draft', 'content-publish', 'content-restore', 'content-publish', 'content-withdraw', 'content-draft', 'content-publish',
    ]);
  });

  it('imports a shipped file as version 1 when staff first edit it, and withdraws one never edited', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const edited = await admin.saveDraft({ collection: 'guides', slug: 'test-pass', title: '测试乘车证（新）', summary: '测试用的指南。', order: 2, eligibility: ['持有残疾人证的残疾人'], bring: ['残疾人证'], steps: ['到市残联申请。'], legalBasis: ['《中华人民共和国残疾人保障法》'], updated: '2026-12-01', body: '第一段。\n' });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ status: 'draft', liveVersion: 1, draft: { fields: { title: '测试乘车证（新）' } } });
    expect(await versions()).toEqual([{ number: 1, skipped_review: true, imported: true, restored_from: null, changes: null }]);
    expect(await findPublished(db, 'guides', 'test-pass')).toMatchObject({ version: 1, fields: { title: '测试乘车证', updated: '2026-11-24' }, body: '第一段。\n\n第二段。\n', english: { fields: { title: 'Test bus pass' } } });
    expect((await audit()).map((entry) => entry.action)).toEqual(['content-import', 'content-draft']);

    await db.exec(CONTENT_TABLES.split(', ').map((table) => `TRUNCATE ${table} CASCADE;`).join(''));
    const admin2 = await staffMember(db, t.app, '管理员二');
    expect((await admin2.withdraw('guides', 'test-pass', { reason: '业务已停办' })).status).toBe(200);
    expect(await findPublished(db, 'guides', 'test-pass')).toMatchObject({ withdrawn: { reason: '业务已停办' } });
    expect((await admin2.withdraw('guides', 'no-such-guide', { reason: 'x' })).status).toBe(404);
  });

  it('refuses a staff member without the writer’s role a draft, and counts the items first published each month', async () => {
    const reviewer = await staffMember(db, t.app, '审核人', ['first-reviewer']);
    const refused = await reviewer.saveDraft(notice);
    expect(refused.status).toBe(403);
    expect(await db.query('SELECT * FROM content_items')).toEqual([]);

    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    await admin.publish('disclosure', notice.slug);
    // 31 March, 23:30 in China: still March there.
    t.setTime('2026-03-31T15:30:00Z');
    await admin.signInAgain();
    await admin.saveDraft({ ...notice, slug: 'second-notice' });
    await admin.publish('disclosure', 'second-notice');
    t.setTime('2026-04-01T16:30:00Z');
    await admin.signInAgain();
    await admin.saveDraft({ ...notice, slug: 'second-notice', summary: '更新。' });
    await admin.publish('disclosure', 'second-notice');
    // An import is not a new item: the build published it before.
    await admin.withdraw('guides', 'test-pass', { reason: '停办' });
    expect(await publishedCounts(db, 2026, '2026-05-20')).toEqual({ year: 2026, total: 2, byMonth: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], emptyMonths: [1, 2, 4, 5] });
  });

  it('attaches files by their bytes to the draft, hands them to the checks, and keeps them with the version', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await admin.saveDraft(notice);
    const path = `/api/staff/content/disclosure/${notice.slug}/files`;
    const program = await multipartPost(t.app, admin.cookie, path, replyForm({}, [{ name: '申报表.pdf', bytes: exeBytes }]));
    expect(program.status).toBe(422);
    expect((await program.json()).errors).toEqual([{ field: 'files', message: '不能发送「申报表.pdf」：它是可执行程序，不是文档' }]);
    const attached = await multipartPost(t.app, admin.cookie, path, replyForm({}, [{ name: '申报表.pdf', bytes: pdfBytes }]));
    expect(attached.status).toBe(200);
    expect((await attached.json()).draft.files).toEqual([{ id: expect.any(Number), name: '申报表.pdf', type: 'application/pdf', size: pdfBytes.byteLength }]);

    const seen: { name: string; type: string; bytes: Uint8Array }[] = [];
    const recording = contentTestApp(db, dist, { start: CONTENT_START, shippedDir, check: async (input) => (seen.push(...input.attachments), { errors: [], warnings: [] }) });
    const admin2 = await staffMember(db, recording.app, '管理员二');
    expect((await admin2.publish('disclosure', notice.slug)).status).toBe(200);
    expect(seen.map((file) => [file.name, file.type, Buffer.from(file.bytes).equals(Buffer.from(pdfBytes))])).toEqual([['申报表.pdf', 'application/pdf', true]]);
    expect((await findPublished(db, 'disclosure', notice.slug)) as { files: unknown }).toMatchObject({ files: [{ name: '申报表.pdf', type: 'application/pdf' }] });
  });
});

describe('the shipped content files', () => {
  it('are read with their front matter and body, English beside them', () => {
    const busPass = readShipped('guides', 'bus-pass')!;
    expect(busPass.fields).toMatchObject({ title: '残疾人乘车证', order: 2, updated: '2026-11-24' });
    expect(busPass.body).toMatch(/^市残联长期公开乘车证/);
    expect(busPass.english?.fields.title).toBe('Disability bus pass');
    expect(readShipped('guides', 'no-such-guide')).toBeUndefined();
    expect(readShipped('guides', '../disclosure/x')).toBeUndefined();
  });
});
