import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { MessagesContext } from './index.ts';
import { loadPageWords, type PageWords, pageWords } from './page-words.ts';
import { zhHans } from './zh-Hans.ts';

const words = () => {
  const fetched: string[] = [];
  const made = pageWords('test', {
    'zh-Hans': async () => (fetched.push('zh-Hans'), { hello: '你好' }),
    'zh-Hant': async () => (fetched.push('zh-Hant'), { hello: '你好' }),
    en: async () => (fetched.push('en'), { hello: 'Hello' }),
  });
  return { made, fetched };
};

function Hello({ words }: { words: PageWords<{ hello: string }> }) {
  return h('p', null, words.use().hello);
}

const renderIn = (messages: typeof en, element: VNode<any>) => render(h(MessagesContext.Provider, { value: messages }, element));

describe('a page’s own words', () => {
  it('are shown in the page’s language once loaded, each language fetched once', async () => {
    const { made, fetched } = words();
    await made.load('en');
    await made.load('en');
    expect(renderIn(en, h(Hello, { words: made }))).toBe('<p>Hello</p>');
    expect(fetched).toEqual(['en']);
  });

  it('refuse to render before their route loaded them, naming whose and which language', async () => {
    const { made } = words();
    await made.load('en');
    expect(() => renderIn(zhHans, h(Hello, { words: made }))).toThrow('The test text for zh-Hans was not loaded before rendering');
  });

  it('load with a page module that names them, and the module comes back', async () => {
    const { made, fetched } = words();
    const module = { default: 'page', words: [made] };
    await expect(loadPageWords(module, 'zh-Hant')).resolves.toBe(module);
    expect(fetched).toEqual(['zh-Hant']);
    const withoutWords: { default: string; words?: [] } = { default: 'page without words' };
    await expect(loadPageWords(withoutWords, 'en')).resolves.toBe(withoutWords);
  });
});
