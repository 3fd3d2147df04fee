import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { enRequests } from '../requests/messages/en.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHansRequests } from '../requests/messages/zh-Hans.ts';
import { enGuideWords } from './words/guide/en.ts';
import { zhHansGuideWords } from './words/guide/zh-Hans.ts';
import { enHomeWords } from './words/home/en.ts';
import { zhHansHomeWords } from './words/home/zh-Hans.ts';
import { enOfflineWords } from './words/offline/en.ts';
import { zhHansOfflineWords } from './words/offline/zh-Hans.ts';
import { enReportWords } from './words/report/en.ts';
import { zhHansReportWords } from './words/report/zh-Hans.ts';
import { enSaveAllWords } from './words/save-all/en.ts';
import { enUpdateWords } from './words/update/en.ts';
import { zhHansUpdateWords } from './words/update/zh-Hans.ts';
import { zhHansSaveAllWords } from './words/save-all/zh-Hans.ts';

/** Each set of words a page loads for itself (./words/), English beside simplified Chinese. */
const pageWords = { guide: [enGuideWords, zhHansGuideWords], home: [enHomeWords, zhHansHomeWords], offline: [enOfflineWords, zhHansOfflineWords], report: [enReportWords, zhHansReportWords], saveAll: [enSaveAllWords, zhHansSaveAllWords], update: [enUpdateWords, zhHansUpdateWords] };
/** The whole English text: the interface's, the request form's and every page's own, each under its name. */
const allEnglish = { ...en, requests_: enRequests, ...Object.fromEntries(Object.entries(pageWords).map(([name, [english]]) => [name, english])) };

/** Han characters, kana, hangul and CJK punctuation (the full-width colon and comma among them). */
const cjk = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Every text of a message tree, functions called with sample arguments (one and many, for plurals). */
function texts(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (typeof tree === 'function') {
    const args = Array.from({ length: tree.length }, () => 1);
    const many = Array.from({ length: tree.length }, () => 120);
    return [[`${path}(1)`, String(tree(...args))], [`${path}(120)`, String(tree(...many))]];
  }
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The key paths of a message tree, so a key the type allows to be missing (none today) is still caught. */
const keys = (tree: unknown) => texts(tree).map(([path]) => path).sort();

describe('English interface text', () => {
  it('has the language tag of its pages', () => {
    expect(en.lang).toBe('en');
  });

  it('has every key the simplified Chinese has, and no more', () => {
    expect(keys(en)).toEqual(keys(zhHans));
    expect(keys(enRequests)).toEqual(keys(zhHansRequests));
    for (const [name, [english, chinese]] of Object.entries(pageWords)) expect(keys(english), name).toEqual(keys(chinese));
  });

  it('contains no Chinese characters or full-width punctuation', () => {
    for (const [path, text] of texts(allEnglish)) {
      expect(text, path).not.toMatch(cjk);
      // Only the report's counters may be empty: English needs none after a number.
      if (!/^report\.units\.(piece|item|case)$/.test(path)) expect(text.trim(), path).not.toBe('');
    }
  });

  it('counts in the singular and the plural', () => {
    expect(en.search.found(0)).toBe('No results found. Try another word.');
    expect(en.search.found(1)).toBe('1 result found');
    expect(en.search.found(3)).toBe('3 results found');
    expect(enRequests.form.charactersLeft(1)).toBe('You have 1 character left');
    expect(enRequests.form.charactersOver(2)).toBe('You have 2 characters too many');
    expect(enRequests.form.charactersLimit(2000)).toBe('You can enter up to 2000 characters');
    expect(enRequests.requests.tooMany(60)).toContain('Wait 1 minute,');
    expect(enRequests.requests.tooMany(61)).toContain('Wait 2 minutes,');
  });

  it('puts the reference number and the step where a person listens for them', () => {
    expect(enRequests.requests.status.sent('MDJCL-2026-000123')).toBe('Sent. Reference number MDJCL-2026-000123');
    expect(enRequests.request.stepOf(2, 3)).toBe('Step 2 of 3');
  });
});
