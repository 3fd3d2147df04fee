import { defineConfig } from '@playwright/test';

/**
 * The Orca scenarios (`npm run test:sr`): serial, one worker, since Orca allows one instance per user and they share
 * one desktop. The production build must exist (`npm run test:sr` builds it).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.sr.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 180_000,
  outputDir: '../../../test-results/screen-reader/playwright',
});
