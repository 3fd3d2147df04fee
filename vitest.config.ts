import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __SITE_URL__: JSON.stringify('https://example.test') },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
