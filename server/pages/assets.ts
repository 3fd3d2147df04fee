import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INLINE_HEAD_FILE, type InlineHead } from '../../build/document/inline-head.ts';

/** What the server takes from the build to write its pages' heads: addresses only, never a page as a template. */
export interface BuildAssets {
  /** The site's stylesheets, in order, as root-relative addresses: `['/assets/style-CRGUvagQ.css']`. */
  stylesheets: string[];
  /** The app's entry module (`/assets/main-DCZtjLIl.js`), which hydrates a page; undefined in a build without one. */
  entryScript: string | undefined;
  /**
   * The site's absolute address the build was made for (`https://example.org`, from BASE_URL at build time), as
   * its sitemap gives it; empty when the sitemap names none. QR codes and canonical addresses use it.
   */
  siteUrl: string;
  /**
   * The boot script and critical CSS every citizen page carries inline (build/document/inline-head.ts): the build's
   * own, from `dist/.vite/inline-head.json`, so the pages the server renders and the Content-Security-Policy's hashes
   * match the prerendered pages; made from the source when the build wrote none (a test's fixture).
   */
  inlineHead: Promise<InlineHead>;
}

/** The build's inline head, or the same made from the source when `distDir` has none. */
function readInlineHead(distDir: string): Promise<InlineHead> {
  let text: string;
  try {
    text = readFileSync(join(distDir, INLINE_HEAD_FILE), 'utf8');
  } catch {
    // Loaded only then: bundling the boot script needs the build's tools, which a built site never asks for.
    return import('../../build/document/head-plugin.ts').then((module) => module.inlineHeadFromSource());
  }
  const { script, style } = JSON.parse(text) as Partial<InlineHead>;
  if (typeof script !== 'string' || typeof style !== 'string') {
    throw new Error(`${join(distDir, INLINE_HEAD_FILE)} lacks the boot script or the critical CSS: run "npm run build".`);
  }
  return Promise.resolve({ script, style });
}

/** The build's site address, from its sitemap: the canonical address and sitemap entries use the same one. */
export function siteUrlOf(sitemap: string): string {
  const loc = /<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1];
  return loc ? new URL(loc).origin : '';
}

/**
 * The app's modules read the site's address from `__SITE_URL__`, which Vite writes into the build (vite.config.ts
 * `define`). The server runs them without Vite: the same name is defined here, once, from the build's sitemap, so
 * the pages the server renders carry the same addresses as the prerendered ones. A process serves one build.
 */
function defineSiteUrl(siteUrl: string): void {
  const globals = globalThis as { __SITE_URL__?: string };
  globals.__SITE_URL__ ??= siteUrl;
}

/** The module index.html loads: its chunk in the manifest is the app's entry. */
const APP_ENTRY = 'src/main.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
}

const read = new Map<string, BuildAssets>();

/**
 * The stylesheet, entry script and site address of the build in `distDir`: from Vite's manifest
 * (`dist/.vite/manifest.json`, `build.manifest` in vite.config.ts) and the sitemap. Read once per folder, when first asked for: call it at start, so that a
 * build without a manifest fails then rather than on the first page. After a rebuild, restart the server (the old
 * hashed files are gone from the new build).
 *
 * Throws when the manifest is missing or unreadable, naming the file and the command that makes it.
 */
export function buildAssets(distDir: string): BuildAssets {
  const known = read.get(distDir);
  if (known) return known;
  const file = join(distDir, '.vite', 'manifest.json');
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  } catch (error) {
    throw new Error(`Cannot read the build's asset manifest ${file} (${error instanceof Error ? error.message : String(error)}): run "npm run build".`);
  }
  const entry = manifest[APP_ENTRY];
  // With one stylesheet for the whole site (`cssCodeSplit: false`) Vite lists it on its own, not under the entry.
  const css = entry?.css ?? Object.values(manifest).filter((chunk) => chunk.file.endsWith('.css')).map((chunk) => chunk.file);
  let sitemap = '';
  try {
    sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
  } catch {
    // A build without a sitemap has no site address to give: addresses stay relative.
  }
  const assets: BuildAssets = {
    stylesheets: css.map((path) => `/${path}`),
    entryScript: entry ? `/${entry.file}` : undefined,
    siteUrl: siteUrlOf(sitemap),
    inlineHead: readInlineHead(distDir),
  };
  // Awaited by every page and document answer; a failure is theirs to report, not an unhandled rejection at start.
  assets.inlineHead.catch(() => undefined);
  defineSiteUrl(assets.siteUrl);
  read.set(distDir, assets);
  return assets;
}
