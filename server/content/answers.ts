/**
 * From an answered question to a published answer's draft (issue 17 point 3): staff choose to publish a question
 * and its answer; the draft is made with the person's details removed, and then goes through the same review steps
 * as any catalogue item (./actions.ts), whose publish refuses it while personal data remains
 * (./personal-data-check.ts).
 */
import type { Queryable } from '../db/database.ts';
import { chinaDate } from '../requests/due-date.ts';
import { findPersonalData, type GivenDetails, redact, type RedactionLocale } from '../questions/personal-data.ts';
import { findQuestion, type QuestionRecord } from '../questions/repository.ts';
import { type ContentContext, type ContentResult, storeDraft } from './actions.ts';
import { type ContentText, MAX_SLUG, SLUG } from './fields.ts';
import { contentText as t } from './text.ts';

/** A title's length in characters, cut from the question: staff write a better one before review. */
export const TITLE_LENGTH = 30;

/** `text` with every piece of personal data `findPersonalData` finds replaced by its marker in `locale`. */
export function redacted(text: string, given: GivenDetails, locale: RedactionLocale): string {
  return redact(text, findPersonalData(text, given), locale);
}

/** The answer's address name by default: the question's reference, lower case (MDJCLZX-2026-000012 → mdjclzx-2026-000012). */
export const answerSlug = (reference: string) => reference.toLowerCase();

/** The question's first line, cut to `TITLE_LENGTH` characters with an ellipsis: a title for staff to improve. */
function titleOf(question: string): string {
  const line = question.trim().split('\n')[0]!.trim();
  const characters = [...line];
  return characters.length > TITLE_LENGTH ? `${characters.slice(0, TITLE_LENGTH).join('')}…` : line;
}

/**
 * The draft an answered question becomes: its text and the answer with the person's details removed (the name and
 * contact they gave, and whatever has the shape of a phone number, ID number or e-mail address), markers in the
 * question's language; the question's topic; the China date it was answered.
 */
export function answerDraft(question: QuestionRecord & { answeredAt: Date; answerText: string }): ContentText {
  const given: GivenDetails = { ...(question.name && { name: question.name }), ...(question.contact && { contact: question.contact }) };
  const text = redacted(question.text, given, question.locale);
  return {
    fields: { title: titleOf(text), question: text, topic: question.topic, answered: chinaDate(question.answeredAt) },
    body: redacted(question.answerText, given, question.locale),
    english: null,
  };
}

async function draftOf(tx: Queryable, reference: string): Promise<number | undefined> {
  const [row] = await tx.query<{ id: number }>('SELECT i.id FROM content_items i JOIN questions q ON q.id = i.question_id WHERE q.reference = $1', [reference]);
  return row?.id;
}

/**
 * `POST /staff/content/answers/from-question/<reference>/`'s work: an `answers` draft made from the answered question
 * `reference` (`answerDraft`), at `slug` (default `answerSlug`), linked to the question so that its publish also
 * looks for the name and contact the person gave. One transaction: the draft, the link, and an audit entry on each
 * (the item's `content-draft`, the question's `question-draft-answer`). Refused
 * (409) for a question not answered yet, or already drafted (staff edit that draft); 422 for a slug taken or wrong;
 * the writer's role needed (403).
 */
export function draftFromQuestion(context: ContentContext, reference: string, slug: string = answerSlug(reference)): Promise<ContentResult> {
  return context.db.transaction(async (tx) => {
    const question = await findQuestion(tx, reference, true);
    if (!question) return { kind: 'not-found' };
    if (!question.answeredAt || question.answerText === null) return { kind: 'refused', message: t.answers.notAnswered };
    if (await draftOf(tx, reference)) return { kind: 'refused', message: t.answers.alreadyDrafted };
    if (!SLUG.test(slug) || slug.length > MAX_SLUG) return { kind: 'invalid', errors: [{ field: 'slug', message: t.errors.slug }] };
    const [taken] = await tx.query('SELECT 1 FROM content_items WHERE collection = $1 AND slug = $2', ['answers', slug]);
    if (taken) return { kind: 'invalid', errors: [{ field: 'slug', message: t.answers.slugTaken }] };
    const draft = answerDraft({ ...question, answeredAt: question.answeredAt, answerText: question.answerText });
    const result = await storeDraft(tx, context, { collection: 'answers', slug, draft });
    if (result.kind !== 'done') return result;
    await tx.query("UPDATE content_items SET question_id = $1 WHERE collection = 'answers' AND slug = $2", [question.id, slug]);
    // The question's own trail says it went for publication, and where: its page in the console reads that trail.
    await tx.query('INSERT INTO audit_log (staff_id, at, action, question_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)', [
      context.staff.id,
      context.now.toISOString(),
      'question-draft-answer',
      question.id,
      null,
      JSON.stringify({ collection: 'answers', slug }),
    ]);
    return result;
  });
}
