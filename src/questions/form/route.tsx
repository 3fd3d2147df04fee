import type { ComponentType } from 'preact';
import { useLocation } from 'preact-iso';
import type { Locale } from '../../i18n/locales.ts';
import AskPage from './AskPage.tsx';
import { loadAskMessages } from './messages/index.ts';
import type { NameablePages } from './page-naming.ts';

/** The language's lists (src/app/content-sections.ts: `guides`, `disclosure`), each a chunk loaded when asked. */
export type NameablePageLists = { [list in keyof NameablePages]: () => Promise<{ items: NameablePages[list] }> };

const NO_PAGES: NameablePages = { guides: [], disclosure: [] };

/**
 * The `/ask/` route's page in `locale`, with what it needs before it renders: its text and, given `sections`, the
 * language's guides and disclosure items (the lists' own chunks, shared with the list pages), whose titles name the
 * page `?page=` gives. src/app/App.tsx passes them only for an address with `?page=`: the form opened directly does
 * not download the site's two catalogues (3 KB of its JavaScript budget). A chunk of its own, so no other page
 * carries the form.
 */
export async function askRoute(locale: Locale, sections?: NameablePageLists): Promise<ComponentType> {
  const [, guides, disclosure] = await Promise.all([loadAskMessages(locale), sections?.guides(), sections?.disclosure()]);
  const pages = guides && disclosure ? { guides: guides.items, disclosure: disclosure.items } : NO_PAGES;
  return function AskRoute() {
    // Keyed, so that following a link to the form from another page names that page, not the one named first.
    const { query } = useLocation();
    return <AskPage key={query.page} pages={pages} />;
  };
}
