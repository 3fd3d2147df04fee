import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Debian's Chromium where it is installed (this project's CI), else Playwright's own browser (a laptop). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const launchOptions: LaunchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export function launchBrowser() {
  return chromium.launch(launchOptions);
}
