/**
 * The page-weight part of `npm run bench`: one page of each type, in every language, since DESIGN.md's budgets
 * apply to every page (the zh-Hant pages, whose text and code are generated, were the first over them).
 */
import { localePath, locales, type Locale } from '../src/i18n/locales.ts';

const KB = 1024;
/** DESIGN.md: HTML and CSS 14 KB; any content page 20 KB of JavaScript, the request form 35 KB. Gzip bytes. */
export const pageBudgets = { htmlAndCss: 14 * KB, javascript: 20 * KB, formJavascript: 35 * KB };

/** Each page type by its simplified-Chinese address; a search asks for a word of the page's own language. */
const pageTypes: [type: string, path: string][] = [
  ['home', '/'],
  ['guide list', '/guides/'],
  ['guide', '/guides/certificate-new/'],
  ['disclosure catalogue', '/disclosure/'],
  ['disclosure item', '/disclosure/suggestion-87-reply/'],
  ['annual report', '/reports/2017/'],
  ['content page', '/accessibility/'],
  ['search', '/search/?q='],
  ['request form', '/request/applicant/'],
  ['check answers', '/request/check/'],
  ['mailbox form', '/ask/'],
  ['mailbox form from a guide', '/ask/?page=%2Fguides%2Fcertificate-new%2F'],
  ['published answers', '/ask/answers/'],
  ['not found', '/no-such-page/'],
];

const searchWord: Record<Locale, string> = { 'zh-Hans': '乘车', 'zh-Hant': '乘車', en: 'bus' };

/** One row to measure: the type, the language and the address (`/en/search/?q=bus`). */
export interface BenchPage { type: string; locale: Locale; path: string }

/** Every page type in every language, the languages one after the other. */
export const benchPages: BenchPage[] = locales.flatMap((locale) =>
  pageTypes.map(([type, path]) => ({
    type,
    locale,
    path: localePath(path, locale) + (path.endsWith('?q=') ? encodeURIComponent(searchWord[locale]) : ''),
  })),
);

/** What a page fetched, gzip bytes: its HTML and CSS, its JavaScript, and how many files. */
export interface PageWeight extends BenchPage { htmlAndCss: number; javascript: number; files: number }

/** The request form's steps and the mailbox's form have the form's JavaScript budget; every other page the content page's. Gzip bytes. */
export const javascriptBudget = (path: string) => (/^\/(?:request\/|ask\/(?:\?|$))/.test(localePath(path, 'zh-Hans')) ? pageBudgets.formJavascript : pageBudgets.javascript);

/** Whether a page is over either of its budgets. */
export const isPageOver = (row: PageWeight) => row.htmlAndCss > pageBudgets.htmlAndCss || row.javascript > javascriptBudget(row.path);

/** The page-weight table, one row per type with a column pair per language, `OVER` beside a figure over budget. */
export function printPageWeights(rows: PageWeight[], kb: (bytes: number) => string): void {
  const mark = (value: number, budget: number) => `${kb(value)}${value > budget ? ' OVER' : ''}`;
  console.log(`\nPage weight, gzip, in every language (budgets: HTML+CSS ≤ ${kb(pageBudgets.htmlAndCss)}, JS ≤ ${kb(pageBudgets.javascript)}, the request form's JS ≤ ${kb(pageBudgets.formJavascript)})\n`);
  console.log(`| page type | ${locales.map((locale) => `${locale} HTML + CSS | ${locale} JS`).join(' | ')} |`);
  console.log(`|---|${locales.map(() => '---:|---:').join('|')}|`);
  for (const type of [...new Set(rows.map((row) => row.type))]) {
    const cells = locales.map((locale) => {
      const row = rows.find((one) => one.type === type && one.locale === locale);
      return row ? `${mark(row.htmlAndCss, pageBudgets.htmlAndCss)} | ${mark(row.javascript, javascriptBudget(row.path))}` : '– | –';
    });
    console.log(`| ${type} | ${cells.join(' | ')} |`);
  }
}
