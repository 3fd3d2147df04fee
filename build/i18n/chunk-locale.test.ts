import { expect, it } from 'vitest';
import { chunkLocale } from './chunk-locale.ts';

it('names a chunk for its language only when every module in it is that language', () => {
  expect(chunkLocale(['/app/src/i18n/zh-Hans.ts?zh-Hant.ts', '/app/src/config/site.ts?zh-Hant.ts'])).toBe('zh-Hant');
  expect(chunkLocale(['\0virtual:content/zh-Hant/guides/bus-pass'])).toBe('zh-Hant');
  expect(chunkLocale(['/app/src/i18n/en.ts'])).toBe('en');
  expect(chunkLocale(['/app/src/requests/messages/en.ts'])).toBe('en');
  expect(chunkLocale(['/app/src/requests/rules/messages-en.ts'])).toBe('en');
  // Any module named for the language, wherever it is: a page's own words, the mailbox's, the display settings'.
  expect(chunkLocale(['/app/src/i18n/words/home/en.ts'])).toBe('en');
  expect(chunkLocale(['/app/src/questions/form/messages/en.ts'])).toBe('en');
  expect(chunkLocale(['/app/src/prefs/messages/en.ts', '/app/src/questions/messages-en.ts'])).toBe('en');
  expect(chunkLocale(['/app/src/pages/Content.ts'])).toBeUndefined();
  expect(chunkLocale(['\0virtual:content/en/disclosure'])).toBe('en');
  expect(chunkLocale(['\0virtual:content/guides/bus-pass'])).toBe('zh-Hans');
  expect(chunkLocale(['/app/src/i18n/zh-Hans.ts'])).toBe('zh-Hans');
  expect(chunkLocale(['/app/src/requests/rules/messages-zh-Hans.ts'])).toBe('zh-Hans');
  expect(chunkLocale(['/app/src/prefs/messages/zh-Hans.ts'])).toBe('zh-Hans');
  expect(chunkLocale(['\0virtual:content/disclosure?load'])).toBeUndefined();
  expect(chunkLocale(['/app/src/i18n/zh-Hans.ts', '/app/src/i18n/zh-Hans.ts?zh-Hant.ts'])).toBeUndefined();
  expect(chunkLocale(['/app/src/i18n/en.ts', '/app/src/pages/Home.tsx'])).toBeUndefined();
});
