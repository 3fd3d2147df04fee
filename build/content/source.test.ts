import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { contentSource } from './source.ts';

const dir = fileURLToPath(new URL('../../src/content', import.meta.url));

it('parses the content once and hands every plugin the same object', () => {
  const content = contentSource(dir);
  const first = content.get();
  expect(content.get()).toBe(first);
  expect(first.byLocale.en.guides.map((guide) => guide.slug)).toEqual(first.source.guides.map((guide) => guide.slug));
  // Pinyin reads the files as written: no language mark on the source.
  expect(first.source.guides[0]).not.toHaveProperty('lang');
  expect(first.byLocale['zh-Hant'].guides[0]).toHaveProperty('lang', 'zh-Hant');
});

it('reads the files again after one of them changed, and only then', () => {
  const content = contentSource(dir);
  const first = content.get();
  expect(content.forget(join(dir, '..', 'main.tsx'))).toBe(false);
  expect(content.get()).toBe(first);
  expect(content.forget(join(dir, 'guides', 'bus-pass.md'))).toBe(true);
  expect(content.get()).not.toBe(first);
});
