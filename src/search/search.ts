import { normalise, tokenize } from './tokenize.ts';

/** One page in the index the build writes to /search-index.json (/zh-Hant/search-index.json, /en/…). */
export interface SearchEntry {
  href: string;
  title: string;
  summary: string;
  /** Which part of the site: a guide, a disclosure item, a report, a published answer, or another page. */
  section: 'guides' | 'disclosure' | 'reports' | 'pages' | 'answers';
  /** Everything else on the page, as plain text. */
  text: string;
  /** The language of the page's text when it is not the index's: an English index holds pages not yet translated. */
  lang?: string;
}

export interface SearchIndex {
  lang: string;
  entries: SearchEntry[];
  /**
   * { Han character: its simplified form } for the index's characters and their traditional forms, made at build
   * time (build/site-files/script-fold.ts): the index's text and the query are both folded with it, so either
   * script finds the same pages.
   */
  fold?: Record<string, string>;
}

const HAN = /\p{Script=Han}/gu;

const TITLE_WEIGHT = 10;
const SUMMARY_WEIGHT = 3;
const PHRASE_BONUS = 20;
const MIN_COVERAGE = 0.5;

/** Presence, not frequency: a long page that repeats a word is not more relevant than a short one that has it. */
const has = (haystack: string, needle: string) => (haystack.includes(needle) ? 1 : 0);

function adjacentPairs(terms: string[]): string[] {
  return terms.slice(0, -1).map((term, i) => term + terms[i + 1]);
}

/** A longer word says more about what the person wants than a single character does. */
const weight = (term: string) => [...term].length;

/**
 * Pages that hold most of the query, best first. People type questions ("怎么办残疾人证"), so a page need
 * not hold every word: it must hold words making up at least half the query's characters. Among those, words
 * found side by side as in the query count more; a word in the title counts most, then in the summary, then in the text; and the
 * whole query found as written counts more than its words found apart.
 */
export function search(index: SearchIndex, query: string): SearchEntry[] {
  const fold = index.fold ?? {};
  // Width and case by NFKC (normalise), script by the index's table: ＱＲ, 殘疾人證 and 残疾人证 read alike.
  const folded = (text: string) => normalise(text).replace(HAN, (character) => fold[character] ?? character);
  const terms = tokenize(folded(query), index.lang);
  if (terms.length === 0) return [];
  const phrase = folded(query);
  const queryWeight = terms.reduce((sum, term) => sum + weight(term), 0);
  const scored = index.entries.flatMap((entry) => {
    const title = folded(entry.title);
    const summary = folded(entry.summary);
    const text = folded(entry.text);
    let matched = 0;
    let score = 0;
    const found = (term: string) =>
      has(title, term) * TITLE_WEIGHT + has(summary, term) * SUMMARY_WEIGHT + has(text, term);
    for (const term of terms) {
      const hits = found(term);
      if (hits === 0) continue;
      matched += weight(term);
      score += hits * weight(term);
    }
    // Words that stand together in the query and on the page ("残疾"+"人"+"证") are worth more than scattered ones.
    for (const pair of adjacentPairs(terms)) score += found(pair) * weight(pair);
    const coverage = matched / queryWeight;
    if (coverage < MIN_COVERAGE) return [];
    if (title.includes(phrase)) score += PHRASE_BONUS * 2;
    else if (summary.includes(phrase) || text.includes(phrase)) score += PHRASE_BONUS;
    return [{ entry, score }];
  });
  // A stable sort: equal scores keep the index's order, which puts the most asked-for guides first.
  return scored.sort((a, b) => b.score - a.score).map(({ entry }) => entry);
}
