import { type PrecacheEntry, PrecacheController } from 'workbox-precaching';
import { defaultLocale, type Locale, localeOf, locales } from '../i18n/locales.ts';
import { contentRevision, isPhoneRules, isUnpacked, type PackFile, packLocale, type PrecacheGroup, precacheGroup } from './pack-format.ts';
import type { HeldPage } from './pages.ts';
import {
  isCacheablePage, isNetworkFirstFile, isPublishedOverlay, languagePrecache, PAGES_CACHE, pageCacheKey, precacheCandidates, SAVE_DATA_CACHE,
} from './routes.ts';

/** The worker's install and activate events (typed by Workbox: this module is checked with the page's types too). */
type LifecycleEvent = Parameters<PrecacheController['install']>[0];
type ManifestEntry = PrecacheEntry | string;
const entryOf = (entry: ManifestEntry): PrecacheEntry => (typeof entry === 'string' ? { url: entry, revision: null } : entry);

/**
 * The copy of a packed file the page has already loaded, from the browser's HTTP cache without asking the network
 * (`only-if-cached`), or undefined. A page (`/x/index.html` in the list) was loaded at its address `/x/`. A file
 * named by its hash is the same whatever the copy's age; one with a revision (a page, a search index) is taken only
 * when its bytes are that revision (build/pwa/precache.ts: the first ten hex digits of their SHA-256), as an
 * update's install may find an older copy there. On the first visit (`firstVisit`), a file the server changes
 * without a build (a search index, which it merges with what staff published: `isNetworkFirstFile`) is taken
 * whatever its bytes: the page has just had it from the server, so it is newer than the build's, not older, and
 * the pack need not send the build's copy as well.
 */
async function loadedByPage(url: string, cacheKey: string, firstVisit: boolean): Promise<Response | undefined> {
  const address = new URL(url);
  address.pathname = address.pathname.replace(/\/index\.html$/, '/');
  const response = await fetch(address.href, { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' }).catch(() => undefined);
  if (!response?.ok || response.redirected) return undefined;
  if (cacheKey === url) return response;
  const revision = new URL(cacheKey).searchParams.get('__WB_REVISION__');
  const body = await response.arrayBuffer();
  if (firstVisit && isNetworkFirstFile(new URL(url), self.location.origin)) return new Response(body, { headers: response.headers });
  if (!revision || (await contentRevision(body)) !== revision) return undefined;
  return new Response(body, { headers: response.headers });
}

/** The pack's address asking the server to leave out the files the phone holds already. */
function packRequest(pack: URL, skipped: readonly string[]): URL {
  for (const path of skipped) pack.searchParams.append('skip', path);
  return pack;
}

/**
 * Precache by language (issue 16, point 1), in a handful of requests (point 2). The build lists every language's
 * pages, search index, QR codes and chunks (build/pwa/precache.ts) and packs each language's files with the shared
 * ones into one file (build/pwa/pack.ts). A phone installs the shared group and the group of the language it arrived
 * in from that language's pack, and keeps another language's files when read, as it always did for that language's
 * code. One Workbox controller per group, each with its own cache (the shared one Workbox's own), so each keeps Workbox's revisions,
 * cache keys and clean-up: only the download is ours.
 *
 * `manifest` is the build's whole list (`self.__WB_MANIFEST`). `openWindows` gives the addresses of the site's open
 * pages, controlled or not (`clients.matchAll`).
 */
export function languagePrecaches(manifest: ManifestEntry[], openWindows: () => Promise<readonly { url: string }[]>) {
  const entries = manifest.map(entryOf);
  const packs = new Map(entries.flatMap((entry) => {
    const locale = packLocale(entry.url);
    return locale ? [[locale, entry.url] as const] : [];
  }));
  const files = entries.filter((entry) => !packLocale(entry.url) && !isPhoneRules(entry.url));
  const groups: PrecacheGroup[] = ['shared', ...locales];
  const controllers = new Map(groups.map((group) => {
    const controller = new PrecacheController({ cacheName: group === 'shared' ? undefined : languagePrecache(group) });
    controller.addToCacheList(files.filter((entry) => precacheGroup(entry.url) === group));
    return [group, controller] as const;
  }));
  const shared = controllers.get('shared')!;

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

  /**
   * Puts into each group's cache, under Workbox's keys, each of its files the cache lacks: the packed ones from
   * `locale`'s pack (one download for all the groups), the others one by one (from the browser's cache, where the page
   * has just loaded them); with `packed` false, only those. `firstVisit`: the phone held no language before
   * (`loadedByPage`). Throws when a download fails, so that the install fails and is tried again, as Workbox's own does.
   */
  async function installGroups(locale: Locale, groups: PrecacheGroup[], packed = true, firstVisit = false): Promise<void> {
    const missing: { url: string; cacheKey: string; cache: Cache }[] = [];
    for (const group of groups) {
      const controller = controllers.get(group)!;
      const cache = await caches.open(controller.strategy.cacheName);
      for (const [url, cacheKey] of controller.getURLsToCacheKeys()) {
        if (!(await cache.match(cacheKey))) missing.push({ url, cacheKey, cache });
      }
    }
    const fetchOk = async (url: string, init?: RequestInit) => {
      const response = await fetch(url, { credentials: 'same-origin', ...init });
      if (!response.ok) throw new Error(`Precaching ${url}: ${response.status}`);
      return response;
    };
    const fromPack = packed ? missing.filter(({ url }) => !isUnpacked(new URL(url).pathname)) : [];
    // The page the QR code opened has just loaded its own HTML and some of the packed code: those are taken from the
    // browser's cache, and the server leaves them out of the pack it sends (server/http/pack.ts), so that no file is
    // downloaded twice (issue 16, point 2). A server that ignores `skip` sends the whole pack, which works as well.
    const wanted: typeof fromPack = [];
    const skipped: string[] = [];
    for (const file of fromPack) {
      const held = await loadedByPage(file.url, file.cacheKey, firstVisit);
      if (held) {
        await file.cache.put(file.cacheKey, held);
        skipped.push(new URL(file.url).pathname);
      } else wanted.push(file);
    }
    if (wanted.length) {
      const pack = packs.get(locale);
      if (!pack) throw new Error(`No pack for ${locale}`);
      const response = await fetchOk(packRequest(new URL(pack, self.location.href), skipped).href);
      // The page says when it was saved from its Date (src/offline/saved-at.ts): the pack's, or now.
      const date = response.headers.get('Date') ?? new Date().toUTCString();
      const contents = new Map(((await response.json()) as PackFile)
        .map(([path, type, body]) => [new URL(path, self.location.href).href, { type, body }]));
      for (const { url, cacheKey, cache } of wanted) {
        const file = contents.get(url);
        if (!file) throw new Error(`${url} is not in the pack for ${locale}`);
        await cache.put(cacheKey, new Response(file.body, { headers: { 'Content-Type': file.type, Date: date } }));
      }
    }
    for (const { url, cacheKey, cache } of missing.filter(({ url }) => isUnpacked(new URL(url).pathname))) {
      // A hashed file may come from the browser's cache as it is; one with a revision is checked with the server
      // first, which answers "not modified" for the copy the page has just loaded rather than sending it again.
      const response = await fetchOk(url, { cache: cacheKey === url ? 'default' : 'no-cache' });
      await cache.put(cacheKey, response);
    }
  }

  /** Whether this start of the worker installed an update over languages the phone held (not a first visit). */
  let updating = false;

  /** Whether the person's browser asks to save data, now or when the page registered this worker (src/offline/save-data.ts). */
  async function savingData(): Promise<boolean> {
    return !!(navigator as unknown as { connection?: { saveData?: boolean } }).connection?.saveData || caches.has(SAVE_DATA_CACHE);
  }

  /**
   * The open pages, kept as read: from the browser's own cache, where they have just loaded, so nothing is
   * downloaded again. A page that is not there is left to be kept when next opened.
   */
  async function keepOpenPages(): Promise<void> {
    const pages = await caches.open(PAGES_CACHE);
    for (const client of await openWindows()) {
      const url = new URL(client.url);
      if (!isCacheablePage(url, self.location.origin)) continue;
      // The page's answer varies on Save-Data, which its request carried.
      const response = await fetch(url.href, { cache: 'only-if-cached', mode: 'same-origin', headers: { 'Save-Data': 'on' } }).catch(() => undefined);
      if (response?.ok) await pages.put(pageCacheKey(url), response);
    }
  }

  function cacheKeyFor(url: URL): { group: PrecacheGroup; cacheKey: string } | undefined {
    for (const candidate of precacheCandidates(url)) {
      for (const [group, controller] of controllers) {
        const cacheKey = controller.getCacheKeyForURL(candidate.href);
        if (cacheKey) return { group, cacheKey };
      }
    }
    return undefined;
  }

  return {
    /**
     * For the worker's `install` event: downloads what the shared group and the phone's languages lack. Under
     * Save-Data (issue 16, point 5) nothing ahead: the files the page has loaded, the open pages, and what is
     * opened later, until the person asks for the rest (`saveAll`); an update refreshes only what was saved.
     */
    install: async () => {
      if (await savingData()) {
        const [first, ...others] = await held();
        await Promise.all([
          installGroups(first ?? defaultLocale, first ? ['shared', first] : ['shared'], first !== undefined),
          ...others.map((locale) => installGroups(locale, [locale])),
          keepOpenPages(),
        ]);
        return;
      }
      const firstVisit = (await held()).length === 0;
      updating = !firstVisit;
      const [first, ...others] = await languagesToKeep();
      await Promise.all([installGroups(first!, ['shared', first!], true, firstVisit), ...others.map((locale) => installGroups(locale, [locale]))]);
    },
    /** "保存全部页面" under Save-Data: the shared files and `locale`'s, from its pack. Throws as install does. */
    saveAll: async (locale: Locale) => {
      await installGroups(locale, ['shared', locale]);
    },
    /**
     * For `activate`: drops the files the new version no longer lists, as Workbox's own `activate` does, but keeps
     * the published overlay kept beside a language's files (`beside`); opens no cache of a language not held.
     */
    activate: async (_event: LifecycleEvent) => {
      await Promise.all([shared, ...(await held()).map((locale) => controllers.get(locale)!)].map(async (controller) => {
        const cache = await caches.open(controller.strategy.cacheName);
        const listed = new Set(controller.getURLsToCacheKeys().values());
        for (const request of await cache.keys()) {
          if (!listed.has(request.url) && !isPublishedOverlay(new URL(request.url), self.location.origin)) await cache.delete(request);
        }
      }));
    },
    /** The languages whose precache this phone holds. */
    held,
    /** Whether the browser asks to save data, now or when the worker was registered. */
    savingData,
    /**
     * Whether this start of the worker installed an update over a precache the phone held: false on the first visit,
     * under Save-Data, and when the worker has restarted since its install.
     */
    updating: () => updating,
    /** The held copy of a precached file for this address (`/x/` → `/x/index.html`), or undefined. */
    match: async (url: URL): Promise<Response | undefined> => {
      const found = cacheKeyFor(url);
      return found && caches.match(found.cacheKey, { cacheName: controllers.get(found.group)!.strategy.cacheName });
    },
    /** The phone rule library's address, kept when the form opens rather than installed (`isPhoneRules`). */
    phoneRules: entries.find((entry) => isPhoneRules(entry.url))?.url,
    /** Whether the address is one of the precached files, held or not (another language's may not be). */
    lists: (url: URL) => cacheKeyFor(url) !== undefined,
    /**
     * A precached page's copy, for src/service-worker/pages.ts: read, replaced by a newer answer (a page staff
     * changed since the build), or dropped (withdrawn). Only in a language cache the phone holds: writing would
     * create one, and the phone would then count that language as held.
     */
    /**
     * A published overlay's copy (`isPublishedOverlay`), kept beside the files of its language's precache, under its
     * address, while the phone holds that language; with the language not held, nothing (`read` undefined, `keep`
     * false), so the worker keeps it elsewhere.
     */
    beside: (url: URL): Omit<HeldPage, 'keep'> & { keep(response: Response): Promise<boolean> } => {
      const cacheName = languagePrecache(localeOf(url.pathname));
      const key = pageCacheKey(url);
      const open = async () => ((await caches.has(cacheName)) ? caches.open(cacheName) : undefined);
      return {
        read: async () => (await open())?.match(key),
        keep: async (response) => {
          const cache = await open();
          await cache?.put(key, response);
          return cache !== undefined;
        },
        drop: async () => void (await (await open())?.delete(key)),
      };
    },
    page: (url: URL): HeldPage => {
      const found = cacheKeyFor(url);
      const cacheName = found && controllers.get(found.group)!.strategy.cacheName;
      const open = async () => (cacheName && (await caches.has(cacheName)) ? caches.open(cacheName) : undefined);
      return {
        read: async () => (found ? (await open())?.match(found.cacheKey) : undefined),
        keep: async (response) => void (found && (await (await open())?.put(found.cacheKey, response))),
        drop: async () => void (found && (await (await open())?.delete(found.cacheKey))),
      };
    },
  };
}
