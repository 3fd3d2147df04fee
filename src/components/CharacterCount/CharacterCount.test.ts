import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { overLimit, underLimit } from './CharacterCount.examples.tsx';

it('says how many characters are left, and the textarea is described by it', () => {
  const { html } = renderExample(underLimit);
  expect(html).toContain('aria-describedby="description-hint description-count"');
  expect(html).toContain('<p class="character-count" id="description-count">还可以输入 7 个字</p>');
  expect(html).not.toContain('aria-invalid');
});

it('says how many too many in words, not by colour alone, and marks the field invalid; an emoji is one character', () => {
  const { html } = renderExample(overLimit);
  expect(html).toContain('<p class="character-count character-count--over" id="description-count">超出 2 个字</p>');
  expect(html).toContain('aria-invalid="true"');
});
