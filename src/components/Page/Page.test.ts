import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { guide, untranslated } from './Page.examples.tsx';

it('puts the breadcrumbs before the one h1, which takes focus on navigation, and ends with the page’s QR code', () => {
  const { html } = renderExample(guide);
  expect(html.match(/<h1/g)).toHaveLength(1);
  expect(html.indexOf('class="breadcrumbs"')).toBeLessThan(html.indexOf('<h1'));
  // Focusable only while a client-side navigation gives it focus (src/a11y/focus.ts): else Orca calls it "clickable".
  expect(html).toContain('<h1 class="page-title">残疾人免费乘车</h1>');
  expect(html).toMatch(/<figure class="qr-code"><img src="\/qr\/guides\/bus-pass\.svg"/);
});

it('says when an English page’s text is not translated, and marks the Chinese title as Chinese', () => {
  const { html } = renderExample(untranslated);
  expect(html).toContain('<h1 class="page-title" lang="zh-Hans">残疾人免费乘车</h1><p class="notice">');
  expect(html).toContain('<li aria-current="page" lang="zh-Hans">残疾人免费乘车</li>');
});
