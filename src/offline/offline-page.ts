import { PAGES_CACHE } from '../service-worker/routes.ts';

/** On the offline page: adds the pages this phone kept when they were read, or by "save all", to its list. */
export async function listSavedPages(list: HTMLElement): Promise<void> {
  if (typeof caches === 'undefined') return;
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
