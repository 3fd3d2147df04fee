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

it('on an English page, marks English as current and links to the Chinese versions, each in its own language', async () => {
  const { renderExample } = await import('../test-examples.ts');
  const { inDisplaySettings, onEnglishPage } = await import('./LanguageSwitch.examples.tsx');
  const { html } = renderExample(onEnglishPage);
  expect(html).toMatch(/^<nav class="language-switch" aria-label="[^"]+">/);
  expect(html).toContain('<span class="language-switch__current" lang="en" aria-current="true">English</span>');
  expect(html).toContain('<a class="language-switch__link" href="/guides/bus-pass/" lang="zh-Hans" hreflang="zh-Hans">简体中文</a>');
  expect(html).toContain('<a class="language-switch__link" href="/zh-Hant/guides/bus-pass/" lang="zh-Hant" hreflang="zh-Hant">繁體中文</a>');
  // In the display settings it is a group, so the page keeps one navigation landmark of each name.
  expect(renderExample(inDisplaySettings).html).toMatch(/^<div class="language-switch" role="group"/);
});
