import { SAVE_DATA_CACHE } from '../service-worker/routes.ts';

/**
 * The Server-Timing entry the server adds to a page it sends to a browser asking to save data (server/http/save-data.ts):
 * the `Save-Data` request header is the server's to read, and this is how it reaches the page's code.
 */
export const SAVE_DATA_TIMING = 'save-data';

/**
 * Whether this page's browser asks to save data: `navigator.connection.saveData` where the browser has it, or the
 * server's word that the page's request carried `Save-Data: on`.
 */
export function saveDataAsked(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return !!(navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData
    || !!navigation?.serverTiming?.some((entry) => entry.name === SAVE_DATA_TIMING);
}

/**
 * Tells the service worker, before it installs, whether to keep only what is opened: a mark in Cache Storage, which
 * both read. A page that came from the network without the request asks no longer, and the mark goes.
 */
export async function noteSaveData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (saveDataAsked()) await caches.open(SAVE_DATA_CACHE);
  else if (navigation && !navigation.workerStart) await caches.delete(SAVE_DATA_CACHE);
}

/** Whether the worker keeps only what is opened: the browser asks to save data now, or did when it installed. */
export async function keepingOnlyWhatIsOpened(): Promise<boolean> {
  return saveDataAsked() || (typeof caches !== 'undefined' && (await caches.has(SAVE_DATA_CACHE)));
}
