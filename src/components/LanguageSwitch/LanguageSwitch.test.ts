import { expect, it } from 'vitest';
import { languageLinks } from './LanguageSwitch.tsx';

it('links to the same page in every language, with its trailing slash and its query', () => {
  expect(languageLinks('/guides/bus-pass')).toEqual([
    { locale: 'zh-Hans', href: '/guides/bus-pass/' },
    { locale: 'zh-Hant', href: '/zh-Hant/guides/bus-pass/' },
    { locale: 'en', href: '/en/guides/bus-pass/' },
  ]);
  expect(languageLinks('/en/search/?q=bus').map((link) => link.href)).toEqual(['/search/?q=bus', '/zh-Hant/search/?q=bus', '/en/search/?q=bus']);
  expect(languageLinks('/zh-Hant').map((link) => link.href)).toEqual(['/', '/zh-Hant/', '/en/']);
});
