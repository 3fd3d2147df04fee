/**
 * Bundled by build/prefs/boot-script.ts and written inline into the `<head>` of every citizen page
 * (build/document/inline-head.ts), a classic script allowed by its hash in the Content-Security-Policy, so the
 * preferences are on `<html>` before the first paint and no one sees the default look flash first, with no request
 * for the paint to wait on (issue 16, point 4).
 *
 * Every page's HTML carries it, so it is written for size: the same rules as parsePrefs() and applyPrefs() in
 * prefs.ts, in one loop (boot-script.test.ts holds them equal).
 */
import { CHOICES, PREFS_KEY } from './prefs.ts';

// `dataset.readAloud` is the attribute `data-read-aloud`: the names of DESIGN.md's contract, for no code at all.
const shown = document.documentElement.dataset;
const matches = (query: string) => matchMedia(query).matches;

function apply() {
  let stored: Record<string, unknown> | undefined;
  try {
    stored = JSON.parse(localStorage[PREFS_KEY]);
  } catch {
    // Nothing stored, broken JSON, or storage refused: the defaults.
  }
  for (const key in CHOICES) {
    const values: readonly unknown[] = CHOICES[key as keyof typeof CHOICES];
    let value = stored?.[key];
    if (!values.includes(value)) {
      // MEDIA's queries, written out: the object's property names would cost bytes on every page.
      value = key === 'contrast'
        ? matches('(prefers-contrast: more)') ? 'high' : matches('(prefers-color-scheme: dark)') ? 'dark' : values[0]
        : key === 'reducedMotion' ? matches('(prefers-reduced-motion: reduce)') : values[0];
    }
    const text = value === true ? 'on' : value === false ? 'off' : `${value}`;
    // Unchanged attributes are left alone, so observers of <html> hear of real changes only.
    if (shown[key] !== text) shown[key] = text;
  }
}

apply();
// Every open tab follows a change made in another one, at once; other keys' changes leave <html> as it is.
// (A change of the phone's own settings shows from the next page on: listening for it costs every page bytes.)
addEventListener('storage', apply);
