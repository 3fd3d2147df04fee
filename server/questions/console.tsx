/**
 * The online mailbox in the staff console (`/staff/questions/…`, issue 17 point 2): the list by age, a question's
 * page with its answer form, and turning it into a disclosure request. Server-rendered HTML, no script; each post
 * redirects to the question's page when done (303), else answers with the form again, the typed text kept: 422 for
 * what is wrong with it, 409 for an action the question no longer allows, 404 for no such question. Each action is
 * server/questions/actions.ts's, one transaction with its audit entry. Any signed-in staff member may act, as on a
 * request (server/staff/roles.ts gives roles only to the content review steps). Mounted after the console's pages,
 * whose sign-in check and cross-site refusal it repeats so that it stands on its own.
 */
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { mailbox, site } from '../../src/config/site.ts';
import type { FieldError } from '../../src/requests/contract.ts';
import { isStorableText } from '../../src/requests/rules/characters.ts';
import { staffQuestionActionHref, staffQuestionHref, staffQuestionsHref } from '../../src/addresses/addresses.ts';
import { limitBody, MAX_BODY_BYTES } from '../http/limits.ts';
import { formBody } from '../http/validate.ts';
import { questionMail } from '../mail/outbox.ts';
import { chinaDate } from '../requests/due-date.ts';
import { looksLikeReference } from '../requests/reference.ts';
import { sameOriginPosts, type StaffEnv } from '../staff/auth.ts';
import type { StaffConsole } from '../staff/console.ts';
import { staffHtml } from '../staff/layout.tsx';
import { staffText } from '../staff/text.ts';
import { answerQuestion, convertToRequest, type ListedQuestion, listQuestions, markDue } from './actions.ts';
import { mailboxText as t } from './console-text.ts';
import { ConvertPage, type FormValues, MailboxMessagePage, QuestionListPage, QuestionPage } from './console-views.tsx';
import { findQuestion, questionAudit } from './repository.ts';

const text = (multiline = false) => v.optional(v.pipe(v.string(t.errors.notText), v.check((value) => isStorableText(value, multiline), staffText.errors.characters)));

/** The answer form's one field. */
export const answerBody = v.object({ answer: text(true) });

/** The fields of a request the conversion form asks (src/requests/rules/schema.ts checks them). */
const convertFields = ['description', 'applicantType', 'name', 'idType', 'idNumber', 'organisationKind', 'organisationCode', 'phone', 'email', 'address', 'delivery', 'format'] as const;
export const convertBody = v.object(Object.fromEntries(convertFields.map((field) => [field, text(field === 'description')])) as Record<(typeof convertFields)[number], ReturnType<typeof text>>);

const limit = limitBody(MAX_BODY_BYTES, (c) => c.text('Content Too Large', 413, { 'Cache-Control': 'no-store' }));

export interface MailboxPagesOptions {
  staffConsole: StaffConsole;
  /** Working days to answer a question in: site's `mailbox.answerWorkingDays` (the list's words only; the due date is stored). */
  answerWorkingDays?: number;
}

export function mailboxPages(options: MailboxPagesOptions): Hono<StaffEnv> {
  const { staffConsole } = options;
  const { db, now } = staffConsole.options;
  const pages = new Hono<StaffEnv>();
  const page = (c: Context, element: preact.JSX.Element, status?: 200 | 400 | 403 | 404 | 409 | 422) => staffHtml(c, element, staffConsole.frame(c), status);
  const message = (c: Context, title: string, body: string, status: 400 | 403 | 404) => page(c, <MailboxMessagePage title={title} text={body} />, status);
  const notFound = (c: Context) => message(c, t.errors.title, t.errors.notFound, 404);
  const unreadable = (c: Context) => message(c, staffText.errors.unreadableFormTitle, staffText.errors.unreadableForm, 400);

  pages.use(`${staffQuestionsHref}*`, sameOriginPosts((c) => message(c, staffText.signIn.title, staffText.signIn.crossSite, 403)));
  pages.use(`${staffQuestionsHref}*`, staffConsole.requireStaff);
  pages.get(staffQuestionsHref.slice(0, -1), (c) => c.redirect(staffQuestionsHref, 301));

  pages.get(staffQuestionsHref, async (c) =>
    page(c, <QuestionListPage questions={await listQuestions(db, now())} answerWorkingDays={options.answerWorkingDays ?? mailbox.answerWorkingDays} />),
  );

  /** The question as listed now (overdue or not), or undefined. */
  const findListed = async (reference: string): Promise<ListedQuestion | undefined> => {
    const question = looksLikeReference(reference) ? await findQuestion(db, reference) : undefined;
    return question && markDue(question, chinaDate(now()));
  };

  const questionPage = async (c: Context<StaffEnv>, question: ListedQuestion, form: { values?: FormValues; errors?: FieldError[]; refused?: string } = {}, status?: 200 | 409 | 422) => {
    const [audit, mails] = await Promise.all([questionAudit(db, question.id), questionMail(db, question.id)]);
    const done = c.req.query('done');
    return page(
      c,
      <QuestionPage
        question={question} audit={audit} mails={mails} mailConfigured={staffConsole.options.mail !== undefined}
        values={form.values} errors={form.errors} refused={form.refused} done={done === 'answer' || done === 'convert' ? done : undefined}
      />,
      status,
    );
  };

  pages.get(staffQuestionHref(':reference'), async (c) => {
    const question = await findListed(c.req.param('reference') ?? '');
    return question ? questionPage(c, question) : notFound(c);
  });

  pages.post(staffQuestionActionHref(':reference', 'answer'), limit, formBody(answerBody, unreadable), async (c) => {
    const question = await findListed(c.req.param('reference') ?? '');
    if (!question) return notFound(c);
    const { values, errors } = c.req.valid('form');
    if (errors.length > 0) return questionPage(c, question, { values, errors }, 422);
    const result = await answerQuestion(staffConsole.actionContext(c), question.reference, values);
    if (result.kind === 'done') return c.redirect(`${staffQuestionHref(question.reference)}?done=answer`, 303);
    if (result.kind === 'invalid') return questionPage(c, question, { values, errors: result.errors }, 422);
    if (result.kind === 'refused') return questionPage(c, (await findListed(question.reference))!, { values, refused: result.message }, 409);
    return notFound(c);
  });

  const convertPage = (c: Context<StaffEnv>, question: ListedQuestion, form: { values: FormValues; errors: FieldError[]; refused?: string }, status?: 200 | 409 | 422) =>
    page(c, <ConvertPage question={question} today={chinaDate(now())} values={form.values} errors={form.errors} refused={form.refused} />, status);

  pages.get(staffQuestionActionHref(':reference', 'convert'), async (c) => {
    const question = await findListed(c.req.param('reference') ?? '');
    return question ? convertPage(c, question, { values: { applicantType: 'person' }, errors: [] }) : notFound(c);
  });

  pages.post(staffQuestionActionHref(':reference', 'convert'), limit, formBody(convertBody, unreadable), async (c) => {
    const question = await findListed(c.req.param('reference') ?? '');
    if (!question) return notFound(c);
    const { values, errors } = c.req.valid('form');
    if (errors.length > 0) return convertPage(c, question, { values, errors }, 422);
    // A field left empty is a field not given: the request rules then say which are needed.
    const input = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
    const result = await convertToRequest(staffConsole.actionContext(c), question.reference, input, {
      referencePrefix: site.disclosure.referencePrefix,
      workingDays: staffConsole.replyWorkingDays,
    });
    if (result.kind === 'done') return c.redirect(`${staffQuestionHref(question.reference)}?done=convert`, 303);
    if (result.kind === 'invalid') return convertPage(c, question, { values, errors: result.errors }, 422);
    if (result.kind === 'refused') return convertPage(c, question, { values, errors: [], refused: result.message }, 409);
    return notFound(c);
  });
  return pages;
}
