/**
 * Build time only: the page of one address, for src/main.tsx's `prerender`. A chunk of its own, which no page
 * loads: the head's alternate links and the render-to-string call were in the main chunk every page downloads.
 */
import { prerender as renderToString } from 'preact-iso';
import { App } from './app/App.tsx';
import { alternateLinks, canonicalUrl, documentTitle, takeHead } from './components/Page/head.ts';
import { loadMessages } from './i18n/index.ts';
import { localeOf } from './i18n/locales.ts';

export async function prerenderPage(url: string) {
  const messages = await loadMessages(localeOf(url));
  const { html } = await renderToString(<App messages={messages} />);
  const head = takeHead();
  // No link discovery: the list of pages is vite.config.ts's, so a broken link never becomes a page.
  return {
    html,
    head: {
      lang: head.lang,
      title: documentTitle(head.title, head.names),
      elements: new Set([
        { type: 'meta', props: { name: 'description', content: head.description } },
        ...(head.path ? [{ type: 'link', props: { rel: 'canonical', href: canonicalUrl(head.path) } }] : []),
        ...(head.path ? alternateLinks(head.path).map((props) => ({ type: 'link', props })) : []),
      ]),
    },
  };
}
