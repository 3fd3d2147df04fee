import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pinyinPlugin } from './plugin.ts';
import { contentSource } from '../content/source.ts';

const dir = fileURLToPath(new URL('../../src/content', import.meta.url));

/** Runs the plugin's hooks as Vite would, for one module id. */
function build() {
  const plugin = pinyinPlugin({ content: contentSource(dir) });
  const context = { error(message: string): never { throw new Error(message); } };
  const resolve = (id: string) => (plugin.resolveId as (this: unknown, id: string) => string | undefined).call(context, id);
  const load = (id: string) => (plugin.load as (this: unknown, id: string) => string | undefined).call(context, resolve(id)!);
  return { resolve, load };
}

const moduleValue = (source: string) => JSON.parse(source.replace(/^export default /, '').replace(/;$/, '')) as { title: string; html: string; lines?: Record<string, string[]> };

describe('pinyinPlugin', () => {
  it('lists a loader per content item in both Chinese scripts, and none in English', () => {
    const index = build().load('virtual:pinyin')!;
    expect(index).toContain('"zh-Hans/guides/bus-pass": () => import("virtual:pinyin/zh-Hans/guides/bus-pass")');
    expect(index).toContain('"zh-Hant/reports/2017": () => import("virtual:pinyin/zh-Hant/reports/2017")');
    expect(index).not.toContain('"en/');
  });

  it('names each item’s chunk pinyin-…, so the service worker can leave it out of the precache', () => {
    expect(build().resolve('virtual:pinyin/zh-Hans/guides/bus-pass')).toBe('\0pinyin-zh-Hans-guides-bus-pass');
  });

  it('gives an item’s title and body with pinyin, in traditional characters for zh-Hant', () => {
    const { load } = build();
    const simplified = moduleValue(load('virtual:pinyin/zh-Hans/guides/bus-pass')!);
    expect(simplified.title).toMatch(/^<ruby>残<rp aria-hidden="true">\(<\/rp><rt aria-hidden="true">cán<\/rt>/);
    expect(simplified.html).toContain('<rt aria-hidden="true">chéng</rt>');
    const traditional = moduleValue(load('virtual:pinyin/zh-Hant/guides/bus-pass')!);
    expect(traditional.title).toMatch(/^<ruby>殘<rp aria-hidden="true">\(<\/rp><rt aria-hidden="true">cán<\/rt>/);
    expect(traditional.html).toContain('乘<rp aria-hidden="true">(</rp><rt aria-hidden="true">chéng</rt><rp aria-hidden="true">)</rp>車');
  });

  it('gives a guide’s lists line by line, in order', () => {
    const { lines } = moduleValue(build().load('virtual:pinyin/zh-Hans/guides/bus-pass')!);
    const characters = (html: string) => html.replace(/<rt[^>]*>.*?<\/rt>|<rp[^>]*>.*?<\/rp>/g, '').replace(/<[^>]*>/g, '');
    expect(lines!.bring!.map(characters)).toEqual(['残疾人证', '本人居民身份证', '近期免冠照片']);
    expect(lines!.summary!.map(characters)).toEqual(['残疾人办理乘车证：谁可以办、带什么、怎么办。']);
    expect(lines!.steps).toHaveLength(4);
  });

  it('fails the build for an item that does not exist', () => {
    expect(() => build().load('virtual:pinyin/zh-Hans/guides/no-such-guide')).toThrow(/no-such-guide/);
  });
});
