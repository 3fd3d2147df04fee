import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
  };
  defineSiteUrl(assets.siteUrl);
  read.set(distDir, assets);
  return assets;
}
