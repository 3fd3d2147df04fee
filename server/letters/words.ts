/**
 * The letters' wording, in simplified Chinese and English (traditional Chinese is converted from the simplified
 * text by server/letters/compose.ts, never written by hand). Values typed by people (names, the request, staff's
 * text) are arguments, never converted.
 *
 * The legal facts, each checked against the law's text:
 * - 政府信息公开条例 (2019) Art. 30: an unclear request gets one notice listing what to complete; the reply period
 *   counts from the completed request's arrival; not completing it in time without good reason abandons it.
 * - Art. 32: information whose disclosure may harm a third party's lawful rights → the third party is consulted in
 *   writing. Art. 33 (third paragraph): the time consulting a third party takes is not counted in the reply period;
 *   (second paragraph) an extension needs the head of the disclosure office's consent and notice to the applicant,
 *   and is at most 20 working days.
 * - 行政复议法 (2023, in force 2024-01-01) Art. 20: administrative review within sixty days of knowing of the act.
 * - 行政诉讼法 Art. 46: a lawsuit filed directly within six months of knowing of the act.
 *   The letter is how the applicant knows of the act, so both periods are written from its receipt.
 */
import type { LetterKind } from '../../src/requests/contract.ts';

export interface LetterWords {
  title: Record<LetterKind, string>;
  /** The letter's date, from a China date YYYY-MM-DD. */
  date(day: string): string;
  number(prefix: string, year: number, serial: number): string;
  addressee(name: string): string;
  /** The salutation without the name: the status API carries no personal data. */
  anonymousAddressee: string;
  received(day: string, reference: string, description: string): string;
  completion(note: string): string[];
  extension(reason: string, dueDate: string): string[];
  consultation: string[];
  decision(outcomeText: string): string;
  replyText(text: string): string;
  reason(reason: string): string;
  basis(basis: string): string;
  remediesHeading: string;
  remedies(reviewBody: string, court: string): string;
}

const zhDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

export const zhHans: LetterWords = {
  title: {
    completion: '政府信息公开申请补正告知书',
    extension: '政府信息公开申请延期答复告知书',
    consultation: '政府信息公开申请征求第三方意见告知书',
    reply: '政府信息公开申请答复书',
  },
  date: zhDate,
  number: (prefix, year, serial) => `${prefix}〔${year}〕${serial}号`,
  addressee: (name) => `${name}：`,
  anonymousAddressee: '申请人：',
  received: (day, reference, description) => `本机关于${zhDate(day)}收到您提出的政府信息公开申请（申请编号：${reference}），您申请获取的信息是：“${description}”。`,
  completion: (note) => [
    '您的申请内容不够明确，本机关暂时无法办理。请补正以下事项：',
    note,
    '根据《中华人民共和国政府信息公开条例》第三十条，答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请。',
  ],
  extension: (reason, dueDate) => [
    `因${reason}，本机关不能在规定期限内答复您的申请。`,
    `根据《中华人民共和国政府信息公开条例》第三十三条，答复期限延长，本机关将在${zhDate(dueDate)}前答复您。`,
  ],
  consultation: [
    '您申请公开的信息，公开后可能损害第三方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条，本机关已书面征求第三方的意见。',
    '根据该条例第三十三条，征求第三方意见所需的时间不计算在答复期限内。答复期限将相应顺延，您可以在“我的申请”中查看最新的答复期限。',
  ],
  decision: (outcomeText) => `经审查，本机关答复如下：${outcomeText}`,
  replyText: (text) => text,
  reason: (reason) => `理由：${reason}`,
  basis: (basis) => `依据：${basis}`,
  remediesHeading: '您可以怎样寻求救济',
  remedies: (reviewBody, court) =>
    `如您对本答复不服，可以自收到本答复书之日起六十日内向${reviewBody}申请行政复议，也可以自收到本答复书之日起六个月内向${court}提起行政诉讼。`,
};

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const enDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${months[month! - 1]} ${year}`;
};

export const en: LetterWords = {
  title: {
    completion: 'Notice to complete your request for government information',
    extension: 'Notice that the reply to your request will take longer',
    consultation: 'Notice that a third party is being consulted about your request',
    reply: 'Reply to your request for government information',
  },
  date: enDate,
  // The number is the letter's identifier: the same characters in every language.
  number: zhHans.number,
  addressee: (name) => `Dear ${name},`,
  anonymousAddressee: 'Dear applicant,',
  received: (day, reference, description) =>
    `On ${enDate(day)} we received your request for government information (reference ${reference}). You asked for: “${description}”.`,
  completion: (note) => [
    'Your request does not say clearly enough what you want, so we cannot deal with it yet. Please tell us the following:',
    note,
    'Under Article 30 of the Regulations on the Disclosure of Government Information, the time to reply counts from the day we receive your completed request. If you do not complete it in time without good reason, the request is treated as withdrawn.',
  ],
  extension: (reason, dueDate) => [
    `We cannot reply in the usual time, because: ${reason}`,
    `Under Article 33 of the Regulations on the Disclosure of Government Information the time to reply is extended: we will reply by ${enDate(dueDate)}.`,
  ],
  consultation: [
    'Disclosing the information you asked for could harm the lawful rights of a third party. Under Article 32 of the Regulations on the Disclosure of Government Information we have asked the third party for its opinion in writing.',
    'Under Article 33 the time this takes is not counted in the time to reply, which moves later accordingly. "My requests" shows the current date.',
  ],
  decision: (outcomeText) => `Our decision: ${outcomeText}`,
  replyText: (text) => text,
  reason: (reason) => `Reason: ${reason}`,
  basis: (basis) => `Legal basis: ${basis}`,
  remediesHeading: 'If you disagree',
  remedies: (reviewBody, court) =>
    `If you disagree with this reply, you may apply to ${reviewBody} for administrative review within sixty days of receiving this letter, or bring a lawsuit before ${court} within six months of receiving it.`,
};
