
/**
 * The service worker: what a phone keeps so the guides, the home page, the request form and search work
 * with no signal (DESIGN.md, "Offline and caching"). The build injects the precache list (vite.config.ts).
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { sendAll, SYNC_TAG } from './requests/outbox/sender.ts';
import {
  canonicalRedirect, CODE_CACHE, isCacheablePage, isKeptWhenFetched, isNetworkFirstFile, isPublishedOverlay, isQrImage, offlinePageFor,
  PAGES_CACHE, pageCacheKey, KEEP_PHONE_RULES_MESSAGE, SAVE_ALL_MESSAGE, withTrailingSlash,
} from './service-worker/routes.ts';
import { localeOf, locales, type Locale } from './i18n/locales.ts';
import { publishedHref } from './addresses/addresses.ts';
import { languagePrecaches } from './service-worker/language-precache.ts';
import { type HeldPage, networkFirstPage } from './service-worker/pages.ts';
import { keepPublishedGuides, readOverlay } from './service-worker/published.ts';

declare const self: ServiceWorkerGlobalScope;

// The page of the first visit is served by the worker as soon as it is ready, so it keeps working if the signal
// drops before the next page load. Updates still wait for the person (below): claiming happens on activation only.
clientsClaim();

const origin = self.location.origin;

// `/ZH-HANT/guides/`, `/guides/index.html`: redirected to the page's own address before the precache could answer
// the file under the wrong address (the router would then show "not found" for a page that exists).
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && canonicalRedirect(url, origin) !== undefined,
  async ({ url }) => Response.redirect(canonicalRedirect(url, origin)!, 301),
);

// The shared code and files, and the pages and code of the language the phone arrived in, each group from one
// pack (issue 16, points 1 and 2).
const languages = languagePrecaches(self.__WB_MANIFEST, () => self.clients.matchAll({ type: 'window', includeUncontrolled: true }));
cleanupOutdatedCaches();
self.addEventListener('install', (event) => event.waitUntil(languages.install()));
// An update then asks for what staff published (`refreshPublished`); a first visit does not, to download no more.
self.addEventListener('activate', (event) => event.waitUntil(languages.activate(event)
  .then(() => (languages.updating() ? refreshPublished(false).catch(() => undefined) : undefined))));

const codeStrategy = new CacheFirst({ cacheName: CODE_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });
const indexStrategy = new StaleWhileRevalidate({ cacheName: CODE_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });
/**
 * How long a page waits for the server before the phone's copy answers, in milliseconds: long enough for a slow
 * connection to bring a page staff have changed since (a page is 5 to 10 KB), short enough that a bad signal does
 * not hold up a page the phone has.
 */
const PAGE_TIMEOUT_MS = 3000;

/** A copy kept under its address (`pageCacheKey`) in one of the worker's own caches. */
function inCache(cacheName: string, url: URL): HeldPage {
  const key = pageCacheKey(url);
  return {
    read: async () => (await caches.open(cacheName)).match(key),
    keep: async (response) => void (await (await caches.open(cacheName)).put(key, response)),
    drop: async () => void (await (await caches.open(cacheName)).delete(key)),
  };
}

/** The phone's copy of a page: its precache's if the phone holds the page's language, else the one kept when read. */
function heldPage(url: URL): HeldPage {
  return heldIn(languages.page(url), inCache(PAGES_CACHE, url));
}

/**
 * The precache's copy where it holds one, else `kept`. A copy in `kept` of a precached file is newer, saved by
 * "保存全部页面" from the server after staff changed it (src/offline/save-all.ts), so it is read first; a newer
 * answer replaces the precache's copy and that one.
 */
function heldIn(precached: HeldPage, kept: HeldPage): HeldPage {
  return {
    read: async () => (await kept.read()) ?? precached.read(),
    keep: async (response) => {
      if (await precached.read()) await Promise.all([precached.keep(response), kept.drop()]);
      else await kept.keep(response);
    },
    drop: async () => {
      await Promise.all([precached.drop(), kept.drop()]);
    },
  };
}

/**
 * The phone's copy of a file staff change (`isNetworkFirstFile`): a search index in its language's precache, the
 * published overlay beside it (`languages.beside`), while the phone holds that language; else in the code cache,
 * kept when first fetched as another language's code is. A newer overlay also keeps its guides (`overlayKept`).
 */
function heldFile(url: URL, waitUntil: (promise: Promise<unknown>) => void): HeldPage {
  const elsewhere = inCache(CODE_CACHE, url);
  if (!isPublishedOverlay(url, origin)) return heldIn(languages.page(url), elsewhere);
  const beside = languages.beside(url);
  const held: HeldPage = {
    read: async () => (await beside.read()) ?? elsewhere.read(),
    keep: async (response) => {
      if (await beside.keep(response)) await elsewhere.drop();
      else await elsewhere.keep(response);
    },
    drop: async () => {
      await Promise.all([beside.drop(), elsewhere.drop()]);
    },
  };
  return {
    ...held,
    keep: async (response) => {
      const previous = await readOverlay(await held.read());
      await held.keep(response.clone());
      // Not awaited: the page has its answer as soon as the overlay is kept; the guides follow.
      waitUntil(overlayKept(localeOf(url.pathname), response, previous));
    },
  };
}

/**
 * A newer overlay of `locale` is kept: the published guides it lists are kept and the withdrawn ones dropped
 * (src/service-worker/published.ts), unless the phone saves data, where only what is opened is kept until
 * "保存全部页面", or holds no precache of that language, whose shipped guides it does not keep either.
 */
async function overlayKept(locale: Locale, response: Response, previous: Awaited<ReturnType<typeof readOverlay>>): Promise<void> {
  const overlay = await readOverlay(response);
  if (!overlay || (await languages.savingData()) || !(await languages.held()).includes(locale)) return;
  await keepPublishedGuides(overlay, locale, previous, (path) => heldPage(new URL(path, origin)), (path) => fetch(path, { credentials: 'same-origin' }));
}

/**
 * The overlay of each language the phone holds, asked of the server and kept, with its guides (`heldFile`): after
 * an update's activation, and once per start of the worker for a language whose overlay it does not hold yet (the
 * first visit leaves it out, so as not to add to what that visit downloads: scripts/bench-first-visit.ts). Offline, or on a
 * server error, the copy held stays.
 */
async function refreshPublished(onlyMissing: boolean): Promise<void> {
  const pending: Promise<unknown>[] = [];
  await Promise.all((await languages.held()).map(async (locale) => {
    const url = new URL(publishedHref(locale), origin);
    const held = heldFile(url, (promise) => pending.push(promise));
    if (onlyMissing && (await held.read())) return;
    const response = await fetch(url.href, { credentials: 'same-origin' }).catch(() => undefined);
    if (response?.status === 200) await held.keep(response);
  }));
  await Promise.all(pending);
}

/** Whether this start of the worker has looked for an overlay it lacks (`refreshPublished`). */
let lookedForOverlays = false;

const page = ({ request, url, event }: { request: Request; url: URL; event: ExtendableEvent }) => {
  if (!lookedForOverlays) {
    lookedForOverlays = true;
    event.waitUntil(refreshPublished(true).catch(() => undefined));
  }
  return networkFirstPage(request, heldPage(url), PAGE_TIMEOUT_MS, (promise) => event.waitUntil(promise));
};

// What staff change without a build, each language's published overlay and search index: network first, as pages.
// Before the precache's route, which would answer the search index from the build's copy.
registerRoute(
  ({ url }) => isNetworkFirstFile(url, origin),
  ({ request, url, event }) => {
    const waitUntil = (promise: Promise<unknown>) => event.waitUntil(promise.catch(() => undefined));
    return networkFirstPage(request, heldFile(url, waitUntil), PAGE_TIMEOUT_MS, waitUntil);
  },
);

// A precached page or file: a page network first (src/service-worker/pages.ts); a file from its precache, or another
// language's, when the phone does not hold that language, kept when first read like any other chunk.
// A page's address without its slash is left to the route below: online the server redirects it, offline the worker.
registerRoute(
  ({ request, url }) => url.origin === origin && !(request.mode === 'navigate' && withTrailingSlash(url, origin) !== undefined) && languages.lists(url),
  async ({ url, request, event }) => {
    if (request.mode === 'navigate') return page({ request, url, event });
    const held = await languages.match(url);
    if (held) return held;
    return (url.pathname.endsWith('.js') ? codeStrategy : indexStrategy).handle({ request, event });
  },
);

// QR codes: kept when shown, not downloaded ahead (issue 16); a code never changes for its address.
registerRoute(({ url }) => isQrImage(url, origin), new CacheFirst({ cacheName: PAGES_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] }));

// Disclosures, reports and the other pages: kept the first time they are read, network first like the precached ones.
registerRoute(({ request, url }) => request.mode === 'navigate' && isCacheablePage(url, origin), page);

// Another language's code, once a page in that language has used it: a page read once in traditional Chinese or
// English then works offline as it did online.
registerRoute(({ url }) => isKeptWhenFetched(url, origin), ({ request, event }) => codeStrategy.handle({ request, event }));

// "/x" from a printed poster: the server redirects it; offline, the worker does.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && withTrailingSlash(url, origin) !== undefined,
  async ({ request, url }) => {
    try {
      return await fetch(request);
    } catch {
      return Response.redirect(withTrailingSlash(url, origin)!, 301);
    }
  },
);

// A page never read, with no signal: the app's own offline page, in the address's language, not the browser's error.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return (await languages.match(new URL(offlinePageFor(new URL(request.url)), origin))) ?? Response.error();
});

// A new version waits until the person chooses to reload (src/offline/service-worker.ts); it never takes over by itself.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
  // The request form has opened: its phone rule's library, left out of the first visit, is kept from now on, so the
  // form checks numbers offline too (issue 16, point 6). From this cache if already there, else one download.
  if (event.data?.type === KEEP_PHONE_RULES_MESSAGE && languages.phoneRules) {
    event.waitUntil(codeStrategy.handle({ request: new Request(new URL(languages.phoneRules, self.location.href).href), event }).catch(() => undefined));
  }
  // "保存全部页面" under Save-Data: the precache this worker left out, answered on the page's port when done.
  if (event.data?.type === SAVE_ALL_MESSAGE && locales.includes(event.data.locale)) {
    event.waitUntil(languages.saveAll(event.data.locale as Locale).then(
      () => event.ports[0]?.postMessage('saved'),
      () => event.ports[0]?.postMessage('failed'),
    ));
  }
});

type SyncEvent = ExtendableEvent & { tag: string };

// Background Sync, where the browser has it, only wakes our own sender (DESIGN.md: never Workbox's queue), which
// delivers requests and the mailbox's questions alike (each record's kind picks its endpoint: outbox/records.ts).
self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(
    sendAll({ retryNetworkErrors: true }).then((report) => {
      // Failing the event asks the browser to wake us again later.
      if (report.retrying > 0) throw new Error('Some requests or questions are still waiting to be sent');
    }),
  );
}) as EventListener);
