import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './e2e/browser.ts';

/**
 * End-to-end tests run against the production build, served as `npm run serve` serves it. E2E_PORT lets two
 * checkouts test side by side; the build's BASE_URL must name the same port (see `npm run test:e2e`).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The staff account the end-to-end tests sign in with. The embedded database allows one process, so the account
 * is made with the real command (`npm run staff -- add`) on the fresh data folder before the server opens it.
 */
export const E2E_STAFF = { name: 'e2e-staff', password: 'end-to-end test password' };

/** The bodies a refusal's letter names on the test server (LETTER_REVIEW_BODY, LETTER_COURT): made up for the tests. */
export const E2E_LETTER_BODIES = { reviewBody: '测试用复议机关', court: '测试用人民法院' };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 60_000,
  use: {
    ...devices['Pixel 5'],
    browserName: 'chromium',
    baseURL,
    launchOptions,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npm run --silent staff -- add ${E2E_STAFF.name} && npm run serve`,
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      BASE_URL: baseURL,
      // A fresh embedded database each run, so tests count only their own requests.
      // Made once, by the runner that starts the server: each worker reads this file too, and would leave an empty one.
      DATA_DIR: process.env.TEST_WORKER_INDEX === undefined ? mkdtempSync(join(tmpdir(), 'accessible-disclosure-e2e-')) : '',
      // Every test comes from 127.0.0.1: one phone's allowance would not cover them all.
      REQUESTS_PER_MINUTE: '10000',
      STAFF_PASSWORD: E2E_STAFF.password,
      // Test values, not facts: a refusal's letter must name these bodies (src/config/site.ts leaves them empty).
      LETTER_REVIEW_BODY: E2E_LETTER_BODIES.reviewBody,
      LETTER_COURT: E2E_LETTER_BODIES.court,
    },
    reuseExistingServer: !process.env.CI,
    // Starting takes seconds on a quiet machine, but over a minute on two busy cores (compiling TypeScript, migrating).
    timeout: 180_000,
  },
});
