import { lazy } from 'preact-iso';

/** A page has been on screen, so the app has hydrated and the next page is a client-side navigation. */
let pageShown = false;

let firstShown: () => void;
/** Resolves when the first page is on screen: the page's code, its text and its route's chunks have all arrived. */
export const firstPageShown = new Promise<void>((resolve) => (firstShown = resolve));

/** Called by each page once it is on screen: true when it arrived by client-side navigation. */
export function pageArrived(): boolean {
  const navigated = pageShown;
  pageShown = true;
  firstShown();
  return navigated;
}

/** True once the app has shown a page: what routes now is a client-side navigation, not the page being hydrated. */
export const navigated = (): boolean => pageShown;

/**
 * When a route's code cannot be fetched during a client-side navigation (offline, or a newer build replaced
 * the file), the browser loads the address itself and the server or the service worker answers. While
 * hydrating, the prerendered page stays as it is: it reads without JavaScript, and reloading could loop.
 */
export function fallBackToPageLoad(): Promise<never> {
  if (pageShown) location.reload();
  return new Promise<never>(() => {});
}

export function lazyRoute<T>(load: () => Promise<{ default: T } | T>) {
  return lazy<T>(() => load().catch(fallBackToPageLoad));
}
