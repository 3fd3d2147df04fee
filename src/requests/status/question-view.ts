import { chinaDate } from '../../dates/china.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { OutboxRecord, QuestionStatus } from '../outbox/types.ts';
import { enQuestionWords } from './question/en.ts';
import { type QuestionWords, zhHansQuestionWords } from './question/zh-Hans.ts';
import * as zhHant from './question/zh-Hans.ts?zh-Hant';

/** Every language's words in the one small chunk of the list and the question's page, as ReplyExtras.tsx does. */
export const questionWords: Record<Locale, QuestionWords> = {
  'zh-Hans': zhHansQuestionWords,
  'zh-Hant': zhHant.zhHansQuestionWords as QuestionWords,
  en: enQuestionWords,
};

/** A term and its value, as a summary list's row. */
export type Row = [term: string, value: string];

/** What a question's page and its line in the list show, in words. */
export interface QuestionView {
  /** "咨询：乘车证丢了……": the list's link and the page's title. */
  title: string;
  /** Reference, date received, due date: once the mailbox has it. */
  rows: Row[];
  /** Where the mailbox is with it, from the status last read (kept on the phone); undefined until one was read. */
  state?: string;
  /** Staff's answer and its date (China date). */
  answer?: { on: string; text: string };
  /** Turned into a disclosure request: the words saying so, with the day its clock started, and its reference and due date. */
  converted?: { text: string; rows: Row[] };
}

/**
 * A question or suggestion on this phone in words: its receipt, and the mailbox's status as last read (`status`,
 * `GET /api/questions/<reference>`), whose dates win over the receipt's. `provisional` is said after a due date that
 * reaches a year whose holidays are not yet announced (the request messages' `dueProvisional`).
 */
export function questionView(record: OutboxRecord, status: QuestionStatus | undefined, w: QuestionWords, provisional: string): QuestionView {
  const summary = record.summary.description + (record.summary.truncated ? '…' : '');
  const view: QuestionView = { title: w.title(w.kind[record.body.kind === 'suggestion' ? 'suggestion' : 'question'], summary), rows: [] };
  const receipt = record.receipt;
  if (receipt) {
    const dates = status ?? receipt;
    view.rows = [
      [w.reference, receipt.reference],
      [w.received, chinaDate(dates.receivedAt)],
      [w.due, dates.dueDate + (dates.dueDateProvisional ? provisional : '')],
    ];
  }
  if (status) {
    view.state = w.status[status.status];
    if (status.answer) view.answer = { on: chinaDate(status.answer.answeredAt), text: status.answer.text };
    const request = status.convertedTo;
    if (request) {
      view.converted = {
        text: w.convertedText(chinaDate(request.receivedAt)),
        rows: [
          [w.requestReference, request.reference],
          [w.requestDue, request.dueDate],
        ],
      };
    }
  }
  return view;
}

/**
 * What changed since the phone last read the status, in words to announce; undefined when nothing did. Until the first
 * read the phone knows only that it was received, so a first "received" is no news.
 */
export function questionChange(before: QuestionStatus | undefined, after: QuestionStatus, w: QuestionWords): string | undefined {
  return after.status === (before?.status ?? 'received') ? undefined : w.changed(w.status[after.status]);
}
