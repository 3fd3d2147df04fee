import { navigated } from '../components/Page/navigation.ts';
import { publishedOverlayId } from './published.ts';

type Client = typeof import('./published-client.ts');

/**
 * `use` with the code that merges what staff published (./published-client.ts, a chunk of its own), when that can
 * change the page: after a client-side navigation, or while hydrating a page the server rendered with the overlay
 * embedded. Otherwise undefined, and the page is the build's: its code is not even loaded, as every page the build
 * prerendered must stay within its JavaScript budget (DESIGN.md).
 */
export function whenPublished<T>(use: (client: Client) => Promise<T>): Promise<T> | undefined {
  return typeof document != 'undefined' && (navigated() || document.getElementById(publishedOverlayId)) ? import('./published-client.ts').then(use) : undefined;
}
