import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { VNode } from 'preact';
import { askHref, askStatusHref } from '../../src/addresses/addresses.ts';
import { ErrorSummary, type FieldError } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { Page } from '../../src/components/Page/Page.tsx';
import { chinaDate } from '../../src/dates/china.ts';
import { loadMessages, type Messages, useHref } from '../../src/i18n/index.ts';
import { type Locale, localePath, locales } from '../../src/i18n/locales.ts';
import type { AnswerChannel, QuestionStatus } from '../../src/questions/contract.ts';
import { AskForm, type AskInput, AskIntro } from '../../src/questions/form/AskForm.tsx';
import AskPage from '../../src/questions/form/AskPage.tsx';
import { AskSent } from '../../src/questions/form/AskSent.tsx';
import { type AskMessages, loadAskMessages } from '../../src/questions/form/messages/index.ts';
import { type NameablePages, type NamedPage, namePage } from '../../src/questions/form/page-naming.ts';
import { questionFields } from '../../src/questions/rules.ts';
import type { Database } from '../db/database.ts';
import { IDEMPOTENCY_KEY_FIELD as KEY_FIELD, isUuid, limitBody, MAX_BODY_BYTES, readForm } from '../http/limits.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { readLists } from '../pages/build-lists.ts';
import { renderPage } from '../pages/render.tsx';
import { looksLikeReference } from '../requests/reference.ts';
import { sameHash, statusTokenHash } from '../requests/secrets.ts';
import { findQuestion, findQuestionTokenHash, questionStatus } from './repository.ts';
import { defaultQuestionOptions, type QuestionSubmitOptions, submitQuestion } from './submit.ts';

/**
 * The `/ask/` form without JavaScript (issue 17 point 1), as server/requests/form-pages.tsx is the request form's:
 * the form posts here (urlencoded), and the answer is the form again with its errors and everything typed, or the
 * confirmation with the reference. The question is stored once under the key the form carries in a hidden field,
 * made when the server rendered the form (`GET /ask/`), so sending twice or refreshing the post makes one
 * question. A person who chose to read the answer "on this phone" gets `/ask/status/<reference>/?token=…` to bookmark.
 * `GET /ask/` is rendered here too, with that key and the page `?page=` names, for the app to hydrate.
 */
export interface QuestionFormOptions {
  /** The build's stylesheet and script (server/pages/assets.ts). */
  assets: BuildAssets;
  /** Where the build's lists are (`dist/.vite/content-lists.json`): the titles that name a page. */
  distDir: string;
  db: Database;
  now: () => Date;
  /** Shared with the API: posting without JavaScript is no way around the limit. */
  limiter: RateLimiter;
  clientAddress: (c: Context) => string;
  questions?: QuestionSubmitOptions;
}

/** The fields a person fills, the page the form names, and the key: anything else posted is dropped. */
const FORM_FIELDS = questionFields.filter((field) => field !== 'locale');

function posted(body: Record<string, unknown>): { input: AskInput; key: string } {
  const input: AskInput = {};
  for (const field of FORM_FIELDS) {
    const value = body[field];
    if (typeof value === 'string' && value !== '') input[field] = value;
  }
  const key = isUuid(body[KEY_FIELD]) ? body[KEY_FIELD].toLowerCase() : crypto.randomUUID();
  return { input, key };
}

/** The hash of no token anyone holds, so an unknown reference takes the same work to refuse as a wrong token. */
const NO_SUCH_TOKEN = statusTokenHash(randomBytes(32).toString('base64url'));

interface Texts {
  t: Messages;
  a: AskMessages;
}

/** The form as posted, with its errors: the page the app shows, from the same components. */
function FormPage({ input, errors, named, carried, texts: { a } }: { input: AskInput; errors: FieldError[]; named?: NamedPage; carried: Record<string, string>; texts: Texts }) {
  return (
    <Page title={a.title} description={a.intro} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} />
      <AskIntro />
      <AskForm input={input} errors={errors} named={named} enhanced={false} carried={carried} />
    </Page>
  );
}

function SentPage({ reference, dueDate, answerBy, statusHref, texts: { a } }: { reference: string; dueDate: string; answerBy?: AnswerChannel; statusHref?: string; texts: Texts }) {
  return (
    <Page title={a.sent.title} description={a.sent.keepReference} addressable={false}>
      <AskSent reference={reference} dueDate={dueDate} answerBy={answerBy} statusHref={statusHref} />
    </Page>
  );
}

/** A question's progress and answer, read with its token, in the page's language. */
function StatusPage({ status, texts: { a } }: { status: QuestionStatus; texts: Texts }) {
  const href = useHref();
  const rows: [string, string][] = [
    [a.status.state, a.status[status.status]],
    [a.status.receivedAt, chinaDate(status.receivedAt)],
    ...(status.status === 'received' ? [[a.sent.due, status.dueDate] as [string, string]] : []),
    ...(status.answer ? [[a.status.answeredAt, chinaDate(status.answer.answeredAt)] as [string, string]] : []),
    ...(status.convertedTo ? [[a.status.request, status.convertedTo.reference], [a.status.requestDue, status.convertedTo.dueDate]] as [string, string][] : []),
  ];
  return (
    <Page title={a.status.title(status.reference)} description={a.status[status.status]} addressable={false}>
      <dl class="summary-list">
        {rows.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
      </dl>
      {status.answer && (
        <section>
          <h2 id="answer">{a.status.answer}</h2>
          {status.answer.text.split(/\n+/).map((line, i) => <p key={i}>{line}</p>)}
        </section>
      )}
      <p><a class="standalone-link" href={href(askHref())}>{a.sent.another}</a></p>
    </Page>
  );
}

/** A post the form cannot take (unreadable, too large): what happened and where to start again; nothing was stored. */
function RefusedPage({ title, text, texts: { a } }: { title: string; text: string; texts: Texts }) {
  const href = useHref();
  return (
    <Page title={title} description={text} addressable={false}>
      <p>{text}</p>
      <p><a class="standalone-link" href={href(askHref())}>{a.title}</a></p>
    </Page>
  );
}

/** The form's server pages in each language: `/ask/`, `/zh-Hant/ask/`, `/en/ask/`, and their status pages. */
export function questionFormPages(options: QuestionFormOptions): Hono {
  const pages = new Hono();
  const lists = readLists(options.distDir);
  for (const locale of locales) pages.route('/', questionFormPagesIn(locale, options, () => lists()?.[locale]));
  return pages;
}

function questionFormPagesIn(locale: Locale, options: QuestionFormOptions, lists: () => NameablePages | undefined): Hono {
  const pages = new Hono();
  const settings = options.questions ?? defaultQuestionOptions;
  const texts = Promise.all([loadMessages(locale), loadAskMessages(locale)]).then(([t, a]): Texts => ({ t, a }));
  const noPages: NameablePages = { guides: [], disclosure: [] };
  const formPath = askHref(undefined, locale);
  const page = async (path: string, body: (texts: Texts) => VNode, hydrate = false) => {
    const loaded = await texts;
    return renderPage(options.assets, { url: localePath(path, locale), messages: loaded.t, hydrate, suspensions: 1 }, body(loaded));
  };
  const formPage = (input: AskInput, key: string, errors: FieldError[]) => {
    const named = namePage(input.page, lists() ?? noPages);
    // A page the form did not name (the build wrote no lists) still travels with the question.
    const carried = { ...(!named && input.page ? { page: input.page } : {}), [KEY_FIELD]: key };
    return page(formPath, (loaded) => <FormPage input={input} errors={errors} named={named} carried={carried} texts={loaded} />);
  };
  const refused = async (c: Context, status: 400 | 413, which: 'unreadable' | 'tooLarge') => {
    const { a } = await texts;
    const body = await page(formPath, (loaded) => <RefusedPage title={a[`${which}Title`]} text={a[which]} texts={loaded} />);
    return c.html(body, status, { 'Cache-Control': 'no-store', Connection: 'close' });
  };

  // The form itself, with a key made for this visit in a hidden field, so that without JavaScript a second press or a
  // refresh of the post makes one question (a prerendered page could carry only one key for everyone); asked from a
  // guide or an item, that page named. Where the app runs it takes the page over (hydrated) and keeps a draft.
  pages.get(formPath, async (c) => {
    const loaded = await texts;
    const from = c.req.query('page');
    const named = from !== undefined && namePage(from, lists() ?? noPages);
    const html = await renderPage(
      options.assets,
      { url: named ? `${formPath}?page=${encodeURIComponent(from)}` : formPath, messages: loaded.t, hydrate: true, suspensions: 1 },
      <AskPage pages={lists() ?? noPages} idempotencyKey={crypto.randomUUID()} />,
    );
    // For this visit only: the service worker keeps the prerendered page for offline use, not this one (its key,
    // and the page it names, are this visit's).
    return c.html(html, 200, { 'Cache-Control': 'no-store' });
  });

  pages.post(formPath, limitBody(MAX_BODY_BYTES, (c) => refused(c, 413, 'tooLarge')), async (c) => {
    const body = await readForm(c);
    if (!body) return refused(c, 400, 'unreadable');
    const { input, key } = posted(body);
    const { a } = await texts;
    const html = (text: string, status: 201 | 422 | 429) => c.html(text, status, { 'Cache-Control': 'no-store' });
    const decision = await options.limiter.take(options.clientAddress(c));
    if (!decision.allowed) {
      return c.html(await formPage(input, key, [{ field: 'text', message: a.tooMany(decision.retryAfterSeconds) }]), 429, {
        'Cache-Control': 'no-store',
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    const result = await submitQuestion(options.db, { key, body: { ...input, locale }, locale, now: options.now() }, settings);
    if (result.kind === 'invalid') return html(await formPage(input, key, result.errors), 422);
    if (result.kind === 'conflict') return html(await formPage(input, crypto.randomUUID(), [{ field: 'text', message: a.conflict }]), 422);
    const { reference, dueDate, statusToken } = result.receipt;
    const answerBy = input.answerBy as AnswerChannel;
    const statusHref = answerBy === 'phone' ? askStatusHref(reference, statusToken, locale) : undefined;
    return html(await page(formPath, (loaded) => <SentPage reference={reference} dueDate={dueDate} answerBy={answerBy} statusHref={statusHref} texts={loaded} />), 201);
  });

  // The answer's page a person bookmarks: a wrong token and an unknown reference are the same not-found page.
  pages.get(localePath('/ask/status/:reference/', locale), async (c, next) => {
    const reference = c.req.param('reference') ?? '';
    const token = c.req.query('token') ?? '';
    const stored = looksLikeReference(reference) ? await findQuestionTokenHash(options.db, reference) : undefined;
    const matches = sameHash(statusTokenHash(token), stored ?? NO_SUCH_TOKEN);
    const found = stored !== undefined && matches && token !== '' ? await findQuestion(options.db, reference) : undefined;
    if (!found) return next();
    const status = questionStatus(found);
    const body = await page(`/ask/status/${reference}/`, (loaded) => <StatusPage status={status} texts={loaded} />);
    // Personal to the holder of the token: never kept by a cache, never sent on as a referrer.
    return c.html(body, 200, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex, nofollow' });
  });

  return pages;
}
