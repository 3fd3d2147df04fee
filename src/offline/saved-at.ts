import { chinaDateTime } from '../dates/china.ts';
import { pageCacheKey } from '../service-worker/routes.ts';

/**
 * When the phone saved the page at `url`, from the Date header of the kept answer: pages read once live in
 * the pages cache, precached pages under their `index.html`.
 */
export async function savedAt(url: URL): Promise<Date | undefined> {
  if (typeof caches === 'undefined') return undefined;
  const kept =
    (await caches.match(pageCacheKey(url))) ??
    (await caches.match(new URL(`${url.pathname.replace(/\/?$/, '/')}index.html`, url).href, { ignoreSearch: true }));
  const date = kept?.headers.get('Date');
  return date ? new Date(date) : undefined;
}

/** When a page was saved, in China's time like every date the site shows, written the way `lang` writes dates. */
export function formatSavedAt(date: Date, lang: string): string {
  return chinaDateTime(date, lang, 'long');
}
