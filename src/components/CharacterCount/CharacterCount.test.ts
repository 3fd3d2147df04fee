import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { overLimit, underLimit } from './CharacterCount.examples.tsx';

it('says how many characters are left; the textarea is described by the limit, which does not change as one types', () => {
  const { html } = renderExample(underLimit);
  expect(html).toContain('aria-describedby="description-hint description-limit"');
  expect(html).toMatch(/<p class="visually-hidden" id="description-limit">最多可以输入 \d+ 个字<\/p>/);
  expect(html).toContain('<p class="character-count" id="description-count" aria-hidden="true">还可以输入 7 个字</p>');
  expect(html).not.toContain('aria-invalid');
});

it('says how many too many in words, not by colour alone, and marks the field invalid; an emoji is one character', () => {
  const { html } = renderExample(overLimit);
  expect(html).toContain('<p class="character-count character-count--over" id="description-count" aria-hidden="true">超出 2 个字</p>');
  expect(html).toContain('aria-invalid="true"');
});
