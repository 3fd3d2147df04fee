import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ComponentChildren } from 'preact';
import { render as renderToString } from 'preact-render-to-string';
import { ErrorSummary, type FieldError } from '../../src/components/ErrorSummary/ErrorSummary.tsx';
import { withoutAppScripts } from '../pages/without-app-scripts.ts';
import { loadMessages, type Messages, MessagesContext } from '../../src/i18n/index.ts';
import { type Locale, localePath, locales } from '../../src/i18n/locales.ts';
import { loadRequestMessages } from '../../src/requests/messages/index.ts';
import { CheckAnswersList } from '../../src/requests/form/CheckAnswersList.tsx';
import { type FormInput, RequestForm } from '../../src/requests/form/RequestForm.tsx';
import { formSteps, nextPath, stepOf, stepPath, type StepSlug } from '../../src/requests/form/steps.ts';
import { requestFields, validateFields, validateRequest } from '../../src/requests/rules/schema.ts';
import { IDEMPOTENCY_KEY_FIELD as KEY_FIELD, isUuid, MAX_BODY_BYTES } from '../http/limits.ts';
import type { Database } from '../db/database.ts';
import { type RateLimiter } from '../http/rate-limit.ts';
import { submitRequest, type SubmitOptions } from './submit.ts';

/**
 * The request form without JavaScript: each step posts here, and the answer is the next step (or the same
 * step with its errors) rendered from the same components the app uses, into the prerendered page. Answers of
 * earlier steps travel in hidden fields; nothing is stored until the check-answers page sends the request,
 * under a key made when the form started, so pressing "提交申请" twice still makes one request.
 */
export interface RequestFormOptions extends SubmitOptions {
  distDir: string;
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

/** The prerendered page with the app's scripts removed: this answer is for a browser that is not running them. */
async function template(distDir: string, path: string): Promise<string> {
  const html = await readFile(join(distDir, path, 'index.html'), 'utf8');
  return withoutAppScripts(html);
}

function withErrorsInTitle(html: string, hasErrors: boolean, t: Messages): string {
  return hasErrors ? html.replace('<title>', `<title>${t.errorPrefix}`) : html;
}

const afterHeading = (html: string, insert: string) => html.replace('</h1>', `</h1>${insert}`);

/** The form's pages in each language: `/request/…`, `/zh-Hant/request/…`, `/en/request/…`. */
export function requestFormPages(options: RequestFormOptions): Hono {
  const pages = new Hono();
  for (const locale of locales) pages.route(localePath('/', locale).replace(/\/$/, ''), requestFormPagesIn(locale, options));
  return pages;
}

/** One language's form pages: the prerendered page of that language, with the parts rendered in its words. */
function requestFormPagesIn(locale: Locale, options: RequestFormOptions): Hono {
  const pages = new Hono();
  const messages = Promise.all([loadMessages(locale), loadRequestMessages(locale)]);
  const page = (path: string) => template(options.distDir, localePath(path, locale));
  const renderIn = (shell: Messages, node: ComponentChildren) =>
    renderToString(<MessagesContext.Provider value={shell}>{node}</MessagesContext.Provider>);

  const stepPage = async (slug: StepSlug, input: FormInput, key: string, errors: FieldError[]) => {
    const [shell] = await messages;
    const html = await page(stepPath(slug));
    const form = renderIn(shell, <RequestForm slug={slug} input={input} errors={errors} enhanced={false} carried={{ ...input, [KEY_FIELD]: key }} />);
    const filled = afterHeading(html.replace(/<form[\s\S]*?<\/form>/, form), renderIn(shell, <ErrorSummary errors={errors} />));
    return withErrorsInTitle(filled, errors.length > 0, shell);
  };

  const checkPage = async (input: FormInput, key: string, errors: FieldError[]) => {
    const [shell] = await messages;
    const html = await page(stepPath('check'));
    const list = renderIn(shell, <CheckAnswersList input={input} carried={{ ...input, [KEY_FIELD]: key }} />);
    const summary = renderIn(shell, <ErrorSummary errors={errors} href={(field) => `#check-${stepOf(field)}`} />);
    const filled = afterHeading(html.replace(/<form[\s\S]*?<\/form>/, list), summary);
    return withErrorsInTitle(filled, errors.length > 0, shell);
  };

  const sentPage = async (reference: string, dueDate: string) => {
    const [, t] = await messages;
    const html = await page(stepPath('check'));
    const main = renderToString(
      <>
        <h1 class="page-title">{t.requests.sentTitle}</h1>
        <div class="panel">
          <p>{t.requests.reference}：<strong>{reference}</strong></p>
          <p>{t.requests.due}：{dueDate}</p>
        </div>
        <p>{t.requests.keepReference}</p>
      </>,
    );
    return html
      .replace(/(<main\b[^>]*>)[\s\S]*<\/main>/, `$1${main}</main>`)
      .replace(/<title>[^<]*/, `<title>${t.requests.sentTitle}`);
  };

  pages.post('/request/:step/', bodyLimit({ maxSize: MAX_BODY_BYTES }), async (c) => {
    const [, t] = await messages;
    const slug = c.req.param('step');
    const { input, key } = answers(await c.req.parseBody());
    const html = (body: string, status: 200 | 201 | 422 = 200) => c.html(body, status, { 'Cache-Control': 'no-store' });

    if (slug === 'check') {
      const decision = options.limiter.take(options.clientAddress(c));
      if (!decision.allowed) {
        return c.html(await checkPage(input, key, [{ field: 'description', message: t.requests.tooMany(decision.retryAfterSeconds) }]), 429, {
          'Cache-Control': 'no-store',
          'Retry-After': String(decision.retryAfterSeconds),
        });
      }
      const result = await submitRequest(options.db, { key, body: { ...input, locale }, locale, now: options.now() }, options);
      if (result.kind === 'invalid') return html(await checkPage(input, key, result.errors), 422);
      if (result.kind === 'conflict') return html(await checkPage(input, crypto.randomUUID(), [{ field: 'description', message: t.requests.conflict }]), 422);
      return html(await sentPage(result.receipt.reference, result.receipt.dueDate), 201);
    }

    const step = formSteps.find((candidate) => candidate.slug === slug);
    if (!step) return c.notFound();
    // "修改" on the check page: show the step with its answers, nothing to correct yet.
    if (c.req.query('edit') !== undefined) return html(await stepPage(step.slug, input, key, []));
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
