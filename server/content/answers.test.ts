import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchIndexHref, staffAnswerFromQuestionHref } from '../../src/addresses/addresses.ts';
import { locales } from '../../src/i18n/locales.ts';
import { residentIdCheckCharacter } from '../../src/requests/rules/resident-id.ts';
import type { Database } from '../db/database.ts';
import { testDatabases } from '../db/test-databases.ts';
import { answerQuestion } from '../questions/actions.ts';
import { testQuestion } from '../questions/test-questions.ts';
import { addTestStaff, formPost, ORIGIN } from '../staff/test-staff.ts';
import { CONTENT_TABLES, type ContentTest, contentTestFile, staffMember, useContentTest } from './test-content.ts';

contentTestFile();

const first17 = '23100219850412301';
/** A real-looking resident ID number (牡丹江, born 1985-04-12) with its right check character. */
const ID = first17 + residentIdCheckCharacter(first17);
const PHONE = '13912345678';
const NAME = '王小明';

/** The text of a page without its tags: what a reader without JavaScript gets. */
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '');

/** A clean answer as staff would write it directly: every field, and an English version. */
const answer = {
  collection: 'answers',
  slug: 'bus-fare',
  title: '残疾人乘公交车免费吗',
  question: '残疾人乘公交车免费吗？需要带什么证件？',
  topic: 'guide',
  answered: '2026-03-03',
  body: '持残疾人证可以免费乘坐市内公交车。\n\n上车时出示残疾人证即可。',
  english: { title: 'Do disabled people ride buses for free?', topic: 'guide', answered: '2026-03-03', question: 'Are buses free for disabled people? What do I need to show?', body: 'Yes, with a disability certificate.\n\nShow it when you board.' },
};

describe.each(testDatabases())('published answers on $name', ({ open }) => {
  let db: Database;
  let dist: string;
  let t: ContentTest['t'];
  useContentTest(open, (made) => ({ db, dist, t } = made), `${CONTENT_TABLES}, questions, question_counters, mail_outbox`);
  const get = (path: string) => t.app.request(path);

  /** A question put through the mailbox's API and answered by staff; its reference. */
  async function answeredQuestion(question: string, reply: string): Promise<string> {
    const response = await t.app.request('/api/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ ...testQuestion, text: question, name: NAME, contact: '0453-6912345' }),
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const staff = await addTestStaff(db, '答复人', 'correct horse battery staple');
    expect((await answerQuestion({ db, staff, now: new Date('2026-03-03T02:00:00Z') }, reference, { answer: reply })).kind).toBe('done');
    return reference;
  }

  /** Everyone a review needs, one role each. */
  async function reviewers() {
    return {
      writer: await staffMember(db, t.app, '王撰稿', ['writer']),
      proofreader: await staffMember(db, t.app, '李校对', ['proofreader']),
      first: await staffMember(db, t.app, '张一审', ['first-reviewer']),
      second: await staffMember(db, t.app, '刘二审', ['second-reviewer']),
      third: await staffMember(db, t.app, '陈三审', ['third-reviewer']),
    };
  }

  it('makes a draft without the phone number, ID number or name, refuses to publish one put back, and publishes a clean one through the review steps', async () => {
    const reference = await answeredQuestion(
      `我叫${NAME}，电话${PHONE}，身份证号码${ID}。\n\n残疾人乘公交车免费吗？家里座机0453-6912345。`,
      `${NAME}您好：持残疾人证可以免费乘坐市内公交车。`,
    );
    const people = await reviewers();
    const slug = reference.toLowerCase();

    const made = await t.app.request(staffAnswerFromQuestionHref(reference), { method: 'POST', headers: { Origin: ORIGIN, Cookie: people.writer.cookie } });
    expect(made.status).toBe(303);
    expect(made.headers.get('Location')).toBe(`/staff/content/answers/${slug}/?done=drafted`);
    const { draft } = await (await people.writer.get('answers', slug)).json();
    const all = JSON.stringify(draft);
    for (const personal of [PHONE, ID, NAME, '6912345']) expect(all).not.toContain(personal);
    expect(draft.fields).toMatchObject({
      question: '我叫［已删除：姓名］，电话［已删除：电话号码］，身份证号码［已删除：身份证号码］。\n\n残疾人乘公交车免费吗？家里座机［已删除：电话号码］。',
      topic: 'guide',
      answered: '2026-03-03',
    });
    expect(draft.body).toBe('［已删除：姓名］您好：持残疾人证可以免费乘坐市内公交车。');
    const trail = await db.query<{ action: string; after: unknown }>('SELECT action, after FROM audit_log WHERE question_id IS NOT NULL ORDER BY id');
    expect(trail.map((entry) => entry.action)).toEqual(['question-answer', 'question-draft-answer']);
    expect(trail[1]!.after).toEqual({ collection: 'answers', slug });
    // The question is drafted once: staff edit that draft.
    expect((await t.app.request(staffAnswerFromQuestionHref(reference), { method: 'POST', headers: { Origin: ORIGIN, Cookie: people.writer.cookie } })).status).toBe(409);

    // The writer puts a phone number back in the answer, and the person's own name in the English title.
    const edited = { collection: 'answers', slug, ...draft.fields, title: '残疾人乘公交车免费吗', body: `持残疾人证可以免费乘坐市内公交车。有疑问请打${PHONE}。` };
    await people.writer.saveDraft({ ...edited, english: { title: `${NAME} asks about buses`, question: 'Are buses free?', topic: 'guide', answered: '2026-03-03', body: 'Yes.' } });
    const steps = [[people.writer, {}], [people.proofreader, {}], [people.first, { confidentialityChecked: true }], [people.second, {}]] as const;
    for (const [member, input] of steps) expect((await member.publish('answers', slug, input)).status).toBe(200);
    const refused = await people.third.publish('answers', slug);
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([
      { field: 'body', message: '答复里还有电话号码：请删去或改写后再发布' },
      { field: 'english.title', message: '英文版的标题里还有提问人的姓名：请删去或改写后再发布' },
    ]);
    expect((await get(`/ask/answers/${slug}/`)).status).toBe(404);
    expect(await db.query('SELECT 1 FROM content_versions')).toEqual([]);
    // Nor may an administrator skip the check by publishing directly.
    const admin = await staffMember(db, t.app, '管理员');
    expect((await admin.publish('answers', slug)).status).toBe(422);

    // Cleaned, it goes through a new round of every step, and is public.
    await people.writer.saveDraft({ ...edited, body: '持残疾人证可以免费乘坐市内公交车。' });
    for (const [member, input] of steps) expect((await member.publish('answers', slug, input)).status).toBe(200);
    const published = await people.third.publish('answers', slug);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published', published: { version: 1, skippedReview: false } });
    const page = await get(`/ask/answers/${slug}/`);
    expect(page.status).toBe(200);
    const html = text(await page.text());
    expect(html).toContain('持残疾人证可以免费乘坐市内公交车。');
    expect(html).toContain('［已删除：身份证号码］');
    expect(html).not.toContain(PHONE);
    expect(html).toMatch(/撰稿\s*王撰稿/);
  });

  it('shows the drafted answer in the console, whose form and refused publish speak of the answer in the console’s words', async () => {
    const reference = await answeredQuestion(`请回电${PHONE}。残疾人乘公交车免费吗？`, '持残疾人证可以免费乘坐市内公交车。');
    const admin = await staffMember(db, t.app, '管理员');
    const item = `/staff/content/answers/${reference.toLowerCase()}/`;
    expect((await formPost(t.app, staffAnswerFromQuestionHref(reference), {}, { Cookie: admin.cookie })).headers.get('Location')).toBe(`${item}?done=drafted`);
    const page = text(await (await t.app.request(`${item}?done=drafted`, { headers: { Cookie: admin.cookie } })).text());
    expect(page).toContain('已按问题和答复生成咨询答复的草稿');
    expect(page).toContain('请回电［已删除：电话号码］。残疾人乘公交车免费吗？');
    const form = await (await t.app.request(`${item}edit/`, { headers: { Cookie: admin.cookie } })).text();
    expect(form).toMatch(/<legend[^>]*>问题类别<\/legend>/);
    expect(form).toContain('纯文本，空一行分段');
    expect(form).toMatch(/<label[^>]*for="field-answered"[^>]*>答复日期/);

    const values = { 'field-title': '乘公交车', 'field-question': `请回电${PHONE}。`, 'field-topic': 'guide', 'field-answered': '2026-03-03', 'field-body': '可以。' };
    expect((await formPost(t.app, `${item}edit/`, values, { Cookie: admin.cookie })).status).toBe(303);
    const refused = await formPost(t.app, `${item}publish/`, { direct: 'yes' }, { Cookie: admin.cookie });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toMatch(/<a href="#field-question">问题里还有电话号码：请删去或改写后再发布<\/a>/);
  });

  it('refuses a question not yet answered, and an unknown one', async () => {
    const { writer } = await reviewers();
    const response = await t.app.request('/api/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(testQuestion),
    });
    const { reference } = (await response.json()) as { reference: string };
    const post = (ref: string) => t.app.request(staffAnswerFromQuestionHref(ref), { method: 'POST', headers: { Origin: ORIGIN, Cookie: writer.cookie } });
    const notAnswered = await post(reference);
    expect(notAnswered.status).toBe(409);
    expect(text(await notAnswered.text())).toContain('这个问题还没有答复');
    expect((await post('MDJCLZX-2026-999999')).status).toBe(404);
    expect(await db.query('SELECT 1 FROM content_items')).toEqual([]);
  });

  it('lists and serves a published answer in three languages, in search and the sitemap, and takes it down everywhere when withdrawn', async () => {
    const sitemapFile = join(dist, 'sitemap.xml');
    const builtSitemap = readFileSync(sitemapFile, 'utf8');
    writeFileSync(sitemapFile, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.test/</loc></url>\n</urlset>\n`);
    const indexes = locales.map((locale) => join(dist, searchIndexHref(locale).slice(1)));
    for (const [i, file] of indexes.entries()) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ lang: locales[i], entries: [] }));
    }
    const found = async (path: string, q: string) => {
      const html = await (await get(`${path}?q=${encodeURIComponent(q)}`)).text();
      const results = /<ol class="item-list">(.*?)<\/ol>/s.exec(html.slice(html.indexOf('class="search-results"')))?.[1] ?? '';
      return [...results.matchAll(/<li><a href="([^"]+)"/g)].map(([, href]) => href);
    };
    const listed = async (path: string) => [...(await (await get(path)).text()).matchAll(/<a href="([^"]*\/ask\/answers\/[^"]+)"/g)].map(([, href]) => href);
    try {
      const admin = await staffMember(db, t.app, '管理员');
      await admin.saveDraft(answer);
      expect((await admin.publish('answers', answer.slug)).status).toBe(200);
      // An older one: the list is newest first.
      await admin.saveDraft({ collection: 'answers', slug: 'older', title: '怎样办理残疾人证', question: '怎样办理残疾人证？', topic: 'other', answered: '2026-01-05', body: '到户籍所在地的县级残联申请。' });
      expect((await admin.publish('answers', 'older')).status).toBe(200);

      const pages = { 'zh-Hans': '残疾人乘公交车免费吗', 'zh-Hant': '殘疾人乘公交車免費嗎', en: 'Do disabled people ride buses for free?' };
      for (const [locale, title] of Object.entries(pages)) {
        const prefix = locale === 'zh-Hans' ? '' : `/${locale}`;
        const list = await get(`${prefix}/ask/answers/`);
        expect(list.status).toBe(200);
        expect(list.headers.get('Cache-Control')).toBe('no-cache');
        expect(text(await (await get(`${prefix}/ask/answers/`)).text())).toContain(title);
        expect(await listed(`${prefix}/ask/answers/`)).toEqual([`${prefix}/ask/answers/bus-fare/`, `${prefix}/ask/answers/older/`]);

        const page = await get(`${prefix}/ask/answers/${answer.slug}/`);
        expect(page.status).toBe(200);
        const html = await page.text();
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html.match(/<h1[ >]/g)).toHaveLength(1);
        expect(text(html)).toContain(title);
      }
      const hant = text(await (await get(`/zh-Hant/ask/answers/${answer.slug}/`)).text());
      expect(hant).toContain('持殘疾人證可以免費乘坐市內公交車。');
      const english = await (await get(`/en/ask/answers/${answer.slug}/`)).text();
      expect(english).toContain('<p>Yes, with a disability certificate.</p>\n<p>Show it when you board.</p>');
      expect(text(english)).toContain('Are buses free for disabled people?');
      // Not translated: the English page gives the Chinese, marked as such.
      expect(await (await get('/en/ask/answers/older/')).text()).toContain('lang="zh-Hans"');

      const sitemap = await (await get('/sitemap.xml')).text();
      for (const path of ['/ask/answers/bus-fare/', '/zh-Hant/ask/answers/bus-fare/', '/en/ask/answers/bus-fare/']) expect(sitemap).toContain(`<loc>https://example.test${path}</loc>`);
      expect(await found('/search/', '公交车免费')).toEqual(['/ask/answers/bus-fare/']);
      expect(await found('/zh-Hant/search/', '公交車免費')).toEqual(['/zh-Hant/ask/answers/bus-fare/']);
      expect(await found('/en/search/', 'disability certificate')).toEqual(['/en/ask/answers/bus-fare/']);
      const overlay = await (await get('/en/published.json')).json();
      expect(overlay.answers.map((entry: { slug: string }) => entry.slug)).toEqual(['bus-fare', 'older']);

      expect((await admin.withdraw('answers', answer.slug, { reason: '答复已过时' })).status).toBe(200);
      for (const prefix of ['', '/zh-Hant', '/en']) {
        const gone = await get(`${prefix}/ask/answers/${answer.slug}/`);
        expect(gone.status).toBe(410);
        expect(await listed(`${prefix}/ask/answers/`)).toEqual([`${prefix}/ask/answers/older/`]);
      }
      expect(await (await get('/sitemap.xml')).text()).not.toContain('bus-fare');
      expect(await found('/search/', '公交车免费')).toEqual([]);
      expect((await (await get('/published.json')).json()).withdrawn.answers).toEqual(['bus-fare']);

      await admin.withdraw('answers', 'older', { reason: '答复已过时' });
      expect(text(await (await get('/ask/answers/')).text())).toContain('还没有公开的答复。');
    } finally {
      writeFileSync(sitemapFile, builtSitemap);
      for (const file of indexes) rmSync(file, { force: true });
    }
  });
});
