import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { correctPhrases } from '../build/i18n/phrase-corrections.js';

/**
 * Every traditional-Chinese file the build wrote holds none of the converter's known wrong forms (issue 12,
 * point 3): a form is wrong where the reviewed correction list (build/i18n/phrase-corrections.js) would change it.
 * The pages, the search index, the language's chunks (interface text and content) and its pinyin chunks.
 */
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test('no built traditional-Chinese page or chunk holds a phrase the correction list would change', () => {
  const files = [
    ...filesUnder(join(dist, 'zh-Hant')).filter((file) => /\.(html|json)$/.test(file)),
    ...readdirSync(join(dist, 'assets'))
      .filter((name) => /^(_pinyin-)?zh-Hant-.*\.js$/.test(name))
      .map((name) => join(dist, 'assets', name)),
  ];
  expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10);
  expect(files.some((file) => /assets\/zh-Hant-/.test(file))).toBe(true);

  const wrong = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const corrected = correctPhrases(text);
    if (corrected === text) return [];
    const at = [...text].findIndex((character, i) => character !== [...corrected][i]);
    return [`${relative(dist, file)}: …${[...text].slice(Math.max(0, at - 8), at + 8).join('')}…`];
  });
  expect(wrong).toEqual([]);
});
