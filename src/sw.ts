
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
  canonicalRedirect, CODE_CACHE, isCacheablePage, isKeptWhenFetched, isQrImage, offlinePageFor, PAGES_CACHE, pageCacheKey,
  KEEP_PHONE_RULES_MESSAGE, SAVE_ALL_MESSAGE, withTrailingSlash,
} from './service-worker/routes.ts';
import { locales, type Locale } from './i18n/locales.ts';
import { languagePrecaches } from './service-worker/language-precache.ts';
import { type HeldPage, networkFirstPage } from './service-worker/pages.ts';

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
self.addEventListener('activate', (event) => event.waitUntil(languages.activate(event)));

const codeStrategy = new CacheFirst({ cacheName: CODE_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });
const indexStrategy = new StaleWhileRevalidate({ cacheName: CODE_CACHE, plugins: [new CacheableResponsePlugin({ statuses: [200] })] });
/**
 * How long a page waits for the server before the phone's copy answers, in milliseconds: long enough for a slow
 * connection to bring a page staff have changed since (a page is 5 to 10 KB), short enough that a bad signal does
 * not hold up a page the phone has.
 */
const PAGE_TIMEOUT_MS = 3000;

/** A page kept when read, under its address (`pageCacheKey`), in the pages cache. */
function keptPage(url: URL): HeldPage {
  const key = pageCacheKey(url);
  return {
    read: async () => (await caches.open(PAGES_CACHE)).match(key),
    keep: async (response) => void (await (await caches.open(PAGES_CACHE)).put(key, response)),
    drop: async () => void (await (await caches.open(PAGES_CACHE)).delete(key)),
  };
}

/** The phone's copy of a page: its precache's if the phone holds the page's language, else the one kept when read. */
function heldPage(url: URL): HeldPage {
  const precached = languages.page(url);
  const kept = keptPage(url);
  return {
    read: async () => (await precached.read()) ?? kept.read(),
    keep: async (response) => {
      if (await precached.read()) await precached.keep(response);
      else await kept.keep(response);
    },
    drop: async () => {
      await Promise.all([precached.drop(), kept.drop()]);
    },
  };
}

const page = ({ request, url, event }: { request: Request; url: URL; event: ExtendableEvent }) =>
  networkFirstPage(request, heldPage(url), PAGE_TIMEOUT_MS, (promise) => event.waitUntil(promise));

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

// Another language's code and search index, once a page in that language has used them: a page read once in
// traditional Chinese or English then works offline as it did online. Search indexes change with the content.
registerRoute(
  ({ url }) => isKeptWhenFetched(url, origin),
  ({ url, request, event }) =>
    (url.pathname.endsWith('.js') ? codeStrategy : indexStrategy).handle({ request, event }),
);

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

// Background Sync, where the browser has it, only wakes our own sender (DESIGN.md: never Workbox's queue).
self.addEventListener('sync', ((event: SyncEvent) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(
    sendAll({ retryNetworkErrors: true }).then((report) => {
      // Failing the event asks the browser to wake us again later.
      if (report.retrying > 0) throw new Error('Some requests are still waiting to be sent');
    }),
  );
}) as EventListener);
