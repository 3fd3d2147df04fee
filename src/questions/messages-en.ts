/** What to do about each problem with a question or suggestion, in English (src/questions/messages.ts). */
import type { zhHansQuestionErrors } from './messages-zh-Hans.ts';

export const enQuestionErrors: Record<keyof typeof zhHansQuestionErrors, string> = {
  'topic.required': 'Select what your question or suggestion is about',
  'kind.required': 'Select whether you are asking a question or making a suggestion',
  'page.invalid': 'The page you asked from is not recognised: ask from a page of this site',
  'text.required': 'Enter your question or suggestion',
  'text.tooLong': 'Question or suggestion must be 2,000 characters or fewer',
  'answerBy.required': 'Select how you want to receive the answer',
  'name.tooLong': 'Name must be 100 characters or fewer',
  'contact.required': 'Enter an email address: you chose to receive the answer by email',
  'contact.email': 'Enter an email address in the correct format, like name@example.com',
  'contact.format': 'Enter an email address or a phone number, like name@example.com or 13912345678',
  'contact.tooLong': 'Contact details must be 254 characters or fewer',
  'locale.invalid': 'Select a language',
  characters: 'This answer contains a character that cannot be stored, perhaps copied and pasted with it: delete it and type the answer again',
  unknown: 'This item is not recognised: remove it and send again',
};
