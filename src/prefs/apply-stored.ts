import { applyPrefs, MEDIA, parsePrefs, PREFS_KEY } from './prefs.ts';

/** localStorage can be missing or refuse (storage disabled, some private modes): then nothing was stored. */
export function storedPrefs(): string | null {
  try {
    return localStorage.getItem(PREFS_KEY);
  } catch {
    return null;
  }
}

export const phoneMatches = (query: string) => matchMedia(query).matches;

/** Shows what is stored (or the phone's defaults) on `<html>`, where the stylesheet and other features read it. */
export function applyStoredPrefs(): void {
  applyPrefs(document.documentElement, parsePrefs(storedPrefs(), phoneMatches));
}

export { MEDIA, PREFS_KEY };
