/**
 * The online mailbox's figures as words for the annual report's "other matters" (issue 17 point 4): a short paragraph
 * in the report's language (simplified Chinese, server/reports/text.ts), numbers only, that staff insert into the
 * text they edit and may change before publishing. It says nothing the figures do not (server/reports/mailbox-figures.ts).
 */
import { questionTopics } from '../../src/questions/contract.ts';
import { mailboxText } from '../questions/console-text.ts';
import type { MailboxFigures } from './mailbox-figures.ts';

/** The paragraph, one line of Markdown: received by kind, answered, within the target, converted, suggestions by topic. */
export function mailboxParagraph(figures: MailboxFigures, answerWorkingDays: number): string {
  const { received } = figures;
  const sentences = [
    `${figures.year}年，网上信箱共收到留言 ${received.total} 件，其中咨询 ${received.question} 件、意见建议 ${received.suggestion} 件。`,
    `年内答复 ${figures.answered} 件，其中在 ${answerWorkingDays} 个工作日的目标期限内答复 ${figures.answeredOnTime} 件；转为政府信息公开申请办理 ${figures.converted} 件。`,
  ];
  if (received.suggestion > 0) {
    const topics = questionTopics.filter((topic) => figures.suggestionsByTopic[topic] > 0);
    sentences.push(`意见建议按内容分：${topics.map((topic) => `${mailboxText.topics[topic]} ${figures.suggestionsByTopic[topic]} 件`).join('、')}。`);
  }
  return sentences.join('');
}

/** `text` with `paragraph` after it as a paragraph of its own (a blank line between); unchanged when already there. */
export function appendParagraph(text: string, paragraph: string): string {
  if (text.includes(paragraph)) return text;
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? paragraph : `${trimmed}\n\n${paragraph}`;
}
