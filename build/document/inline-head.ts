import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What every citizen page carries inline in its `<head>` (issue 16, point 4: no render-blocking request besides the
 * HTML): the display settings' boot script and the critical CSS. The build writes both into every prerendered page
 * (./head-plugin.ts) and into `dist/.vite/inline-head.json` (`INLINE_HEAD_FILE`), which the server reads at start,
 * so that the pages it renders carry the same bytes and its Content-Security-Policy allows exactly these by hash
 * (server/http/security.ts). Without a build the server makes the same from the same source.
 *
 * Imports nothing of Vite: the server reads it at run time.
 */
export interface InlineHead {
  /** The boot script (src/prefs/boot.ts, bundled by build/prefs/boot-script.ts), as the text of a classic `<script>`. */
  script: string;
  /** The critical CSS (`CRITICAL_CSS_SOURCES`), as the text of a `<style>`. */
  style: string;
}

/** Where the build writes its `InlineHead`, beside Vite's manifest, relative to `dist/`. */
export const INLINE_HEAD_FILE = '.vite/inline-head.json';

/**
 * The stylesheets a page needs for its first screen, in the built stylesheet's order, relative to the repository:
 * the base (tokens, type, layout, every display mode, so a saved mode shows at the first paint), the frame (skip
 * link, header, language switch, breadcrumbs) and running text. The whole stylesheet still loads, without blocking,
 * after the page: its rules come later and are the same, so the page ends exactly as styled as before.
 */
export const CRITICAL_CSS_SOURCES = [
  'src/app/styles.css',
  'src/app/Layout.css',
  'src/components/SkipLink/SkipLink.css',
  'src/app/SiteHeader/SiteHeader.css',
  'src/components/LanguageSwitch/LanguageSwitch.css',
  'src/components/Breadcrumbs/Breadcrumbs.css',
  'src/components/Prose/Prose.css',
] as const;

/**
 * CSS with its comments and spare white space taken out. Only the white space around `{`, `}`, `;` and `,` goes,
 * and runs of it become one space: a space between selectors (`a :focus`) means something and stays.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The critical CSS of the sources under `root` (the repository), minified: the text of every page's `<style>`. */
export function criticalCss(root: string): string {
  return CRITICAL_CSS_SOURCES.map((source) => minifyCss(readFileSync(join(root, source), 'utf8'))).join('');
}

/**
 * A Content-Security-Policy hash source for an inline element's text: `'sha256-<base64>'`, of the text's UTF-8
 * bytes exactly as they stand between the tags (CSP Level 3, "hash-source").
 */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
