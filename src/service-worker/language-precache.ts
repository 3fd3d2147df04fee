import { type PrecacheEntry, PrecacheController } from 'workbox-precaching';
import { defaultLocale, type Locale, localeOf, locales } from '../i18n/locales.ts';
import { languagePrecache, precacheCandidates, precacheLanguage } from './routes.ts';

/** The worker's install and activate events (typed by Workbox: this module is checked with the page's types too). */
type LifecycleEvent = Parameters<PrecacheController['install']>[0];
type ManifestEntry = PrecacheEntry | string;
const entryUrl = (entry: ManifestEntry) => (typeof entry === 'string' ? entry : entry.url);

/**
 * Precache by language (issue 16, point 1): the build lists every language's pages, search index, QR codes and
 * chunks (build/pwa/precache.ts); a phone installs the shared files and those of the language it arrived in, and
 * keeps another language's when read, as it always did for that language's code. One Workbox controller per
 * language, each with its own cache (`precache-<locale>`), so each keeps Workbox's revisions and clean-up.
 *
 * `manifest` is the build's whole list (`self.__WB_MANIFEST`); the shared part is returned for `precacheAndRoute`.
 * `openWindows` gives the addresses of the site's open pages, controlled or not (`clients.matchAll`).
 */
export function languagePrecaches(manifest: ManifestEntry[], openWindows: () => Promise<readonly { url: string }[]>) {
  const shared = manifest.filter((entry) => precacheLanguage(entryUrl(entry)) === undefined);
  const controllers = new Map(
    locales.map((locale) => {
      const controller = new PrecacheController({ cacheName: languagePrecache(locale) });
      controller.addToCacheList(manifest.filter((entry) => precacheLanguage(entryUrl(entry)) === locale));
      return [locale, controller] as const;
    }),
  );

  /** The languages whose precache this phone already holds (an update refreshes them). */
  const held = async () => (await Promise.all(locales.map(async (locale) => ((await caches.has(languagePrecache(locale))) ? locale : undefined))))
    .filter((locale): locale is Locale => locale !== undefined);

  /**
   * The languages to keep: those held and those of the open pages. On the first visit the page that registered the
   * worker is open, uncontrolled, at the address the QR code led to; with none open and none held, simplified Chinese.
   */
  async function languagesToKeep(): Promise<Locale[]> {
    const windows = await openWindows();
    const wanted = new Set([...windows.map((client) => localeOf(new URL(client.url).pathname)), ...(await held())]);
    return wanted.size ? [...wanted] : [defaultLocale];
  }

  return {
    shared,
    /** For the worker's `install` event: downloads what the phone's languages lack. */
    install: async (event: LifecycleEvent) => {
      await Promise.all((await languagesToKeep()).map((locale) => controllers.get(locale)!.install(event)));
    },
    /** For `activate`: drops a held language's files the new version no longer lists; opens no language's cache. */
    activate: async (event: LifecycleEvent) => {
      await Promise.all((await held()).map((locale) => controllers.get(locale)!.activate(event)));
    },
    /** The held copy of a language's precached file for this address, or undefined (not held, or not one of them). */
    match: async (url: URL): Promise<Response | undefined> => {
      const found = cacheKeyFor(url);
      return found && caches.match(found.cacheKey, { cacheName: languagePrecache(found.locale) });
    },
    /** Whether the address is one of a language's precached files (held or not). */
    lists: (url: URL) => cacheKeyFor(url) !== undefined,
  };

  function cacheKeyFor(url: URL): { locale: Locale; cacheKey: string } | undefined {
    for (const candidate of precacheCandidates(url)) {
      for (const [locale, controller] of controllers) {
        const cacheKey = controller.getCacheKeyForURL(candidate.href);
        if (cacheKey) return { locale, cacheKey };
      }
    }
    return undefined;
  }
}
