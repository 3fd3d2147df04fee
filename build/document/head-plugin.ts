import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { bundleBootScript } from '../prefs/boot-script.ts';
import { criticalCss, INLINE_HEAD_FILE, type InlineHead } from './inline-head.ts';
import { staticHead } from './static-head.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The boot script and critical CSS made from the source under the repository: what the build writes, and what the
 * server makes the same way when it runs without a build (server/pages/assets.ts).
 */
export async function inlineHeadFromSource(): Promise<InlineHead> {
  return { script: await bundleBootScript(), style: criticalCss(root) };
}

/**
 * The site's stylesheet moved from the head to the end of the body: with the critical CSS inline, it need not hold
 * the first paint. A stylesheet after the content blocks nothing above it (HTML: only a head's stylesheets are
 * render-blocking), needs no script to switch it on, so a page without JavaScript is styled too, and its rules,
 * coming last, settle the cascade exactly as before.
 *
 * It and the entry module are fetched at low priority (`fetchpriority="low"`), which says what the first paint
 * needs: the HTML alone. At their default priorities (very high; high) Lighthouse's simulation counts both as holding
 * up the first paint whenever they happen to arrive before it, so one run's LCP came out 1.1 s and the next 1.6 s.
 */
export function afterFirstPaint(html: string): string {
  const links: string[] = [];
  const head = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (link) => {
    links.push(link.trim().replace('<link rel="stylesheet"', `<link rel="stylesheet" ${LOW_PRIORITY}`));
    return '';
  });
  const moved = links.length ? head.replace('</body>', `${links.join('')}\n</body>`) : html;
  return moved.replace(/<script type="module"(?![^>]*fetchpriority)/g, `<script type="module" ${LOW_PRIORITY}`);
}

/** The attribute of what the first paint does not wait for. */
export const LOW_PRIORITY = 'fetchpriority="low"';

/**
 * Writes the shared static head (./static-head.ts) at the top of index.html's `<head>`, the template of every
 * prerendered page, so they carry the same tags as the pages the server renders, and the same inline boot script
 * and critical CSS (./inline-head.ts), which it also writes to `dist/.vite/inline-head.json` for the server's
 * Content-Security-Policy. Runs after Vite has injected the stylesheet, which it moves after the content.
 */
export function staticHeadPlugin(): Plugin {
  let building = false;
  let made: Promise<InlineHead> | undefined;
  // Made once per build; in `npm run dev` afresh for each page, so an edited style or boot script shows.
  const inline = () => (building ? (made ??= inlineHeadFromSource()) : inlineHeadFromSource());
  return {
    name: 'accessible-disclosure:static-head',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => ({
        html: afterFirstPaint(html),
        tags: staticHead(await inline()).map(({ tag, attrs, children }) => ({ tag, attrs: { ...attrs }, children, injectTo: 'head-prepend' as const })),
      }),
    },
    async generateBundle() {
      if (this.environment.name !== 'client') return;
      this.emitFile({ type: 'asset', fileName: INLINE_HEAD_FILE, source: JSON.stringify(await inline()) });
    },
  };
}
