import { Converter } from 'opencc-js';

/**
 * Build time only: the fold table of a search index, so that a query in either script finds the same pages
 * (`残疾人证` and `殘疾人證` alike) without a converter in the browser. Each Han character of the index, and each
 * traditional form of its simplified characters (Taiwan, Hong Kong and OpenCC standard forms, so 裡 and 裏 both),
 * maps to its simplified form; the browser folds the index's text and the query with it (src/search/search.ts).
 * Only characters whose simplified form differs are listed: a few kilobytes in the index file, nothing in the
 * page's code.
 */

const toSimplified = Converter({ from: 'tw', to: 'cn' });
const traditionalForms = [Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'hk' }), Converter({ from: 'cn', to: 't' })];

const HAN = /\p{Script=Han}/gu;
const single = (text: string) => [...text].length === 1;

/**
 * @param text every text of the index (titles, summaries, page text), in any script
 * @returns { character: its simplified form } for each Han character of `text` or a traditional form of one
 *   whose simplified form differs from it; character by character (no phrase context), the same on both sides
 */
export function scriptFold(text: string): Record<string, string> {
  const fold: Record<string, string> = {};
  const add = (character: string) => {
    const simplified = toSimplified(character);
    if (single(simplified) && simplified !== character) fold[character] = simplified;
  };
  for (const character of new Set(text.match(HAN))) {
    add(character);
    const simplified = toSimplified(character);
    for (const convert of traditionalForms) {
      const form = convert(simplified);
      if (single(form)) add(form);
    }
  }
  return Object.fromEntries(Object.entries(fold).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
