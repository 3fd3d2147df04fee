import { useEffect, useState } from 'preact/hooks';
import { applyPrefs, parsePrefs, prefsAttributes, prefsFromAttributes, PREFS_KEY, withChoice, type Prefs } from './prefs.ts';

/** localStorage can be missing or refuse (storage disabled, some private modes): then nothing was stored. */
function storedPrefs(): string | null {
  try {
    return localStorage.getItem(PREFS_KEY);
  } catch {
    return null;
  }
}

const phoneMatches = (query: string) => matchMedia(query).matches;

/** Stores one choice and shows it on `<html>` at once; other tabs follow through the `storage` event (boot.ts). */
export function choose<K extends keyof Prefs>(key: K, value: Prefs[K]): void {
  const next = withChoice(storedPrefs(), key, value);
  try {
    localStorage.setItem(PREFS_KEY, next);
  } catch {
    // Storage refused (full, or disabled): the choice still holds on this page.
  }
  applyPrefs(document.documentElement, parsePrefs(next, phoneMatches));
}

/** Forgets every choice: the site follows the phone's own settings again. */
export function resetPrefs(): void {
  try {
    localStorage.removeItem(PREFS_KEY);
  } catch {
    // Nothing was stored.
  }
  applyPrefs(document.documentElement, parsePrefs(null, phoneMatches));
}

const watched = Object.keys(prefsAttributes(parsePrefs(null, () => false)));

/**
 * The preferences as `<html>` shows them. `<html>` is the one source of truth: the header panel, the controls
 * on /accessibility/, another tab and other features all change it, and every control on the page follows.
 */
export function usePrefs(): Prefs {
  const read = () => prefsFromAttributes(document.documentElement, phoneMatches);
  const [prefs, setPrefs] = useState(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setPrefs(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: watched });
    setPrefs(read());
    return () => observer.disconnect();
  }, []);
  return prefs;
}
