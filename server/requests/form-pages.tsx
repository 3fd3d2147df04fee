import { type Context, Hono } from 'hono';
import type { VNode } from 'preact';
import { ErrorSummary, type FieldError } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { Page } from '../../src/components/Page/Page.tsx';
import { loadMessages, type Messages, useHref } from '../../src/i18n/index.ts';
import { type Locale, localePath, locales } from '../../src/i18n/locales.ts';
import { loadRequestMessages, type RequestMessages } from '../../src/requests/messages/index.ts';
import { CheckAnswersList } from '../../src/requests/form/CheckAnswersList.tsx';
import { type FormInput, RequestForm } from '../../src/requests/form/RequestForm.tsx';
import { formSteps, nextPath, REQUEST_PATH, stepOf, stepPath, type StepSlug } from '../../src/requests/form/steps.ts';
import { loadRequestRules, requestFields, validateFields, validateRequest } from '../../src/requests/rules/schema.ts';
import { IDEMPOTENCY_KEY_FIELD as KEY_FIELD, isUuid, limitBody, MAX_BODY_BYTES, readForm } from '../http/limits.ts';
import type { Database } from '../db/database.ts';
import { type RateLimiter } from '../http/rate-limit.ts';
import type { BuildAssets } from '../pages/assets.ts';
import { renderPage } from '../pages/render.tsx';
import { submitRequest, type SubmitOptions } from './submit.ts';
import { requestStepHref } from '../../src/addresses/addresses.ts';

/**
 * The request form without JavaScript: each step posts here, and the answer is the next step (or the same
 * step with its errors), rendered by the server's page renderer from the components the app uses. Answers of
 * earlier steps travel in hidden fields; nothing is stored until the check-answers page sends the request,
 * under a key made when the form started, so pressing "提交申请" twice still makes one request.
 */
export interface RequestFormOptions extends SubmitOptions {
  /** The build's stylesheet (server/pages/assets.ts); these pages load none of the app's scripts. */
  assets: BuildAssets;
  db: Database;
  now: () => Date;
  /** Shared with the API: sending without JavaScript is no way around the limit. */
  limiter: RateLimiter;
  clientAddress: (c: Context) => string;
}

/** Only the request's own fields and the key are carried: anything else posted is dropped. */
function answers(posted: Record<string, unknown>): { input: FormInput; key: string } {
  const input: FormInput = {};
  for (const field of requestFields) {
    const value = posted[field];
    if (typeof value === 'string' && value !== '') input[field] = value;
  }
  const key = isUuid(posted[KEY_FIELD]) ? posted[KEY_FIELD].toLowerCase() : crypto.randomUUID();
  return { input, key };
}

/** The texts a form page reads: the interface's and the request form's, in the page's language. */
interface Texts {
  t: Messages;
  r: RequestMessages;
}

/** One step with the answers so far, as src/requests/form/RequestStep.tsx shows it, and the key carried along. */
function StepPage({ slug, input, carried, errors, texts: { t, r } }: { slug: StepSlug; input: FormInput; carried: FormInput; errors: FieldError[]; texts: Texts }) {
  const index = formSteps.findIndex((step) => step.slug === slug);
  const text = r.request.steps[slug];
  return (
    <Page title={text.title} description={text.intro} trail={[{ href: REQUEST_PATH, label: t.nav.request }]} hasErrors={errors.length > 0}>
      <p class="caption">{r.request.stepOf(index + 1, formSteps.length)}</p>
      <ErrorSummary errors={errors} />
      <p>{text.intro}</p>
      <RequestForm slug={slug} input={input} errors={errors} enhanced={false} carried={carried} />
    </Page>
  );
}

/**
 * Every answer and the button that sends them, as src/requests/form/CheckAnswers.tsx shows them. An error links to
 * its step's section on this page: without JavaScript the step's own page would arrive without the answers.
 */
function CheckPage({ input, carried, errors, texts: { t, r } }: { input: FormInput; carried: FormInput; errors: FieldError[]; texts: Texts }) {
  return (
    <Page title={r.request.check.title} description={r.request.check.intro} trail={[{ href: REQUEST_PATH, label: t.nav.request }]} hasErrors={errors.length > 0}>
      <ErrorSummary errors={errors} href={(field) => `#check-${stepOf(field)}`} />
      <p>{r.request.check.intro}</p>
      <CheckAnswersList input={input} carried={carried} />
    </Page>
  );
}

/** The request has been stored: its reference and due date, each after its label in the page's own punctuation. */
function SentPage({ reference, dueDate, texts: { t, r } }: { reference: string; dueDate: string; texts: Texts }) {
  return (
    <Page title={r.requests.sentTitle} description={r.requests.keepReference} trail={[{ href: REQUEST_PATH, label: t.nav.request }]} addressable={false}>
      <div class="panel">
        <p>{r.requests.reference}{t.colon}<strong>{reference}</strong></p>
        <p>{r.requests.due}{t.colon}{dueDate}</p>
      </div>
      <p>{r.requests.keepReference}</p>
    </Page>
  );
}

/** A post the form cannot take (unreadable, too large): what happened and where to start again; nothing was stored. */
function RefusedPage({ title, text, texts: { t } }: { title: string; text: string; texts: Texts }) {
  const href = useHref();
  return (
    <Page title={title} description={text} trail={[{ href: REQUEST_PATH, label: t.nav.request }]} addressable={false}>
      <p>{text}</p>
      <p><a href={href(REQUEST_PATH)}>{t.nav.request}</a></p>
    </Page>
  );
}

/** The form's pages in each language: `/request/…`, `/zh-Hant/request/…`, `/en/request/…`. */
export function requestFormPages(options: RequestFormOptions): Hono {
  const pages = new Hono();
  for (const locale of locales) pages.route('/', requestFormPagesIn(locale, options));
  return pages;
}

/** One language's form pages, in its words, at its addresses. */
function requestFormPagesIn(locale: Locale, options: RequestFormOptions): Hono {
  const pages = new Hono();
  const texts = Promise.all([loadMessages(locale), loadRequestMessages(locale)]).then(([t, r]): Texts => ({ t, r }));
  /** The page at `path` (the step shown, whichever step was posted), never hydrated: the app would replace it with its draft. */
  const page = async (path: string, body: (texts: Texts) => VNode) => {
    const loaded = await texts;
    return renderPage(options.assets, { url: localePath(path, locale), messages: loaded.t, hydrate: false }, body(loaded));
  };

  const stepPage = (slug: StepSlug, input: FormInput, key: string, errors: FieldError[]) =>
    page(stepPath(slug), (loaded) => <StepPage slug={slug} input={input} carried={{ ...input, [KEY_FIELD]: key }} errors={errors} texts={loaded} />);

  const checkPage = (input: FormInput, key: string, errors: FieldError[]) =>
    page(stepPath('check'), (loaded) => <CheckPage input={input} carried={{ ...input, [KEY_FIELD]: key }} errors={errors} texts={loaded} />);

  const sentPage = (reference: string, dueDate: string) =>
    page(stepPath('check'), (loaded) => <SentPage reference={reference} dueDate={dueDate} texts={loaded} />);

  const refusedPage = (title: (r: RequestMessages) => string, text: (r: RequestMessages) => string) =>
    page(REQUEST_PATH, (loaded) => <RefusedPage title={title(loaded.r)} text={text(loaded.r)} texts={loaded} />);
  const tooLarge = async (c: Context) =>
    c.html(await refusedPage((r) => r.requests.tooLargeTitle, (r) => r.requests.tooLarge), 413, { 'Cache-Control': 'no-store' });

  pages.post(requestStepHref(':step', locale), limitBody(MAX_BODY_BYTES, tooLarge), async (c) => {
    const { r } = await texts;
    const slug = c.req.param('step') ?? '';
    // A body that cannot be read as a form (multipart without a boundary): 400, with where to start again.
    const posted = await readForm(c);
    if (!posted) {
      const body = await refusedPage((r) => r.requests.unreadableTitle, (r) => r.requests.unreadable);
      return c.html(body, 400, { 'Cache-Control': 'no-store', Connection: 'close' });
    }
    const { input, key } = answers(posted);
    const html = (body: string, status: 200 | 201 | 422 = 200) => c.html(body, status, { 'Cache-Control': 'no-store' });

    if (slug === 'check') {
      const decision = await options.limiter.take(options.clientAddress(c));
      if (!decision.allowed) {
        return c.html(await checkPage(input, key, [{ field: 'description', message: r.requests.tooMany(decision.retryAfterSeconds) }]), 429, {
          'Cache-Control': 'no-store',
          'Retry-After': String(decision.retryAfterSeconds),
        });
      }
      const result = await submitRequest(options.db, { key, body: { ...input, locale }, locale, now: options.now() }, options);
      if (result.kind === 'invalid') return html(await checkPage(input, key, result.errors), 422);
      if (result.kind === 'conflict') return html(await checkPage(input, crypto.randomUUID(), [{ field: 'description', message: r.requests.conflict }]), 422);
      return html(await sentPage(result.receipt.reference, result.receipt.dueDate), 201);
    }

    const step = formSteps.find((candidate) => candidate.slug === slug);
    if (!step) return c.notFound();
    // "修改" on the check page: show the step with its answers, nothing to correct yet.
    if (c.req.query('edit') !== undefined) return html(await stepPage(step.slug, input, key, []));
    await loadRequestRules(locale);
    const errors = validateFields(input, step.fields, locale);
    if (errors.length) return html(await stepPage(step.slug, input, key, errors), 422);
    const next = nextPath(step.slug);
    if (next === stepPath('check')) {
      const all = validateRequest({ ...input, locale }, locale);
      return html(await checkPage(input, key, all.ok ? [] : all.errors), all.ok ? 200 : 422);
    }
    return html(await stepPage(formSteps.find((candidate) => stepPath(candidate.slug) === next)!.slug, input, key, []));
  });

  return pages;
}
