/**
 * The online mailbox's figures for a year (issue 17 point 4), for the annual report's "other matters" (六、其他需要报告的
 * 事项). The year runs from 1 January 00:00 to 31 December 24:00 China time, as the requests' figures count it
 * (server/reports/statistics.ts `yearStart`):
 *
 * - received: questions and suggestions received in the year, and of them each kind;
 * - answered: those answered in the year (answered_at), whenever received; a question turned into a disclosure request
 *   is answered then too (its answer tells the person the request's reference), and is also counted as converted;
 * - answeredOnTime: of the answered, those whose China date of answer is on or before their due date (the office's
 *   target, site's `mailbox.answerWorkingDays`, stored with each question when it arrived);
 * - suggestionsByTopic: the suggestions received in the year, by what they are about.
 */
import { questionTopics, type QuestionTopic } from '../../src/questions/contract.ts';
import type { Queryable } from '../db/database.ts';
import { chinaDate } from '../requests/due-date.ts';
import { yearStart } from './statistics.ts';

export interface MailboxFigures {
  year: number;
  received: { total: number; question: number; suggestion: number };
  answered: number;
  answeredOnTime: number;
  converted: number;
  suggestionsByTopic: Record<QuestionTopic, number>;
}

type Row = { kind: 'question' | 'suggestion'; topic: QuestionTopic; receivedAt: Date; answeredAt: Date | null; dueDate: string; converted: boolean };

/** `year`'s mailbox figures as the database holds them now (see the module's note for what each counts). */
export async function mailboxFigures(db: Queryable, year: number): Promise<MailboxFigures> {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  const rows = await db.query<Row>(
    `SELECT kind, topic, received_at AS "receivedAt", answered_at AS "answeredAt", due_date::text AS "dueDate",
            converted_to_request_id IS NOT NULL AS converted
     FROM questions WHERE (received_at >= $1 AND received_at < $2) OR (answered_at >= $1 AND answered_at < $2)`,
    [start, end],
  );
  const within = (at: Date | null) => at !== null && at >= start && at < end;
  const received = rows.filter((row) => within(row.receivedAt));
  const answered = rows.filter((row) => within(row.answeredAt));
  const suggestionsByTopic = Object.fromEntries(questionTopics.map((topic) => [topic, 0])) as Record<QuestionTopic, number>;
  for (const row of received) if (row.kind === 'suggestion') suggestionsByTopic[row.topic] += 1;
  return {
    year,
    received: {
      total: received.length,
      question: received.filter((row) => row.kind === 'question').length,
      suggestion: received.filter((row) => row.kind === 'suggestion').length,
    },
    answered: answered.length,
    answeredOnTime: answered.filter((row) => chinaDate(row.answeredAt!) <= row.dueDate).length,
    converted: answered.filter((row) => row.converted).length,
    suggestionsByTopic,
  };
}
