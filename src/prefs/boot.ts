/**
 * Built to `/prefs.js` (boot-plugin.ts): a classic, blocking script in the `<head>` of every page, so the
 * preferences are on `<html>` before the first paint and no one sees the default look flash first. An external
 * file because the Content-Security-Policy allows no inline script. Keep it tiny: every page waits for it.
 */
import { applyStoredPrefs, MEDIA_QUERIES, PREFS_KEY } from './apply-stored.ts';

applyStoredPrefs();

// Every open tab follows a change made in another one, at once (`key` is null when storage was cleared).
addEventListener('storage', (event) => {
  if (event.key === PREFS_KEY || event.key === null) applyStoredPrefs();
});

// Defaults follow the phone's settings while the page is open: dark mode at sunset, say.
for (const query of Object.values(MEDIA_QUERIES)) matchMedia(query).addEventListener?.('change', applyStoredPrefs);
