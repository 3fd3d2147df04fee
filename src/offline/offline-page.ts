import { guideHref, publishedHref } from '../addresses/addresses.ts';
import { type Locale, localeOf } from '../i18n/locales.ts';
import { type PublishedOverlay, readOverlay } from '../service-worker/published.ts';
import { PAGES_CACHE } from '../service-worker/routes.ts';

/** On the offline page: adds the pages this phone kept when they were read, or by "save all", to its list. */
export async function listSavedPages(list: HTMLElement): Promise<void> {
  if (typeof caches === 'undefined') return;
  await listPublishedGuides(list, localeOf(location.pathname));
  const cache = await caches.open(PAGES_CACHE);
  const listed = new Set([...list.querySelectorAll('a')].map((link) => link.getAttribute('href')));
  for (const request of await cache.keys()) {
    const { pathname } = new URL(request.url);
    if (!pathname.endsWith('/') || listed.has(pathname)) continue;
    const html = await (await cache.match(request))?.text();
    const title = html && new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim();
    const link = Object.assign(document.createElement('a'), { href: pathname, textContent: title || pathname });
    const item = document.createElement('li');
    item.append(link);
    list.append(item);
    listed.add(pathname);
  }
}

/** How the offline page's list of guides (the build's, `data-guide` on each item) differs from what the phone keeps. */
export interface GuideListChanges {
  /** Slugs of guides withdrawn since the build: their pages are no longer on the phone. */
  remove: string[];
  /** Guides of the build whose title staff changed. */
  retitle: { slug: string; title: string }[];
  /** Guides staff published that the phone keeps, after the build's, in the overlay's order. */
  add: { slug: string; href: string; title: string }[];
}

/**
 * The changes to the offline page's guides for the overlay the phone holds in `locale` (src/content/published.ts):
 * `listed` are the slugs the page lists from the build, `kept` whether the phone holds a guide's page (a published
 * guide the worker has not kept yet is not offered: it would not open).
 */
export function guideListChanges(overlay: PublishedOverlay, locale: Locale, listed: readonly string[], kept: (href: string) => boolean): GuideListChanges {
  const shown = new Set(listed);
  const published = new Set(overlay.guides.map((guide) => guide.slug));
  return {
    remove: listed.filter((slug) => overlay.withdrawn.guides.includes(slug) && !published.has(slug)),
    retitle: overlay.guides.filter((guide) => shown.has(guide.slug) && guide.title).map((guide) => ({ slug: guide.slug, title: guide.title! })),
    add: overlay.guides
      .filter((guide) => !shown.has(guide.slug) && kept(guideHref(guide.slug, locale)))
      .map((guide) => ({ slug: guide.slug, href: guideHref(guide.slug, locale), title: guide.title || guide.slug })),
  };
}

/** Brings the list's guides up to date with the overlay the phone keeps (`guideListChanges`), when it keeps one. */
async function listPublishedGuides(list: HTMLElement, locale: Locale): Promise<void> {
  const overlay = await readOverlay(await caches.match(new URL(publishedHref(locale), location.href).href));
  if (!overlay) return;
  const items = [...list.querySelectorAll<HTMLElement>('li[data-guide]')];
  const keptPages = new Set<string>();
  for (const guide of overlay.guides) {
    const href = guideHref(guide.slug, locale);
    if (await caches.match(new URL(href, location.href).href)) keptPages.add(href);
  }
  const changes = guideListChanges(overlay, locale, items.map((item) => item.dataset.guide!), (href) => keptPages.has(href));
  for (const item of items) if (changes.remove.includes(item.dataset.guide!)) item.remove();
  for (const { slug, title } of changes.retitle) {
    const link = items.find((item) => item.dataset.guide === slug)?.querySelector('a');
    if (link) link.textContent = title;
  }
  let after = items.filter((item) => item.isConnected).at(-1);
  for (const { slug, href, title } of changes.add) {
    const item = document.createElement('li');
    item.dataset.guide = slug;
    item.append(Object.assign(document.createElement('a'), { href, textContent: title }));
    if (after) after.after(item);
    else list.append(item);
    after = item;
  }
}
