/**
 * Writes a letter from the facts of a request and a staff action: its parts (LetterBody, what the phone shows),
 * its plain text (for e-mail) and its HTML (the A4 print page and the e-mail's HTML part), in the request's
 * language. Pure: no database, no clock; server/letters/issue.ts gathers the facts and stores the result.
 */
import type { LetterBody, LetterKind } from '../../src/requests/contract.ts';
import type { RequestLocale } from '../../src/requests/rules/schema.ts';
import { en, type LetterWords, zhHans } from './words.ts';

export interface LetterSource {
  kind: LetterKind;
  locale: RequestLocale;
  /** The federation, as on its seal (site config). */
  sender: string;
  /** As printed: 残联公复〔2026〕12号. */
  number: string;
  /** China dates, YYYY-MM-DD. */
  issuedOn: string;
  receivedOn: string;
  applicant: string;
  reference: string;
  description: string;
  completionNote?: string;
  extensionReason?: string;
  /** The due date after the extension, YYYY-MM-DD. */
  dueDate?: string;
  /** The outcome in plain words in the request's language (server/requests/outcome-text.ts). */
  outcomeText?: string;
  replyText?: string;
  refusalReason?: string;
  legalBasis?: string;
  /** Both set when the letter names the remedies: every reply but a full disclosure. */
  remedies?: { reviewBody: string; court: string };
}

export interface ComposedLetter {
  subject: string;
  /** With `anonymousAddressee`, the salutation the status API shows instead of the name. */
  body: LetterBody & { anonymousAddressee: string };
  text: string;
  html: string;
}

// Private-use characters mark where a person's text goes, so the converter turns only the letter's own words.
const mark = (index: number) => `\uE000${index}\uE001`;

/** The simplified words turned traditional by `convert`, the values put in afterwards unchanged. */
export function traditionalWords(convert: (text: string) => string): LetterWords {
  const wrap = <A extends string[], R extends string | string[]>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const fill = (text: string) => convert(text).replace(/\uE000(\d+)\uE001/g, (_, i: string) => args[Number(i)]!);
      const marked = fn(...(args.map((_, i) => mark(i)) as A));
      return (Array.isArray(marked) ? marked.map(fill) : fill(marked)) as R;
    };
  return {
    title: Object.fromEntries(Object.entries(zhHans.title).map(([kind, title]) => [kind, convert(title)])) as LetterWords['title'],
    // Dates and numbers are digits and the characters 年月日号〔〕, the same in both scripts.
    date: zhHans.date,
    number: zhHans.number,
    addressee: wrap(zhHans.addressee),
    anonymousAddressee: convert(zhHans.anonymousAddressee),
    received: wrap(zhHans.received),
    completion: wrap(zhHans.completion),
    extension: wrap(zhHans.extension),
    consultation: zhHans.consultation.map(convert),
    decision: wrap(zhHans.decision),
    replyText: zhHans.replyText,
    reason: wrap(zhHans.reason),
    basis: wrap(zhHans.basis),
    remediesHeading: convert(zhHans.remediesHeading),
    remedies: wrap(zhHans.remedies),
  };
}

/** The letter's parts in order. Throws when a fact its kind needs is missing: a programming error, not input. */
export function letterBody(source: LetterSource, words: LetterWords): LetterBody {
  const need = (value: string | undefined, what: string) => {
    if (value === undefined) throw new Error(`A ${source.kind} letter needs ${what}`);
    return value;
  };
  const paragraphs = [words.received(source.receivedOn, source.reference, source.description)];
  switch (source.kind) {
    case 'completion':
      paragraphs.push(...words.completion(need(source.completionNote, 'the note')));
      break;
    case 'extension':
      paragraphs.push(...words.extension(need(source.extensionReason, 'the reason'), need(source.dueDate, 'the due date')));
      break;
    case 'consultation':
      paragraphs.push(...words.consultation);
      break;
    case 'reply':
      paragraphs.push(words.decision(need(source.outcomeText, 'the outcome')), words.replyText(need(source.replyText, 'the reply')));
      if (source.refusalReason) paragraphs.push(words.reason(source.refusalReason));
      if (source.legalBasis) paragraphs.push(words.basis(source.legalBasis));
      break;
  }
  return {
    sender: source.sender,
    title: words.title[source.kind],
    number: source.number,
    addressee: words.addressee(source.applicant),
    paragraphs,
    ...(source.remedies && { remedies: { heading: words.remediesHeading, text: words.remedies(source.remedies.reviewBody, source.remedies.court) } }),
    signature: { sender: source.sender, date: words.date(source.issuedOn) },
  };
}

/** The letter as plain text: what an e-mail's text part carries. */
export function letterText(body: LetterBody): string {
  return [
    body.sender,
    body.title,
    body.number,
    '',
    body.addressee,
    ...body.paragraphs,
    ...(body.remedies ? ['', body.remedies.heading, body.remedies.text] : []),
    '',
    body.signature.sender,
    body.signature.date,
  ].join('\n');
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The letter as an HTML fragment, one `article` with its own `lang` and one `h1`: the print page and e-mail
 * wrap it. Line breaks staff typed become `<br>`; everything typed is escaped.
 */
export function letterHtml(body: LetterBody, locale: RequestLocale): string {
  const paragraph = (text: string) => `<p>${escape(text).replace(/\n/g, '<br>')}</p>`;
  return [
    `<article class="letter" lang="${locale}">`,
    `<header class="letter__head"><p class="letter__sender">${escape(body.sender)}</p><h1 class="letter__title">${escape(body.title)}</h1><p class="letter__number">${escape(body.number)}</p></header>`,
    `<p>${escape(body.addressee)}</p>`,
    ...body.paragraphs.map(paragraph),
    ...(body.remedies ? [`<section class="letter__remedies"><h2>${escape(body.remedies.heading)}</h2>${paragraph(body.remedies.text)}</section>`] : []),
    `<footer class="letter__signature"><div class="letter__seal"></div><p>${escape(body.signature.sender)}</p><p>${escape(body.signature.date)}</p></footer>`,
    '</article>',
  ].join('\n');
}

/** The words of a language: English and simplified written, traditional converted (`convert` loads lazily). */
export async function wordsFor(locale: RequestLocale, convert: () => Promise<(text: string) => string>): Promise<LetterWords> {
  if (locale === 'en') return en;
  if (locale === 'zh-Hans') return zhHans;
  return traditionalWords(await convert());
}

export async function composeLetter(source: LetterSource, convert: () => Promise<(text: string) => string>): Promise<ComposedLetter> {
  const words = await wordsFor(source.locale, convert);
  const body = letterBody(source, words);
  return { subject: source.locale === 'en' ? `${body.title} (${body.number})` : `${body.title}（${body.number}）`,
    body: { ...body, anonymousAddressee: words.anonymousAddressee },
    text: letterText(body), html: letterHtml(body, source.locale) };
}
