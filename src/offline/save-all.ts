import { qrHref, saveAllSizesHref, sitemapHref } from '../addresses/addresses.ts';
import type { Locale } from '../i18n/locales.ts';
import { PAGES_CACHE, SAVE_ALL_MESSAGE } from '../service-worker/routes.ts';

/** "Save all for offline": every page the sitemap lists, with its QR code, into the cache the worker reads. */

export interface SaveProgress {
  done: number;
  total: number;
  failed: number;
}

/** The addresses of every public page, from the sitemap the build writes (paths only: BASE_URL may differ). */
export async function sitemapPaths(fetchFn: typeof fetch = fetch): Promise<string[]> {
  const response = await fetchFn(sitemapHref);
  if (!response.ok) throw new Error(`sitemap: ${response.status}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
}

async function isSaved(path: string): Promise<boolean> {
  const url = new URL(path, location.href);
  return !!((await caches.match(url.href)) ?? (await caches.match(new URL('index.html', url).href, { ignoreSearch: true })));
}

/** A few at a time: quick on a good network, gentle on a cheap phone's. */
const PARALLEL = 3;

export async function saveAllPages(paths: string[], onProgress: (progress: SaveProgress) => void): Promise<SaveProgress> {
  const cache = await caches.open(PAGES_CACHE);
  const progress: SaveProgress = { done: 0, total: paths.length, failed: 0 };
  const queue = [...paths];
  const saveNext = async (): Promise<void> => {
    const path = queue.shift();
    if (path === undefined) return;
    try {
      if (!(await isSaved(path))) await cache.add(path);
      // The page reads without its QR image; a missing one must not count the page as lost.
      if (!(await cache.match(qrHref(path)))) await cache.add(qrHref(path)).catch(() => undefined);
      progress.done++;
    } catch {
      progress.failed++;
    }
    onProgress({ ...progress });
    return saveNext();
  };
  await Promise.all(Array.from({ length: PARALLEL }, saveNext));
  return progress;
}

/** How much this site keeps on the phone, in words, or undefined where the browser does not say. */
export async function storageUsed(lang: string): Promise<string | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  if (estimate?.usage === undefined) return undefined;
  const megabytes = estimate.usage / 1_000_000;
  return new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(megabytes);
}

/**
 * Asks the service worker for the precache it left out under Save-Data: the shared code and `locale`'s pages and
 * code, one pack each (src/service-worker/language-precache.ts, `saveAll`). Resolves when they are kept, at once
 * where no worker is active; rejects when the worker could not download them.
 */
export async function saveLanguage(locale: Locale): Promise<void> {
  const worker = (await navigator.serviceWorker?.getRegistration())?.active;
  if (!worker) return;
  await new Promise<void>((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => (event.data === 'saved' ? resolve() : reject(new Error('The worker could not save the precache')));
    worker.postMessage({ type: SAVE_ALL_MESSAGE, locale }, [channel.port2]);
  });
}

/**
 * What "保存全部页面" will download for a phone keeping `locale`, in words of `lang` (`约 245 KB`), from the build's
 * figures (`saveAllSizesHref`); undefined when they cannot be read.
 */
export async function saveAllSize(locale: Locale, lang: string, fetchFn: typeof fetch = fetch): Promise<string | undefined> {
  try {
    const response = await fetchFn(saveAllSizesHref);
    if (!response.ok) return undefined;
    const bytes = ((await response.json()) as Partial<Record<Locale, number>>)[locale];
    if (typeof bytes !== 'number') return undefined;
    const [value, unit] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
    return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
  } catch {
    return undefined;
  }
}
