import type { ComponentType } from 'preact';
import { lazyRoute } from '../components/Page/navigation.ts';
import { loadPageWords, type WithWords } from '../i18n/page-words.ts';
import type { Locale } from '../i18n/locales.ts';

type Module<T> = Promise<{ default: T }>;
/**
 * A list or item page's module may say what staff published since the build changes on it (src/content/published-gate.ts):
 * `published` answers undefined when nothing can, and the page is the build's.
 */
type PublishedHook<A extends unknown[], R> = { published?: (...args: A) => Promise<R | undefined> | undefined };
interface Section<T> { load: Record<string, () => Module<T>> }

/**
 * A route with one content item per address, like `/guides/:slug`. The page's code, the section's list of
 * items, the item itself and the page's own words in `locale` (its module's `words`) load as a single suspension,
 * so preact-iso keeps the current page on screen (or the prerendered HTML while hydrating) until everything has
 * arrived.
 */
export function contentRoute<T>(options: {
  locale: Locale;
  param: string;
  page: () => Promise<{ default: ComponentType<{ item: T }> } & PublishedHook<[key: string, inBuild: boolean], ComponentType> & WithWords>;
  section: () => Promise<Section<T>>;
  notFound: ComponentType;
  /** An address not in the build; by default the not-found page. */
  missing?: (key: string) => ComponentType | Promise<ComponentType>;
}) {
  const routes = new Map<string, ComponentType>();

  function routeFor(key: string): ComponentType {
    let route = routes.get(key);
    if (!route) {
      route = lazyRoute(async () => {
        const [module, { load }] = await Promise.all([options.page(), options.section()]);
        const { default: Page, published } = module;
        // Beside the item rather than after it: the words are one more file, not one more round trip.
        const words = loadPageWords(module, options.locale);
        words.catch(() => undefined); // awaited below, unless the page is missing
        const inBuild = Object.hasOwn(load, key);
        // The item the server embedded in the page being hydrated; a page load (a rejection) for what staff changed.
        const [shown] = await Promise.all([published?.(key, inBuild), words]);
        if (shown) return shown;
        if (!inBuild) return options.missing ? options.missing(key) : options.notFound;
        const [{ default: item }] = await Promise.all([load[key]!(), words]);
        return () => <Page item={item} />;
      });
      routes.set(key, route);
    }
    return route;
  }

  return function ContentRoute({ params }: { params: Record<string, string> }) {
    const Route = routeFor(params[options.param] ?? '');
    return <Route />;
  };
}

/**
 * A page that lists content, like the guide list: its code and the lists it shows, in `locale`, load as one
 * suspension and reach the page as props, with the page's own words.
 */
export function listRoute<P extends object>(locale: Locale, page: () => Promise<{ default: ComponentType<P> } & PublishedHook<[lists: P], P> & WithWords>, lists: () => Promise<P>) {
  return lazyRoute(async () => {
    const [module, built] = await Promise.all([page(), lists()]);
    const { default: Page, published } = module;
    // The build's lists with what staff published merged in.
    const [merged] = await Promise.all([published?.(built), loadPageWords(module, locale)]);
    const props = merged ?? built;
    return () => <Page {...props} />;
  });
}
