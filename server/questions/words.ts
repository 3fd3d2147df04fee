/**
 * The words of what staff send a person who asked the mailbox, in the question's language: the answer's e-mail, and
 * the note that their question became a disclosure request. The traditional Chinese is written out here, as the
 * server composes it at run time (no build step converts this module).
 */
import { site } from '../../src/config/site.ts';
import type { RequestLocale } from '../../src/requests/rules/messages.ts';

export interface QuestionWords {
  subject: (reference: string) => string;
  /** The e-mail's text: the answer, under a line naming the question. */
  mail: (reference: string, answer: string) => string;
  /** What the person is told when their question is made a request: its reference and due date (YYYY-MM-DD). */
  converted: (request: string, dueDate: string) => string;
}

export const questionWords: Record<RequestLocale, QuestionWords> = {
  'zh-Hans': {
    subject: (reference) => `${site.shortName}对您的留言的答复（${reference}）`,
    mail: (reference, answer) => `您好：\n\n您在网上信箱的留言（${reference}）已经答复如下：\n\n${answer}\n\n${site.name}`,
    converted: (request, dueDate) =>
      `您的留言已按政府信息公开申请受理，申请编号为 ${request}。答复期限从今天起计算，我们将在 ${dueDate} 前答复。如需补充申请人信息，工作人员会与您联系。`,
  },
  'zh-Hant': {
    subject: (reference) => `${site.shortName}對您的留言的答覆（${reference}）`,
    mail: (reference, answer) => `您好：\n\n您在網上信箱的留言（${reference}）已經答覆如下：\n\n${answer}\n\n${site.name}`,
    converted: (request, dueDate) =>
      `您的留言已按政府信息公開申請受理，申請編號為 ${request}。答覆期限從今天起計算，我們將在 ${dueDate} 前答覆。如需補充申請人信息，工作人員會與您聯繫。`,
  },
  en: {
    subject: (reference) => `Answer to your message to ${site.shortName} (${reference})`,
    mail: (reference, answer) => `Hello,\n\nHere is the answer to your message (${reference}) to our online mailbox:\n\n${answer}\n\n${site.name}`,
    converted: (request, dueDate) =>
      `Your message has been accepted as a request for government information, reference ${request}. The time to answer counts from today: we will answer by ${dueDate}. If we need more details about you, our staff will contact you.`,
  },
};
