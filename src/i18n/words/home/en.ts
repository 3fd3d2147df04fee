import type { HomeWords } from './zh-Hans.ts';

export const enHomeWords: HomeWords = {
  intro: 'Guides to getting a disability certificate, a bus pass and other services, the information the federation publishes, and a form to ask for government information online.',
  tasks: 'Common services',
  allGuides: 'All service guides',
  requestTitle: 'Ask for government information',
  requestText: 'If the information you want has not been published, you can ask for it.',
  requestsTitle: 'My requests',
  requestsText: 'See the requests you sent from this phone and how they are progressing.',
  latest: 'Recently published',
  allDisclosure: 'All published information',
};
