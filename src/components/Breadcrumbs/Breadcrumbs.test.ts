import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { english, staffReport, twoLevels } from './Breadcrumbs.examples.tsx';

it('leads from the home page to this page, which is marked current and is not a link', () => {
  const { html } = renderExample(twoLevels);
  expect(html).toBe(
    '<nav class="breadcrumbs" aria-label="您当前的位置"><ol><li><a href="/">首页</a></li><li><a href="/guides/">办事指南</a></li>' +
      '<li aria-current="page">残疾人免费乘车</li></ol></nav>',
  );
});

it('keeps an English page’s trail in English', () => {
  const { html } = renderExample(english);
  expect(html).toContain('aria-label="You are here"');
  expect(html).toContain('<a href="/en/">Home</a></li><li><a href="/en/guides/">Service guides</a>');
});

it('starts the staff console’s trail at the console, not the site’s home page', () => {
  const { html } = renderExample(staffReport);
  expect(html).toBe('<nav class="breadcrumbs" aria-label="您当前的位置"><ol><li><a href="/staff/reports/">年度报告</a></li><li aria-current="page">2025年度报告</li></ol></nav>');
});
