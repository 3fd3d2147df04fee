import { describe, expect, it } from 'vitest';
import { isSafeHref, renderNarrative } from './markdown.ts';

/** Links are judged as a browser reads them: whitespace and controls a URL parser drops cannot hide another site. */
describe('the report Markdown’s links', () => {
  it.each(['[a](</\t/example.org>)', '[a](</\n/example.org>)', '[a](</\r\n/example.org>)', '[a](<\t//example.org>)', '[a](</\\example.org>)'])(
    'keeps %j as text, not a link to another site',
    (source) => {
      const html = renderNarrative(source);
      expect(html).not.toContain('<a ');
      expect(html).toContain('a');
    },
  );

  it('keeps a same-site link, written as the browser reads it', () => {
    expect(renderNarrative('[报告](</reports/\t2017/>)')).toContain('<a href="/reports/2017/">');
  });

  it.each(['/\t/example.org', ' \u0000//example.org', '/\u0001/x', 'java\tscript:alert(1)'])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});
