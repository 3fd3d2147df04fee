import type { ComponentType } from 'preact';
import type { Locale } from '../../i18n/locales.ts';
import AskPage from './AskPage.tsx';
import { loadAskMessages } from './messages/index.ts';
import type { NameablePages } from './page-naming.ts';

/** The language's lists (src/app/content-sections.ts: `guides`, `disclosure`), each a chunk loaded when asked. */
export type NameablePageLists = { [list in keyof NameablePages]: () => Promise<{ items: NameablePages[list] }> };

/**
 * The `/ask/` route's page in `locale`, with what it needs before it renders: its text and the language's guides and
 * disclosure items (the lists' own chunks, shared with the list pages), whose titles name the page `?page=` gives.
 * A chunk of its own (src/app/App.tsx imports it lazily), so no other page carries the form.
 */
export async function askRoute(locale: Locale, sections: NameablePageLists): Promise<ComponentType> {
  const [, guides, disclosure] = await Promise.all([loadAskMessages(locale), sections.guides(), sections.disclosure()]);
  const pages = { guides: guides.items, disclosure: disclosure.items };
  return () => <AskPage pages={pages} />;
}
