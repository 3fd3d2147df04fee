/**
 * Opened from the home-screen icon, the app returns to the page the person was reading: the guide they
 * scanned in the service hall, not the home page. The manifest's start_url carries the marker.
 */
export const START_URL = '/?source=home-screen';
const LAST_PAGE = 'lastPage';

/** Storage may be switched off (private modes): then the app simply opens at its start. */
function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function rememberPage(path: string, storage: Storage = localStorage): void {
  attempt(() => storage.setItem(LAST_PAGE, path));
}

/** Where to go instead of the start page, or undefined to stay. */
export function resumeAddress(location: Pick<Location, 'pathname' | 'search'>, storage: Storage): string | undefined {
  if (`${location.pathname}${location.search}` !== START_URL) return undefined;
  const last = attempt(() => storage.getItem(LAST_PAGE));
  // Only a path on this site: never a `//other.example` that storage tampering could plant.
  return last && last !== '/' && /^\/(?!\/)/.test(last) ? last : undefined;
}
