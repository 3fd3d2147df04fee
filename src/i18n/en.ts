/**
 * PLACEHOLDER until the translation lands: the simplified-Chinese text with the parts the language tests
 * read put into English. The translated file replaces this one whole (same name, same export).
 */
import type { Locale } from './locales.ts';
import { zhHans, type Messages } from './zh-Hans.ts';

export const en: Messages = {
  ...zhHans,
  lang: 'en' as Locale,
  languages: 'Language',
  untranslated: 'This page has not been translated into English yet. Its text is shown in Chinese below.',
  skipLink: 'Skip to main content',
  home: 'Home',
  nav: { label: 'Main', guides: 'Service guides', disclosure: 'Disclosed information', request: 'Request information', requests: 'My requests' },
  breadcrumbs: 'You are here',
  footer: {
    help: 'Need help?',
    helpText: 'You can ask in person at the office, or send a request online: you never need to phone.',
    contacts: 'Contact us',
    accessibility: 'Accessibility statement',
    privacy: 'Privacy notice',
  },
  qr: { caption: 'Scan to open this page on your phone', alt: (url: string) => `QR code of this page: ${url}` },
  opened: (title: string) => `Opened: ${title}`,
  errorPrefix: 'Error: ',
  startRequest: 'Start your request',
  updated: 'Updated',
  guides: { title: 'Service guides', intro: 'Each guide says who can apply, what to bring and what to do.' },
  search: {
    ...zhHans.search,
    title: 'Search',
    intro: 'Search the service guides and disclosed information.',
    label: 'Search the service guides and disclosed information',
    hint: 'For example: disability certificate, bus pass',
    submit: 'Search',
    loading: 'Searching…',
    found: (count: number) => (count === 0 ? 'No results: try other words' : `${count} result${count === 1 ? '' : 's'}`),
    footerLink: 'Search',
  },
  notFound: {
    title: 'Page not found',
    text: 'The address may be mistyped, or the page may have moved.',
    home: 'Go to the home page',
    guides: 'See the service guides',
  },
};
