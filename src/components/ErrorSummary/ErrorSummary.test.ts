import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { onAnotherPage, twoErrors } from './ErrorSummary.examples.tsx';

it('names the problem, is focusable and read at once, and links each error to its field', () => {
  const { html } = renderExample(twoErrors);
  expect(html).toMatch(/^<div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title"><div role="alert">/);
  expect(html).toContain('<h2 class="error-summary__title" id="error-summary-title">');
  expect(html).toContain('<a href="#name">请填写姓名</a>');
  expect(html).toContain('<a href="#phone">请填写手机号码，例如 13912345678</a>');
});

it('links an error asked on another page to that page, in the page’s language', () => {
  const { html, lang } = renderExample(onAnotherPage);
  expect(lang).toBe('en');
  expect(html).toContain('<a href="/en/request/details/#description">Describe the information you want</a>');
  expect(html).toMatch(/id="error-summary-title">There is a problem<\/h2>/);
});
