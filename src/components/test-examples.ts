import { h, type VNode } from 'preact';
import { LocationProvider } from 'preact-iso';
import { locationStub } from 'preact-iso/prerender';
import { render } from 'preact-render-to-string';
import { en } from '../i18n/en.ts';
import { type Messages, MessagesContext } from '../i18n/index.ts';
import { localeOf } from '../i18n/locales.ts';
import { zhHans } from '../i18n/zh-Hans.ts';

/**
 * One example input of a component (`<Name>.examples.tsx`, GOV.UK Frontend's fixtures): what it shows, and the
 * address of the page it is on, whose language gives the interface text. Every export of an examples file is one;
 * the unit tests render them (`renderExample`) and e2e/components.spec.ts runs axe on each with the built stylesheet.
 */
export interface Example {
  element: VNode;
  /** The page's address; simplified Chinese, the site's first language, when absent. */
  url?: string;
}

/** Examples in the two languages whose text is written by hand (traditional Chinese is converted at build time). */
const messages: Partial<Record<string, Messages>> = { 'zh-Hans': zhHans, en };

/** The example as the server or the prerenderer would render it: inside the page's messages and location. */
export function renderExample({ element, url = '/' }: Example): { html: string; lang: string } {
  const text = messages[localeOf(url)];
  if (!text) throw new Error(`Examples are in simplified Chinese or English: ${url}`);
  // preact-iso's LocationProvider reads `location` for the address: outside a browser, a stand-in for this page's.
  locationStub(url);
  return { html: render(h(MessagesContext.Provider, { value: text }, h(LocationProvider, null, element))), lang: text.lang };
}
