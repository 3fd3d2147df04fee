import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { onAnotherPage, twoErrors } from './ErrorSummary.examples.tsx';

it('names the problem, is read once as its title and its errors, and links each error to its field', () => {
  const { html } = renderExample(twoErrors);
  // Not an alert as well: Orca spoke every error twice. No tabindex until it is focused (src/a11y/focus.ts).
  expect(html).toMatch(/^<div class="error-summary" role="group" aria-labelledby="error-summary-title" aria-describedby="error-summary-list"><h2/);
  expect(html).not.toContain('role="alert"');
  expect(html).toContain('<ul class="error-summary__list" id="error-summary-list">');
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
