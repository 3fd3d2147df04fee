import { navigated } from '../components/Page/navigation.ts';

type Client = typeof import('./published-client.ts');

/**
 * What staff published since the build, for a list or item page's `published` hook (src/app/contentRoute.tsx):
 *
 * - while hydrating, what the server embedded in the page under `id` (server/content/lists.tsx, public-pages.tsx:
 *   the list page's own props, the item page's item), through `fromPage`, so that the first render is the HTML on
 *   screen without merging anything; undefined on a page the build made;
 * - after a client-side navigation, `use` with the code that merges the overlay (./published-client.ts, a chunk of
 *   its own).
 *
 * So a page loads that chunk only when someone moves on from it: every page, the build's and the server's, stays
 * within its JavaScript budget (DESIGN.md).
 */
export function whenPublished<T>(id: string, use: (client: Client) => Promise<T>, fromPage: (embedded: any) => T | undefined = (embedded) => embedded): Promise<T | undefined> | undefined {
  if (typeof document == 'undefined') return undefined;
  if (navigated()) return import('./published-client.ts').then(use);
  const text = document.getElementById(id)?.textContent;
  return text ? Promise.resolve(fromPage(JSON.parse(text))) : undefined;
}
