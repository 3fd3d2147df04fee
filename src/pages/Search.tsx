import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { announce } from '../a11y/announce.ts';
import { Page } from '../components/Page/Page.tsx';
import { SearchForm } from '../components/SearchForm/SearchForm.tsx';
import { searchIndexHref } from '../addresses/addresses.ts';
import { useForeignLang, useHref, useLocale, useMessages } from '../i18n/index.ts';
import { type Locale, localePath } from '../i18n/locales.ts';
import { search, type SearchEntry, type SearchIndex } from '../search/search.ts';

let index: Promise<SearchIndex> | undefined;
/** The index once it has arrived, so that a page can show its results in its first render. */
let loaded: SearchIndex | undefined;

/**
 * The index of the page's language (/search-index.json, /en/search-index.json), fetched on the first search
 * only; the service worker keeps the simplified one from the first visit, the others once read.
 */
function loadIndex(locale: Locale): Promise<SearchIndex> {
  index ??= fetch(searchIndexHref(locale)).then((response) => {
    if (!response.ok) throw new Error(`search index: ${response.status}`);
    return response.json() as Promise<SearchIndex>;
  });
  void index.then((arrived) => (loaded = arrived), () => undefined);
  index.catch(() => (index = undefined));
  return index;
}

type State = { query: string; results?: SearchEntry[]; failed?: boolean };

/**
 * The page, ready to take over one the server rendered with its results (server/search/pages.tsx, for an address
 * opened with `?q=`): the index is loaded first, so the app's first render shows the same results and nothing on
 * screen changes. On any other page the index is loaded when a search is made.
 */
export async function whenReady(locale: Locale) {
  if (typeof document !== 'undefined' && document.querySelector('.search-results')) await loadIndex(locale).catch(() => undefined);
  return Search;
}

/**
 * @param found the results, when the server has already searched (server/search/pages.tsx answers `/search/?q=…`
 *   without JavaScript): shown as they are, with the same markup the app shows.
 */
export default function Search({ found }: { found?: SearchEntry[] }) {
  const t = useMessages();
  const locale = useLocale();
  const href = useHref();
  const foreign = useForeignLang();
  const { query } = useLocation();
  const q = (query.q ?? '').trim();
  const [state, setState] = useState<State>(() => {
    const results = found ?? (q && loaded ? search(loaded, q) : undefined);
    return results ? { query: q, results } : { query: '' };
  });

  useEffect(() => {
    if (!q) return setState({ query: '' });
    // Already shown, as the server rendered it: said once, by the page itself.
    if (state.query === q && state.results) return;
    let current = true;
    setState({ query: q });
    loadIndex(locale).then(
      (loaded) => {
        if (!current) return;
        const results = search(loaded, q);
        setState({ query: q, results });
        announce(t.search.found(results.length));
      },
      () => {
        if (!current) return;
        setState({ query: q, failed: true });
        announce(t.search.failed);
      },
    );
    return () => {
      current = false;
    };
  }, [q]);

  return (
    <Page title={t.search.title} description={t.search.intro} trail={[]}>
      <SearchForm query={q} />
      {state.query && (
        <section class="search-results" aria-labelledby="search-results-count">
          <h2 id="search-results-count">
            {state.failed ? t.search.failed : state.results ? t.search.found(state.results.length) : t.search.loading}
          </h2>
          {state.results && state.results.length > 0 && (
            <ol class="item-list">
              {state.results.map((entry) => (
                <li key={entry.href}>
                  <a href={href(entry.href)} lang={foreign(entry.lang)}>{entry.title}</a>
                  <span class="item-list__meta">{t.search.sections[entry.section]}</span>
                  <p class="item-list__summary" lang={foreign(entry.lang)}>{entry.summary}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </Page>
  );
}
