import type { QuestionWords } from './zh-Hans.ts';

export const enQuestionWords: QuestionWords = {
  kind: { question: 'Question', suggestion: 'Suggestion' },
  title: (kind, summary) => `${kind}: ${summary}`,
  reference: 'Reference',
  received: 'Date received',
  due: 'Answer due by',
  status: {
    received: 'Received. An answer is being written',
    answered: 'Answered',
    converted: 'Now a request for government information',
  },
  answer: 'Answer',
  answeredOn: 'Date answered',
  convertedText: (on) => `What you wrote is now handled as a request for government information. The time for the reply started on ${on}.`,
  requestReference: 'Request reference number',
  requestDue: 'Reply due by',
  changed: (status) => `Updated: ${status}`,
};
