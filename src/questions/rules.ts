/**
 * The one set of rules for a question or suggestion to the online mailbox (issue 17), for the `/ask/` form on the
 * phone and for the API, as src/requests/rules/schema.ts is for a request: a question the form accepts is never
 * refused by the server. Text limits are the request form's (`requestLimits`).
 */
import * as v from 'valibot';
import { isPrivateHref } from '../addresses/addresses.ts';
import { characterCount, isStorableText } from '../requests/rules/characters.ts';
import type { RequestLocale } from '../requests/rules/messages.ts';
import { loadPhoneRules, parsePhone } from '../requests/rules/phone.ts';
import { requestLimits, requestLocales } from '../requests/rules/fields.ts';
import { questionFields, type QuestionField } from '../question-contract/fields.ts';
import { answerChannels, questionKinds, questionTopics, type AnswerChannel, type FieldError, type QuestionKind, type QuestionTopic } from './contract.ts';
import { loadQuestionMessages, questionMessage, type QuestionMessageKey } from './messages.ts';

export { questionFields, type QuestionField } from '../question-contract/fields.ts';

export const questionLimits = { page: 300, text: requestLimits.description, name: requestLimits.name, contact: requestLimits.email } as const;

export interface Question {
  topic: QuestionTopic;
  kind: QuestionKind;
  /** The site path the person was reading when they asked (`/guides/bus-pass/`), so staff see the context. */
  page?: string;
  text: string;
  answerBy: AnswerChannel;
  name?: string;
  /** An e-mail address (required, and the answer's address, when `answerBy` is email) or a phone number. */
  contact?: string;
  locale: RequestLocale;
}

export type QuestionValidation = { ok: true; value: Question } | { ok: false; errors: FieldError[] };

// A path of this site: one leading slash (not `//host`), no scheme, query or fragment, and not the API or console.
const SITE_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/]*$/;
/** True for a path of this site's public pages, as the form sends the page it was opened from. */
export function isSitePath(path: string): boolean {
  return path.length <= questionLimits.page && SITE_PATH.test(path) && !path.split('/').includes('..') && !isPrivateHref(path);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const storable = (multiline = false) => v.check((s: string) => isStorableText(s, multiline), 'characters' satisfies QuestionMessageKey);
const choice = <const T extends readonly string[]>(options: T, message: QuestionMessageKey) => v.optional(v.picklist(options, message));

const fields = v.strictObject(
  {
    topic: choice(questionTopics, 'topic.required'),
    kind: choice(questionKinds, 'kind.required'),
    page: v.optional(v.pipe(v.string('page.invalid'), v.check(isSitePath, 'page.invalid'))),
    text: v.optional(
      v.pipe(v.string('text.required'), storable(true), v.check((s) => characterCount(s) <= questionLimits.text, 'text.tooLong')),
    ),
    answerBy: choice(answerChannels, 'answerBy.required'),
    name: v.optional(v.pipe(v.string('name.tooLong'), storable(), v.check((s) => characterCount(s) <= questionLimits.name, 'name.tooLong'))),
    contact: v.optional(
      v.pipe(
        v.string('contact.format'),
        storable(),
        v.transform(halfWidth),
        v.check((s) => s.length <= questionLimits.contact, 'contact.tooLong'),
      ),
    ),
    locale: choice(requestLocales, 'locale.invalid'),
  },
  'unknown',
);

/** What is wrong with the contact given the channel, or undefined: an address to write to, or an e-mail or phone number. */
function contactProblem(input: { answerBy: AnswerChannel; contact?: string }): QuestionMessageKey | undefined {
  const contact = input.contact;
  if (input.answerBy === 'email') {
    if (contact === undefined) return 'contact.required';
    return EMAIL.test(contact) ? undefined : 'contact.email';
  }
  if (contact === undefined) return undefined;
  if (contact.includes('@')) return EMAIL.test(contact) ? undefined : 'contact.email';
  return parsePhone(contact) ? undefined : 'contact.format';
}

function tidy(input: unknown): Record<string, unknown> {
  const tidied: Record<string, unknown> = Object.create(null);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return tidied;
  for (const [key, value] of Object.entries(input)) {
    const tidiedValue = typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value;
    if (tidiedValue !== '') tidied[key] = tidiedValue;
  }
  return tidied;
}

const order = (field: string) => {
  const index = (questionFields as readonly string[]).indexOf(field);
  return index === -1 ? questionFields.length : index;
};

/**
 * Loads what checking a question needs, each a chunk of its own: the messages in `locale` and, when `input` (the
 * question, or undefined for "any") gives a contact that may be a phone number, the phone rule's library (29 KB, as
 * the request form loads it: src/requests/rules/schema.ts `loadRequestRules`). Await it before validateQuestion.
 */
export async function loadQuestionRules(locale: RequestLocale, input?: unknown): Promise<void> {
  const contact = input === undefined ? '' : typeof input === 'object' && input !== null ? (input as { contact?: unknown }).contact : undefined;
  const phone = typeof contact === 'string' && !contact.includes('@');
  await Promise.all([loadQuestionMessages(locale), phone && loadPhoneRules()]);
}

/**
 * Checks a whole question: one message per field, in the order of the form's fields, in the person's language.
 * Throws Error when `loadQuestionRules(locale)` has not finished.
 */
export function validateQuestion(input: unknown, locale: RequestLocale): QuestionValidation {
  const tidied = tidy(input);
  const result = v.safeParse(fields, tidied);
  const errors = new Map<string, string>();
  for (const key of Object.keys(tidied)) {
    if (!(questionFields as readonly string[]).includes(key)) errors.set(key, questionMessage('unknown', locale));
  }
  for (const issue of result.issues ?? []) {
    const field = String(issue.path?.[0]?.key ?? '');
    if (!errors.has(field)) errors.set(field, questionMessage(issue.message as QuestionMessageKey, locale));
  }
  // Rules across fields run on the fields that passed their own checks, so one answer lists every problem at once.
  const required: [QuestionField, QuestionMessageKey][] = [
    ['topic', 'topic.required'],
    ['kind', 'kind.required'],
    ['text', 'text.required'],
    ['answerBy', 'answerBy.required'],
  ];
  for (const [field, message] of required) if (tidied[field] === undefined && !errors.has(field)) errors.set(field, questionMessage(message, locale));
  if (!errors.has('answerBy') && !errors.has('contact')) {
    const contact = typeof tidied.contact === 'string' ? halfWidth(tidied.contact) : undefined;
    const problem = contactProblem({ answerBy: tidied.answerBy as AnswerChannel, contact });
    if (problem) errors.set('contact', questionMessage(problem, locale));
  }
  if (errors.size > 0 || !result.success) {
    const list = [...errors].map(([field, message]) => ({ field, message }));
    return { ok: false, errors: list.sort((a, b) => order(a.field) - order(b.field)) };
  }
  const value = result.output as Omit<Question, 'locale'> & { locale?: RequestLocale };
  return { ok: true, value: { ...value, locale: value.locale ?? locale } };
}
