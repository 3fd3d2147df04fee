import { defineConfig } from 'vitest/config';
import { traditionalPlugin } from './build/i18n/traditional-plugin.ts';

export default defineConfig({
  plugins: [traditionalPlugin()],
  define: { __SITE_URL__: JSON.stringify('https://example.test') },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.{ts,tsx}', 'build/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Both cores: the default leaves one idle on a two-core machine, and CI's whole run must stay under 40 minutes.
    maxWorkers: 2,
    // The server's log (server/logging/logger.ts) stays quiet; the tests that read it give their own logger.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
