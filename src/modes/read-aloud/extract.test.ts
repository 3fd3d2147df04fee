import { describe, expect, it } from 'vitest';
import { readableLines, SKIP_ATTRIBUTE, type ReadableNode } from './extract.ts';

/** A tiny stand-in for the DOM: `el('p', { class: 'x' }, 'text', el(...))`. */
function el(localName: string, attributes: Record<string, string> = {}, ...children: (ReadableNode | string)[]): ReadableNode {
  return {
    nodeType: 1,
    nodeValue: null,
    localName,
    hidden: 'hidden' in attributes,
    getAttribute: (name) => attributes[name] ?? null,
    classList: { contains: (name) => (attributes.class ?? '').split(' ').includes(name) },
    childNodes: children.map((child) => (typeof child === 'string' ? { nodeType: 3, nodeValue: child, childNodes: [] } : child)),
  };
}

const ruby = (character: string, reading: string) =>
  el('ruby', {}, character, el('rp', { 'aria-hidden': 'true' }, '('), el('rt', { 'aria-hidden': 'true' }, reading), el('rp', { 'aria-hidden': 'true' }, ')'));

const texts = (root: ReadableNode, shown?: (element: ReadableNode) => boolean) => readableLines(root, 'zh-Hans', shown).map((line) => line.text);

describe('readableLines', () => {
  it('gives one line per block, in reading order, with inline text joined', () => {
    const main = el('main', {},
      el('h1', {}, '残疾人乘车证'),
      el('p', {}, '先看', el('a', { href: '/x/' }, '残疾人证新办'), '。'),
      el('ol', {}, el('li', {}, '提出申请。'), el('li', {}, '  领取\n 乘车证。  ')));
    expect(texts(main)).toEqual(['残疾人乘车证', '先看残疾人证新办。', '提出申请。', '领取 乘车证。']);
  });

  it('reads the characters under pinyin, never the pinyin', () => {
    expect(texts(el('p', {}, ruby('办', 'bàn'), ruby('证', 'zhèng'), '。'))).toEqual(['办证。']);
  });

  it('leaves out the player, the breadcrumbs, the QR code, buttons and hidden text', () => {
    const main = el('main', {},
      el('nav', { 'aria-label': '您当前的位置' }, el('a', {}, '首页')),
      el('h1', {}, '标题'),
      el('section', { [SKIP_ATTRIBUTE]: '' }, el('button', {}, '朗读本页')),
      el('p', {}, '正文', el('span', { class: 'visually-hidden' }, '（读屏用）')),
      el('p', { hidden: '' }, '藏起来的'),
      el('p', { 'aria-hidden': 'true' }, '装饰'),
      el('p', { class: 'not-shown' }, '不显示的'),
      el('button', {}, '保存'),
      el('figure', { class: 'qr-code' }, el('figcaption', {}, '扫一扫')));
    expect(texts(main, (element) => !element.classList?.contains('not-shown'))).toEqual(['标题', '正文']);
  });

  it('keeps each phrase’s language, so it is read with a voice for it', () => {
    const lines = readableLines(el('p', { lang: 'en' }, 'Read the ', el('span', { lang: 'zh-Hans' }, '办事指南'), ' first.'), 'zh-Hans');
    expect(lines).toEqual([
      { text: 'Read the', lang: 'en' },
      { text: '办事指南', lang: 'zh-Hans' },
      { text: 'first.', lang: 'en' },
    ]);
  });
});
