import type { GuideWords } from './zh-Hans.ts';

export const enGuideWords: GuideWords = {
  eligibility: 'Who can apply',
  bring: 'What to bring',
  steps: 'What to do',
  where: 'Where to go',
  hours: 'When to go',
  timeLimit: 'How long it takes',
  fee: 'Cost',
  legalBasis: 'Laws and rules',
  notes: 'Other things to know',
  help: 'Get help',
  helpText: 'If you have a question, see our contact details. You can ask in person or in writing.',
  helpRequest: 'To find out more, you can ask for government information',
};
