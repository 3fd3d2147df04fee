import type { Page } from '@playwright/test';

type Mode = 'pinyin' | 'read-aloud';

/**
 * Turns a mode on from the first paint, as the preferences do: stored in `prefs` (DESIGN.md's contract) for the
 * boot script, and shown on `<html>` at once for a page that has none yet.
 */
export async function startWithMode(page: Page, mode: Mode) {
  await page.addInitScript((name) => {
    const key = name === 'pinyin' ? 'pinyin' : 'readAloud';
    localStorage.setItem('prefs', JSON.stringify({ ...JSON.parse(localStorage.getItem('prefs') ?? '{}'), [key]: true }));
    const show = () => document.documentElement.setAttribute(`data-${name}`, 'on');
    if (document.documentElement) show();
    else new MutationObserver((_, observer) => document.documentElement && (show(), observer.disconnect())).observe(document, { childList: true });
  }, mode);
}

/** Turns a mode on or off while the page is open, as the settings panel (or another tab) does. */
export async function setMode(page: Page, mode: Mode, on: boolean) {
  await page.evaluate(([name, value]) => document.documentElement.setAttribute(`data-${name}`, value), [mode, on ? 'on' : 'off'] as const);
}
