import { describe, expect, it } from 'vitest';
import { toTraditional } from '../i18n/traditional.ts';
import { toRuby } from './ruby.ts';

/** The characters a reader sees, without the pinyin: what a screen reader or a copy should get. */
const characters = (html: string) => html.replace(/<rp[^>]*>.*?<\/rp>|<rt[^>]*>.*?<\/rt>/g, '').replace(/<[^>]*>/g, '');
const readingsOf = (html: string) => [...html.matchAll(/<rt[^>]*>(.*?)<\/rt>/g)].map(([, reading]) => reading).filter(Boolean);

describe('toRuby', () => {
  it('puts the pinyin over each character, with rp fallbacks, and hides both from assistive technology', () => {
    expect(toRuby('<p>办证。</p>')).toBe(
      '<p><ruby>办<rp aria-hidden="true">(</rp><rt aria-hidden="true">bàn</rt><rp aria-hidden="true">)</rp>' +
        '证<rp aria-hidden="true">(</rp><rt aria-hidden="true">zhèng</rt><rp aria-hidden="true">)</rp>' +
        '。<rt aria-hidden="true"></rt></ruby></p>',
    );
  });

  it('makes one ruby of each run of text between spaces, so it reads as one text', () => {
    const ruby = toRuby('<p>第1步：带上“残疾人证”。 再去 PDF</p>');
    expect(ruby.match(/<ruby>/g)).toHaveLength(2);
    expect(ruby).toMatch(/^<p><ruby>第<rp[^]*<\/rp>1<rt aria-hidden="true"><\/rt>步/);
    expect(ruby.endsWith('</ruby> PDF</p>')).toBe(true);
  });

  it('keeps every character, in order', () => {
    const html = '<h2>办理流程</h2><p>带上材料，到市残联提出申请。</p><ul><li>残疾人证</li></ul>';
    expect(characters(toRuby(html))).toBe(characters(html));
  });

  it('chooses a polyphone’s reading from its words', () => {
    expect(readingsOf(toRuby('<p>到银行办理</p>'))).toEqual(['dào', 'yín', 'háng', 'bàn', 'lǐ']);
    expect(readingsOf(toRuby('<p>行走不便的人</p>'))).toEqual(['xíng', 'zǒu', 'bú', 'biàn', 'de', 'rén']);
  });

  it('reads words across an inline tag as one', () => {
    expect(readingsOf(toRuby('<p>去<a href="/x/">银</a>行</p>'))).toEqual(['qù', 'yín', 'háng']);
  });

  it('leaves tags, attributes and URLs as they are', () => {
    const html = '<p><a href="/guides/certificate-new/" title="新办">残疾人证新办</a></p>';
    const ruby = toRuby(html);
    expect(ruby).toContain('<a href="/guides/certificate-new/" title="新办">');
    expect(ruby.endsWith('</a></p>')).toBe(true);
  });

  it('leaves Latin text, digits, punctuation and entities without pinyin', () => {
    const ruby = toRuby('<p>PDF 文件 2017 &amp; more.</p>');
    expect(ruby).toMatch(/^<p>PDF <ruby>文/);
    expect(ruby).toContain('</ruby> 2017 &amp; more.</p>');
    expect(readingsOf(ruby)).toEqual(['wén', 'jiàn']);
  });

  it('does not annotate code', () => {
    expect(toRuby('<p><code>中文</code></p>')).toBe('<p><code>中文</code></p>');
  });

  it('shows converted characters over the readings of the source text', () => {
    const html = '<p>头发的发展，<a href="/x/">银行</a></p>';
    const ruby = toRuby(html, { convert: toTraditional });
    expect(characters(ruby)).toBe('頭髮的發展，銀行');
    expect(readingsOf(ruby)).toEqual(['tóu', 'fa', 'de', 'fā', 'zhǎn', 'yín', 'háng']);
  });
});
