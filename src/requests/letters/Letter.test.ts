import { expect, it } from 'vitest';
import { renderExample } from '../../components/test-examples.ts';
import { englishNotice, refusal } from './Letter.examples.tsx';

it('names the letter by its heading, and puts the remedies under a heading of their own one level down', () => {
  const { html } = renderExample(refusal);
  expect(html).toContain('<article class="letter" lang="zh-Hans" aria-labelledby="letter-1-title">');
  expect(html).toContain('<h2 class="letter__title" id="letter-1-title">政府信息公开申请答复书</h2>');
  expect(html).toContain('<section class="letter__remedies"><h3>您可以怎样寻求救济</h3>');
});

it('says which language the letter is in, and has no remedies when there are none', () => {
  const { html } = renderExample(englishNotice);
  expect(html).toContain('lang="en"');
  expect(html).toContain('<h3 class="letter__title" id="letter-2-title">');
  expect(html).not.toContain('letter__remedies');
});
