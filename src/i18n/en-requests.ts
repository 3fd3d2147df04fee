/**
 * PLACEHOLDER until the translation lands: the simplified-Chinese text with the headings the language tests
 * read put into English. The translated file replaces this one whole (same name, same export).
 */
import { type RequestMessages, zhHansRequests } from './zh-Hans-requests.ts';

export const enRequests: RequestMessages = {
  ...zhHansRequests,
  form: { ...zhHansRequests.form, errorSummary: 'There is a problem', continue: 'Continue' },
  request: {
    ...zhHansRequests.request,
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    steps: {
      applicant: { title: 'About you', intro: 'Tell us who is asking.' },
      details: { title: 'The information you want', intro: 'Say which government information you want, and how you want the answer.' },
      contact: { title: 'How to contact you', intro: 'We use these to contact you and to send the answer.' },
    },
  },
  requests: {
    ...zhHansRequests.requests,
    title: 'My requests',
    intro: 'Requests for government information sent from this phone, and how far they have got.',
    empty: 'No request has been sent from this phone yet.',
    howTo: 'How to request government information',
  },
};
