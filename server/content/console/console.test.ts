import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.ts';
import { testDatabases } from '../../db/test-databases.ts';
import { multipartPost, pdfBytes, replyForm } from '../../files/test-files.ts';
import { formPost } from '../../staff/test-staff.ts';
import { useTestDatabase } from '../../test/database.ts';
import { CONTENT_START, CONTENT_TABLES, contentTestApp, contentTestFile, notice, shippedFolder, staffMember } from '../test-content.ts';
import { expectValidHtml } from '../../test/valid-html.ts';

contentTestFile();
const ITEM = `/staff/content/disclosure/${notice.slug}/`;

/** The notice as the console's form posts it: each field under its id. */
const noticeForm: Record<string, string> = {
  'field-slug': notice.slug,
  'field-title': notice.title,
  'field-category': notice.category,
  'field-issuer': notice.issuer,
  'field-documentNumber': notice.documentNumber,
  'field-date': notice.date,
  'field-summary': notice.summary,
  'field-attachments': '',
  'field-documentKind': '',
  'field-repealed': '',
  'field-body': notice.body,
};

describe.each(testDatabases())('the publishing console on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  useTestDatabase(open, CONTENT_TABLES, (opened) => ({ db, dist } = opened));

  let t: ReturnType<typeof contentTestApp>;
  beforeEach(() => {
    t = contentTestApp(db, dist, { start: CONTENT_START, shippedDir: shippedFolder() });
  });

  const get = async (path: string, cookie: string) => {
    const response = await t.app.request(path, { headers: { Cookie: cookie } });
    return { status: response.status, html: await response.text(), location: response.headers.get('Location') };
  };
  const post = async (path: string, cookie: string, fields: Record<string, string>) => {
    const response = await formPost(t.app, path, fields, { Cookie: cookie });
    return { status: response.status, html: await response.text(), location: response.headers.get('Location') };
  };

  it('answers each page for a signed-in member, and sends anyone else to sign in', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    expect((await post('/staff/content/new/disclosure/', admin.cookie, noticeForm)).location).toBe(`${ITEM}?done=saved`);
    for (const path of ['/staff/content/', '/staff/content/new/disclosure/', '/staff/content/new/guides/', ITEM, `${ITEM}edit/`]) {
      const signedIn = await get(path, admin.cookie);
      expect(signedIn.status, path).toBe(200);
      expect(signedIn.html, path).toContain('<a class="site-nav__link" href="/staff/content/" aria-current="page">信息发布</a>');
      const anonymous = await t.app.request(path);
      expect(anonymous.status, path).toBe(303);
      expect(anonymous.headers.get('Location'), path).toBe(`/staff/sign-in?next=${encodeURIComponent(path)}`);
    }
    const forged = await formPost(t.app, `${ITEM}withdraw/`, { reason: '测试' }, { Cookie: admin.cookie, Origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    expect((await get('/staff/content/disclosure/no-such-item/', admin.cookie)).status).toBe(404);
  });

  it('shows a bad draft again with the error summary linking to each field, everything typed kept, nothing stored', async () => {
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    const typed = { ...noticeForm, 'field-date': '3月2日', 'field-attachments': '申报表 | /files/form.docx\n没有地址的附件', 'field-english-title': 'Notice' };
    const response = await post('/staff/content/new/disclosure/', writer.cookie, typed);
    expect(response.status).toBe(422);
    expect(response.html).toContain('<title>错误：新建信息公开目录');
    expect(response.html).toContain('<a href="#field-date">成文日期要写成年份（2017）或日期（2017-03-12）</a>');
    expect(response.html).toContain('<a href="#field-attachments">附件链接第 2 行要写成：标题 | 地址</a>');
    // The field's own message, and what was typed, English included.
    expect(response.html).toMatch(/id="field-date-error">.*成文日期要写成年份/s);
    expect(response.html).toContain('value="3月2日"');
    expect(response.html).toContain('申报表 | /files/form.docx\n没有地址的附件</textarea>');
    expect(response.html).toContain('value="Notice"');
    expect(response.html).toContain(`>${notice.body}</textarea>`);
    expect(await db.query('SELECT * FROM content_items')).toEqual([]);

    const taken = await post('/staff/content/new/disclosure/', writer.cookie, noticeForm);
    expect(taken.status).toBe(303);
    const again = await post('/staff/content/new/disclosure/', writer.cookie, { ...noticeForm, 'field-title': '另一篇' });
    expect(again.status).toBe(422);
    expect(again.html).toContain('<a href="#field-slug">这个地址名已经有了');
  });

  it('refuses a publish with a vague link, listing it with a link to the body and its line, warnings apart', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const body = '## 申报\n\n申报表[点击这里](/files/form.docx)下载。\n';
    await post('/staff/content/new/disclosure/', admin.cookie, { ...noticeForm, 'field-body': body });
    const page = await get(ITEM, admin.cookie);
    expect(page.html).toContain('直接发布（跳过审核）');
    const refused = await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('不能发布：请先改正以下问题');
    expect(refused.html).toMatch(/<a href="#field-body">第 3 行：[^<]*点击这里[^<]*<\/a>/);
    // Missing English is a warning: listed apart, under its own heading.
    expect(refused.html).toMatch(/<h2>提醒（不影响发布）<\/h2>.*<a href="#field-english">还没有英文版/s);
    expect(refused.html).toContain('id="field-english"');
    expect(refused.html).toContain(`>${body}</textarea>`);
    expect(await db.query('SELECT * FROM content_versions')).toEqual([]);

    // Fixed, it publishes, and the console says review was skipped.
    await post(`${ITEM}edit/`, admin.cookie, { ...noticeForm, 'field-body': '## 申报\n\n[申报表（Word 文件）](/files/form.docx)\n' });
    const published = await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' });
    expect(published.status).toBe(200);
    expect(published.html).toContain('发布时的提醒');
    const after = await get(ITEM, admin.cookie);
    expect(after.html).toContain('<strong>跳过审核直接发布</strong>');
    expect(after.html).toContain('发布（跳过审核直接发布）');
  });

  it('takes each step from its own staff member, lists the next step and who may take it, and records the confidentiality check', async () => {
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    const proofreader = await staffMember(db, t.app, '校对人', ['proofreader']);
    const reviewer = await staffMember(db, t.app, '一审人', ['first-reviewer']);
    await post('/staff/content/new/disclosure/', writer.cookie, noticeForm);
    expect((await get('/staff/content/', writer.cookie)).html).toContain('等待「撰稿」：可由 撰稿人 完成');

    expect((await get(ITEM, writer.cookie)).html).toContain('由你完成「撰稿」');
    expect((await post(`${ITEM}publish/`, writer.cookie, { decision: 'sign-off' })).location).toBe(`${ITEM}?done=signed-off`);
    const list = await get('/staff/content/', writer.cookie);
    expect(list.html).toMatch(/<h2 id="group-in-review">审核中（1 条）<\/h2>.*等待「校对」：可由 校对人 完成/s);
    // The writer cannot take the next step; the page says who can.
    expect((await get(ITEM, writer.cookie)).html).toContain('等待「校对」：可由 校对人 完成。');

    const proofPage = await get(ITEM, proofreader.cookie);
    expect(proofPage.html).toContain('由你完成「校对」');
    // What is signed off is on the page to read: the fields and the body as written.
    expect(proofPage.html).toContain(`<dt>摘要</dt><dd><span class="staff-text">${notice.summary}</span></dd>`);
    expect(proofPage.html).toContain('## 征收标准');
    expect(proofPage.html).not.toContain('直接发布（跳过审核）');
    expect((await post(`${ITEM}publish/`, proofreader.cookie, { decision: 'sign-off', comment: '已核对文号' })).status).toBe(303);

    // 一审 records the confidentiality check: without the box ticked it is refused on the page, the comment kept.
    const unchecked = await post(`${ITEM}publish/`, reviewer.cookie, { decision: 'sign-off', comment: '同意' });
    expect(unchecked.status).toBe(422);
    expect(unchecked.html).toContain('<a href="#confidentialityChecked">这一步要记录保密审查');
    expect(unchecked.html).toContain('>同意</textarea>');
    expect((await post(`${ITEM}publish/`, reviewer.cookie, { decision: 'sign-off', comment: '同意', confidentialityChecked: 'yes' })).status).toBe(303);

    const item = await get(ITEM, reviewer.cookie);
    expect(item.html).toMatch(/<th scope="row">撰稿<\/th><td>撰稿人<\/td>/);
    expect(item.html).toMatch(/<th scope="row">校对<\/th><td>校对人<\/td><td>[^<]+<\/td><td>通过<\/td><td class="staff-text">已核对文号<\/td><td>—<\/td>/);
    expect(item.html).toMatch(/<th scope="row">一审<\/th><td>一审人<\/td><td>[^<]+<\/td><td>通过<\/td><td class="staff-text">同意<\/td><td>已做<\/td>/);
    expect(item.html).toContain('等待「二审」：现在没有人能做这一步');

    // Sent back by the proofreader in a new round: the comment is required, and the item is a draft again.
    await post(`${ITEM}edit/`, writer.cookie, { ...noticeForm, 'field-summary': '改过的摘要。' });
    await post(`${ITEM}publish/`, writer.cookie, { decision: 'sign-off' });
    const noComment = await post(`${ITEM}publish/`, proofreader.cookie, { decision: 'send-back', comment: '' });
    expect(noComment.status).toBe(422);
    expect(noComment.html).toContain('<a href="#comment">退回时请写明意见');
    expect((await post(`${ITEM}publish/`, proofreader.cookie, { decision: 'send-back', comment: '摘要太长' })).location).toBe(`${ITEM}?done=sent-back`);
    expect((await get('/staff/content/', writer.cookie)).html).toMatch(/<h2 id="group-draft">草稿（1 条）<\/h2>/);
  });

  it('shows this month’s and this year’s published counts, the drafts waiting and the empty months', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await post('/staff/content/new/disclosure/', admin.cookie, noticeForm);
    await post('/staff/content/new/disclosure/', admin.cookie, { ...noticeForm, 'field-slug': 'second-notice', 'field-title': '第二份通知' });
    await post('/staff/content/new/disclosure/', admin.cookie, { ...noticeForm, 'field-slug': 'waiting-notice', 'field-title': '还在写的通知' });
    for (const slug of [notice.slug, 'second-notice']) expect((await post(`/staff/content/disclosure/${slug}/publish/`, admin.cookie, { direct: 'yes' })).status).not.toBe(422);
    const home = await get('/staff/content/', admin.cookie);
    expect(home.html).toContain('<dt>3月发布</dt><dd>2 条</dd>');
    expect(home.html).toContain('<dt>2026年发布（年度报告的主动公开条数）</dt><dd>2 条</dd>');
    expect(home.html).toContain('<dt>等待处理的草稿</dt><dd>1 条</dd>');
    expect(home.html).toContain('<dt>2026年没有发布的月份</dt><dd>1月、2月</dd>');
    expect(home.html).toMatch(/<h2 id="group-published">已发布（2 条）<\/h2>.*第二份通知/s);
    expect(home.html).toContain(`<a href="/staff/content/disclosure/waiting-notice/">还在写的通知</a>`);
  });

  it('shows each version’s difference, restores a version, attaches a file and withdraws with a reason', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await post('/staff/content/new/disclosure/', admin.cookie, noticeForm);
    await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' });
    await post(`${ITEM}edit/`, admin.cookie, { ...noticeForm, 'field-body': `${notice.body}\n## 联系方式\n\n到市残联办理。\n` });
    const attached = await multipartPost(t.app, admin.cookie, `${ITEM}files/`, replyForm({}, [{ name: '申报表.pdf', bytes: pdfBytes, type: 'application/pdf' }]));
    expect(attached.status).toBe(303);
    const none = await multipartPost(t.app, admin.cookie, `${ITEM}files/`, replyForm({}, []));
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('<a href="#files">请选择要上传的文件</a>');
    // The PDF has no text layer: the checks refuse it, linked to the attachments.
    const refused = await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain('href="#field-attachments"');
    const [file] = await db.query<{ id: number }>('SELECT id FROM content_files');
    expect((await post(`${ITEM}files/${file!.id}/remove/`, admin.cookie, {})).location).toBe(`${ITEM}?done=removed`);
    expect((await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' })).status).toBeLessThan(400);

    const page = await get(ITEM, admin.cookie);
    expect(page.html).toMatch(/<h3 id="version-2">第 2 版<\/h3>.*<dt>正文<\/dt>.*<ins>增加：## 联系方式<\/ins>.*<ins>增加：到市残联办理。<\/ins>/s);
    expect((await post(`${ITEM}versions/1/restore/`, admin.cookie, {})).location).toBe(`${ITEM}?done=restored`);
    expect((await get(`${ITEM}?done=restored`, admin.cookie)).html).toContain('这份草稿恢复自第 1 版');

    const noReason = await post(`${ITEM}withdraw/`, admin.cookie, { reason: ' ' });
    expect(noReason.status).toBe(422);
    expect(noReason.html).toContain('<a href="#reason">请写明撤回的原因</a>');
    expect((await post(`${ITEM}withdraw/`, admin.cookie, { reason: '政策已调整' })).location).toBe(`${ITEM}?done=withdrawn`);
    expect((await get(ITEM, admin.cookie)).html).toContain('撤回，原因：政策已调整');
  });

  it('lets an administrator publish a withdrawn item again', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await post('/staff/content/new/disclosure/', admin.cookie, noticeForm);
    await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' });
    expect((await get(ITEM, admin.cookie)).html).not.toContain('直接发布（跳过审核）');
    await post(`${ITEM}withdraw/`, admin.cookie, { reason: '暂停' });
    expect((await get(ITEM, admin.cookie)).html).toContain('直接发布（跳过审核）');
    expect((await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' })).status).toBeLessThan(400);
    expect((await get(ITEM, admin.cookie)).html).toContain('<dt>进度</dt><dd><strong>已发布</strong></dd>');
  });

  it('lists the shipped files not edited yet, edits one from its file and imports it on saving', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    const home = await get('/staff/content/', admin.cookie);
    expect(home.html).toContain('<a href="/staff/content/guides/test-pass/edit/">修改「测试乘车证」</a>');
    const form = await get('/staff/content/guides/test-pass/edit/', admin.cookie);
    expect(form.html).toContain('value="测试乘车证"');
    expect(form.html).toContain('>到市残联申请。</textarea>');
    expect(form.html).toContain('value="Test bus pass"');
    const fields = {
      'field-summary': '测试用的指南。', 'field-order': '2', 'field-eligibility': '持有残疾人证的残疾人', 'field-bring': '残疾人证', 'field-steps': '到市残联申请。',
      'field-legalBasis': '《中华人民共和国残疾人保障法》', 'field-updated': '2026-11-24', 'field-body': '第一段。\n\n第二段。\n',
    };
    const saved = await post('/staff/content/guides/test-pass/edit/', admin.cookie, { ...fields, 'field-title': '测试乘车证（新）' });
    expect(saved.location).toBe('/staff/content/guides/test-pass/?done=saved');
    const item = await get('/staff/content/guides/test-pass/', admin.cookie);
    expect(item.html).toContain('从原有的内容文件导入');
    expect((await get('/staff/content/', admin.cookie)).html).not.toContain('/staff/content/guides/test-pass/edit/');
  });

  it('keeps what a reviewer typed when their account may not write drafts, saying why', async () => {
    const writer = await staffMember(db, t.app, '撰稿人', ['writer']);
    const proofreader = await staffMember(db, t.app, '校对人', ['proofreader']);
    await post('/staff/content/new/disclosure/', writer.cookie, noticeForm);
    const refused = await post(`${ITEM}edit/`, proofreader.cookie, { ...noticeForm, 'field-title': '校对人改的标题' });
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('<a href="#field-form">你的账号没有撰稿的角色，不能修改草稿</a>');
    expect(refused.html).toContain('value="校对人改的标题"');
    expect((await db.query<{ title: string }>("SELECT fields->>'title' AS title FROM content_items"))[0]!.title).toBe(notice.title);
  });

  it('writes valid HTML on every page, with errors and without', async () => {
    const admin = await staffMember(db, t.app, '管理员');
    await post('/staff/content/new/disclosure/', admin.cookie, { ...noticeForm, 'field-body': '[点击这里](/x)\n' });
    const pages: [string, string][] = [
      ['/staff/content/', (await get('/staff/content/', admin.cookie)).html],
      ['new guide', (await get('/staff/content/new/guides/', admin.cookie)).html],
      ['new guide (errors)', (await post('/staff/content/new/guides/', admin.cookie, { 'field-slug': 'Bad', 'field-order': 'first' })).html],
      ['item', (await get(ITEM, admin.cookie)).html],
      ['edit', (await get(`${ITEM}edit/`, admin.cookie)).html],
      ['refused publish', (await post(`${ITEM}publish/`, admin.cookie, { direct: 'yes' })).html],
      ['step errors', (await post(`${ITEM}publish/`, admin.cookie, { decision: 'nonsense' })).html],
    ];
    await expectValidHtml(pages);
  });
});
