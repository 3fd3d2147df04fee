import { disclosureHref, guideHref, publishedHref, qrHref, saveAllSizesHref, sitemapHref } from '../addresses/addresses.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { readOverlay } from '../service-worker/published.ts';
import { PAGES_CACHE, SAVE_ALL_MESSAGE } from '../service-worker/routes.ts';

/**
 * "Save all for offline": every page the sitemap lists, with its QR code, into the cache the worker reads; what
 * staff published since the build included (the server's sitemap lists it), saved again where the phone holds an
 * older version, and what they withdrew dropped (`publishedChanges`).
 */

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

/** What staff changed since the build, for "save all", by address (`/en/disclosure/x/`). */
export interface PublishedChanges {
  /** Items and guides published or changed: saved even when the phone holds a copy, which may be older. */
  refresh: string[];
  /** Items and guides withdrawn: dropped from the phone. */
  withdrawn: string[];
}

/**
 * What staff changed since the build, from the published overlay of every language (src/content/published.ts),
 * asked through the worker, which keeps each overlay and the guides it lists (src/sw.ts). A language whose overlay
 * cannot be read adds nothing: its pages are saved as the sitemap lists them.
 */
export async function publishedChanges(fetchFn: typeof fetch = fetch): Promise<PublishedChanges> {
  const changes: PublishedChanges = { refresh: [], withdrawn: [] };
  await Promise.all(locales.map(async (locale) => {
    const overlay = await readOverlay(await fetchFn(publishedHref(locale)).catch(() => undefined));
    if (!overlay) return;
    changes.refresh.push(...overlay.disclosure.map((item) => item.href), ...overlay.guides.map((guide) => guideHref(guide.slug, locale)));
    changes.withdrawn.push(...overlay.withdrawn.guides.map((slug) => guideHref(slug, locale)));
    // The catalogue's own addresses (`href`) of withdrawn items are not in the overlay, only their slugs.
    changes.withdrawn.push(...overlay.withdrawn.disclosure.map((slug) => disclosureHref(slug, locale)));
  }));
  return changes;
}

async function isSaved(path: string): Promise<boolean> {
  const url = new URL(path, location.href);
  return !!((await caches.match(url.href)) ?? (await caches.match(new URL('index.html', url).href, { ignoreSearch: true })));
}

/** A few at a time: quick on a good network, gentle on a cheap phone's. */
const PARALLEL = 3;

/**
 * Saves each of `paths` the phone does not hold, and each of `changes.refresh` whether it does or not, with their QR
 * codes, reporting progress after each; drops `changes.withdrawn`. Resolves with how many were saved and failed.
 */
export async function saveAllPages(paths: string[], onProgress: (progress: SaveProgress) => void, changes: PublishedChanges = { refresh: [], withdrawn: [] }): Promise<SaveProgress> {
  const cache = await caches.open(PAGES_CACHE);
  const withdrawn = new Set(changes.withdrawn);
  for (const path of withdrawn) await Promise.all([cache.delete(path), cache.delete(qrHref(path))]);
  const refresh = new Set(changes.refresh.filter((path) => !withdrawn.has(path)));
  const all = [...new Set([...paths, ...refresh])].filter((path) => !withdrawn.has(path));
  const progress: SaveProgress = { done: 0, total: all.length, failed: 0 };
  const queue = [...all];
  const saveNext = async (): Promise<void> => {
    const path = queue.shift();
    if (path === undefined) return;
    try {
      if (refresh.has(path) || !(await isSaved(path))) await cache.add(path);
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
