import { emptyCssCommentsPlugin } from './build/chunks/empty-css-plugin.ts';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PRECACHE_GLOBS, PRECACHE_IGNORES, precacheTransform } from './build/pwa/precache.ts';
import { packTransform } from './build/pwa/pack.ts';
import { contentPlugin } from './build/content/plugin.ts';
import { prerenderPaths } from './build/content/public-paths.ts';
import { contentSource } from './build/content/source.ts';
import { chunkLocale } from './build/i18n/chunk-locale.ts';
import { traditionalPlugin } from './build/i18n/traditional-plugin.ts';
import { site } from './src/config/site.ts';
import { siteUrlFrom } from './build/site-url.ts';
import { staticHeadPlugin } from './build/document/head-plugin.ts';
import { pinyinPlugin } from './build/pinyin/plugin.ts';
import { siteFilesPlugin } from './build/site-files/plugin.ts';

/**
 * With module preloading off and one stylesheet for every page, Vite's preload helper has nothing left to preload,
 * yet it still costs every page about 1 KB of its 20 KB: a pass-through stands in for it.
 */
function passThroughPreloadHelper(): Plugin {
  return {
    name: 'accessible-disclosure:pass-through-preload',
    enforce: 'pre',
    load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

// The content files are parsed once per build, here, and every plugin that needs them shares the result.
const content = contentSource(fileURLToPath(new URL('./src/content', import.meta.url)));
const siteUrl = siteUrlFrom(process.env);
const distDir = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  define: { __SITE_URL__: JSON.stringify(siteUrl) },
  plugins: [
    emptyCssCommentsPlugin(),
    passThroughPreloadHelper(),
    traditionalPlugin(),
    staticHeadPlugin(),
    contentPlugin(content),
    siteFilesPlugin({ content, siteUrl, site }),
    pinyinPlugin({ content }),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        additionalPrerenderRoutes: prerenderPaths(content.get().byLocale),
      },
    }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // The site-files plugin writes the manifest, and src/offline/service-worker.ts registers the worker with a prompt.
      manifest: false,
      injectRegister: false,
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_IGNORES,
        manifestTransforms: [precacheTransform(distDir), packTransform(distDir)],
        rollupFormat: 'iife',
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2020',
    // dist/.vite/manifest.json: the server renders its pages with the same stylesheet and entry script (server/pages/).
    manifest: true,
    // No preloading helper in every page's code (its dependency lists name every chunk of all three languages):
    // a route's own imports load after it, one round trip later, behind a page that is already prerendered.
    modulePreload: false,
    // One stylesheet for every page: prerendered HTML must be styled before any route chunk loads.
    cssCodeSplit: false,
    rollupOptions: {
      // Fixed addresses are constants of the address builder (src/addresses/addresses.ts), which every page's code
      // holds: written into the code that uses them, they cost a lazy page a few bytes, not an import from the
      // main chunk. Two passes, for constants made of constants (`${apiHref}requests`).
      optimization: { inlineConst: { mode: 'all', pass: 2 } },
      output: {
        // Chunks of one language only are named for it, so the precache can leave the other languages out; pinyin's and
        // the prerenderer's keep their name for the same reason (build/pwa/precache.ts). The others are their hash alone: every page's code names the chunks it
        // may load, and a module's name in each of those addresses cost every page about 0.2 KB.
        chunkFileNames: (chunk) => {
          const locale = chunkLocale(chunk.moduleIds);
          if (chunk.name.startsWith('_pinyin') || chunk.name === 'prerender') return 'assets/[name]-[hash].js';
          // Kept when the request form opens, not precached: the worker knows it by this name (src/service-worker/pack-format.ts).
          if (chunk.moduleIds.some((id) => id.includes('/node_modules/libphonenumber-js/'))) return 'assets/phone-[hash].js';
          // A language's messages, which every page of it loads: the worker takes them from the browser's cache (src/service-worker/pack-format.ts).
          if (locale && chunk.moduleIds.some((id) => /\/src\/i18n\/(?:zh-Hans|en)\.ts(?:\?|$)/.test(id))) return `assets/${locale}-i18n-[hash].js`;
          return locale ? `assets/${locale}-[hash].js` : 'assets/[hash].js';
        },
      },
    },
  },
});
