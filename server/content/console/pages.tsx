import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { contentReview } from '../../../src/config/site.ts';
import type { FieldError } from '../../../src/requests/contract.ts';
import { disclosureHref, guideHref, staffAnswerFromQuestionHref, staffContentHref, staffContentItemHref, staffContentNewHref, staffPreviewCheckHref } from '../../../src/addresses/addresses.ts';
import { locales } from '../../../src/i18n/locales.ts';
import type { BuildAssets } from '../../pages/assets.ts';
import { publishedPage } from '../public-pages.tsx';
import { multipartReply } from '../../files/multipart.ts';
import { FILES_FIELD, uploadMessages } from '../../files/uploads.ts';
import { limitBody, MAX_BODY_BYTES } from '../../http/limits.ts';
import { formBody } from '../../http/validate.ts';
import { chinaDate } from '../../requests/due-date.ts';
import { sameOriginPosts, type StaffEnv } from '../../staff/auth.ts';
import type { StaffConsole } from '../../staff/console.ts';
import { staffHtml } from '../../staff/layout.tsx';
import { rolesOf } from '../../staff/roles.ts';
import { staffText } from '../../staff/text.ts';
import {
  attachToDraft, type CheckContent, type ContentContext, type ContentResult, itemView, publish, removeFromDraft, restoreVersion, saveDraft, withdraw,
} from '../actions.ts';
import { type Collection, collections, readDraft, SLUG } from '../fields.ts';
import { publishedCounts } from '../public.ts';
import { readShipped } from '../shipped.ts';
import { draftFromQuestion } from '../answers.ts';
import { findItem, itemAudit, itemVersions } from '../store.ts';
import { draftInput, fieldId, formSchema, formValues, type FormValues, shownErrors } from './form.ts';
import { isAdministrator, listItems, staffName, staffWithRole, untouchedShipped } from './store.ts';
import { draftAsPublished, previewCheckScript } from './preview.tsx';
import { consoleText as t } from './text.ts';
import { ContentHomePage, ContentMessagePage, DraftFormPage, ItemPage } from './views.tsx';

export interface ContentConsoleOptions {
  staffConsole: StaffConsole;
  /** The build's assets: a draft's preview is the published page, rendered as server/content/public-pages.tsx does. */
  assets: BuildAssets;
  /** The authoring checks a publish must pass (server/content/checks/, as server/app.ts gives them). */
  check?: CheckContent;
  /** Where the shipped Markdown files are; default src/content. */
  shippedDir?: string;
}

/**
 * A draft form's urlencoded body: the longest body (server/content/fields.ts MAX_BODY, 100,000 characters) is up to
 * 9 bytes a character once a browser percent-encodes Chinese, and the English version may be as long again.
 */
export const MAX_DRAFT_FORM_BYTES = 2 * 1024 * 1024;

const STEP_FIELDS = new Set(['decision', 'comment', 'confidentialityChecked']);
const stepForm = v.object({ direct: v.optional(v.string()), decision: v.optional(v.string()), comment: v.optional(v.string()), confidentialityChecked: v.optional(v.string()) });
const withdrawForm = v.object({ reason: v.optional(v.string()) });
const positive = (text: string | undefined) => (text && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : undefined);

/**
 * The publishing console under /staff/content/ (issue 14 points 1, 2, 6, 7): server-rendered HTML forms, no script,
 * never cached, on the actions the integration API uses (server/content/actions.ts), so a page and the API cannot
 * disagree. Mounted after the console's pages, whose sign-in check and cross-site refusal it repeats to stand alone.
 * - `GET /staff/content/`: the home (figures, the items by state);
 * - `GET|POST new/<collection>/`, `GET|POST <collection>/<slug>/edit/`: the draft form (`saveDraft`);
 * - `GET <collection>/<slug>/`: the item's page; its forms post to `publish/` (a step, or an administrator's publish
 *   without review), `files/` (multipart), `files/<id>/remove/`, `versions/<n>/restore/`, `withdraw/`;
 * - `GET <collection>/<slug>/preview/<locale>/`: the draft as its published page, never indexed, which the item's
 *   page frames and checks with axe (`preview-check.js`, and `axe.js` mounted apart: ./preview.tsx).
 * A post refused answers its page again with what is wrong: 422 per field (a publish the authoring checks refuse
 * shows the draft's form with each problem linked to its field), 409, 403, 404.
 */
export function contentConsolePages(options: ContentConsoleOptions): Hono<StaffEnv> {
  const { staffConsole } = options;
  const { db, now } = staffConsole.options;
  const review = contentReview;
  const pages = new Hono<StaffEnv>();
  const page = (c: Context, element: preact.JSX.Element, status?: 200 | 400 | 403 | 404 | 409 | 413 | 422) => staffHtml(c, element, staffConsole.frame(c), status);
  const message = (c: Context, title: string, text: string, status: 400 | 403 | 404 | 413) => page(c, <ContentMessagePage title={title} text={text} />, status);
  const notFound = (c: Context) => message(c, t.notFound.title, t.notFound.text, 404);
  const unreadable = (c: Context) => message(c, staffText.errors.unreadableFormTitle, staffText.errors.unreadableForm, 400);
  const context = (c: Context<StaffEnv>): ContentContext => ({
    ...staffConsole.actionContext(c),
    review,
    ...(options.check && { check: options.check }),
    ...(options.shippedDir && { shippedDir: options.shippedDir }),
  });
  const limit = (bytes: number) => limitBody(bytes, (c) => message(c, staffText.errors.unreadableFormTitle, staffText.errors.unreadableForm, 413));

  pages.use(`${staffContentHref}*`, sameOriginPosts((c) => message(c, staffText.signIn.title, staffText.signIn.crossSite, 403)));
  pages.use(`${staffContentHref}*`, staffConsole.requireStaff);
  pages.get(staffContentHref.slice(0, -1), (c) => c.redirect(staffContentHref, 301));

  pages.get(staffContentHref, async (c) => {
    const today = chinaDate(now());
    const year = Number(today.slice(0, 4));
    const [counts, items, shipped] = await Promise.all([publishedCounts(db, year, today), listItems(db, review), untouchedShipped(db, options.shippedDir)]);
    return page(c, <ContentHomePage counts={counts} month={Number(today.slice(5, 7))} items={items} shipped={shipped} />);
  });

  pages.get(staffPreviewCheckHref, async () => new Response(await previewCheckScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }));

  // ---- The item's page ----
  const itemPage = async (
    c: Context<StaffEnv>,
    collection: Collection,
    slug: string,
    extra: { errors?: FieldError[]; values?: FormValues; refused?: string; warnings?: FieldError[]; status?: 200 | 403 | 409 | 422 } = {},
  ) => {
    const item = await findItem(db, collection, slug);
    if (!item) return notFound(c);
    const me = c.get('staff');
    const [view, versions, audit, roles, writerName] = await Promise.all([
      itemView(db, item, review),
      itemVersions(db, item.id),
      itemAudit(db, item.id),
      rolesOf(db, me.id, review),
      staffName(db, item.writerId),
    ]);
    const next = view.nextStep;
    const already = view.steps.find((step) => step.staffId === me.id)?.step;
    const offer = next && {
      mine: roles.has(next.role) && already === undefined,
      ...(already !== undefined && roles.has(next.role) && { already }),
      who: await staffWithRole(db, next.role, view.steps.map((step) => step.staffId)),
    };
    const done = c.req.query('done');
    return page(
      c,
      <ItemPage
        view={view} review={review} writerName={writerName ?? ''} administrator={isAdministrator(roles)} offer={offer} versions={versions} audit={audit}
        done={done} errors={extra.errors} values={extra.values} refused={extra.refused} warnings={extra.warnings}
      />,
      extra.status,
    );
  };

  /** The draft's form with `errors` and `warnings`: a save refused, or a publish the checks refused. */
  const formPage = (c: Context, collection: Collection, slug: string | undefined, values: FormValues, errors: FieldError[], more: { warnings?: FieldError[]; refusedPublish?: boolean; status?: 200 | 403 | 422 } = {}) =>
    page(
      c,
      <DraftFormPage
        collection={collection} slug={slug} values={values} errors={shownErrors(collection, errors)} warnings={more.warnings && shownErrors(collection, more.warnings)}
        refusedPublish={more.refusedPublish} action={slug ? `${staffContentItemHref(collection, slug)}edit/` : staffContentNewHref(collection)}
      />,
      more.status ?? (errors.length > 0 ? 422 : 200),
    );

  /** After an action: back to the item's page saying what was done, or the page again with what is wrong. */
  const answer = (c: Context<StaffEnv>, collection: Collection, slug: string, result: ContentResult<unknown>, done: string, values: FormValues = {}) => {
    switch (result.kind) {
      case 'done':
        return c.redirect(`${staffContentItemHref(collection, slug)}?done=${done}`, 303);
      case 'invalid':
        return itemPage(c, collection, slug, { errors: result.errors, values, status: 422 });
      case 'refused':
        return itemPage(c, collection, slug, { refused: result.message, values, status: 409 });
      case 'forbidden':
        return itemPage(c, collection, slug, { refused: result.message, values, status: 403 });
      case 'not-found':
        return notFound(c);
    }
  };

  /**
   * An answered question made a published answer's draft (issue 17 point 3, ../answers.ts), from the question's page
   * (server/staff/answer-button.tsx): the draft's form next, for staff to check the title and the text.
   */
  pages.post(staffAnswerFromQuestionHref(':reference'), async (c) => {
    const reference = c.req.param('reference') ?? '';
    if (!/^[A-Z0-9-]{1,40}$/.test(reference)) return notFound(c);
    const result = await draftFromQuestion(context(c), reference);
    const refusal = (text: string, status: 403 | 409 | 422) => page(c, <ContentMessagePage title={t.fromQuestion.refusedTitle} text={text} />, status);
    switch (result.kind) {
      case 'done':
        return c.redirect(`${staffContentItemHref('answers', result.value.slug)}?done=drafted`, 303);
      case 'invalid':
        return refusal(result.errors.map((error) => error.message).join('；'), 422);
      case 'refused':
        return refusal(result.message, 409);
      case 'forbidden':
        return refusal(result.message, 403);
      case 'not-found':
        return notFound(c);
    }
  });

  for (const collection of collections) {
    const item = `${staffContentHref}${collection}/:slug/`;
    const slugOf = (c: Context) => {
      const slug = c.req.param('slug') ?? '';
      return SLUG.test(slug) ? slug : undefined;
    };
    const draftForm = formBody(formSchema(collection), unreadable);

    /** Checks the form's values and saves them as the draft of `slug`; the item's page, or the form with errors. */
    const save = async (c: Context<StaffEnv>, slug: string, values: FormValues, isNew: boolean) => {
      const { input, errors } = draftInput(collection, slug, values);
      const read = readDraft(input);
      const all = [...errors, ...('errors' in read ? read.errors.filter((error) => !errors.some((own) => own.field === error.field)) : [])];
      if (isNew && SLUG.test(slug) && ((await findItem(db, collection, slug)) || readShipped(collection, slug, options.shippedDir))) all.unshift({ field: 'slug', message: t.edit.slugTaken });
      if (all.length > 0) return formPage(c, collection, isNew ? undefined : slug, values, all);
      const result = await saveDraft(context(c), input);
      if (result.kind === 'done') return c.redirect(`${staffContentItemHref(collection, slug)}?done=saved`, 303);
      if (result.kind === 'invalid') return formPage(c, collection, isNew ? undefined : slug, values, result.errors);
      // No writer's role: said above the form (`#field-form`), what was typed kept.
      if (result.kind === 'forbidden' || result.kind === 'refused') return formPage(c, collection, isNew ? undefined : slug, values, [{ field: 'form', message: result.message }], { status: 403 });
      return notFound(c);
    };

    pages.get(staffContentNewHref(collection), (c) => formPage(c, collection, undefined, {}, []));
    pages.post(staffContentNewHref(collection), limit(MAX_DRAFT_FORM_BYTES), draftForm, (c) => {
      const { values } = c.req.valid('form');
      return save(c, (values[fieldId('slug')] ?? '').trim(), values, true);
    });

    pages.get(item, (c) => {
      const slug = slugOf(c);
      return slug ? itemPage(c, collection, slug) : notFound(c);
    });
    pages.get(`${item}preview/:locale/`, async (c) => {
      const slug = slugOf(c);
      const locale = locales.find((candidate) => candidate === c.req.param('locale'));
      const found = slug && locale && (await findItem(db, collection, slug));
      if (!found || !locale) return notFound(c);
      // At the address it will have, so the page's frame (navigation, language switch) is the published one's.
      const url = (collection === 'disclosure' ? disclosureHref : guideHref)(found.slug, locale);
      const preview = await draftAsPublished(db, found, now());
      if ('errors' in preview) return page(c, <ContentMessagePage title={t.preview.unfinishedTitle} text={t.preview.unfinishedText(preview.errors.map((error) => error.message))} />, 409);
      const html = await publishedPage(options.assets, preview, locale, url, true);
      return c.html(html, 200, { 'X-Robots-Tag': 'noindex, nofollow' });
    });
    pages.get(`${item}edit/`, async (c) => {
      const slug = slugOf(c);
      if (!slug) return notFound(c);
      // An item shipped as a file and not yet edited is edited from its file: saving imports it first.
      const draft = (await findItem(db, collection, slug)) ?? readShipped(collection, slug, options.shippedDir);
      return draft ? formPage(c, collection, slug, formValues(collection, slug, draft), []) : notFound(c);
    });
    pages.post(`${item}edit/`, limit(MAX_DRAFT_FORM_BYTES), draftForm, (c) => {
      const slug = slugOf(c);
      return slug ? save(c, slug, c.req.valid('form').values, false) : notFound(c);
    });

    pages.post(`${item}publish/`, limit(MAX_BODY_BYTES), formBody(stepForm, unreadable), async (c) => {
      const slug = slugOf(c);
      if (!slug) return notFound(c);
      const { values } = c.req.valid('form');
      const me = c.get('staff');
      const direct = values.direct === 'yes';
      if (direct && !isAdministrator(await rolesOf(db, me.id, review))) return itemPage(c, collection, slug, { refused: t.item.directForbidden, status: 403 });
      const input = direct
        ? {}
        : {
            ...(values.decision !== undefined && { decision: values.decision }),
            ...(values.comment !== undefined && { comment: values.comment }),
            confidentialityChecked: values.confidentialityChecked === 'yes',
          };
      const result = await publish(context(c), collection, slug, input);
      if (result.kind === 'invalid' && !result.errors.every((error) => STEP_FIELDS.has(error.field))) {
        // The draft's fields or the authoring checks refused the publish: the form, each problem linked to its field.
        const found = await findItem(db, collection, slug);
        if (!found) return notFound(c);
        return formPage(c, collection, slug, formValues(collection, slug, found), result.errors, { warnings: result.warnings ?? [], refusedPublish: true, status: 422 });
      }
      if (result.kind === 'done' && result.value.warnings && result.value.warnings.length > 0) {
        // Published with warnings: said on the page now, not lost in a redirect.
        return itemPage(c, collection, slug, { warnings: shownErrors(collection, result.value.warnings) });
      }
      const done = result.kind === 'done' ? (result.value.published ? 'published' : values.decision === 'send-back' ? 'sent-back' : 'signed-off') : '';
      return answer(c, collection, slug, result, done, values);
    });

    pages.post(
      `${item}files/`,
      multipartReply(
        async (c, post) => {
          const slug = slugOf(c);
          if (!slug) return notFound(c);
          const staffContext = c as Context<StaffEnv>;
          if (post.uploads.length === 0) return itemPage(staffContext, collection, slug, { errors: [{ field: FILES_FIELD, message: t.item.noFileChosen }], status: 422 });
          return answer(staffContext, collection, slug, await attachToDraft(context(staffContext), collection, slug, post.uploads), 'attached');
        },
        { tooLarge: (c) => message(c, staffText.errors.unreadableFormTitle, uploadMessages.bodyTooLarge, 413), unreadable },
      ),
      unreadable,
    );
    pages.post(`${item}files/:id/remove/`, async (c) => {
      const slug = slugOf(c);
      const id = positive(c.req.param('id'));
      if (!slug || id === undefined) return notFound(c);
      return answer(c, collection, slug, await removeFromDraft(context(c), collection, slug, id), 'removed');
    });
    pages.post(`${item}versions/:number/restore/`, async (c) => {
      const slug = slugOf(c);
      const number = positive(c.req.param('number'));
      if (!slug || number === undefined) return notFound(c);
      return answer(c, collection, slug, await restoreVersion(context(c), collection, slug, number), 'restored');
    });
    pages.post(`${item}withdraw/`, limit(MAX_BODY_BYTES), formBody(withdrawForm, unreadable), async (c) => {
      const slug = slugOf(c);
      if (!slug) return notFound(c);
      const { values } = c.req.valid('form');
      return answer(c, collection, slug, await withdraw(context(c), collection, slug, { reason: values.reason ?? '' }), 'withdrawn', values);
    });
  }
  return pages;
}
