import { expect, it } from 'vitest';
import { renderExample } from '../test-examples.ts';
import { englishPage, ownStep, reviewed } from './Credits.examples.tsx';

it('lists the source and each review step with who took it, in step order', () => {
  const { html } = renderExample(reviewed);
  expect(html).toBe(
    '<dl class="summary-list credits"><div><dt>来源</dt><dd>牡丹江市残疾人联合会</dd></div><div><dt>撰稿</dt><dd>王撰稿</dd></div>' +
      '<div><dt>校对</dt><dd>李校对</dd></div><div><dt>一审</dt><dd>张一审</dd></div><div><dt>二审</dt><dd>刘二审</dd></div>' +
      '<div><dt>三审</dt><dd>陈三审</dd></div></dl>',
  );
});

it('names the steps in English on an English page, and marks a Chinese source as Chinese', () => {
  const { html } = renderExample(englishPage);
  expect(html).toContain('<dt>Source</dt><dd lang="zh-Hans">牡丹江市残疾人联合会</dd>');
  expect(html).toContain('<dt>Written by</dt><dd>王撰稿</dd>');
  expect(html).toContain('<dt>Third review</dt><dd>陈三审</dd>');
});

it('keeps the configured label of a step the interface text does not name', () => {
  expect(renderExample(ownStep).html).toContain('<dt>法制审核</dt><dd>赵法审</dd>');
});
