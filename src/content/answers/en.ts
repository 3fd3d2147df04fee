import type { AnswerWords } from './zh-Hans.ts';

export const enAnswerWords: AnswerWords = {
  title: 'Answers to questions',
  askTitle: 'Ask a question or make a suggestion',
  intro: "Questions sent to our online mailbox and our answers, with the person's details removed. Newest first.",
  none: 'No answers have been published yet.',
  question: 'Question',
  answer: 'Answer',
  answered: 'Answered',
  topic: 'About',
  topics: { guide: 'A service guide', disclosure: 'Published information', accessibility: "This website's accessibility", other: 'Something else' },
};
