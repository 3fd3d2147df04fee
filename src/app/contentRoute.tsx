import type { ComponentType } from 'preact';
import { lazyRoute } from '../components/Page/navigation.ts';

type Module<T> = Promise<{ default: T }>;
interface Section<T> { load: Record<string, () => Module<T>> }

/**
 * A route with one content item per address, like `/guides/:slug`. The page's code, the section's list of
 * items and the item itself load as a single suspension, so preact-iso keeps the current page on screen
 * (or the prerendered HTML while hydrating) until everything has arrived.
 */
export function contentRoute<T>(options: {
  param: string;
  page: () => Module<ComponentType<{ item: T }>>;
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
        const [{ default: Page }, { load }] = await Promise.all([options.page(), options.section()]);
        if (!Object.hasOwn(load, key)) return options.missing ? options.missing(key) : options.notFound;
        const { default: item } = await load[key]!();
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
 * A page that lists content, like the guide list: its code and the lists it shows, in the page's language,
 * load as one suspension and reach the page as props.
 */
export function listRoute<P extends object>(page: () => Module<ComponentType<P>>, lists: () => Promise<P>) {
  return lazyRoute(async () => {
    const [{ default: Page }, props] = await Promise.all([page(), lists()]);
    return () => <Page {...props} />;
  });
}
