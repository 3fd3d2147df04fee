import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h, type VNode } from 'preact';
import { renderExample } from '../../components/test-examples.ts';
import { getDraft } from '../../requests/outbox/drafts.ts';
import { resetOutbox } from '../../requests/outbox/test-support.ts';
import DisclosureItem from '../../pages/DisclosureItem.tsx';
import Guide, { words as guidePageWords } from '../../pages/Guide.tsx';
import { loadPageWords } from '../../i18n/page-words.ts';
import { AskForm, type AskInput } from './AskForm.tsx';
import { keepQuestionDraft, type QuestionDraftRef, startingInput } from './draft.ts';
import { loadAskMessages } from './messages/index.ts';
import { namePage } from './page-naming.ts';

const pages = {
  guides: [{ slug: 'bus-pass', title: '残疾人免费乘车' }],
  disclosure: [{ slug: 'notice-2026-01', title: '关于2026年残疾人两项补贴的通知' }],
};

beforeAll(() => Promise.all([loadAskMessages('zh-Hans'), loadAskMessages('en'), loadPageWords({ words: guidePageWords }, 'en')]));

describe('namePage', () => {
  it('names a guide and a disclosure item by the site’s own titles, and chooses their topic', () => {
    expect(namePage('/guides/bus-pass/', pages)).toEqual({ page: '/guides/bus-pass/', title: '残疾人免费乘车', topic: 'guide' });
    expect(namePage('/disclosure/notice-2026-01/', pages)).toEqual({ page: '/disclosure/notice-2026-01/', title: '关于2026年残疾人两项补贴的通知', topic: 'disclosure' });
  });

  it('takes a page in another language as the same page, in its simplified-Chinese address', () => {
    expect(namePage('/en/guides/bus-pass/', pages)).toMatchObject({ page: '/guides/bus-pass/', topic: 'guide' });
    expect(namePage('/zh-Hant/disclosure/notice-2026-01/', pages)).toMatchObject({ page: '/disclosure/notice-2026-01/' });
  });

  it.each([
    ['an unknown guide', '/guides/no-such-guide/'],
    ['another site', '//evil.example/guides/bus-pass/'],
    ['a scheme', 'https://evil.example/guides/bus-pass/'],
    ['the staff console', '/staff/requests/'],
    ['a page that is not a guide or an item', '/accessibility/'],
    ['no page', undefined],
    ['a repeated query parameter', ['/guides/bus-pass/', '/x/']],
  ])('names nothing for %s', (_, query) => {
    expect(namePage(query, pages)).toBeUndefined();
  });
});

describe('startingInput', () => {
  const named = namePage('/guides/bus-pass/', pages);

  it('asks about the page the person came from, its topic chosen for them', () => {
    expect(startingInput({}, named)).toEqual({ page: '/guides/bus-pass/', topic: 'guide' });
  });

  it('keeps what the draft says, its topic too, and asks about the page they came from now', () => {
    const draft = { topic: 'accessibility', text: '字太小', page: '/disclosure/notice-2026-01/' };
    expect(startingInput(draft, named)).toEqual({ topic: 'accessibility', text: '字太小', page: '/guides/bus-pass/' });
  });

  it('names no page when the form was opened without one', () => {
    expect(startingInput({ text: '字太小', page: '/guides/bus-pass/' }, undefined)).toEqual({ text: '字太小' });
  });
});

/** The form as the server or the prerenderer renders it. */
const form = (input: AskInput, enhanced: boolean, url = '/ask/') =>
  renderExample({ element: h(AskForm, { input, errors: [], enhanced, named: namePage('/guides/bus-pass/', pages) }) as VNode, url }).html;

describe('AskForm', () => {
  it('reveals a required e-mail address under “电子邮件” once it is chosen, GOV.UK style', () => {
    const html = form({ answerBy: 'email' }, true);
    expect(html).toMatch(/value="email" checked[^>]*\/><label[^>]*>电子邮件<\/label><div class="radios__conditional">.*<label class="label" for="contact">电子邮件地址<\/label>/);
    expect(html).toMatch(/<input class="input" id="contact" name="contact" type="email"[^>]* required/);
    // One field named contact, not two.
    expect(html.match(/name="contact"/g)).toHaveLength(1);
  });

  it('asks for an optional contact otherwise', () => {
    const html = form({ answerBy: 'phone' }, true);
    expect(html).not.toContain('radios__conditional');
    expect(html).toContain('<label class="label" for="contact">联系方式（选填）</label>');
    expect(html).not.toMatch(/id="contact"[^>]* required/);
  });

  it('without the app, has one contact field whose hint says when it is needed', () => {
    const html = form({ answerBy: 'email' }, false);
    expect(html).not.toContain('radios__conditional');
    expect(html).toContain('<label class="label" for="contact">电子邮件地址或电话号码</label>');
    expect(html).toContain('选择用电子邮件收到答复时必填');
  });

  it('says what page the question is about, sends that page, and posts to the form in its language', () => {
    const html = form({}, true, '/en/ask/');
    expect(html).toContain('<form method="post" action="/en/ask/" novalidate>');
    expect(html).toContain('About: 残疾人免费乘车');
    expect(html).toContain('<input type="hidden" name="page" value="/guides/bus-pass/"/>');
  });
});

describe('keepQuestionDraft', () => {
  beforeEach(resetOutbox);

  it('keeps every keystroke in the phone’s question draft, with the page it is about', async () => {
    const ref: QuestionDraftRef = { current: undefined };
    expect(await keepQuestionDraft(ref, { page: '/guides/bus-pass/', topic: 'guide', text: '残' })).toBe(true);
    expect(await keepQuestionDraft(ref, { page: '/guides/bus-pass/', topic: 'guide', text: '残疾人' })).toBe(true);
    expect(await getDraft(await ref.current!)).toMatchObject({ input: { page: '/guides/bus-pass/', topic: 'guide', text: '残疾人' }, step: 'ask' });
  });

  it('without IndexedDB, says the draft is not kept, and never rejects', async () => {
    // @ts-expect-error: some browsers' private modes have no indexedDB
    delete globalThis.indexedDB;
    const ref: QuestionDraftRef = { current: undefined };
    expect(await keepQuestionDraft(ref, { text: '残' })).toBe(false);
    expect(await keepQuestionDraft(ref, { text: '残疾' })).toBe(false);
  });
});

describe('the link to the form from a guide and a disclosure item', () => {
  const guideItem = {
    slug: 'bus-pass', title: 'Free bus travel', summary: 's', order: 1, lang: 'en', updated: '2026-12-01',
    eligibility: ['e'], bring: ['b'], steps: ['s'], legalBasis: ['l'], html: '',
  } as unknown as Parameters<typeof Guide>[0]['item'];
  const item = {
    slug: 'notice-2026-01', title: '通知', summary: 's', category: 'notices', date: '2026-01-05', lang: 'zh-Hans', issuer: '市残联', html: '<p>x</p>', attachments: [],
  } as unknown as Parameters<typeof DisclosureItem>[0]['item'];

  it('ends a guide’s page with the form’s address naming the guide, in the page’s language', () => {
    const html = renderExample({ element: h(Guide, { item: guideItem }) as VNode, url: '/en/guides/bus-pass/' }).html;
    expect(html).toMatch(/<p data-read-aloud-skip><a class="standalone-link" href="\/en\/ask\/\?page=%2Fguides%2Fbus-pass%2F">A question or suggestion about this page\?<\/a><\/p>/);
  });

  it('ends a disclosure item’s page with it too', () => {
    const html = renderExample({ element: h(DisclosureItem, { item }) as VNode, url: '/disclosure/notice-2026-01/' }).html;
    expect(html).toMatch(/<p data-read-aloud-skip><a class="standalone-link" href="\/ask\/\?page=%2Fdisclosure%2Fnotice-2026-01%2F">对这一页有疑问或建议？<\/a><\/p>/);
  });
});
