import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentPlugin, prerenderPaths } from './src/content/plugin.ts';
import { site } from './src/content/site.ts';
import { siteUrlFrom } from './src/content/site-url.ts';

const contentDir = fileURLToPath(new URL('./src/content', import.meta.url));
const siteUrl = siteUrlFrom(process.env);

export default defineConfig({
  define: { __SITE_URL__: JSON.stringify(siteUrl) },
  plugins: [
    contentPlugin({ dir: contentDir, siteUrl, site }),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: prerenderPaths(contentDir),
      },
    }),
  ],
  build: {
    target: 'es2020',
    modulePreload: { polyfill: false },
    // One stylesheet for every page: prerendered HTML must be styled before any route chunk loads.
    cssCodeSplit: false,
  },
});
