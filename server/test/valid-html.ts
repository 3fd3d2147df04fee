import { HtmlValidate } from 'html-validate';
import { expect } from 'vitest';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // preact-render-to-string closes void elements (`<meta/>`), which HTML allows; styles belong in the stylesheet.
  rules: { 'doctype-style': 'off', 'void-style': 'off', 'no-inline-style': 'error' },
});

/** Expects each `[name, html]` page the server rendered to be valid HTML (html-validate's recommended rules). */
export async function expectValidHtml(pages: readonly (readonly [name: string, html: string])[]): Promise<void> {
  for (const [name, html] of pages) {
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)), name).toEqual([]);
  }
}
